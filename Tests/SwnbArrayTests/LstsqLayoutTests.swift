import SwnbLinalg
import Testing

@testable import SwnbArray

/// `NDArray.lstsq` hands float64 operands to LAPACK straight from their memory: every layout
/// (transposed, sliced, broadcast, 1-D right-hand side, other dtypes) must give exactly the
/// bits of the contiguous-matrix path, which the golden fixtures tie to numpy. The reused
/// dgelsd workspace must not carry anything from one solve to the next.
@Suite struct LstsqLayoutTests {
  /// A deterministic, irregular `rows` x `cols` float64 array.
  private static func sample(_ rows: Int, _ cols: Int, seed: Int) -> NDArray {
    let values = (0..<(rows * cols)).map { (i: Int) -> Double in
      let residue: Int = ((i + seed) * 7919) % 1013
      return Double(residue) / 101.0 - 4.5
    }
    return NDArray(float64: values, shape: [rows, cols])
  }

  /// A C-contiguous float64 copy of `x`.
  private static func contiguous(_ x: NDArray) -> NDArray {
    NDArray(float64: x.contiguousFloat64(), shape: x.shape)
  }

  /// The four results of `lstsq(a, b)` as plain values, for exact comparison.
  private static func solve(_ a: NDArray, _ b: NDArray) throws -> [[Double]] {
    let r = try NDArray.lstsq(a, b)
    return [
      r.x.gathered(as: Double.self), r.residuals.gathered(as: Double.self), [Double(r.rank)],
      r.singularValues.gathered(as: Double.self), r.x.shape.map(Double.init),
    ]
  }

  /// `solve` on the operands and on contiguous copies of them agree bit for bit.
  private static func expectLayoutFree(_ a: NDArray, _ b: NDArray) throws {
    let direct = try solve(a, b)
    let copied = try solve(contiguous(a), contiguous(b))
    #expect(direct.map { $0.map(\.bitPattern) } == copied.map { $0.map(\.bitPattern) })
  }

  @Test func transposedOperandsMatchContiguousCopies() throws {
    let w = Self.sample(9, 3, seed: 1)
    try Self.expectLayoutFree(w.T, Self.sample(3, 7, seed: 2))
    try Self.expectLayoutFree(Self.sample(9, 3, seed: 3), Self.sample(7, 9, seed: 4).T)
    try Self.expectLayoutFree(Self.sample(4, 6, seed: 5).T, Self.sample(5, 6, seed: 6).T)
  }

  @Test func slicedAndBroadcastOperandsMatchContiguousCopies() throws {
    let big = Self.sample(10, 8, seed: 7)
    let rows = big.view(shape: [5, 4], strides: [16, 2], offset: 3)
    try Self.expectLayoutFree(rows, Self.sample(5, 2, seed: 8))
    let column = Self.sample(5, 1, seed: 9)
    let spread = column.view(shape: [5, 3], strides: [1, 0])
    try Self.expectLayoutFree(Self.sample(5, 3, seed: 10), spread)
  }

  @Test func vectorRightHandSideAndResidualsMatch() throws {
    let a = Self.sample(8, 3, seed: 11)
    let b = Self.sample(2, 8, seed: 12).view(shape: [8], strides: [1], offset: 8)
    let r = try NDArray.lstsq(a, b)
    #expect(r.x.shape == [3] && r.residuals.shape == [1])
    let copied = try NDArray.lstsq(Self.contiguous(a), Self.contiguous(b))
    #expect(r.x.gathered(as: Double.self) == copied.x.gathered(as: Double.self))
    #expect(r.residuals.gathered(as: Double.self) == copied.residuals.gathered(as: Double.self))
  }

  @Test func integerOperandsSolveAsFloat64() throws {
    let a = NDArray(int64: [2, 1, 1, 3, 1, 1, 4, 0, 5], shape: [3, 3])
    let b = NDArray(int64: [1, 2, 3], shape: [3])
    let r = try NDArray.lstsq(a, b)
    let f = try NDArray.lstsq(Self.contiguous(a), Self.contiguous(b))
    #expect(r.x.dtype == .float64)
    #expect(r.x.gathered(as: Double.self) == f.x.gathered(as: Double.self))
  }

  @Test func reusedWorkspaceLeavesNoTrace() throws {
    let (a, b) = (Self.sample(3, 3, seed: 13), Self.sample(3, 7, seed: 14))
    let first = try Self.solve(a, b)
    _ = try Self.solve(Self.sample(12, 5, seed: 15), Self.sample(12, 4, seed: 16))
    _ = try Self.solve(Self.sample(3, 3, seed: 17), Self.sample(3, 7, seed: 18))
    #expect(try Self.solve(a, b).map { $0.map(\.bitPattern) } == first.map { $0.map(\.bitPattern) })
  }

  @Test func matrixEntryPointMatchesArrays() throws {
    let (a, b) = (Self.sample(6, 4, seed: 19), Self.sample(6, 2, seed: 20))
    let m = try Linalg.lstsq(a.matrix(), b.matrix())
    let r = try NDArray.lstsq(a, b)
    #expect(m.x.elements == r.x.gathered(as: Double.self))
    #expect(m.residuals == r.residuals.gathered(as: Double.self))
    #expect(m.singularValues == r.singularValues.gathered(as: Double.self) && m.rank == r.rank)
  }
}
