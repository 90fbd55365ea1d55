import SwnbLinalg
import SwnbRandom

/// scikit-learn's `sklearn.decomposition.NMF` estimator over the same engine as `factorize`:
/// same parameters (snake_case mapped to camelCase), same validation messages, same fitted
/// attributes (`components_`, `reconstruction_err_`, `n_iter_`, `n_components_`).
public struct SklearnNMF: Sendable {
  /// nil is scikit-learn's "auto"/None: the number of features (or the rows of a custom H).
  public var nComponents: Int?
  public var initialization: NMFInit
  /// "cd" or "mu" in scikit-learn; the engine's other solvers are accepted too.
  public var solver: NMFSolver
  public var betaLoss: BetaLoss
  public var tol: Double
  public var maxIter: Int
  public var randomState: UInt32?
  public var alphaW: Double
  /// nil is "same".
  public var alphaH: Double?
  public var l1Ratio: Double
  /// `shuffle`: random component order in `cd`.
  public var shuffle: Bool

  /// `components_` (H, k x n) after a fit.
  public private(set) var components: Matrix?
  /// `reconstruction_err_`: `_beta_divergence(X, W, H, beta, square_root=True)` after the fit.
  public private(set) var reconstructionErr: Double?
  /// `n_iter_`.
  public private(set) var nIter: Int?
  /// Warnings of the last `fit`/`transform`, in the order scikit-learn emits them.
  public private(set) var warnings: [NMFWarning] = []

  public init(
    nComponents: Int? = nil, initialization: NMFInit = .auto, solver: NMFSolver = .cd,
    betaLoss: BetaLoss = .frobenius, tol: Double = 1e-4, maxIter: Int = 200,
    randomState: UInt32? = nil, alphaW: Double = 0, alphaH: Double? = nil, l1Ratio: Double = 0,
    shuffle: Bool = false
  ) {
    self.nComponents = nComponents
    self.initialization = initialization
    self.solver = solver
    self.betaLoss = betaLoss
    self.tol = tol
    self.maxIter = maxIter
    self.randomState = randomState
    self.alphaW = alphaW
    self.alphaH = alphaH
    self.l1Ratio = l1Ratio
    self.shuffle = shuffle
  }

  /// `n_components_`.
  public var nComponentsFitted: Int? { components?.rows }

  /// The engine configuration these parameters stand for.
  public var config: NMFConfig {
    NMFConfig(
      nComponents: nComponents, solver: solver, betaLoss: betaLoss, initialization: initialization,
      tol: tol, maxIter: maxIter, seed: randomState, alphaW: alphaW, alphaH: alphaH,
      l1Ratio: l1Ratio, shuffle: shuffle)
  }

  /// `fit_transform(X, W=None, H=None)`: fits and returns W (m x k). With
  /// `initialization == .custom` the starts may be passed here (`w`, `h`) instead.
  /// `globalRandomState` is the stream drawn from when `randomState` is nil (numpy's global
  /// `np.random` state, as scikit-learn's `check_random_state(None)`).
  public mutating func fitTransform(
    _ x: Matrix, w: Matrix? = nil, h: Matrix? = nil, globalRandomState: RandomState? = nil
  ) throws -> Matrix {
    var config = self.config
    var preWarnings: [NMFWarning] = []
    if case .custom = initialization {
      if let w, let h { config.initialization = .custom(w: w, h: h) }
    } else if w != nil || h != nil {
      preWarnings.append(
        NMFWarning(
          category: "RuntimeWarning",
          message:
            "When init!='custom', provided W or H are ignored. Set  init='custom' to use them as initialization."
        ))
    }
    let result = try factorize(x, config, randomState: globalRandomState)
    components = result.h
    nIter = result.nIter
    reconstructionErr = NMFLoss.betaDivergence(
      x, result.w, result.h, beta: betaLoss.value, squareRoot: true)
    warnings = preWarnings + result.warnings
    return result.w
  }

  /// `fit(X)`.
  public mutating func fit(_ x: Matrix, globalRandomState: RandomState? = nil) throws {
    _ = try fitTransform(x, globalRandomState: globalRandomState)
  }

  /// `transform(X)`: W for new rows with the fitted H fixed (same solver, tol and max_iter;
  /// `mu` starts from `sqrt(mean(X)/k)`, `cd` from zeros).
  public func transform(_ x: Matrix, globalRandomState: RandomState? = nil) throws -> Matrix {
    try transformWithWarnings(x, globalRandomState: globalRandomState).w
  }

  /// `transform` plus the warnings it raised.
  public func transformWithWarnings(_ x: Matrix, globalRandomState: RandomState? = nil) throws
    -> (w: Matrix, warnings: [NMFWarning])
  {
    let h = try fitted()
    try Validation.checkParameters(config)
    try Validation.checkData(x)
    if x.cols != h.cols {
      throw NMFError(
        .valueError, "X has \(x.cols) features, but NMF is expecting \(h.cols) features as input.")
    }
    try Validation.checkNonNegative(x, "X in NMF")
    try Validation.checkLoss(x, config)
    let k = h.rows
    let start =
      solver == .mu
      ? Matrix(rows: x.rows, cols: k, repeating: (Dense.mean(x) / Double(k)).squareRoot())
      : Matrix(rows: x.rows, cols: k)
    let result = try iterate(
      x, w: start, h: h, config, updateH: false,
      random: LegacyRandom(seed: randomState, shared: globalRandomState))
    return (result.w, result.warnings)
  }

  /// `inverse_transform(W)`: `W @ components_`.
  public func inverseTransform(_ w: Matrix) throws -> Matrix {
    let h = try fitted()
    guard w.cols == h.rows else {
      throw NMFError(
        .valueError,
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "(n?,k),(k,m?)->(n?,m?) (size \(h.rows) is different from \(w.cols))")
    }
    return Dense.mul(w, false, h)
  }

  private func fitted() throws -> Matrix {
    guard let components else {
      throw NMFError(
        .notFittedError,
        "This NMF instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
      )
    }
    return components
  }
}
