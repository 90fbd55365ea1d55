import Foundation
import TestSupport
import Testing

@testable import SwnbArray

/// One golden case: an operation, its arguments and numpy's result or error.
struct CoreGoldenCase: Sendable, CustomTestStringConvertible {
  var id: String
  var op: String
  var args: GoldenJSON
  var expect: GoldenJSON
  var testDescription: String { id }

  /// Loads every case of a fixture beside this file.
  static func load(_ name: String, filePath: String = #filePath) -> [CoreGoldenCase] {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent(name)
    guard let json = GoldenJSON.load(url) else { return [] }
    return json.array.map {
      CoreGoldenCase(
        id: $0["id"].string ?? "?", op: $0["op"].string ?? "?", args: $0["args"],
        expect: $0["expect"])
    }
  }
}

/// Decoding of the fixtures' tagged scalars and arrays.
enum CoreGolden {
  /// "i:3" / "f:0.5" / "b:True" / "s:text" as a Scalar.
  static func scalar(_ tagged: String) -> Scalar {
    let text = String(tagged.dropFirst(2))
    switch tagged.first {
    case "i": return .int(Int64(text) ?? 0)
    case "f": return .float(Double(text) ?? .nan)
    case "b": return .bool(text == "True")
    default: return .str(text)
    }
  }

  static func nested(_ json: GoldenJSON) -> NestedValue {
    if case .array(let items) = json { return .list(items.map(nested)) }
    return .scalar(scalar(json.string ?? ""))
  }

  static func dtype(_ json: GoldenJSON) -> DType? {
    json.string.flatMap { DType(name: $0) }
  }

  /// A fixture array description as an NDArray.
  static func array(_ json: GoldenJSON) throws -> NDArray {
    if let n = json["linspace"].int {
      return try NDArray.linspace(0, 1, num: n).array.reshaped(json["shape"].ints)
    }
    let values = json["data"].array.map { scalar($0.string ?? "") }
    let dtype = Self.dtype(json["dtype"]) ?? .float64
    return try NDArray.fromScalars(values, shape: json["shape"].ints, dtype: dtype)
  }

  /// Checks `result` against the expectation (values, shape, dtype) or the error.
  static func check(
    _ c: CoreGoldenCase, tolerance: Double = 0, _ result: () throws -> NDArray
  ) {
    let error = c.expect["error"].array
    do {
      let value = try result()
      guard error.isEmpty else {
        Issue.record("\(c.id): expected \(error), got shape \(value.shape)")
        return
      }
      compare(c.id, value, c.expect["result"], tolerance: tolerance)
    } catch let e as ArrayError {
      #expect(error.first?.string == e.kind.pythonName, "\(c.id)")
      #expect(error.last?.string == e.message, "\(c.id)")
    } catch {
      Issue.record("\(c.id): unexpected error \(error)")
    }
  }

  static func compare(_ id: String, _ value: NDArray, _ expected: GoldenJSON, tolerance: Double = 0) {
    #expect(value.shape == expected["shape"].ints, "\(id) shape")
    #expect(value.dtype.name == expected["dtype"].string, "\(id) dtype")
    let want = expected["data"].array.map { scalar($0.string ?? "") }
    let got = value.scalars()
    #expect(got.count == want.count, "\(id) count")
    for (g, w) in zip(got, want) where !same(g, w, tolerance: tolerance) {
      Issue.record("\(id): got \(got) expected \(want)")
      return
    }
  }

  static func same(_ a: Scalar, _ b: Scalar, tolerance: Double = 0) -> Bool {
    if case .float(let x) = a, case .float(let y) = b {
      return x == y || (x.isNaN && y.isNaN) || abs(x - y) <= tolerance * max(abs(x), abs(y))
    }
    return a == b
  }
}
