import Testing

@testable import SwnbRandom

/// A call that numpy rejects, named as in errors.json.
struct FailingCall: Sendable, CustomTestStringConvertible {
  let id: String
  let call: @Sendable () throws -> Void
  var testDescription: String { id }
}

@Suite struct ErrorTests {
  static let p2 = [0.5, 0.5]

  static let failing: [FailingCall] = [
    FailingCall(id: "seed_too_big") { _ = try RandomState(seed: 1 << 32) },
    FailingCall(id: "seed_negative") { _ = try RandomState(seed: -1) },
    FailingCall(id: "seed_empty_array") { try RandomState().seed(array: []) },
    FailingCall(id: "seed_array_out_of_range") { try RandomState().seed(array: [1, 1 << 32]) },
    FailingCall(id: "rand_negative") { _ = try RandomState().randomSample(count: -1) },
    FailingCall(id: "randn_negative") { _ = try RandomState().standardNormal(count: -3) },
    FailingCall(id: "randint_low_ge_high") { _ = try RandomState().randint(low: 5, high: 3) },
    FailingCall(id: "randint_high_le_0") { _ = try RandomState().randint(low: 0, high: nil) },
    FailingCall(id: "randint_negative_single") {
      _ = try RandomState().randint(low: -3, high: nil)
    },
    FailingCall(id: "randint_negative_size") {
      _ = try RandomState().randint(low: 0, high: 3, count: -2)
    },
    FailingCall(id: "normal_negative_scale") { _ = try RandomState().normal(loc: 0, scale: -1) },
    FailingCall(id: "normal_negative_zero_scale") {
      _ = try RandomState().normal(loc: 0, scale: -0.0, count: 1)
    },
    FailingCall(id: "uniform_infinite") { _ = try RandomState().uniform(low: 0, high: .infinity) },
    FailingCall(id: "uniform_overflow") {
      _ = try RandomState().uniform(low: -1e308, high: 1e308, count: 2)
    },
    FailingCall(id: "legacy_choice_zero") { _ = try RandomState().choice(.integer(0), count: nil) },
    FailingCall(id: "legacy_choice_negative") {
      _ = try RandomState().choice(.integer(-2), count: nil)
    },
    FailingCall(id: "legacy_choice_empty") {
      _ = try RandomState().choice(.arrayLength(0), count: nil)
    },
    FailingCall(id: "legacy_choice_too_large") {
      _ = try RandomState().choice(.integer(3), count: 5, replace: false)
    },
    FailingCall(id: "legacy_choice_p_size") {
      _ = try RandomState().choice(.integer(3), count: nil, p: p2)
    },
    FailingCall(id: "legacy_choice_p_sum") {
      _ = try RandomState().choice(.integer(2), count: nil, p: [0.5, 0.6])
    },
    FailingCall(id: "legacy_choice_p_negative") {
      _ = try RandomState().choice(.integer(2), count: nil, p: [1.5, -0.5])
    },
    FailingCall(id: "legacy_choice_p_nan") {
      _ = try RandomState().choice(.integer(2), count: nil, p: [.nan, 0.5])
    },
    FailingCall(id: "legacy_choice_fewer_nonzero") {
      _ = try RandomState().choice(.integer(3), count: 3, replace: false, p: [0.5, 0.5, 0])
    },
    FailingCall(id: "legacy_choice_negative_size_noreplace") {
      _ = try RandomState().choice(.integer(3), count: -1, replace: false)
    },
    FailingCall(id: "legacy_choice_negative_size") {
      _ = try RandomState().choice(.integer(3), count: -1)
    },
    FailingCall(id: "legacy_choice_float") { throw RandomError.choiceNotIntegerLegacy },
    FailingCall(id: "legacy_choice_2d") { throw RandomError.choiceNot1D },
    FailingCall(id: "legacy_choice_p_2d") { throw RandomError.choicePNot1DLegacy },
    FailingCall(id: "gen_seed_negative") { _ = try Generator(seed: -1) },
    FailingCall(id: "gen_seed_array_negative") { _ = try Generator(seedArray: [1, -1]) },
    FailingCall(id: "gen_random_negative") { _ = try Generator(seed: 0).random(count: -1) },
    FailingCall(id: "gen_integers_low_ge_high") {
      _ = try Generator(seed: 0).integers(low: 5, high: 3)
    },
    FailingCall(id: "gen_integers_high_le_0") {
      _ = try Generator(seed: 0).integers(low: 0, high: nil, count: 4)
    },
    FailingCall(id: "gen_integers_endpoint_low_gt_high") {
      _ = try Generator(seed: 0).integers(low: 5, high: 3, endpoint: true)
    },
    FailingCall(id: "gen_integers_endpoint_high_lt_0") {
      _ = try Generator(seed: 0).integers(low: 0, high: -1, endpoint: true)
    },
    FailingCall(id: "gen_normal_negative_scale") {
      _ = try Generator(seed: 0).normal(loc: 0, scale: -1)
    },
    FailingCall(id: "gen_uniform_infinite") {
      _ = try Generator(seed: 0).uniform(low: 0, high: .infinity, count: 3)
    },
    FailingCall(id: "gen_choice_zero") {
      _ = try Generator(seed: 0).choice(.integer(0), count: nil)
    },
    FailingCall(id: "gen_choice_empty") {
      _ = try Generator(seed: 0).choice(.arrayLength(0), count: nil)
    },
    FailingCall(id: "gen_choice_too_large") {
      _ = try Generator(seed: 0).choice(.integer(3), count: 5, replace: false)
    },
    FailingCall(id: "gen_choice_p_size") {
      _ = try Generator(seed: 0).choice(.integer(3), count: nil, p: p2)
    },
    FailingCall(id: "gen_choice_p_sum") {
      _ = try Generator(seed: 0).choice(.integer(2), count: nil, p: [0.5, 0.6])
    },
    FailingCall(id: "gen_choice_p_negative") {
      _ = try Generator(seed: 0).choice(.integer(2), count: nil, p: [1.5, -0.5])
    },
    FailingCall(id: "gen_choice_p_nan") {
      _ = try Generator(seed: 0).choice(.integer(2), count: nil, p: [.nan, 0.5])
    },
    FailingCall(id: "gen_choice_fewer_nonzero") {
      _ = try Generator(seed: 0).choice(.integer(3), count: 3, replace: false, p: [0.5, 0.5, 0])
    },
    FailingCall(id: "gen_choice_negative_size_noreplace") {
      _ = try Generator(seed: 0).choice(.integer(3), count: -1, replace: false)
    },
    FailingCall(id: "gen_choice_float") {
      throw RandomError.choiceNotInteger(pythonTypeName: "float")
    },
    FailingCall(id: "gen_choice_p_2d") { throw RandomError.choicePNot1D },
  ]

  /// The distribution checks, identical for both classes (ids prefixed "gen_" for Generator).
  static func distributionCalls(
    _ prefix: String, _ make: @escaping @Sendable () throws -> any DistributionAPI
  ) -> [FailingCall] {
    let cases: [(String, @Sendable (any DistributionAPI) throws -> Void)] = [
      ("exponential_negative_scale", { _ = try $0.exponential(scale: -1, count: 1) }),
      ("gamma_negative_shape", { _ = try $0.gamma(shape: -2, scale: 1, count: 1) }),
      ("gamma_negative_scale", { _ = try $0.gamma(shape: 2, scale: -0.0, count: 1) }),
      ("beta_zero_a", { _ = try $0.beta(a: 0, b: 1, count: 1) }),
      ("beta_negative_b", { _ = try $0.beta(a: 1, b: -1, count: 1) }),
      ("chisquare_zero_df", { _ = try $0.chisquare(df: 0, count: 1) }),
      ("lognormal_negative_sigma", { _ = try $0.lognormal(mean: 0, sigma: -1, count: 1) }),
      ("poisson_negative", { _ = try $0.poisson(lam: -1, count: 1) }),
      ("poisson_nan", { _ = try $0.poisson(lam: .nan, count: 1) }),
      ("poisson_too_large", { _ = try $0.poisson(lam: 1e19, count: 1) }),
      ("binomial_negative_n", { _ = try $0.binomial(n: -1, p: 0.5, count: 1) }),
      ("binomial_bad_p_checked_first", { _ = try $0.binomial(n: -1, p: 1.5, count: 1) }),
      ("binomial_nan_p", { _ = try $0.binomial(n: 3, p: .nan, count: 1) }),
      ("poisson_negative_size", { _ = try $0.poisson(lam: 3, count: -1) }),
      ("negative_binomial_zero_n", { _ = try $0.negativeBinomial(n: 0, p: 0.5, count: 1) }),
      ("negative_binomial_bad_p", { _ = try $0.negativeBinomial(n: 1, p: 1.5, count: 1) }),
      ("f_zero_dfnum", { _ = try $0.f(dfnum: 0, dfden: 1, count: 1) }),
      ("f_negative_dfden", { _ = try $0.f(dfnum: 1, dfden: -1, count: 1) }),
      ("wald_zero_mean", { _ = try $0.wald(mean: 0, scale: 1, count: 1) }),
      ("wald_zero_scale", { _ = try $0.wald(mean: 1, scale: 0, count: 1) }),
      ("dirichlet_negative_alpha", { _ = try $0.dirichlet(alpha: [-1, 1], rows: 1) }),
      ("dirichlet_negative_size", { _ = try $0.dirichlet(alpha: [1, 2], rows: -1) }),
      ("multinomial_negative_n", { _ = try $0.multinomial(n: -1, pvals: [0.5, 0.5], rows: 1) }),
      ("multinomial_bad_pvals", { _ = try $0.multinomial(n: 5, pvals: [1.5, -0.5], rows: 1) }),
      ("multinomial_pvals_sum", { _ = try $0.multinomial(n: 5, pvals: [0.9, 0.9, 0.1], rows: 1) }),
      (
        "multinomial_size_before_n",
        {
          _ = try $0.multinomial(n: -1, pvals: [0.5, 0.5], rows: -1)
        }
      ),
      ("laplace_negative_scale", { _ = try $0.laplace(loc: 0, scale: -1, count: 1) }),
      ("gumbel_negative_scale", { _ = try $0.gumbel(loc: 0, scale: -1, count: 1) }),
      ("logistic_negative_scale", { _ = try $0.logistic(loc: 0, scale: -1, count: 1) }),
      ("rayleigh_negative_scale", { _ = try $0.rayleigh(scale: -1, count: 1) }),
      ("weibull_negative_a", { _ = try $0.weibull(a: -1, count: 1) }),
      ("pareto_zero_a", { _ = try $0.pareto(a: 0, count: 1) }),
      ("power_zero_a", { _ = try $0.power(a: 0, count: 1) }),
      ("standard_t_zero_df", { _ = try $0.standardT(df: 0, count: 1) }),
      ("geometric_zero_p", { _ = try $0.geometric(p: 0, count: 1) }),
      ("geometric_nan_p", { _ = try $0.geometric(p: .nan, count: 1) }),
      ("triangular_left_gt_mode", { _ = try $0.triangular(left: 2, mode: 1, right: 3, count: 1) }),
      ("triangular_mode_gt_right", { _ = try $0.triangular(left: 0, mode: 4, right: 3, count: 1) }),
      ("triangular_left_eq_right", { _ = try $0.triangular(left: 1, mode: 1, right: 1, count: 1) }),
    ]
    return cases.map { id, body in FailingCall(id: prefix + id) { try body(try make()) } }
  }

  static let vectorOnly: [FailingCall] = [
    FailingCall(id: "gen_negative_binomial_nan_n") {
      _ = try Generator(seed: 0).negativeBinomial(n: .nan, p: 0.5, count: 1)
    },
    FailingCall(id: "gen_negative_binomial_zero_p") {
      _ = try Generator(seed: 0).negativeBinomial(n: 1, p: 0, count: 1)
    },
    FailingCall(id: "gen_negative_binomial_too_large") {
      _ = try Generator(seed: 0).negativeBinomial(n: 1e18, p: 1e-3, count: 1)
    },
    FailingCall(id: "randint_uint8_high") {
      _ = try RandomState(seed: 0).randint(low: 0, high: 300, dtype: .uint8)
    },
    FailingCall(id: "randint_uint8_low") {
      _ = try RandomState(seed: 0).randint(low: -1, high: 5, dtype: .uint8)
    },
    FailingCall(id: "randint_bool_high") {
      _ = try RandomState(seed: 0).randint(low: 0, high: 3, dtype: .bool)
    },
    FailingCall(id: "randint_int8_low_ge_high") {
      _ = try RandomState(seed: 0).randint(low: 5, high: 5, dtype: .int8)
    },
    FailingCall(id: "gen_integers_int16_high") {
      _ = try Generator(seed: 0).integers(low: 0, high: 40000, dtype: .int16)
    },
    FailingCall(id: "gen_integers_uint32_endpoint_high") {
      _ = try Generator(seed: 0).integers(low: 0, high: 1 << 32, endpoint: true, dtype: .uint32)
    },
    FailingCall(id: "rand_too_big") { _ = try RandomState(seed: 0).randomSample(count: 1 << 62) },
    FailingCall(id: "gen_integers_too_big") {
      _ = try Generator(seed: 0).integers(low: 0, high: 5, count: 1 << 62)
    },
    FailingCall(id: "permutation_too_big") { try RandomError.checkSize(1 << 62) },
    FailingCall(id: "gen_permutation_too_big") { try RandomError.checkSize(1 << 62) },
    FailingCall(id: "legacy_choice_population_too_big") {
      _ = try RandomState(seed: 0).choice(.integer(1 << 62), count: 3, replace: false)
    },
    FailingCall(id: "dirichlet_rows_too_big") {
      _ = try RandomState(seed: 0).dirichlet(alpha: [1, 2], rows: 1 << 62)
    },
    FailingCall(id: "gen_multinomial_rows_too_big") {
      _ = try Generator(seed: 0).multinomial(n: 3, pvals: [0.5, 0.5], rows: 1 << 62)
    },
    FailingCall(id: "dirichlet_zero_alpha") {
      _ = try RandomState(seed: 0).dirichlet(alpha: [0, 1], rows: 1)
    },
    FailingCall(id: "gen_multinomial_empty_pvals") {
      _ = try Generator(seed: 0).multinomial(n: 5, pvals: [], rows: 1)
    },
  ]

  static let all =
    failing + vectorOnly + distributionCalls("") { try RandomState(seed: 0) }
    + distributionCalls("gen_") { try Generator(seed: 0) }

  @Test func everyGoldenErrorHasASwiftCall() throws {
    let golden = try #require(Goldens.errors)
    #expect(Set(golden.errors.keys) == Set(Self.all.map(\.id)))
    #expect(Self.all.count == golden.errors.count)
  }

  @Test(arguments: all)
  func errorMatchesNumpy(_ failing: FailingCall) throws {
    let expected = try #require(Goldens.errors?.errors[failing.id])
    do {
      try failing.call()
      Issue.record("\(failing.id): no error")
    } catch let error as RandomError {
      #expect([error.kind, error.message] == expected)
    }
  }

  @Test func quietCallsMatchNumpy() throws {
    let quiet = try #require(Goldens.errors?.quiet)
    let rs = try RandomState(seed: 0)
    let g = try Generator(seed: 0)
    #expect(
      try rs.randint(low: 5, high: 3, count: 0).map(String.init)
        == quiet["randint_empty_bad_bounds"])
    #expect(
      try g.integers(low: 5, high: 3, count: 0).map(String.init)
        == quiet["integers_empty_bad_bounds"])
    #expect(
      try rs.choice(.integer(0), count: 0).map(String.init)
        == quiet["legacy_choice_zero_no_samples"])
    #expect(rs.permutation(-1).map(String.init) == quiet["permutation_negative"])
    let nanScale = try RandomState(seed: 3).normal(loc: 0, scale: .nan, count: 2)
    #expect(
      nanScale.count == 2 && nanScale.allSatisfy(\.isNaN) && quiet["normal_nan_scale"]?.count == 2)
    let zeroP = try RandomState(seed: 0).negativeBinomial(n: 1, p: 0, count: 3)
    #expect(zeroP.map(String.init) == quiet["negative_binomial_zero_p"])
    let huge = try Generator(seed: 5).choice(.integer(1 << 62), count: 3, replace: false)
    #expect(huge.map(String.init) == quiet["gen_choice_huge_population"])
    let reversed = try RandomState(seed: 3).uniform(low: 3, high: 1, count: 3)
    #expect(
      reversed.map(\.bitPattern)
        == quiet["uniform_reversed"]?.compactMap { hexDouble($0)?.bitPattern })
  }

  @Test func extremeBoundsDoNotTrap() throws {
    let rs = try RandomState(seed: 0)
    let g = try Generator(seed: 0)
    let wide = try rs.randint(low: .min, high: .max, count: 4)
    #expect(wide.count == 4)
    #expect(try g.integers(low: .min, high: .max, count: 3, endpoint: true).count == 3)
    #expect(try rs.randint(low: .max - 1, high: .max) == .max - 1)
    #expect(try g.integers(low: .min, high: .min, endpoint: true) == .min)
    #expect(throws: RandomError.self) { try rs.randint(low: .min, high: .min) }
    #expect(try g.choice(.integer(1), count: 0, replace: false).isEmpty)
  }
}
