import Testing

@testable import SwnbArray

@Suite struct CoreTests {
  @Test func viewsShareStorageAndWriteThrough() throws {
    let a = NDArray(float64: [1, 2, 3, 4, 5, 6], shape: [2, 3])
    let b = a
    try b.setElement([1, 2], .float(60))
    #expect(try a.element([1, 2]) == .float(60))
    #expect(try a.element([-1, -1]) == .float(60))
    #expect(a.sharesStorage(with: b))
  }

  @Test func stridedLoopVisitsCOrder() {
    let a = NDArray(int64: Array(0..<6), shape: [2, 3])
    let t = a.view(shape: [3, 2], strides: [1, 3])
    #expect(t.scalars() == [0, 3, 1, 4, 2, 5].map { Scalar.int($0) })
    #expect(!t.isContiguous && a.isContiguous)
  }

  @Test func contiguousFloat64GathersStridedViews() {
    let a = NDArray(float64: [1, 2, 3, 4, 5, 6], shape: [2, 3])
    #expect(a.contiguousFloat64() == [1, 2, 3, 4, 5, 6])
    #expect(a.view(shape: [3], strides: [2], offset: 1).contiguousFloat64() == [2, 4, 6])
  }
}
