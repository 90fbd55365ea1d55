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
}

extension RandomState: DistributionAPI {}
extension Generator: DistributionAPI {}

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
  default: Issue.record("unknown distribution \(c.args[0])")
  }
}
