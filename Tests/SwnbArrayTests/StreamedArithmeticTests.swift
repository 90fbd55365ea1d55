import Testing

@testable import SwnbArray

/// Long float64 runs, which the wide loops write with streaming stores from 2^19 elements up,
/// hold exactly the one IEEE operation per element, whatever the output's alignment, in place
/// or not, with a broadcast scalar or not.
@Suite struct StreamedArithmeticTests {
  private static let count = (1 << 19) + 7
  private static let operations: [BinaryUfunc] = [.add, .subtract, .multiply, .trueDivide]

  /// The scalar operation of `op`.
  private static func scalar(_ op: BinaryUfunc) -> (Double, Double) -> Double {
    switch op {
    case .add: { $0 + $1 }
    case .subtract: { $0 - $1 }
    case .multiply: { $0 * $1 }
    default: { $0 / $1 }
    }
  }

  /// Deterministic values with infinities, signed zeros and exact integers (no NaN, so the
  /// comparison can be on bits without NaN payload rules).
  private static func values(_ count: Int, seed: Int) -> [Double] {
    let specials: [Double] = [.infinity, -.infinity, 0, -0.0, 1, -1, 0.5, 3]
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { i in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      if i % 97 == 0 { return specials[Int(state >> 61)] }
      return Double(Int64(bitPattern: state >> 1) % 200_001) / 1000 - 100
    }
  }

  private static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

  @Test(arguments: operations)
  func longRunsMatchScalarArithmetic(_ op: BinaryUfunc) throws {
    let f = Self.scalar(op)
    let (x, y) = (Self.values(Self.count + 3, seed: 1), Self.values(Self.count + 3, seed: 2))
    let a = NDArray(float64: x, shape: [x.count])
    let b = NDArray(float64: y, shape: [y.count])
    let sum = try NDArray.apply(op, .array(a), .array(b))
    #expect(Self.bits(sum.gathered(as: Double.self)) == Self.bits(zip(x, y).map(f)), "\(op)")
    let scaled = try NDArray.apply(op, .array(a), .python(.float(2.5)))
    #expect(Self.bits(scaled.gathered(as: Double.self)) == Self.bits(x.map { f($0, 2.5) }))
    let reflected = try NDArray.apply(op, .python(.float(2.5)), .array(a))
    #expect(Self.bits(reflected.gathered(as: Double.self)) == Self.bits(x.map { f(2.5, $0) }))
  }

  @Test(arguments: 0..<4)
  func inPlaceRunsAtEveryAlignment(_ shift: Int) throws {
    for op in Self.operations {
      let f = Self.scalar(op)
      let (x, y) = (Self.values(Self.count + 3, seed: 3), Self.values(Self.count + 3, seed: 4))
      let a = NDArray(float64: x, shape: [x.count])
      let b = NDArray(float64: y, shape: [y.count])
      let window: [IndexItem] = [.slice(start: shift, stop: shift + Self.count - 3, step: nil)]
      let target = try a.get(window)
      var warnings: [ArrayWarning] = []
      try target.applyInPlace(op, .array(try b.get(window)), warnings: &warnings)
      var expected = x
      for i in shift..<(shift + Self.count - 3) { expected[i] = f(x[i], y[i]) }
      #expect(Self.bits(a.gathered(as: Double.self)) == Self.bits(expected), "\(op) \(shift)")
    }
  }

  @Test func divisionByZeroStillWarns() throws {
    var y = Self.values(Self.count, seed: 5).map { $0 == 0 ? 1 : $0 }
    y[Self.count - 2] = 0
    let a = NDArray(float64: (0..<Self.count).map { Double($0 % 13) + 1 }, shape: [Self.count])
    var warnings: [ArrayWarning] = []
    _ = try NDArray.apply(
      .trueDivide, .array(a), .array(NDArray(float64: y, shape: [Self.count])),
      warnings: &warnings)
    #expect(warnings.map(\.message) == ["divide by zero encountered in divide"])
  }
}
