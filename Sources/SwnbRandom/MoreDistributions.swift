#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Smaller continuous and discrete distributions built on the variates (numpy's
// distributions.c and legacy-distributions.c). Where RandomState kept an older formula,
// `isLegacy` picks it.

extension VariateSource {
  /// `random_laplace`: inversion, rejecting U == 0.
  mutating func laplace(_ loc: Double, _ scale: Double) -> Double {
    while true {
      let u = nextDouble()
      if u >= 0.5 { return loc - scale * log(2.0 - u - u) }
      if u > 0.0 { return loc + scale * log(u + u) }
    }
  }

  /// `random_gumbel`: `loc - scale * log(-log(1 - U))`, rejecting 1 - U == 1.
  mutating func gumbel(_ loc: Double, _ scale: Double) -> Double {
    while true {
      let u = 1.0 - nextDouble()
      if u < 1.0 { return loc - scale * log(-log(u)) }
    }
  }

  /// `random_logistic`: `loc + scale * log(U / (1 - U))`, rejecting U == 0.
  mutating func logistic(_ loc: Double, _ scale: Double) -> Double {
    while true {
      let u = nextDouble()
      if u > 0.0 { return loc + scale * log(u / (1.0 - u)) }
    }
  }

  /// `random_rayleigh` / `legacy_rayleigh`.
  mutating func rayleigh(_ scale: Double) -> Double {
    if Self.isLegacy { return scale * sqrt(-2.0 * log1p(-nextDouble())) }
    return scale * sqrt(2.0 * standardExponential())
  }

  /// `random_weibull` / `legacy_weibull`: `E ** (1 / a)`, 0 when a == 0.
  mutating func weibull(_ a: Double) -> Double {
    if a == 0.0 { return 0.0 }
    return pow(standardExponential(), 1.0 / a)
  }

  /// `random_pareto` / `legacy_pareto`: `exp(E / a) - 1` (Generator uses expm1).
  mutating func pareto(_ a: Double) -> Double {
    let e = standardExponential()
    return Self.isLegacy ? exp(e / a) - 1 : expm1(e / a)
  }

  /// `random_power` / `legacy_power`: `(1 - exp(-E)) ** (1 / a)` (Generator uses -expm1).
  mutating func power(_ a: Double) -> Double {
    let e = standardExponential()
    return pow(Self.isLegacy ? 1 - exp(-e) : -expm1(-e), 1.0 / a)
  }

  /// `random_standard_t` / `legacy_standard_t`.
  mutating func standardT(_ df: Double) -> Double {
    let num = gauss()
    let denom = standardGamma(df / 2)
    return sqrt(df / 2) * num / sqrt(denom)
  }

  /// `random_standard_cauchy` / `legacy_standard_cauchy`: a ratio of normals.
  mutating func standardCauchy() -> Double {
    let num = gauss()
    return num / gauss()
  }

  /// `random_triangular`: inversion on the two sides of the mode.
  mutating func triangular(_ left: Double, _ mode: Double, _ right: Double) -> Double {
    let base = right - left
    let leftBase = mode - left
    let ratio = leftBase / base
    let leftProduct = leftBase * base
    let rightProduct = (right - mode) * base
    let u = nextDouble()
    if u <= ratio { return left + sqrt(u * leftProduct) }
    return right - sqrt((1.0 - u) * rightProduct)
  }

  /// `random_geometric`: a cdf search for p >= 1/3, inversion below (RandomState divides
  /// log1p(-U) by log(1 - p); Generator divides an exponential by log1p(-p), capped at
  /// INT64_MAX).
  mutating func geometric(_ p: Double) -> Int64 {
    if p >= 0.333333333333333333333333 {
      var x: Int64 = 1
      var sum = p
      var product = p
      let q = 1.0 - p
      let u = nextDouble()
      while u > sum {
        product *= q
        sum += product
        x += 1
      }
      return x
    }
    if Self.isLegacy { return cInt64(ceil(log1p(-nextDouble()) / log(1 - p))) }
    let z = ceil(-standardExponential() / log1p(-p))
    return z >= 9.223372036854776e+18 ? .max : cInt64(z)
  }

  /// `random_f` / `legacy_f`: a ratio of scaled chi-squares.
  mutating func fDistribution(_ dfnum: Double, _ dfden: Double) -> Double {
    let numerator = 2.0 * standardGamma(dfnum / 2.0) * dfden
    return numerator / (2.0 * standardGamma(dfden / 2.0) * dfnum)
  }

  /// `random_wald` / `legacy_wald`: Michael, Schucany and Haas's transformation. Generator
  /// evaluates the root without cancellation (numpy 2.x, gh-29609); RandomState keeps the
  /// original spelling.
  mutating func wald(_ mean: Double, _ scale: Double) -> Double {
    var y = gauss()
    y = mean * y * y
    let x: Double
    if Self.isLegacy {
      let mu2l = mean / (2 * scale)
      x = mean + mu2l * (y - sqrt(4 * scale * y + y * y))
    } else {
      let d = 1 + sqrt(1 + 4 * scale / y)
      x = mean * (1 - 2 / d)
    }
    let u = nextDouble()
    return u <= mean / (mean + x) ? x : mean * mean / x
  }

  /// `random_negative_binomial` / `legacy_negative_binomial`: a Poisson with a gamma rate.
  mutating func negativeBinomial(_ n: Double, _ p: Double) -> Int64 {
    let rate = (1 - p) / p * standardGamma(n)
    return poisson(rate)
  }
}
