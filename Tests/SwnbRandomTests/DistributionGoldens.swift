import Testing

@testable import SwnbRandom

/// The distribution methods RandomState and Generator share, so one table drives both.
protocol DistributionAPI {
  func standardExponential(count: Int) throws(RandomError) -> [Double]
  func exponential(scale: Double, count: Int) throws(RandomError) -> [Double]
  func gamma(shape: Double, scale: Double, count: Int) throws(RandomError) -> [Double]
  func beta(a: Double, b: Double, count: Int) throws(RandomError) -> [Double]
  func chisquare(df: Double, count: Int) throws(RandomError) -> [Double]
  func lognormal(mean: Double, sigma: Double, count: Int) throws(RandomError) -> [Double]
  func poisson(lam: Double, count: Int) throws(RandomError) -> [Int64]
  func binomial(n: Int64, p: Double, count: Int) throws(RandomError) -> [Int64]
  func laplace(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double]
  func gumbel(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double]
  func logistic(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double]
  func rayleigh(scale: Double, count: Int) throws(RandomError) -> [Double]
  func weibull(a: Double, count: Int) throws(RandomError) -> [Double]
  func pareto(a: Double, count: Int) throws(RandomError) -> [Double]
  func power(a: Double, count: Int) throws(RandomError) -> [Double]
  func standardT(df: Double, count: Int) throws(RandomError) -> [Double]
  func standardCauchy(count: Int) throws(RandomError) -> [Double]
  func triangular(left: Double, mode: Double, right: Double, count: Int) throws(RandomError)
    -> [Double]
  func geometric(p: Double, count: Int) throws(RandomError) -> [Int64]
  func f(dfnum: Double, dfden: Double, count: Int) throws(RandomError) -> [Double]
  func wald(mean: Double, scale: Double, count: Int) throws(RandomError) -> [Double]
  func negativeBinomial(n: Double, p: Double, count: Int) throws(RandomError) -> [Int64]
  func dirichlet(alpha: [Double], rows: Int) throws(RandomError) -> [Double]
  func multinomial(n: Int64, pvals: [Double], rows: Int) throws(RandomError) -> [Int64]
  func randomSample(count: Int) throws(RandomError) -> [Double]
}

extension RandomState: DistributionAPI {}
extension Generator: DistributionAPI {
  /// `random(size)` under the legacy name, so one table can drive both classes.
  func randomSample(count: Int) throws(RandomError) -> [Double] { try random(count: count) }
}

/// Runs a `dist` golden case (args: name, then parameters) against `api`.
func expectDistribution(_ api: some DistributionAPI, _ c: StreamCase) throws {
  let x = c.args.dropFirst().map { Double($0) ?? .nan }
  let n = c.n
  switch c.args[0] {
  case "standard_exponential": expectStream(try api.standardExponential(count: n), c.summary, c.id)
  case "exponential": expectStream(try api.exponential(scale: x[0], count: n), c.summary, c.id)
  case "gamma": expectStream(try api.gamma(shape: x[0], scale: x[1], count: n), c.summary, c.id)
  case "beta": expectStream(try api.beta(a: x[0], b: x[1], count: n), c.summary, c.id)
  case "chisquare": expectStream(try api.chisquare(df: x[0], count: n), c.summary, c.id)
  case "lognormal":
    expectStream(try api.lognormal(mean: x[0], sigma: x[1], count: n), c.summary, c.id)
  case "poisson": expectStream(try api.poisson(lam: x[0], count: n), c.summary, c.id)
  case "binomial":
    expectStream(try api.binomial(n: c.int(1), p: x[1], count: n), c.summary, c.id)
  case "laplace": expectStream(try api.laplace(loc: x[0], scale: x[1], count: n), c.summary, c.id)
  case "gumbel": expectStream(try api.gumbel(loc: x[0], scale: x[1], count: n), c.summary, c.id)
  case "logistic":
    expectStream(try api.logistic(loc: x[0], scale: x[1], count: n), c.summary, c.id)
  case "rayleigh": expectStream(try api.rayleigh(scale: x[0], count: n), c.summary, c.id)
  case "weibull": expectStream(try api.weibull(a: x[0], count: n), c.summary, c.id)
  case "pareto": expectStream(try api.pareto(a: x[0], count: n), c.summary, c.id)
  case "power": expectStream(try api.power(a: x[0], count: n), c.summary, c.id)
  case "standard_t": expectStream(try api.standardT(df: x[0], count: n), c.summary, c.id)
  case "standard_cauchy": expectStream(try api.standardCauchy(count: n), c.summary, c.id)
  case "triangular":
    let values = try api.triangular(left: x[0], mode: x[1], right: x[2], count: n)
    expectStream(values, c.summary, c.id)
  case "geometric": expectStream(try api.geometric(p: x[0], count: n), c.summary, c.id)
  case "f": expectStream(try api.f(dfnum: x[0], dfden: x[1], count: n), c.summary, c.id)
  case "wald": expectStream(try api.wald(mean: x[0], scale: x[1], count: n), c.summary, c.id)
  case "negative_binomial":
    expectStream(try api.negativeBinomial(n: x[0], p: x[1], count: n), c.summary, c.id)
  default: Issue.record("unknown distribution \(c.args[0])")
  }
}

/// Runs a `vector` golden case (args: name, parameters, rows) against `api`.
func expectVector(_ api: some DistributionAPI, _ c: StreamCase) throws {
  let list = c.args[c.args[0] == "dirichlet" ? 1 : 2].split(separator: ",").compactMap {
    Double($0)
  }
  let rows = Int(c.args.last ?? "") ?? -1
  switch c.args[0] {
  case "dirichlet": expectStream(try api.dirichlet(alpha: list, rows: rows), c.summary, c.id)
  case "multinomial":
    expectStream(try api.multinomial(n: c.int(1), pvals: list, rows: rows), c.summary, c.id)
  default: Issue.record("unknown vector distribution \(c.args[0])")
  }
}

/// Runs `zero_multinomial`: n == 0 and p == 0 rows, then two uniforms.
func expectZeroMultinomial(_ api: some DistributionAPI, _ c: StreamCase) throws {
  var values = try api.multinomial(n: 0, pvals: [0.5, 0.5], rows: 1).map(Double.init)
  values += try api.multinomial(n: 3, pvals: [0.0, 1.0], rows: 1).map(Double.init)
  values += try api.randomSample(count: 2)
  expectStream(values, c.summary, c.id)
}
