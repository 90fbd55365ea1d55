#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// numpy's distributions.c / legacy-distributions.c algorithms, generic over the source so
// that RandomState (legacy normals and exponentials) and Generator (ziggurats) share them.

extension VariateSource {
  /// `random_standard_gamma` / `legacy_standard_gamma`: Marsaglia–Tsang for shape >= 1,
  /// Johnk-style rejection below 1.
  mutating func standardGamma(_ shape: Double) -> Double {
    if shape == 1.0 { return standardExponential() }
    if shape == 0.0 { return 0.0 }
    if shape < 1.0 {
      while true {
        let u = nextDouble()
        let v = standardExponential()
        if u <= 1.0 - shape {
          let x = pow(u, 1.0 / shape)
          if x <= v { return x }
        } else {
          let y = -log((1 - u) / shape)
          let x = pow(1.0 - shape + shape * y, 1.0 / shape)
          if x <= v + y { return x }
        }
      }
    }
    let b = shape - 1.0 / 3.0
    let c = 1.0 / sqrt(9 * b)
    while true {
      var x: Double
      var v: Double
      repeat {
        x = gauss()
        v = 1.0 + c * x
      } while v <= 0.0
      v = v * v * v
      let u = nextDouble()
      if u < 1.0 - 0.0331 * (x * x) * (x * x) { return b * v }
      if log(u) < 0.5 * x * x + b * (1.0 - v + log(v)) { return b * v }
    }
  }

  /// `random_beta` / `legacy_beta`: Johnk's algorithm when both parameters are <= 1,
  /// otherwise a ratio of gammas. numpy 2.x's Generator adds a tiny-parameter shortcut and
  /// a different underflow fallback; RandomState keeps the original.
  mutating func beta(_ a: Double, _ b: Double) -> Double {
    guard a <= 1.0 && b <= 1.0 else {
      let ga = standardGamma(a)
      let gb = standardGamma(b)
      return ga / (ga + gb)
    }
    if Self.isLegacy { return legacyJohnk(a, b) }
    if a < 3e-103 && b < 3e-103 {  // BETA_TINY_THRESHOLD
      return (a + b) * nextDouble() < a ? 1.0 : 0.0
    }
    while true {
      let u = nextDouble()
      let v = nextDouble()
      let x = pow(u, 1.0 / a)
      let y = pow(v, 1.0 / b)
      let sum = x + y
      guard sum <= 1.0 && u + v > 0.0 else { continue }
      if x > 0 && y > 0 { return x / sum }
      // X or Y underflowed: work with logarithms.
      let delta = log(u) / a - log(v) / b
      return delta > 0 ? exp(-log1p(exp(-delta))) : exp(delta - log1p(exp(delta)))
    }
  }

  private mutating func legacyJohnk(_ a: Double, _ b: Double) -> Double {
    while true {
      let u = nextDouble()
      let v = nextDouble()
      let x = pow(u, 1.0 / a)
      let y = pow(v, 1.0 / b)
      guard x + y <= 1.0 else { continue }
      if x + y > 0 { return x / (x + y) }
      var logX = log(u) / a
      var logY = log(v) / b
      let logM = Swift.max(logX, logY)
      logX -= logM
      logY -= logM
      return exp(logX - log(exp(logX) + exp(logY)))
    }
  }
}

extension BitSource {
  /// `random_poisson`: multiplication of uniforms below 10, PTRS (Hörmann) from 10 on.
  mutating func poisson(_ lam: Double) -> Int64 {
    if lam >= 10 { return poissonPTRS(lam) }
    if lam == 0 { return 0 }
    let enlam = exp(-lam)
    var count: Int64 = 0
    var product = 1.0
    while true {
      product *= nextDouble()
      if product <= enlam { return count }
      count += 1
    }
  }

  private mutating func poissonPTRS(_ lam: Double) -> Int64 {
    let slam = sqrt(lam)
    let loglam = log(lam)
    let b = 0.931 + 2.53 * slam
    let a = -0.059 + 0.02483 * b
    let invalpha = 1.1239 + 1.1328 / (b - 3.4)
    let vr = 0.9277 - 3.6224 / (b - 2)
    while true {
      let u = nextDouble() - 0.5
      let v = nextDouble()
      let us = 0.5 - abs(u)
      // k is an integer in numpy (so NaN or inf becomes INT64_MIN and is rejected below).
      let k = cInt64(floor((2 * a / us + b) * u + lam + 0.43))
      if us >= 0.07 && v <= vr { return k }
      if k < 0 || (us < 0.013 && v > us) { continue }
      let lhs = log(v) + log(invalpha) - log(a / (us * us) + b)
      if lhs <= -lam + Double(k) * loglam - logGamma(Double(k) + 1) { return k }
    }
  }
}

/// numpy's `random_loggam` (SPECFUN's log-gamma: asymptotic series, shifted up to x >= 7).
func logGamma(_ x: Double) -> Double {
  let coefficients = [
    8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
    -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
    6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01,
    -1.39243221690590e+00,
  ]
  if x == 1.0 || x == 2.0 { return 0.0 }
  let shift = x < 7.0 ? Int(7 - x) : 0
  var x0 = x + Double(shift)
  let x2 = (1.0 / x0) * (1.0 / x0)
  let log2Pi = 1.8378770664093453e+00
  var gl0 = coefficients[9]
  for k in stride(from: 8, through: 0, by: -1) {
    gl0 *= x2
    gl0 += coefficients[k]
  }
  var gl = gl0 / x0 + 0.5 * log2Pi + (x0 - 0.5) * log(x0) - x0
  for _ in 0..<shift {
    gl -= log(x0 - 1.0)
    x0 -= 1.0
  }
  return gl
}

/// C's `(int64_t)x` as x86-64 executes it (cvttsd2si): truncation toward zero, and
/// INT64_MIN for NaN or anything out of range, where Swift's `Int64(_:)` would trap.
func cInt64(_ x: Double) -> Int64 {
  guard x.isFinite, x >= -9.223372036854775808e18, x < 9.223372036854775808e18 else {
    return .min
  }
  return Int64(x)
}
