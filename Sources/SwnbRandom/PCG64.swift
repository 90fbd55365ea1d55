/// numpy's `PCG64`: a 128-bit LCG with the XSL-RR output function, plus the buffered
/// 32-bit half that numpy's `next_uint32` hands out.
public struct PCG64: Sendable, Equatable {
  // PCG_DEFAULT_MULTIPLIER_128 = 0x2360ED051FC65DA44385DF649FCCF645
  private static let multHigh: UInt64 = 0x2360_ED05_1FC6_5DA4
  private static let multLow: UInt64 = 0x4385_DF64_9FCC_F645

  private var stateHigh: UInt64 = 0
  private var stateLow: UInt64 = 0
  private var incHigh: UInt64 = 0
  private var incLow: UInt64 = 0
  private var hasUInt32 = false
  private var uinteger: UInt32 = 0

  /// numpy's `PCG64(seed_sequence)`: state and increment from `generate_state(4, uint64)`.
  public init(seedSequence: SeedSequence) {
    let words = seedSequence.generateState64(words: 4)
    self.init(state: (words[0], words[1]), sequence: (words[2], words[3]))
  }

  /// `pcg64_set_seed` / `pcg_setseq_128_srandom_r` with (high, low) 128-bit halves.
  public init(state: (UInt64, UInt64), sequence: (UInt64, UInt64)) {
    incHigh = (sequence.0 << 1) | (sequence.1 >> 63)
    incLow = (sequence.1 << 1) | 1
    step()
    let (low, carry) = stateLow.addingReportingOverflow(state.1)
    stateLow = low
    stateHigh = stateHigh &+ state.0 &+ (carry ? 1 : 0)
    step()
  }

  /// state = state * multiplier + increment (mod 2**128).
  @inline(__always)
  private mutating func step() {
    let product = stateLow.multipliedFullWidth(by: PCG64.multLow)
    let high = product.high &+ stateLow &* PCG64.multHigh &+ stateHigh &* PCG64.multLow
    let (low, carry) = product.low.addingReportingOverflow(incLow)
    stateLow = low
    stateHigh = high &+ incHigh &+ (carry ? 1 : 0)
  }
}

extension PCG64: BitSource {
  /// `pcg64_next64`: step, then XSL-RR of the new state.
  @inline(__always)
  public mutating func next64() -> UInt64 {
    step()
    let rotation = stateHigh >> 58
    let folded = stateHigh ^ stateLow
    return folded.rotatedRight(by: rotation)
  }

  /// `pcg64_next32`: the low half of a 64-bit draw, then its buffered high half.
  @inline(__always)
  public mutating func next32() -> UInt32 {
    if hasUInt32 {
      hasUInt32 = false
      return uinteger
    }
    let next = next64()
    hasUInt32 = true
    uinteger = UInt32(truncatingIfNeeded: next >> 32)
    return UInt32(truncatingIfNeeded: next)
  }

  /// `pcg64_next_double`: the top 53 bits of a 64-bit draw.
  @inline(__always)
  public mutating func nextDouble() -> Double {
    Double(next64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
  }
}

extension UInt64 {
  @inline(__always)
  fileprivate func rotatedRight(by count: UInt64) -> UInt64 {
    let r = count & 63
    return (self >> r) | (self << ((64 &- r) & 63))
  }
}
