import Testing

@testable import SwnbArray

@Suite struct CoreStridedLoopTests {
  @Test func twoOperandsWithBroadcastStrides() {
    var pairs: [[Int]] = []
    // (2, 3) contiguous against a (3,) row broadcast with stride 0 on axis 0.
    StridedLoop.forEach(shape: [2, 3], [3, 1], 0, [0, 1], 10) { p, q in pairs.append([p, q]) }
    #expect(pairs == [[0, 10], [1, 11], [2, 12], [3, 10], [4, 11], [5, 12]])
  }

  @Test func threeOperandsVisitInCOrder() {
    var seen: [[Int]] = []
    StridedLoop.forEach(shape: [2, 2], [1, 2], 0, [2, 1], 0, [0, 0], 7) { a, b, c in
      seen.append([a, b, c])
    }
    #expect(seen == [[0, 0, 7], [2, 1, 7], [1, 2, 7], [3, 3, 7]])
  }

  @Test func emptyAndZeroDimensionalShapes() {
    var count = 0
    StridedLoop.forEach(shape: [3, 0, 2], strides: [0, 0, 1], offset: 0) { _ in count += 1 }
    #expect(count == 0)
    StridedLoop.forEach(shape: [], strides: [], offset: 5) { p in count += p }
    #expect(count == 5)
  }

  @Test func negativeStridesWalkBackwards() throws {
    let a = NDArray(int64: Array(0..<6), shape: [2, 3])
    #expect(try a.flipped().offsets() == [5, 4, 3, 2, 1, 0])
    #expect(a.T.offsets() == [0, 3, 1, 4, 2, 5])
  }

  @Test func coalescingMergesContiguousAxes() {
    let (dims, strides) = StridedLoop.coalesce([2, 3, 4], [[12, 4, 1], [0, 0, 0]])
    #expect(dims == [24] && strides == [[1], [0]])
    let (split, _) = StridedLoop.coalesce([2, 3], [[6, 1]])
    #expect(split == [2, 3])
  }
}
