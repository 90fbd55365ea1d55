#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// RandomState's other distributions, with numpy's argument checks (checked before any draw).
// For `size=None`, draw with `count: 1` and unwrap (the stream is the same).
extension RandomState {
  /// `standard_exponential(size)`: `-log(1 - U)` per draw.
  public func standardExponential(count: Int) throws(RandomError) -> [Double] {
    try filled(count) { source.standardExponential() }
  }

  /// `exponential(scale, size)`: `scale * standard_exponential`.
  /// - Throws: `ValueError: scale < 0`.
  public func exponential(scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try filled(count) { scale * source.standardExponential() }
  }

  /// `gamma(shape, scale, size)` (`standard_gamma` when scale is 1).
  /// - Throws: `ValueError: shape < 0` or `scale < 0`.
  public func gamma(shape: Double, scale: Double = 1, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(shape, "shape")
    try checkNonNegative(scale, "scale")
    return try filled(count) { scale * source.standardGamma(shape) }
  }

  /// `beta(a, b, size)`.
  /// - Throws: `ValueError: a <= 0` or `b <= 0`.
  public func beta(a: Double, b: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    try checkPositive(b, "b")
    return try filled(count) { source.beta(a, b) }
  }

  /// `chisquare(df, size)`: `2 * standard_gamma(df / 2)`.
  /// - Throws: `ValueError: df <= 0`.
  public func chisquare(df: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(df, "df")
    return try filled(count) { 2.0 * source.standardGamma(df / 2.0) }
  }

  /// `lognormal(mean, sigma, size)`: `exp(normal(mean, sigma))`.
  /// - Throws: `ValueError: sigma < 0`.
  public func lognormal(mean: Double, sigma: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(sigma, "sigma")
    return try filled(count) { exp(mean + sigma * source.gauss()) }
  }

  /// `poisson(lam, size)` with int64 results.
  /// - Throws: `ValueError: lam < 0 or lam is NaN` / `lam value too large`.
  public func poisson(lam: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkPoissonLam(lam)
    return try filled(count) { source.poisson(lam) }
  }

  /// `binomial(n, p, size)` with int64 results.
  /// - Throws: `ValueError: p < 0, p > 1 or p is NaN` (checked first) / `n < 0`.
  public func binomial(n: Int64, p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkBinomial(n, p)
    return try filled(count) { source.binomial(n, p) }
  }
}
