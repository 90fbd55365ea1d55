import Foundation

/// A JSON value of the golden fixtures that Scripts/goldens/*.py write.
///
/// Integers stay exact (`int`), other numbers are `double`; a missing key or a value of
/// another kind reads as `null`, an empty array or `nil`, so tests can chain look-ups.
public enum GoldenJSON: Decodable, Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([GoldenJSON])
  case object([String: GoldenJSON])

  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([GoldenJSON].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: GoldenJSON].self))
    }
  }

  /// Decodes the file at `url`, or `nil` when it is missing or not JSON.
  public static func load(_ url: URL) -> GoldenJSON? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(GoldenJSON.self, from: data)
  }

  /// The member `key` of an object; `null` when absent.
  public subscript(key: String) -> GoldenJSON {
    if case .object(let o) = self { return o[key] ?? .null }
    return .null
  }

  public var isNull: Bool { self == .null }
  /// The value itself, or `nil` when it is `null` (absent).
  public var present: GoldenJSON? { isNull ? nil : self }
  public var string: String? { if case .string(let s) = self { s } else { nil } }
  public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
  public var array: [GoldenJSON] { if case .array(let a) = self { a } else { [] } }
  public var ints: [Int] { array.compactMap(\.int) }

  /// An integer, or a double that is exactly one.
  public var int: Int? {
    switch self {
    case .int(let i): i
    case .double(let d): Int(exactly: d)
    default: nil
    }
  }

  /// A number; strings such as "nan" or "-inf" (how the scripts write non-finite floats) parse too.
  public var double: Double? {
    switch self {
    case .int(let i): Double(i)
    case .double(let d): d
    case .string(let s): Double(s)
    default: nil
    }
  }
}
