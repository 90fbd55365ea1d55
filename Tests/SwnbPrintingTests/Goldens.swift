import Foundation

/// A JSON value of the golden fixtures.
enum JSONValue: Decodable, Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int64.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  var int: Int? {
    switch self {
    case .int(let i): return Int(i)
    case .double(let d): return Int(d)
    default: return nil
    }
  }

  var double: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .double(let d): return d
    case .string(let s): return Double(s)
    default: return nil
    }
  }

  var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  var array: [JSONValue] {
    if case .array(let a) = self { return a }
    return []
  }
}

/// Loads `Goldens/<name>` beside this file (written by Scripts/goldens/printing.py).
func loadGolden(_ name: String, file: String = #filePath) -> [JSONValue] {
  let url = URL(fileURLWithPath: file).deletingLastPathComponent()
    .appendingPathComponent("Goldens").appendingPathComponent(name)
  guard let data = try? Data(contentsOf: url),
    let value = try? JSONDecoder().decode(JSONValue.self, from: data)
  else { return [] }
  return value.array
}
