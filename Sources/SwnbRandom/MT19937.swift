/// The 32-bit Mersenne Twister exactly as numpy's `MT19937` / legacy `RandomState` runs it.
///
/// State is numpy's: 624 key words plus a position (624 = regenerate before the next draw).
public struct MT19937: Sendable, Equatable {
  static let stateLength = 624
  private static let shift = 397
  private static let matrixA: UInt32 = 0x9908_B0DF

  /// The 624 state words (`state['state']['key']`).
  public private(set) var key: [UInt32]
  /// The index of the next word to temper, 0...624 (`state['state']['pos']`).
  public private(set) var pos: Int

  /// `init_genrand` (numpy's `mt19937_seed`): the state for an integer seed.
  public init(seed: UInt32) {
    key = MT19937.genrandKey(seed)
    pos = MT19937.stateLength
  }

  /// `init_by_array` (numpy's `mt19937_init_by_array`): the state for a non-empty seed array.
  public init(keyArray: [UInt32]) {
    let n = MT19937.stateLength
    var mt = MT19937.genrandKey(19_650_218)
    let count = keyArray.count
    var i = 1
    var j = 0
    for _ in 0..<Swift.max(n, count) {
      let prev = mt[i - 1] ^ (mt[i - 1] >> 30)
      let keyWord = count == 0 ? 0 : keyArray[j]
      mt[i] = (mt[i] ^ (prev &* 1_664_525)) &+ keyWord &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n {
        mt[0] = mt[n - 1]
        i = 1
      }
      if j >= count { j = 0 }
    }
    for _ in 0..<(n - 1) {
      let prev = mt[i - 1] ^ (mt[i - 1] >> 30)
      mt[i] = (mt[i] ^ (prev &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
      i += 1
      if i >= n {
        mt[0] = mt[n - 1]
        i = 1
      }
    }
    mt[0] = 0x8000_0000
    key = mt
    pos = n
  }

  /// numpy's `MT19937(seed_sequence)`: key[0] = 2**31, key[1...] from `generate_state(624)`,
  /// and (a numpy quirk kept for stream equality) pos = 623.
  public init(seedSequence: SeedSequence) {
    var words = seedSequence.generateState(words: MT19937.stateLength)
    words[0] = 0x8000_0000
    key = words
    pos = MT19937.stateLength - 1
  }

  /// Restores a saved state; `nil` when `key` is not 624 words or `pos` is outside 0...624.
  public init?(key: [UInt32], pos: Int) {
    guard key.count == MT19937.stateLength, (0...MT19937.stateLength).contains(pos) else {
      return nil
    }
    self.key = key
    self.pos = pos
  }

  private static func genrandKey(_ seed: UInt32) -> [UInt32] {
    var mt = [UInt32](repeating: 0, count: stateLength)
    mt[0] = seed
    for i in 1..<stateLength {
      mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
    }
    return mt
  }

  /// `mt19937_gen`: regenerates all 624 words.
  private mutating func generate() {
    let n = MT19937.stateLength
    let m = MT19937.shift
    key.withUnsafeMutableBufferPointer { mt in
      @inline(__always) func twist(_ i: Int, _ next: Int, _ far: Int) {
        let y = (mt[i] & 0x8000_0000) | (mt[next] & 0x7FFF_FFFF)
        mt[i] = mt[far] ^ (y >> 1) ^ ((0 &- (y & 1)) & MT19937.matrixA)
      }
      for i in 0..<(n - m) { twist(i, i + 1, i + m) }
      for i in (n - m)..<(n - 1) { twist(i, i + 1, i + m - n) }
      twist(n - 1, 0, m - 1)
    }
    pos = 0
  }

  /// One tempered 32-bit draw (`mt19937_next32`).
  @inline(__always)
  public mutating func next32() -> UInt32 {
    if pos >= MT19937.stateLength { generate() }
    var y = key[pos]
    pos += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }
}

extension MT19937: BitSource {
  /// `mt19937_next64`: the first 32-bit draw is the high word.
  @inline(__always)
  public mutating func next64() -> UInt64 {
    let high = UInt64(next32())
    return high << 32 | UInt64(next32())
  }

  /// `mt19937_next_double`: `(a >> 5, b >> 6)` combined into 53 bits.
  @inline(__always)
  public mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5)
    let b = Double(next32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }
}
