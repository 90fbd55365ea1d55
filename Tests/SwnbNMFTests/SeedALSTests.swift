import SwnbLinalg
import Testing

@testable import SwnbNMF

/// The seed notebook's `nmf_als(A, 3)` comes out of one `factorize` call.
@Suite struct SeedALSTests {
  let seed = Goldens.shared.seed_als

  @Test func oneCallReproducesTheNotebook() throws {
    let result = try factorize(seed.A.matrix, .seedALS(nComponents: seed.k))
    #expect(relativeDifference(result.w, seed.W.matrix) < 1e-9)
    #expect(relativeDifference(result.h, seed.H.matrix) < 1e-9)
    #expect(result.nIter == seed.errors.count)
    #expect(result.converged == false)
    for (got, want) in zip(result.errors, seed.errors) {
      #expect(relativeDifference(got, want) < 1e-9)
    }
  }

  @Test func uniformStartIsNumpyRand() throws {
    let (w, h) = try Initialization.start(
      seed.A.matrix, k: seed.k, .uniform, random: LegacyRandom(seed: 42, shared: nil))
    #expect(w == seed.W0.matrix)
    #expect(h == seed.H0.matrix)
  }

  @Test func customStartGivesTheSameFactors() throws {
    var config = NMFConfig.seedALS(nComponents: seed.k)
    config.initialization = .custom(w: seed.W0.matrix, h: seed.H0.matrix)
    let result = try factorize(seed.A.matrix, config)
    #expect(relativeDifference(result.w, seed.W.matrix) < 1e-9)
    #expect(relativeDifference(result.h, seed.H.matrix) < 1e-9)
  }
}
