import TestSupport
import Testing

@testable import SwnbArray

extension SplitMix64 {
  /// An index that is out of range or overflows for any small array.
  fileprivate mutating func hostile() -> Int {
    [Int.min, Int.max, -1, 0, 1, 2, 3, -4, 1 << 40, -(1 << 40)][int(0...9)]
  }
  fileprivate mutating func small() -> Int { int(-5...5) }
}

/// Random index tuples, values and shape arguments: every call must return or throw an
/// `ArrayError`, never trap; successful gets must have the size their shape says.
@Suite struct IndexingFuzzTests {
  private func item(_ rng: inout SplitMix64, _ shape: [Int]) -> IndexItem {
    switch rng.int(0...7) {
    case 0: return .int(rng.int(0...3) == 0 ? rng.hostile() : rng.small())
    case 1:
      func part() -> Int? {
        rng.int(0...2) == 0 ? nil : (rng.int(0...4) == 0 ? rng.hostile() : rng.small())
      }
      return .slice(start: part(), stop: part(), step: part())
    case 2: return .newAxis
    case 3: return .ellipsis
    case 4:
      let n = rng.int(0...4)
      return .boolMask(NDArray(bool: (0..<n).map { _ in rng.int(0...1) == 1 }, shape: [n]))
    case 5:
      let n = rng.int(0...3)
      return .intArray(NDArray(int64: (0..<n).map { _ in Int64(rng.small()) }, shape: [n]))
    case 6: return .intArray(NDArray(int64: [Int64(rng.small())], shape: []))
    default: return .all
    }
  }

  @Test func randomIndexTuplesNeverTrap() throws {
    var rng = SplitMix64(12345)
    var succeeded = 0
    for _ in 0..<3000 {
      let shape = (0..<rng.int(0...3)).map { _ in rng.int(0...4) }
      let a = try NDArray.arange(.int(0), .int(Int64(Shape.size(shape))), dtype: .float64)
        .reshaped(shape)
      let items = (0..<rng.int(0...4)).map { _ in item(&rng, shape) }
      do {
        let r = try a.get(items)
        #expect(r.scalars().count == Shape.size(r.shape))
        let value = NDArray(float64: [Double(rng.small())], shape: [])
        try a.set(items, value: value)
        succeeded += 1
      } catch is ArrayError {
        continue
      }
    }
    #expect(succeeded > 300)
  }

  @Test func randomShapeArgumentsNeverTrap() throws {
    var rng = SplitMix64(99)
    for _ in 0..<2000 {
      let a = try NDArray.arange(.int(0), .int(6)).reshaped([2, 3])
      let arg = [rng.hostile(), rng.small()]
      _ = try? a.reshaped(arg)
      _ = try? a.transposed(arg)
      _ = try? a.swapaxes(arg[0], arg[1])
      _ = try? a.moveaxis(arg[0], arg[1])
      _ = try? a.expandDims(arg[0])
      _ = try? a.squeezed(arg[0])
      _ = try? a.flipped(arg[1])
      _ = try? a.rot90(rng.hostile(), axes: (rng.hostile(), rng.small()))
      _ = try? a.rolled(rng.hostile(), axis: rng.small())
      _ = try? a.split(at: [rng.hostile(), rng.small()], axis: rng.small())
      _ = try? a.arraySplit(rng.small(), axis: rng.small())
      _ = try? a.deleting([rng.hostile()], axis: rng.small())
      _ = try? a.tiled([rng.small(), rng.small()])
      _ = try? a.repeated([rng.small()], axis: rng.small())
      _ = try? a.broadcast(to: [rng.small(), rng.small(), 3])
      _ = try? NDArray.concatenate([a, a.T], axis: rng.small())
      _ = try? NDArray.stack([a, a], axis: rng.small())
      _ = try? NDArray.diag(a, k: rng.hostile())
      _ = try? a.tril(rng.hostile())
      _ = try? a.trace(offset: rng.hostile())
      _ = try? NDArray.eye(rng.small(), rng.small(), k: rng.hostile())
      _ = try? NDArray.arange(
        .int(Int64(rng.hostile())), .int(Int64(rng.hostile())), step: .int(Int64(rng.small())))
    }
  }
}
