import SwnbArray
import SwnbRandom

/// The distributions `np.random.*` (the legacy RandomState) and `default_rng()` Generators
/// share: one binding each, with numpy's parameter names and defaults, over `Sampler`.
extension Runtime {
  /// Float-parameter distributions: numpy's parameter names with their defaults (`nil`:
  /// required), then `size`.
  private static let floatDistributions: [String: [(String, Double?)]] = [
    "standard_exponential": [],
    "exponential": [("scale", 1)],
    "gamma": [("shape", nil), ("scale", 1)],
    "standard_gamma": [("shape", nil)],
    "beta": [("a", nil), ("b", nil)],
    "chisquare": [("df", nil)],
    "lognormal": [("mean", 0), ("sigma", 1)],
    "laplace": [("loc", 0), ("scale", 1)],
    "gumbel": [("loc", 0), ("scale", 1)],
    "logistic": [("loc", 0), ("scale", 1)],
    "rayleigh": [("scale", 1)],
    "weibull": [("a", nil)],
    "pareto": [("a", nil)],
    "power": [("a", nil)],
    "standard_t": [("df", nil)],
    "standard_cauchy": [],
    "triangular": [("left", nil), ("mode", nil), ("right", nil)],
    "f": [("dfnum", nil), ("dfden", nil)],
    "wald": [("mean", nil), ("scale", nil)],
  ]

  /// Integer-valued distributions with float parameters (`binomial`'s `n` is an int, below).
  private static let countDistributions: [String: [(String, Double?)]] = [
    "poisson": [("lam", 1)],
    "geometric": [("p", nil)],
    "negative_binomial": [("n", nil), ("p", nil)],
  ]

  /// Every name `sharedDistribution` answers.
  static let sharedDistributionNames: Set<String> = Set(floatDistributions.keys)
    .union(countDistributions.keys).union(["binomial", "dirichlet", "multinomial"])

  /// `name(...)` drawn from `sampler`, or nil when `name` is not one of the shared
  /// distributions. Scalar parameters only (numpy also broadcasts array parameters).
  func sharedDistribution<S: Sampler>(_ sampler: S, _ name: String, _ a: Arguments) throws
    -> Value?
  {
    if let params = Runtime.floatDistributions[name] {
      let (p, size) = try distributionArguments(name, params, a)
      return try doubles(size) { try sampler.floatDraws(name, p, count: $0) }
    }
    if let params = Runtime.countDistributions[name] {
      let (p, size) = try distributionArguments(name, params, a)
      return try ints(size, scalar: { .int(Int($0)) }) { count in
        switch name {
        case "poisson": return try sampler.poisson(lam: p[0], count: count)
        case "geometric": return try sampler.geometric(p: p[0], count: count)
        default: return try sampler.negativeBinomial(n: p[0], p: p[1], count: count)
        }
      }
    }
    switch name {
    case "binomial":
      let v = try a.bind(name, ["n", "p", "size"], required: 2)
      let n = Int64(try requireInt(v[0] ?? .none, name))
      let p = try requireFloat(v[1] ?? .none, name)
      return try ints(try sizeArgument(v[2]), scalar: { .int(Int($0)) }) {
        try sampler.binomial(n: n, p: p, count: $0)
      }
    case "dirichlet":
      let v = try a.bind(name, ["alpha", "size"], required: 1)
      let alpha = try toArray(v[0] ?? .none).contiguousFloat64()
      let size = try sizeArgument(v[1])
      let rows = try size.map { try count($0) } ?? 1
      let values = try engine { try sampler.dirichlet(alpha: alpha, rows: rows) }
      return .array(NDArray(float64: values, shape: (size ?? []) + [alpha.count]))
    case "multinomial":
      let v = try a.bind(name, ["n", "pvals", "size"], required: 2)
      let n = Int64(try requireInt(v[0] ?? .none, name))
      let pvals = try toArray(v[1] ?? .none).contiguousFloat64()
      let size = try sizeArgument(v[2])
      let rows = try size.map { try count($0) } ?? 1
      let values = try engine { try sampler.multinomial(n: n, pvals: pvals, rows: rows) }
      return .array(NDArray(int64: values, shape: (size ?? []) + [pvals.count]))
    default:
      return nil
    }
  }

  /// The float parameters (defaults filled in) and the `size` shape of a distribution call.
  private func distributionArguments(
    _ name: String, _ params: [(String, Double?)], _ a: Arguments
  ) throws -> ([Double], [Int]?) {
    let required = params.prefix { $0.1 == nil }.count
    let v = try a.bind(name, params.map(\.0) + ["size"], required: required)
    var values: [Double] = []
    for (i, (_, fallback)) in params.enumerated() {
      values.append(try v[i].map { try requireFloat($0, name) } ?? fallback ?? 0)
    }
    return (values, try sizeArgument(v[params.count]))
  }
}

extension Sampler {
  /// The float-valued distribution `name` with its parameters in numpy's order.
  fileprivate func floatDraws(_ name: String, _ p: [Double], count: Int) throws(RandomError)
    -> [Double]
  {
    switch name {
    case "standard_exponential": return try standardExponential(count: count)
    case "exponential": return try exponential(scale: p[0], count: count)
    case "gamma": return try gamma(shape: p[0], scale: p[1], count: count)
    case "standard_gamma": return try gamma(shape: p[0], count: count)
    case "beta": return try beta(a: p[0], b: p[1], count: count)
    case "chisquare": return try chisquare(df: p[0], count: count)
    case "lognormal": return try lognormal(mean: p[0], sigma: p[1], count: count)
    case "laplace": return try laplace(loc: p[0], scale: p[1], count: count)
    case "gumbel": return try gumbel(loc: p[0], scale: p[1], count: count)
    case "logistic": return try logistic(loc: p[0], scale: p[1], count: count)
    case "rayleigh": return try rayleigh(scale: p[0], count: count)
    case "weibull": return try weibull(a: p[0], count: count)
    case "pareto": return try pareto(a: p[0], count: count)
    case "power": return try power(a: p[0], count: count)
    case "standard_t": return try standardT(df: p[0], count: count)
    case "standard_cauchy": return try standardCauchy(count: count)
    case "triangular": return try triangular(left: p[0], mode: p[1], right: p[2], count: count)
    case "f": return try f(dfnum: p[0], dfden: p[1], count: count)
    default: return try wald(mean: p[0], scale: p[1], count: count)
    }
  }
}
