/// SplitMix64: a small deterministic generator for fuzz tests and fixture streams, so that a
/// failure reproduces from its seed (Scripts/goldens/small_products.py uses the same stream).
public struct SplitMix64 {
  private var state: UInt64

  public init(_ seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A value in `0..<n` (n > 0).
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

  /// A value in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// One of `items` (not empty).
  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
