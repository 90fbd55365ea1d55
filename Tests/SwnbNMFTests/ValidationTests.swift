import SwnbLinalg
import Testing

@testable import SwnbNMF

/// Messages are scikit-learn 1.9.1's, captured from `NMF(...).fit(...)` on this machine.
@Suite struct ValidationTests {
  let x = Goldens.shared.x("small")

  func error(_ a: Matrix, _ c: NMFConfig) -> NMFError? {
    do {
      _ = try factorize(a, c)
      return nil
    } catch let e as NMFError {
      return e
    } catch {
      return NMFError(.valueError, "unexpected \(error)")
    }
  }

  @Test func negativeData() {
    var negative = x
    negative[0, 0] = -1
    let e = error(negative, NMFConfig(nComponents: 2))
    #expect(e == NMFError(.valueError, "Negative values in data passed to NMF initialization."))
  }

  @Test func nanAndInfinity() {
    var bad = x
    bad[1, 1] = .nan
    #expect(
      error(bad, NMFConfig(nComponents: 2))?.message.hasPrefix(
        "Input X contains NaN.\nNMF does not accept missing values encoded as NaN natively.")
        == true)
    bad[1, 1] = .infinity
    #expect(
      error(bad, NMFConfig(nComponents: 2))
        == NMFError(
          .valueError, "Input X contains infinity or a value too large for dtype('float64')."))
  }

  @Test func parameters() throws {
    #expect(
      error(x, NMFConfig(nComponents: 0))
        == NMFError(
          .invalidParameterError,
          "The 'n_components' parameter of NMF must be an int in the range [1, inf), None or a str among {'auto'}. Got 0 instead."
        ))
    #expect(
      error(x, NMFConfig(nComponents: 2, tol: -1))?.message
        == "The 'tol' parameter of NMF must be a float in the range [0.0, inf). Got -1.0 instead.")
    #expect(
      error(x, NMFConfig(nComponents: 2, maxIter: 0))?.message
        == "The 'max_iter' parameter of NMF must be an int in the range [1, inf). Got 0 instead.")
    #expect(
      error(x, NMFConfig(nComponents: 2, l1Ratio: 2))?.message
        == "The 'l1_ratio' parameter of NMF must be a float in the range [0.0, 1.0]. Got 2.0 instead."
    )
    #expect(
      error(x, NMFConfig(nComponents: 2, alphaW: -1))?.kind == .invalidParameterError)
    #expect(
      throws: NMFError(
        .invalidParameterError,
        "The 'solver' parameter of NMF must be a str among {'cd', 'mu'}. Got 'xx' instead.")
    ) { try NMFParameters.solver("xx", sklearnOnly: true) }
    #expect(try NMFParameters.solver("anls_bpp") == .anlsBPP)
    #expect(throws: NMFError.self) { try NMFParameters.solver("hals", sklearnOnly: true) }
    #expect(try NMFParameters.initialization(nil) == .auto)
    #expect(throws: NMFError.self) { try NMFParameters.initialization("xx") }
    #expect(try NMFParameters.betaLoss("itakura-saito") == .itakuraSaito)
    #expect(throws: NMFError.self) { try NMFParameters.betaLoss("kullback") }
    #expect(try NMFParameters.alphaH("same") == nil)
    #expect(
      throws: NMFError(
        .invalidParameterError,
        "The 'random_state' parameter of NMF must be an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None. Got -1 instead."
      )
    ) { try NMFParameters.randomState(-1) }
  }

  @Test func emptyMatrices() {
    #expect(
      error(Matrix(rows: 0, cols: 4), NMFConfig(nComponents: 2))?.message
        == "Found array with 0 sample(s) (shape=(0, 4)) while a minimum of 1 is required by NMF.")
    #expect(
      error(Matrix(rows: 3, cols: 0), NMFConfig(nComponents: 2))?.message
        == "Found array with 0 feature(s) (shape=(3, 0)) while a minimum of 1 is required by NMF.")
  }

  @Test func lossChecks() {
    var withZero = x
    withZero[0, 0] = 0
    #expect(
      error(withZero, NMFConfig(nComponents: 2, solver: .mu, betaLoss: .itakuraSaito))?.message
        == "When beta_loss <= 0 and X contains zeros, the solver may diverge. Please add small values to X, or use a positive beta_loss."
    )
    #expect(
      error(x, NMFConfig(nComponents: 2, solver: .cd, betaLoss: .kullbackLeibler))?.message
        == "Invalid beta_loss parameter: solver 'cd' does not handle beta_loss = 'kullback-leibler'"
    )
  }

  @Test func initChecks() {
    #expect(
      error(x, NMFConfig(nComponents: 6, initialization: .nndsvd))?.message
        == "init = 'nndsvd' can only be used when n_components <= min(n_samples, n_features)")
    let zerosW = Matrix(rows: 6, cols: 2)
    let onesH = Matrix(rows: 2, cols: 5, repeating: 1)
    #expect(
      error(x, NMFConfig(nComponents: 2, initialization: .custom(w: zerosW, h: onesH)))?.message
        == "Array passed to NMF (input W) is full of zeros.")
    #expect(
      error(
        x,
        NMFConfig(
          nComponents: 2,
          initialization: .custom(w: Matrix(rows: 6, cols: 3, repeating: 1), h: onesH)))?.message
        == "Array with wrong second dimension passed to NMF (input W). Expected 2, but got 3.")
    #expect(
      error(
        x,
        NMFConfig(
          nComponents: 2,
          initialization: .custom(
            w: Matrix(rows: 6, cols: 2, repeating: -1), h: onesH)))?.message
        == "Negative values in data passed to NMF (input W).")
  }

  @Test func hugeComponentCountIsAnErrorNotACrash() {
    for k in [Int.max / 2, Int.max] {
      #expect(error(x, NMFConfig(nComponents: k, initialization: .random))?.kind == .valueError)
    }
    #expect(error(x, NMFConfig(nComponents: 2, halsAcceleration: .nan))?.kind == .valueError)
    #expect(error(x, NMFConfig(nComponents: 2, timeBudget: -1))?.kind == .valueError)
    let r = try? factorize(
      x,
      NMFConfig(nComponents: 2, maxIter: Int.max, timeBudget: .infinity, stoppingRule: .violation))
    #expect(r?.converged == true)
  }

  @Test func transformChecks() throws {
    var model = SklearnNMF(nComponents: 2, randomState: 0)
    #expect(throws: NMFError.self) { try model.transform(x) }
    _ = try model.fitTransform(x)
    var negative = x
    negative[0, 0] = -1
    #expect(throws: NMFError(.valueError, "Negative values in data passed to X in NMF.")) {
      try model.transform(negative)
    }
    #expect(
      throws: NMFError(.valueError, "X has 3 features, but NMF is expecting 5 features as input.")
    ) { try model.transform(Matrix(rows: 2, cols: 3, repeating: 1)) }
  }
}
