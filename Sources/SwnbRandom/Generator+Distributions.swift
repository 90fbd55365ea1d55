#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Generator's other distributions, with numpy's argument checks (checked before any draw).
// For `size=None`, draw with `count: 1` and unwrap (the stream is the same).
extension Generator {
  /// `standard_exponential(size)`: the exponential ziggurat.
  public func standardExponential(count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.standardExponential() }
  }

  /// `exponential(scale, size)`: `scale * standard_exponential`.
  /// - Throws: `ValueError: scale < 0`.
  public func exponential(scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { scale * $0.standardExponential() }
  }

  /// `gamma(shape, scale, size)` (`standard_gamma` when scale is 1).
  /// - Throws: `ValueError: shape < 0` or `scale < 0`.
  public func gamma(shape: Double, scale: Double = 1, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(shape, "shape")
    try checkNonNegative(scale, "scale")
    return try draw(count) { scale * $0.standardGamma(shape) }
  }

  /// `beta(a, b, size)`.
  /// - Throws: `ValueError: a <= 0` or `b <= 0`.
  public func beta(a: Double, b: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    try checkPositive(b, "b")
    return try draw(count) { $0.beta(a, b) }
  }

  /// `chisquare(df, size)`: `2 * standard_gamma(df / 2)`.
  /// - Throws: `ValueError: df <= 0`.
  public func chisquare(df: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(df, "df")
    return try draw(count) { 2.0 * $0.standardGamma(df / 2.0) }
  }

  /// `lognormal(mean, sigma, size)`: `exp(normal(mean, sigma))`.
  /// - Throws: `ValueError: sigma < 0`.
  public func lognormal(mean: Double, sigma: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(sigma, "sigma")
    return try draw(count) { exp(mean + sigma * $0.gauss()) }
  }

  /// `poisson(lam, size)` with int64 results.
  /// - Throws: `ValueError: lam < 0 or lam is NaN` / `lam value too large`.
  public func poisson(lam: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkPoissonLam(lam)
    return try draw(count) { $0.poisson(lam) }
  }

  /// `binomial(n, p, size)` with int64 results.
  /// - Throws: `ValueError: p < 0, p > 1 or p is NaN` (checked first) / `n < 0`.
  public func binomial(n: Int64, p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkBinomial(n, p)
    return try draw(count) { $0.binomial(n, p) }
  }

  /// `laplace(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func laplace(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { $0.laplace(loc, scale) }
  }

  /// `gumbel(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func gumbel(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { $0.gumbel(loc, scale) }
  }

  /// `logistic(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func logistic(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { $0.logistic(loc, scale) }
  }

  /// `rayleigh(scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func rayleigh(scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { $0.rayleigh(scale) }
  }

  /// `weibull(a, size)`.
  /// - Throws: `ValueError: a < 0`.
  public func weibull(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(a, "a")
    return try draw(count) { $0.weibull(a) }
  }

  /// `pareto(a, size)` (Lomax form, as numpy).
  /// - Throws: `ValueError: a <= 0`.
  public func pareto(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    return try draw(count) { $0.pareto(a) }
  }

  /// `power(a, size)`.
  /// - Throws: `ValueError: a <= 0`.
  public func power(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    return try draw(count) { $0.power(a) }
  }

  /// `standard_t(df, size)`.
  /// - Throws: `ValueError: df <= 0`.
  public func standardT(df: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(df, "df")
    return try draw(count) { $0.standardT(df) }
  }

  /// `standard_cauchy(size)`.
  public func standardCauchy(count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.standardCauchy() }
  }

  /// `triangular(left, mode, right, size)`.
  /// - Throws: `ValueError: left > mode` / `mode > right` / `left == right`.
  public func triangular(
    left: Double, mode: Double, right: Double, count: Int
  ) throws(RandomError) -> [Double] {
    try checkTriangular(left, mode, right)
    return try draw(count) { $0.triangular(left, mode, right) }
  }

  /// `geometric(p, size)` with int64 results (trials up to the first success).
  /// - Throws: `ValueError: p <= 0, p > 1 or p contains NaNs`.
  public func geometric(p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkGeometric(p)
    return try draw(count) { $0.geometric(p) }
  }

  /// `f(dfnum, dfden, size)`.
  /// - Throws: `ValueError: dfnum <= 0` / `dfden <= 0`.
  public func f(dfnum: Double, dfden: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(dfnum, "dfnum")
    try checkPositive(dfden, "dfden")
    return try draw(count) { $0.fDistribution(dfnum, dfden) }
  }

  /// `wald(mean, scale, size)`.
  /// - Throws: `ValueError: mean <= 0` / `scale <= 0`.
  public func wald(mean: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(mean, "mean")
    try checkPositive(scale, "scale")
    return try draw(count) { $0.wald(mean, scale) }
  }

  /// `negative_binomial(n, p, size)` with int64 results.
  /// - Throws: numpy's `n` / `p` checks (see `checkNegativeBinomial`).
  public func negativeBinomial(n: Double, p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkNegativeBinomial(n, p, legacy: false)
    return try draw(count) { $0.negativeBinomial(n, p) }
  }
}

// Vector-valued distributions (Generator).
extension Generator {
  /// `dirichlet(alpha, size)`: `rows` rows of `alpha.count` values (rows = prod(size), or 1
  /// for `size=None`), flat in C order; stick-breaking when every alpha < 0.1.
  /// - Throws: `ValueError: alpha < 0`.
  public func dirichlet(alpha: [Double], rows: Int) throws(RandomError) -> [Double] {
    try checkDirichlet(alpha, legacy: false)
    try checkTotal(rows: rows, width: alpha.count)
    return bits.fillRows(rows: rows, width: alpha.count) { $0.dirichletRow(alpha, into: &$1) }
  }

  /// `multinomial(n, pvals, size)`: `rows` rows of `pvals.count` counts, flat in C order.
  /// - Throws: `ValueError: pvals must have at least 1 dimension and the last dimension of
  ///   pvals must be greater than 0.`, the `pvals` checks, then `n < 0` (after the size check).
  public func multinomial(n: Int64, pvals: [Double], rows: Int) throws(RandomError) -> [Int64] {
    if pvals.isEmpty {
      throw RandomError.value(
        "pvals must have at least 1 dimension and the last dimension of pvals must be greater"
          + " than 0.")
    }
    try checkMultinomial(pvals)
    try checkTotal(rows: rows, width: pvals.count)
    if n < 0 { throw RandomError.value("n < 0") }
    return bits.fillRows(rows: rows, width: pvals.count) { $0.multinomialRow(n, pvals, into: &$1) }
  }
}
