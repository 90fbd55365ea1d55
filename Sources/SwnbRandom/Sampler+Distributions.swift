// The distributions `Generator` and `RandomState` share, written once over their source, with
// numpy's argument checks (checked before any draw). For `size=None`, draw with `count: 1` and
// unwrap (the stream is the same).
extension Sampler {
  /// `standard_exponential(size)`: the exponential ziggurat (`Generator`) or `-log(1 - U)`
  /// (`RandomState`).
  public func standardExponential(count: Int) throws(RandomError) -> [Double] {
    try draw(.standardExponential, count: count)
  }

  /// `exponential(scale, size)`: `scale * standard_exponential`.
  /// - Throws: `ValueError: scale < 0`.
  public func exponential(scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(.exponential(scale: scale), count: count)
  }

  /// `gamma(shape, scale, size)` (`standard_gamma` when scale is 1).
  /// - Throws: `ValueError: shape < 0` or `scale < 0`.
  public func gamma(shape: Double, scale: Double = 1, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(shape, "shape")
    try checkNonNegative(scale, "scale")
    return try draw(.gamma(shape: shape, scale: scale), count: count)
  }

  /// `beta(a, b, size)`.
  /// - Throws: `ValueError: a <= 0` or `b <= 0`.
  public func beta(a: Double, b: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    try checkPositive(b, "b")
    return try draw(.beta(a: a, b: b), count: count)
  }

  /// `chisquare(df, size)`: `2 * standard_gamma(df / 2)`.
  /// - Throws: `ValueError: df <= 0`.
  public func chisquare(df: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(df, "df")
    return try draw(.chisquare(df: df), count: count)
  }

  /// `lognormal(mean, sigma, size)`: `exp(normal(mean, sigma))`.
  /// - Throws: `ValueError: sigma < 0`.
  public func lognormal(mean: Double, sigma: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(sigma, "sigma")
    return try draw(.lognormal(mean: mean, sigma: sigma), count: count)
  }

  /// `poisson(lam, size)` with int64 results.
  /// - Throws: `ValueError: lam < 0 or lam is NaN` / `lam value too large`.
  public func poisson(lam: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkPoissonLam(lam)
    return try draw(.poisson(lam: lam), count: count)
  }

  /// `binomial(n, p, size)` with int64 results.
  /// - Throws: `ValueError: p < 0, p > 1 or p is NaN` (checked first) / `n < 0`.
  public func binomial(n: Int64, p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkBinomial(n, p)
    return try draw(.binomial(n: n, p: p), count: count)
  }

  /// `laplace(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func laplace(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(.laplace(loc: loc, scale: scale), count: count)
  }

  /// `gumbel(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func gumbel(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(.gumbel(loc: loc, scale: scale), count: count)
  }

  /// `logistic(loc, scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func logistic(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(.logistic(loc: loc, scale: scale), count: count)
  }

  /// `rayleigh(scale, size)`.
  /// - Throws: `ValueError: scale < 0`.
  public func rayleigh(scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(.rayleigh(scale: scale), count: count)
  }

  /// `weibull(a, size)`.
  /// - Throws: `ValueError: a < 0`.
  public func weibull(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(a, "a")
    return try draw(.weibull(a: a), count: count)
  }

  /// `pareto(a, size)` (Lomax form, as numpy).
  /// - Throws: `ValueError: a <= 0`.
  public func pareto(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    return try draw(.pareto(a: a), count: count)
  }

  /// `power(a, size)`.
  /// - Throws: `ValueError: a <= 0`.
  public func power(a: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(a, "a")
    return try draw(.power(a: a), count: count)
  }

  /// `standard_t(df, size)`.
  /// - Throws: `ValueError: df <= 0`.
  public func standardT(df: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(df, "df")
    return try draw(.standardT(df: df), count: count)
  }

  /// `standard_cauchy(size)`.
  public func standardCauchy(count: Int) throws(RandomError) -> [Double] {
    try draw(.standardCauchy, count: count)
  }

  /// `triangular(left, mode, right, size)`.
  /// - Throws: `ValueError: left > mode` / `mode > right` / `left == right`.
  public func triangular(
    left: Double, mode: Double, right: Double, count: Int
  ) throws(RandomError) -> [Double] {
    try checkTriangular(left, mode, right)
    return try draw(.triangular(left: left, mode: mode, right: right), count: count)
  }

  /// `geometric(p, size)` with int64 results (trials up to the first success).
  /// - Throws: `ValueError: p <= 0, p > 1 or p contains NaNs`.
  public func geometric(p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkGeometric(p)
    return try draw(.geometric(p: p), count: count)
  }

  /// `f(dfnum, dfden, size)`.
  /// - Throws: `ValueError: dfnum <= 0` / `dfden <= 0`.
  public func f(dfnum: Double, dfden: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(dfnum, "dfnum")
    try checkPositive(dfden, "dfden")
    return try draw(.f(dfnum: dfnum, dfden: dfden), count: count)
  }

  /// `wald(mean, scale, size)`.
  /// - Throws: `ValueError: mean <= 0` / `scale <= 0`.
  public func wald(mean: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkPositive(mean, "mean")
    try checkPositive(scale, "scale")
    return try draw(.wald(mean: mean, scale: scale), count: count)
  }

  /// `negative_binomial(n, p, size)` with int64 results.
  /// - Throws: numpy's `n` / `p` checks (see `checkNegativeBinomial`).
  public func negativeBinomial(n: Double, p: Double, count: Int) throws(RandomError) -> [Int64] {
    try checkNegativeBinomial(n, p, legacy: Self.isLegacy)
    return try draw(.negativeBinomial(n: n, p: p), count: count)
  }
}

// Vector-valued distributions.
extension Sampler {
  /// `dirichlet(alpha, size)`: `rows` rows of `alpha.count` values (rows = prod(size), or 1
  /// for `size=None`), flat in C order; `Generator` breaks sticks when every alpha < 0.1.
  /// - Throws: `ValueError: alpha < 0` (`alpha <= 0` for `RandomState`).
  public func dirichlet(alpha: [Double], rows: Int) throws(RandomError) -> [Double] {
    try checkDirichlet(alpha, legacy: Self.isLegacy)
    try checkTotal(rows: rows, width: alpha.count)
    return dirichletRows(alpha: alpha, rows: rows)
  }

  /// `multinomial(n, pvals, size)`: `rows` rows of `pvals.count` counts, flat in C order.
  /// - Throws: (`Generator` only) `ValueError: pvals must have at least 1 dimension and the
  ///   last dimension of pvals must be greater than 0.`; then `pvals < 0, pvals > 1 or pvals
  ///   contains NaNs`, `sum(pvals[:-1]) > 1.0`, then `n < 0` (after the size check).
  public func multinomial(n: Int64, pvals: [Double], rows: Int) throws(RandomError) -> [Int64] {
    if pvals.isEmpty && !Self.isLegacy {
      throw RandomError.value(
        "pvals must have at least 1 dimension and the last dimension of pvals must be greater"
          + " than 0.")
    }
    try checkMultinomial(pvals)
    try checkTotal(rows: rows, width: pvals.count)
    if n < 0 { throw RandomError.value("n < 0") }
    return multinomialRows(n: n, pvals: pvals, rows: rows)
  }
}
