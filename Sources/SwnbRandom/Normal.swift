#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Normal variates. Both methods use the C library's log/sqrt/exp/log1p, as numpy does,
// so the last bit of every draw matches numpy built against the same libm.

private let zigguratR = 3.6541528853610087963519472518
private let zigguratInvR = 0.27366123732975827203338247596

extension BitSource {
  /// numpy's `random_standard_normal`: the 256-strip ziggurat of `Generator.standard_normal`.
  mutating func zigguratNormal() -> Double {
    while true {
      var r = next64()
      let idx = Int(r & 0xFF)
      r >>= 8
      let negative = r & 1 == 1
      let rabs = (r >> 1) & 0x000F_FFFF_FFFF_FFFF
      var x = Double(rabs) * ZigguratTables.wi[idx]
      if negative { x = -x }
      if rabs < ZigguratTables.ki[idx] { return x }
      if idx == 0 {
        while true {
          // 1 - U avoids log(0) (numpy GH 13361).
          let xx = -zigguratInvR * log1p(-nextDouble())
          let yy = -log1p(-nextDouble())
          if yy + yy > xx * xx {
            return (rabs >> 8) & 1 == 1 ? -(zigguratR + xx) : zigguratR + xx
          }
        }
      }
      let lower = ZigguratTables.fi[idx]
      if (ZigguratTables.fi[idx - 1] - lower) * nextDouble() + lower < exp(-0.5 * x * x) {
        return x
      }
    }
  }
}

/// The legacy polar (Marsaglia) method of `RandomState.standard_normal` with its cached
/// second variate (`legacy_gauss`: `has_gauss` / `gauss`).
struct PolarGauss: Sendable, Equatable {
  /// The cached variate, when one is pending.
  var cached: Double?

  mutating func next(_ bits: inout MT19937) -> Double {
    if let value = cached {
      cached = nil
      return value
    }
    var x1: Double
    var x2: Double
    var r2: Double
    repeat {
      x1 = 2.0 * bits.nextDouble() - 1.0
      x2 = 2.0 * bits.nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = sqrt(-2.0 * log(r2) / r2)
    cached = f * x1
    return f * x2
  }
}
