#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A float-valued distribution with its parameters (already checked), as `Sampler.draw` takes
/// it: one value per draw.
public enum ContinuousVariate: Sendable {
  case standardExponential
  case exponential(scale: Double)
  case gamma(shape: Double, scale: Double)
  case beta(a: Double, b: Double)
  case chisquare(df: Double)
  case lognormal(mean: Double, sigma: Double)
  case laplace(loc: Double, scale: Double)
  case gumbel(loc: Double, scale: Double)
  case logistic(loc: Double, scale: Double)
  case rayleigh(scale: Double)
  case weibull(a: Double)
  case pareto(a: Double)
  case power(a: Double)
  case standardT(df: Double)
  case standardCauchy
  case triangular(left: Double, mode: Double, right: Double)
  case f(dfnum: Double, dfden: Double)
  case wald(mean: Double, scale: Double)
}

/// An integer-valued distribution with its parameters (already checked).
public enum DiscreteVariate: Sendable {
  case poisson(lam: Double)
  case binomial(n: Int64, p: Double)
  case geometric(p: Double)
  case negativeBinomial(n: Double, p: Double)
}

extension VariateSource {
  /// One draw of `variate`, numpy's algorithm for this source.
  @inline(__always)
  mutating func sample(_ variate: ContinuousVariate) -> Double {
    switch variate {
    case .standardExponential: return standardExponential()
    case .exponential(let scale): return scale * standardExponential()
    case .gamma(let shape, let scale): return scale * standardGamma(shape)
    case .beta(let a, let b): return beta(a, b)
    case .chisquare(let df): return 2.0 * standardGamma(df / 2.0)
    case .lognormal(let mean, let sigma): return exp(mean + sigma * gauss())
    case .laplace(let loc, let scale): return laplace(loc, scale)
    case .gumbel(let loc, let scale): return gumbel(loc, scale)
    case .logistic(let loc, let scale): return logistic(loc, scale)
    case .rayleigh(let scale): return rayleigh(scale)
    case .weibull(let a): return weibull(a)
    case .pareto(let a): return pareto(a)
    case .power(let a): return power(a)
    case .standardT(let df): return standardT(df)
    case .standardCauchy: return standardCauchy()
    case .triangular(let left, let mode, let right): return triangular(left, mode, right)
    case .f(let dfnum, let dfden): return fDistribution(dfnum, dfden)
    case .wald(let mean, let scale): return wald(mean, scale)
    }
  }

  /// One draw of `variate`.
  @inline(__always)
  mutating func sample(_ variate: DiscreteVariate) -> Int64 {
    switch variate {
    case .poisson(let lam): return poisson(lam)
    case .binomial(let n, let p): return binomial(n, p)
    case .geometric(let p): return geometric(p)
    case .negativeBinomial(let n, let p): return negativeBinomial(n, p)
    }
  }
}
