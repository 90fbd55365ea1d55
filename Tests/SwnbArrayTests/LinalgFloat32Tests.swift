import TestSupport
import Testing

@testable import SwnbArray

/// Every case of Goldens/products_float32.json (numpy 2.4 output of
/// Scripts/goldens/products_float32.py): float32 matmul/dot computed in single precision.
@Suite struct LinalgFloat32Tests {
  static let cases = CoreGoldenCase.load("products_float32.json")

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count >= 38)
    // The fixture separates single precision from a rounded float64 product.
    #expect(Self.cases.filter { $0.expect["discriminating"] == .bool(true) }.count >= 20)
  }

  @Test(arguments: cases)
  func matchesNumpy(_ c: CoreGoldenCase) throws {
    let a = try CoreGoldenOps.transform(Self.pattern(c.args["a"]), c.args["ta"].string)
    let bBase = c.args["b"].string == "same" ? c.args["a"] : c.args["b"]
    let b = try CoreGoldenOps.transform(Self.pattern(bBase), c.args["tb"].string)
    let result = try c.op == "dot" ? NDArray.dot(a, b) : NDArray.matmul(a, b)
    CoreGolden.compare(c.id, result, c.expect["result"])
  }

  /// The fixture's input {"pattern": seed, "shape", "dtype"}: element i is
  /// ((i * 7919 + seed) % 1009) / 1009 - 0.3 in float64, cast to dtype.
  static func pattern(_ json: GoldenJSON) throws -> NDArray {
    let shape = json["shape"].ints
    let seed = json["pattern"].int ?? 0
    let values = (0..<shape.reduce(1, *)).map { i in
      Double((i * 7919 + seed) % 1009) / 1009 - 0.3
    }
    return try NDArray(float64: values, shape: shape).astype(
      CoreGolden.dtype(json["dtype"]) ?? .float64)
  }
}
