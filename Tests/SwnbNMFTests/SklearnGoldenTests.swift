import SwnbLinalg
import SwnbRandom
import Testing

@testable import SwnbNMF

@Suite struct SklearnGoldenTests {
  static let customFits = Goldens.shared.fits.filter { !$0.usesRandomStream }.map(\.name)
  static let seededFits = Goldens.shared.fits.filter(\.usesRandomStream).map(\.name)

  static func fit(_ name: String) -> Goldens.Fit? {
    Goldens.shared.fits.first { $0.name == name }
  }

  func check(_ name: String) throws {
    let g = try #require(Self.fit(name))
    var model = try g.estimator()
    let x = Goldens.shared.x(g.X)
    let w = try model.fitTransform(x)
    let h = try #require(model.components)
    #expect(model.nIter == g.n_iter, "\(name)")
    #expect(relativeDifference(w, g.W.matrix) < 1e-6, "\(name) W")
    #expect(relativeDifference(h, g.H.matrix) < 1e-6, "\(name) H")
    #expect(
      relativeDifference(model.reconstructionErr ?? .nan, g.reconstruction_err) < 1e-6,
      "\(name) err")
    #expect(model.warnings.map(\.message) == g.warnings, "\(name) warnings")
    if let tx = g.transform_X, let tw = g.transform_W {
      let out = try model.transform(tx.matrix)
      #expect(relativeDifference(out, tw.matrix) < 1e-6, "\(name) transform")
      let back = try model.inverseTransform(out)
      #expect(relativeDifference(back, Dense.mul(out, false, h)) == 0)
    }
  }

  @Test(arguments: customFits)
  func customStartFit(_ name: String) throws { try check(name) }

  @Test(arguments: seededFits)
  func seededFit(_ name: String) throws { try check(name) }

  /// `random_state=None` draws from numpy's global stream and advances it across fits.
  @Test func globalStreamFits() throws {
    let g = Goldens.shared.global_stream
    let global = try RandomState(seed: g.seed)
    for fit in g.fits {
      var model = try fit.estimator()
      let w = try model.fitTransform(Goldens.shared.x(fit.X), globalRandomState: global)
      #expect(model.nIter == fit.n_iter, "\(fit.name)")
      #expect(relativeDifference(w, fit.W.matrix) < 1e-6, "\(fit.name) W")
      #expect(relativeDifference(model.components ?? w, fit.H.matrix) < 1e-6, "\(fit.name) H")
    }
    #expect(global.randomSample() == g.after)
  }

  @Test func betaDivergenceValues() {
    let d = Goldens.shared.beta_divergence
    let x = Goldens.shared.x(d.X)
    for v in d.values {
      let got = NMFLoss.betaDivergence(
        x, d.W.matrix, d.H.matrix, beta: v.beta, squareRoot: v.square_root)
      #expect(relativeDifference(got, v.value) < 1e-12, "beta \(v.beta) root \(v.square_root)")
    }
  }

  @Test func initialisations() throws {
    for g in Goldens.shared.inits {
      let x = Goldens.shared.x(g.X)
      let method = try #require(NMFInit(name: g.`init`))
      let (w, h) = try Initialization.start(
        x, k: g.k, method, random: LegacyRandom(seed: UInt32(g.seed), shared: nil))
      #expect(relativeDifference(w, g.W.matrix) < 1e-9, "\(g.X) \(g.`init` ?? "None") W")
      #expect(relativeDifference(h, g.H.matrix) < 1e-9, "\(g.X) \(g.`init` ?? "None") H")
    }
  }

  @Test func randomizedSVD() throws {
    for g in Goldens.shared.randomized_svd {
      let x = Goldens.shared.x(g.X)
      let (u, s, vt) = try RandomizedSVD.compute(
        x, k: g.k, random: LegacyRandom(seed: UInt32(g.seed), shared: nil))
      #expect(relativeDifference(u, g.U.matrix) < 1e-9, "\(g.X) U")
      #expect(relativeDifference(vt, g.Vt.matrix) < 1e-9, "\(g.X) Vt")
      for (a, b) in zip(s, g.S) { #expect(relativeDifference(a, b) < 1e-12) }
    }
  }
}
