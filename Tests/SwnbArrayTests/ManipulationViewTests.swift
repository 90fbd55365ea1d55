import Testing

@testable import SwnbArray

/// Which manipulations return views (numpy semantics) and which copy.
@Suite struct ManipulationViewTests {
  private let a = NDArray(float64: [1, 2, 3, 4, 5, 6], shape: [2, 3])

  @Test func reshapeOfContiguousIsAView() throws {
    let r = try a.reshaped([3, -1])
    #expect(r.shape == [3, 2] && r.sharesStorage(with: a))
    try r.setElement([2, 1], .float(60))
    #expect(try a.element([1, 2]) == .float(60))
  }

  @Test func reshapeOfTransposeCopiesInCOrder() throws {
    let r = try a.T.reshaped([6])
    #expect(!r.sharesStorage(with: a))
    #expect(r.contiguousFloat64() == [1, 4, 2, 5, 3, 6])
  }

  @Test func transposeSwapaxesFlipAreViews() throws {
    #expect(a.T.sharesStorage(with: a))
    #expect(try a.swapaxes(0, 1).sharesStorage(with: a))
    let f = try a.flipped(1)
    #expect(f.sharesStorage(with: a))
    #expect(f.contiguousFloat64() == [3, 2, 1, 6, 5, 4])
  }

  @Test func flattenAlwaysCopiesRavelOnlyWhenNeeded() throws {
    #expect(!(try a.flattened()).sharesStorage(with: a))
    #expect(try a.raveled().sharesStorage(with: a))
    #expect(!(try a.T.raveled()).sharesStorage(with: a))
  }

  @Test func astypeCastsWithNumpyRules() throws {
    let f = NDArray(float64: [2.9, -2.9, .nan, 1e30], shape: [4])
    #expect(try f.astype(.int64).scalars() == [2, -2, Int64.min, Int64.min].map { Scalar.int($0) })
    #expect(try f.astype(.bool).scalars() == [true, true, true, true].map { Scalar.bool($0) })
  }

  @Test func toNestedRoundTrips() throws {
    let nested = a.toNested()
    let back = try NDArray.array(nested)
    #expect(back.shape == [2, 3] && back.contiguousFloat64() == a.contiguousFloat64())
  }
}
