import Testing

@testable import SwnbArray

/// View semantics of indexing: basic indices alias the base, advanced ones copy.
@Suite struct IndexingViewTests {
  private func grid() -> NDArray {
    NDArray(float64: (0..<12).map(Double.init), shape: [3, 4])
  }

  @Test func basicIndexWritesThroughToBase() throws {
    let a = grid()
    let row = try a.get([.int(1)])
    try row.set([.slice(start: nil, stop: nil, step: 2)], scalar: .float(-1))
    #expect(try a.element([1, 0]) == .float(-1))
    #expect(try a.element([1, 2]) == .float(-1))
    #expect(try a.element([1, 1]) == .float(5))
  }

  @Test func advancedIndexCopies() throws {
    let a = grid()
    let picked = try a.get([.intArray(NDArray(int64: [0, 2], shape: [2]))])
    #expect(!picked.sharesStorage(with: a))
    try picked.setElement([0, 0], .float(99))
    #expect(try a.element([0, 0]) == .float(0))
  }

  @Test func maskAssignmentChangesOnlySelected() throws {
    let a = grid()
    let mask = NDArray(bool: (0..<12).map { $0 % 5 == 0 }, shape: [3, 4])
    try a.set([.boolMask(mask)], scalar: .float(7))
    #expect(a.contiguousFloat64() == [7, 1, 2, 3, 4, 7, 6, 7, 8, 9, 7, 11])
  }

  @Test func copiesOfTheSwiftValueShareStorage() throws {
    let a = grid()
    var b = a
    try b.set([.int(0), .int(0)], scalar: .float(42))
    #expect(try a.element([0, 0]) == .float(42))
    b = try a.copy()
    try b.set([.int(0), .int(0)], scalar: .float(0))
    #expect(try a.element([0, 0]) == .float(42))
  }

  @Test func broadcastViewIsReadOnly() throws {
    let a = NDArray(float64: [1, 2, 3], shape: [3])
    let b = try a.broadcast(to: [2, 3])
    #expect(throws: ArrayError.readOnly) { try b.set([.int(0)], scalar: .float(1)) }
    #expect(throws: ArrayError.readOnly) { try b.fill(.float(0)) }
    #expect(b.sharesStorage(with: a))
  }

  @Test func integerIndexingEveryAxisGivesZeroDimensionalView() throws {
    let a = grid()
    let e = try a.get([.int(-1), .int(-1)])
    #expect(e.ndim == 0 && e.size == 1)
    #expect(try e.item() == .float(11))
  }

  @Test func pythonScalarsAreRangeCheckedOnAssignment() throws {
    let a = try NDArray.zeros([2], dtype: .uint8)
    #expect(throws: ArrayError(.overflowError, "Python integer 300 out of bounds for uint8")) {
      try a.set([.int(0)], scalar: .int(300))
    }
    let i = try NDArray.zeros([2], dtype: .int64)
    #expect(throws: ArrayError(.valueError, "cannot convert float NaN to integer")) {
      try i.set([.int(0)], scalar: .float(.nan))
    }
    try i.set([.int(1)], scalar: .float(-2.7))
    #expect(try i.element([1]) == .int(-2))
  }
}
