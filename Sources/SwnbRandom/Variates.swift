#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The continuous building blocks numpy's distributions are made of. Every formula uses the
// C library's log/exp/sqrt/log1p, as numpy does, so the last bit of every draw matches
// numpy built against the same libm.

/// A bit source that also supplies numpy's standard normal and exponential variates: the
/// polar method and `-log(1 - U)` for the legacy `RandomState`, ziggurats for `Generator`.
protocol VariateSource: BitSource {
  /// True for `RandomState`'s legacy algorithms (they differ from `Generator`'s in a few
  /// edge cases, noted where they are used).
  static var isLegacy: Bool { get }
  /// A standard normal variate.
  mutating func gauss() -> Double
  /// A standard exponential variate.
  mutating func standardExponential() -> Double
}

private let normalR = 3.6541528853610087963519472518
private let normalInvR = 0.27366123732975827203338247596
private let exponentialR = 7.6971174701310497140446280481

extension BitSource {
  /// numpy's `random_standard_normal`: the 256-strip ziggurat of `Generator.standard_normal`.
  mutating func zigguratNormal() -> Double {
    while true {
      var r = next64()
      let idx = Int(r & 0xFF)
      r >>= 8
      let negative = r & 1 == 1
      let rabs = (r >> 1) & 0x000F_FFFF_FFFF_FFFF
      var x = Double(rabs) * ZigguratTables.wn[idx]
      if negative { x = -x }
      if rabs < ZigguratTables.kn[idx] { return x }
      if idx == 0 {
        while true {
          // 1 - U avoids log(0) (numpy GH 13361).
          let xx = -normalInvR * log1p(-nextDouble())
          let yy = -log1p(-nextDouble())
          if yy + yy > xx * xx {
            return (rabs >> 8) & 1 == 1 ? -(normalR + xx) : normalR + xx
          }
        }
      }
      let lower = ZigguratTables.fn[idx]
      if (ZigguratTables.fn[idx - 1] - lower) * nextDouble() + lower < exp(-0.5 * x * x) {
        return x
      }
    }
  }

  /// numpy's `random_standard_exponential_zig` (`Generator.standard_exponential`).
  mutating func zigguratExponential() -> Double {
    while true {
      let r = next64() >> 3
      let idx = Int(r & 0xFF)
      let rabs = r >> 8
      let x = Double(rabs) * ZigguratTables.we[idx]
      if rabs < ZigguratTables.ke[idx] { return x }
      if idx == 0 { return exponentialR - log1p(-nextDouble()) }
      let lower = ZigguratTables.fe[idx]
      if (ZigguratTables.fe[idx - 1] - lower) * nextDouble() + lower < exp(-x) { return x }
    }
  }
}

extension PCG64: VariateSource {
  static var isLegacy: Bool { false }

  mutating func gauss() -> Double { zigguratNormal() }

  mutating func standardExponential() -> Double { zigguratExponential() }
}

/// `RandomState`'s source: MT19937 plus the polar method's cached second normal
/// (`legacy_gauss`: `has_gauss` / `gauss`).
struct LegacySource: VariateSource {
  var mt: MT19937
  /// The cached polar variate, when one is pending.
  var cachedGauss: Double?

  static var isLegacy: Bool { true }

  @inline(__always) mutating func next32() -> UInt32 { mt.next32() }
  @inline(__always) mutating func next64() -> UInt64 { mt.next64() }
  @inline(__always) mutating func nextDouble() -> Double { mt.nextDouble() }

  /// `legacy_gauss`: Marsaglia's polar method, returning the second variate next time.
  mutating func gauss() -> Double {
    if let value = cachedGauss {
      cachedGauss = nil
      return value
    }
    var x1: Double
    var x2: Double
    var r2: Double
    repeat {
      x1 = 2.0 * mt.nextDouble() - 1.0
      x2 = 2.0 * mt.nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = sqrt(-2.0 * log(r2) / r2)
    cachedGauss = f * x1
    return f * x2
  }

  /// `legacy_standard_exponential`: `-log(1 - U)`.
  mutating func standardExponential() -> Double {
    -log(1.0 - mt.nextDouble())
  }
}
