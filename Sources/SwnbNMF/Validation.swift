import SwnbLinalg

/// Parameter and data checks, in scikit-learn's order and with its messages.
enum Validation {
  /// Parameter constraints (`_parameter_constraints` of `NMF`), checked before touching the data.
  static func checkParameters(_ c: NMFConfig, estimator: String = "NMF") throws {
    func invalid(_ name: String, _ rule: String, _ got: String) -> NMFError {
      NMFError(
        .invalidParameterError,
        "The '\(name)' parameter of \(estimator) must be \(rule). Got \(got) instead.")
    }
    if let k = c.nComponents, k < 1 {
      throw invalid(
        "n_components", "an int in the range [1, inf), None or a str among {'auto'}", "\(k)")
    }
    if !(c.tol >= 0) || c.tol.isInfinite {
      throw invalid("tol", "a float in the range [0.0, inf)", pythonRepr(c.tol))
    }
    if c.maxIter < 1 {
      throw invalid("max_iter", "an int in the range [1, inf)", "\(c.maxIter)")
    }
    if !(c.alphaW >= 0) || c.alphaW.isInfinite {
      throw invalid("alpha_W", "a float in the range [0.0, inf)", pythonRepr(c.alphaW))
    }
    if let a = c.alphaH, !(a >= 0) || a.isInfinite {
      throw invalid(
        "alpha_H", "a float in the range [0.0, inf) or a str among {'same'}", pythonRepr(a))
    }
    if !(c.l1Ratio >= 0 && c.l1Ratio <= 1) {
      throw invalid("l1_ratio", "a float in the range [0.0, 1.0]", pythonRepr(c.l1Ratio))
    }
    if c.betaLoss.value.isNaN {
      throw invalid(
        "beta_loss",
        "a str among {'frobenius', 'itakura-saito', 'kullback-leibler'} or an instance of 'float'",
        "nan")
    }
    if !(c.halsAcceleration >= 0) || c.halsAcceleration.isInfinite {
      throw NMFError(
        .valueError,
        "hals_acceleration must be a finite float >= 0, got \(pythonRepr(c.halsAcceleration)).")
    }
    if let t = c.timeBudget, !(t > 0) {
      throw NMFError(.valueError, "time_budget must be positive, got \(pythonRepr(t)).")
    }
  }

  /// `validate_data`: finite values and at least one row and one column.
  static func checkData(_ x: Matrix, estimator: String = "NMF") throws {
    if x.rows < 1 {
      throw NMFError(
        .valueError,
        "Found array with 0 sample(s) (shape=(0, \(x.cols))) while a minimum of 1 is required by \(estimator)."
      )
    }
    if x.cols < 1 {
      throw NMFError(
        .valueError,
        "Found array with 0 feature(s) (shape=(\(x.rows), 0)) while a minimum of 1 is required by \(estimator)."
      )
    }
    for v in x.elements where !v.isFinite {
      if v.isNaN {
        throw NMFError(
          .valueError,
          "Input X contains NaN.\n\(estimator) does not accept missing values encoded as NaN natively. "
            + "For supervised learning, you might want to consider "
            + "sklearn.ensemble.HistGradientBoostingClassifier and Regressor which accept missing "
            + "values encoded as NaNs natively. Alternatively, it is possible to preprocess the data, "
            + "for instance by using an imputer transformer in a pipeline or drop samples with missing "
            + "values. See https://scikit-learn.org/stable/modules/impute.html You can find a list of "
            + "all estimators that handle NaN values at the following page: "
            + "https://scikit-learn.org/stable/modules/impute.html#estimators-that-handle-nan-values"
        )
      }
      throw NMFError(
        .valueError, "Input X contains infinity or a value too large for dtype('float64').")
    }
  }

  /// Refuses factor sizes whose element counts overflow or exceed 2^40 (numpy would fail to
  /// allocate them: "Unable to allocate ...").
  static func checkSize(rows: Int, cols: Int, k: Int) throws {
    let (a, o1) = rows.multipliedReportingOverflow(by: k)
    let (b, o2) = cols.multipliedReportingOverflow(by: k)
    let (oversampled, o3) = k.addingReportingOverflow(10)
    let (c, o4) = oversampled.multipliedReportingOverflow(by: max(rows, cols))
    if o1 || o2 || o3 || o4 || a > 1 << 40 || b > 1 << 40 || c > 1 << 40 {
      throw NMFError(
        .valueError,
        "n_components=\(k) is too large for a \(rows) x \(cols) matrix: the factors cannot be allocated."
      )
    }
  }

  /// `check_non_negative(X, whom)`.
  static func checkNonNegative(_ x: Matrix, _ whom: String) throws {
    if x.elements.contains(where: { $0 < 0 }) {
      throw NMFError(.valueError, "Negative values in data passed to \(whom).")
    }
  }

  /// Solver/loss compatibility and the zeros-with-beta<=0 guard (`_check_params`, `_fit_transform`).
  static func checkLoss(_ x: Matrix, _ c: NMFConfig) throws {
    let beta = c.betaLoss.value
    if c.solver != .mu && beta != 2 {
      throw NMFError(
        .valueError,
        "Invalid beta_loss parameter: solver '\(c.solver.rawValue)' does not handle beta_loss = \(betaRepr(c.betaLoss))"
      )
    }
    if beta <= 0 && x.elements.contains(0) {
      throw NMFError(
        .valueError,
        "When beta_loss <= 0 and X contains zeros, the solver may diverge. Please add small values "
          + "to X, or use a positive beta_loss.")
    }
  }

  /// `_check_init`: shape, finiteness, non-negativity and not all zeros of a custom start.
  static func checkStart(_ a: Matrix, rows: Int, cols: Int, _ whom: String) throws {
    if a.rows != rows {
      throw NMFError(
        .valueError,
        "Array with wrong first dimension passed to \(whom). Expected \(rows), but got \(a.rows).")
    }
    if a.cols != cols {
      throw NMFError(
        .valueError,
        "Array with wrong second dimension passed to \(whom). Expected \(cols), but got \(a.cols).")
    }
    for v in a.elements where !v.isFinite {
      throw NMFError(
        .valueError,
        v.isNaN
          ? "Input contains NaN."
          : "Input contains infinity or a value too large for dtype('float64').")
    }
    try checkNonNegative(a, whom)
    if a.elements.max() ?? 0 == 0 {
      throw NMFError(.valueError, "Array passed to \(whom) is full of zeros.")
    }
  }

  static func betaRepr(_ loss: BetaLoss) -> String {
    switch loss {
    case .frobenius: "'frobenius'"
    case .kullbackLeibler: "'kullback-leibler'"
    case .itakuraSaito: "'itakura-saito'"
    case .beta(let b): pythonRepr(b)
    }
  }

  /// Python's repr of a float for the messages (integral values keep their ".0").
  static func pythonRepr(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v > 0 ? "inf" : "-inf" }
    return "\(v)"
  }
}
