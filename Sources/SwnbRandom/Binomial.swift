#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// numpy's binomial sampler: inversion when n * min(p, 1 - p) <= 30, otherwise Kachitvichyanukul
// and Schmeiser's BTPE. numpy caches the per-(n, p) setup in `binomial_t`; the cache never
// changes a draw, so the setup is simply recomputed here. Integer arithmetic wraps (&+, &-)
// where C's would overflow for n near INT64_MAX, so no input can trap.

extension VariateSource {
  /// `random_binomial` (Generator) / `legacy_random_binomial` (RandomState). The legacy
  /// version has no early return for n == 0 or p == 0, so it still consumes a uniform.
  mutating func binomial(_ n: Int64, _ p: Double) -> Int64 {
    binomial(n, p, modern: !Self.isLegacy)
  }

  /// The modern (`random_binomial`: early return for n == 0 or p == 0, q**n as
  /// exp(n log1p(-p))) or legacy (`legacy_random_binomial`: exp(n log(1 - p))) binomial.
  /// `random_multinomial` uses the modern one even under RandomState.
  mutating func binomial(_ n: Int64, _ p: Double, modern: Bool) -> Int64 {
    if modern && (n == 0 || p == 0.0) { return 0 }
    if p <= 0.5 {
      return p * Double(n) <= 30.0
        ? binomialInversion(n, p, modern: modern) : binomialBTPE(n, p)
    }
    let q = 1.0 - p
    return n
      &- (q * Double(n) <= 30.0 ? binomialInversion(n, q, modern: modern) : binomialBTPE(n, q))
  }

  /// `random_binomial_inversion` / `legacy_random_binomial_inversion`: walk the cdf from 0,
  /// restarting past a bound.
  private mutating func binomialInversion(_ n: Int64, _ p: Double, modern: Bool) -> Int64 {
    let q = 1.0 - p
    let qn = modern ? exp(Double(n) * log1p(-p)) : exp(Double(n) * log(q))
    let np = Double(n) * p
    let spread: Double = np + 10.0 * sqrt(np * q + 1)
    let bound = cInt64(Swift.min(Double(n), spread))
    var x: Int64 = 0
    var px = qn
    var u = nextDouble()
    while u > px {
      x += 1
      if x > bound {
        x = 0
        px = qn
        u = nextDouble()
      } else {
        u -= px
        px = (Double(n &- x &+ 1) * p * px) / (Double(x) * q)
      }
    }
    return x
  }
}

/// The constants of one BTPE setup (`binomial_t`'s fields).
private struct BTPESetup {
  let n: Int64
  let r, q, fm, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4: Double
  let m: Int64

  init(n: Int64, p: Double) {
    self.n = n
    r = Swift.min(p, 1.0 - p)
    q = 1.0 - r
    fm = Double(n) * r + r
    m = cInt64(floor(fm))
    p1 = floor(2.195 * sqrt(Double(n) * r * q) - 4.6 * q) + 0.5
    xm = Double(m) + 0.5
    xl = xm - p1
    xr = xm + p1
    c = 0.134 + 20.5 / (15.3 + Double(m))
    var a = (fm - xl) / (fm - xl * r)
    laml = a * (1.0 + a / 2.0)
    a = (xr - fm) / (xr * q)
    lamr = a * (1.0 + a / 2.0)
    p2 = p1 * (1.0 + 2.0 * c)
    p3 = p2 + c / laml
    p4 = p3 + c / lamr
  }

  /// Step 50/52's acceptance test for a candidate `y` with auxiliary `v`.
  func accepts(_ y: Int64, _ v: Double) -> Bool {
    let nrq = Double(n) * r * q
    let k = Swift.abs(y &- m)
    if k > 20 && Double(k) < nrq / 2.0 - 1 {
      return squeezeAccepts(y, v, Double(k), nrq)
    }
    let s = r / q
    let a = s * Double(n &+ 1)
    var f = 1.0
    if m < y {
      var i = m &+ 1
      while i <= y {
        f *= (a / Double(i) - s)
        i += 1
      }
    } else if m > y {
      var i = y &+ 1
      while i <= m {
        f /= (a / Double(i) - s)
        i += 1
      }
    }
    return v <= f
  }

  private func squeezeAccepts(_ y: Int64, _ v: Double, _ k: Double, _ nrq: Double) -> Bool {
    let rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5)
    let t = -k * k / (2 * nrq)
    let logV = log(v)
    if logV < t - rho { return true }
    if logV > t + rho { return false }
    let x1 = Double(y) + 1
    let f1 = Double(m) + 1
    let z = Double(n) + 1 - Double(m)
    let w = Double(n) - Double(y) + 1
    func stirling(_ value: Double) -> Double {
      let v2 = value * value
      return (13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / v2) / v2) / v2) / v2) / value / 166320.0
    }
    let bound =
      xm * log(f1 / x1) + (Double(n &- m) + 0.5) * log(z / w) + Double(y &- m)
      * log(w * r / (x1 * q))
      + stirling(f1) + stirling(z) + stirling(x1) + stirling(w)
    return logV <= bound
  }
}

extension VariateSource {
  /// `random_binomial_btpe` for p <= 0.5 (the caller reflects p > 0.5).
  fileprivate mutating func binomialBTPE(_ n: Int64, _ p: Double) -> Int64 {
    let s = BTPESetup(n: n, p: p)
    while true {
      let u = nextDouble() * s.p4
      var v = nextDouble()
      var y: Int64
      if u <= s.p1 {
        // Step 10: the triangular centre is accepted outright.
        y = cInt64(floor(s.xm - s.p1 * v + u))
        return p > 0.5 ? n &- y : y
      } else if u <= s.p2 {
        // Step 20: parallelograms.
        let x = s.xl + (u - s.p1) / s.c
        v = v * s.c + 1.0 - abs(Double(s.m) - x + 0.5) / s.p1
        if v > 1.0 { continue }
        y = cInt64(floor(x))
      } else if u <= s.p3 {
        // Step 30: left exponential tail.
        y = cInt64(floor(s.xl + log(v) / s.laml))
        if y < 0 || v == 0.0 { continue }
        v = v * (u - s.p2) * s.laml
      } else {
        // Step 40: right exponential tail.
        y = cInt64(floor(s.xr - log(v) / s.lamr))
        if y > n || v == 0.0 { continue }
        v = v * (u - s.p3) * s.lamr
      }
      if s.accepts(y, v) { return p > 0.5 ? n &- y : y }
    }
  }
}
