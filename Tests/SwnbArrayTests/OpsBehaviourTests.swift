import Testing

@testable import SwnbArray

/// Properties of the Ops API that goldens cannot show: aliasing, layouts, hostile input.
@Suite struct OpsBehaviourTests {
  static func ramp(_ n: Int, shape: [Int]) -> NDArray {
    NDArray(float64: (0..<n).map { Double($0) * 0.75 - 3 }, shape: shape)
  }

  @Test func inPlaceWritesThroughAStridedView() throws {
    let base = Self.ramp(12, shape: [3, 4])
    let before = base.contiguousFloat64()
    let column = base.view(shape: [3], strides: [4], offset: 1)
    var warnings: [ArrayWarning] = []
    try column.applyInPlace(.multiply, .python(.float(2)), warnings: &warnings)
    let after = base.contiguousFloat64()
    for i in 0..<12 {
      #expect(after[i] == (i % 4 == 1 ? before[i] * 2 : before[i]))
    }
    #expect(warnings.isEmpty)
  }

  @Test func inPlaceWithOverlappingReversedOperandUsesTheOldValues() throws {
    let a = Self.ramp(6, shape: [6])
    let old = a.contiguousFloat64()
    let reversed = a.view(shape: [6], strides: [-1], offset: 5)
    var warnings: [ArrayWarning] = []
    try a.applyInPlace(.add, .array(reversed), warnings: &warnings)
    let expected: [Double] = (0..<6).map { (i: Int) -> Double in old[i] + old[5 - i] }
    #expect(a.contiguousFloat64() == expected)
  }

  @Test func inPlaceOnReadOnlyViewThrows() {
    let a = Self.ramp(4, shape: [4])
    let frozen = a.view(shape: [4], strides: [1], isWritable: false)
    var warnings: [ArrayWarning] = []
    #expect(throws: ArrayError.readOnly) {
      try frozen.applyInPlace(.add, .python(.int(1)), warnings: &warnings)
    }
  }

  @Test func resultsKeepTheMemoryOrderOfTransposedInputs() throws {
    let a = Self.ramp(6, shape: [2, 3])
    let t = a.view(shape: [3, 2], strides: [1, 3])
    let r = try NDArray.apply(.add, .array(t), .python(.float(1)))
    #expect(r.strides == [1, 3])
    #expect(try r.element([2, 1]) == .float(try t.element([2, 1]).doubleValue + 1))
  }

  @Test func fullReductionsAreZeroDimensional() throws {
    let a = Self.ramp(6, shape: [2, 3])
    #expect(try a.sum().ndim == 0)
    #expect(try a.amax().ndim == 0)
    #expect(try a.argmin().ndim == 0)
    #expect(try a.sum(keepdims: true).shape == [1, 1])
  }

  @Test func reductionsDoNotModifyTheirInput() throws {
    let a = Self.ramp(6, shape: [2, 3])
    let before = a.contiguousFloat64()
    _ = try a.amax(axis: [0])
    _ = try a.ptp(axis: [1])
    var w: [ArrayWarning] = []
    _ = try a.variance(axis: [0], warnings: &w)
    _ = try a.sorted(axis: 0)
    #expect(a.contiguousFloat64() == before)
  }

  @Test func hostileArgumentsThrowInsteadOfTrapping() throws {
    let a = Self.ramp(6, shape: [2, 3])
    var w: [ArrayWarning] = []
    #expect(throws: ArrayError.self) { try a.sum(axis: [Int.max]) }
    #expect(throws: ArrayError.self) { try a.sum(axis: [Int.min]) }
    #expect(throws: ArrayError.self) { try a.argmax(axis: Int.min) }
    #expect(throws: ArrayError.self) { try a.cumsum(axis: Int.max) }
    #expect(throws: ArrayError.self) { try a.quantile(.python(.float(.nan))) }
    #expect(throws: ArrayError.self) { try a.percentile(.python(.float(.infinity))) }
    #expect(throws: ArrayError.self) {
      try NDArray.apply(.power, .array(NDArray(int64: [2], shape: [1])), .python(.int(Int64.min)))
    }
    #expect(throws: ArrayError.self) {
      try NDArray.apply(.add, .array(NDArray(strings: ["a"], shape: [1])), .python(.int(1)))
    }
    _ = try a.rounded(decimals: Int.min)
    _ = try a.rounded(decimals: Int.max)
    _ = try a.variance(ddof: Int.min, warnings: &w)
    _ = try a.variance(ddof: Int.max, warnings: &w)
    _ = try a.clipped(min: .python(.int(Int64.min)), max: .python(.int(Int64.max)))
    _ = try NDArray(values: [Int32(5)], shape: [1], dtype: .int32)
      .clipped(min: .python(.int(Int64.min)), max: .python(.int(Int64.max)))
  }
}
