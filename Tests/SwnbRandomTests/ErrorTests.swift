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
    ]
    return cases.map { id, body in FailingCall(id: prefix + id) { try body(try make()) } }
  }

  static let all =
    failing + distributionCalls("") { try RandomState(seed: 0) }
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
