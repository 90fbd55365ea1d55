import SwnbLinalg
import SwnbNMF

/// Python values of NMF parameters checked as scikit-learn's `_parameter_constraints` do,
/// with its InvalidParameterError text naming the value as it was written.
extension Runtime {
  func invalidNMFParameter(_ name: String, _ rule: String, _ value: Value) throws -> PyError {
    sklearnError(
      "InvalidParameterError", module: "sklearn.utils._param_validation",
      "The '\(name)' parameter of NMF must be \(rule). Got \(try repr(value)) instead.")
  }

  /// A real number (bools count, as for scikit-learn's `Real` constraint) in `[0, upper]`.
  func nmfReal(_ name: String, _ v: Value, upper: Double = .infinity, rule: String? = nil) throws
    -> Double
  {
    let text =
      rule
      ?? (upper.isInfinite
        ? "a float in the range [0.0, inf)" : "a float in the range [0.0, \(upper)]")
    guard let d = floatValue(v) ?? extensionFloat(v), d >= 0, d <= upper,
      !(upper.isInfinite && d.isInfinite)
    else {
      throw try invalidNMFParameter(name, text, v)
    }
    return d
  }

  /// An integer (bools excluded) of at least `lower`.
  func nmfInt(_ name: String, _ v: Value, lower: Int, rule: String) throws -> Int {
    if case .bool = v { throw try invalidNMFParameter(name, rule, v) }
    guard let i = intValue(v) ?? (try? indexValue(v)), i >= lower else {
      throw try invalidNMFParameter(name, rule, v)
    }
    return i
  }

  /// `shuffle=`: a bool only.
  func nmfBool(_ name: String, _ v: Value) throws -> Bool {
    if case .bool(let b) = v { return b }
    throw try invalidNMFParameter(name, "an instance of 'bool' or an instance of 'numpy.bool'", v)
  }

  func nmfSolver(_ v: Value, sklearnOnly: Bool) throws -> NMFSolver {
    guard case .str(let s) = v else {
      let allowed = sklearnOnly ? "{'cd', 'mu'}" : "{'als', 'anls_bpp', 'cd', 'hals', 'mu'}"
      throw try invalidNMFParameter("solver", "a str among \(allowed)", v)
    }
    return try nmfCall { try NMFParameters.solver(s, sklearnOnly: sklearnOnly) }
  }

  /// `init=`: None, a name, or "custom" (returned as nil with `custom` true).
  func nmfInit(_ v: Value) throws -> (NMFInit?, custom: Bool) {
    switch v {
    case .none: return (.auto, false)
    case .str("custom"): return (nil, true)
    case .str(let s): return (try nmfCall { try NMFParameters.initialization(s) }, false)
    default:
      throw try invalidNMFParameter(
        "init", "a str among {'custom', 'nndsvd', 'nndsvda', 'nndsvdar', 'random'} or None", v)
    }
  }

  func nmfBetaLoss(_ v: Value) throws -> BetaLoss {
    if case .str(let s) = v { return try nmfCall { try NMFParameters.betaLoss(s) } }
    if case .bool = v {} else if let d = floatValue(v) ?? extensionFloat(v) { return .beta(d) }
    throw try invalidNMFParameter(
      "beta_loss",
      "a str among {'frobenius', 'itakura-saito', 'kullback-leibler'} or an instance of 'float'", v)
  }

  /// `alpha_H=`: "same" (nil) or a non-negative float.
  func nmfAlphaH(_ v: Value) throws -> Double? {
    if case .str(let s) = v { return try nmfCall { try NMFParameters.alphaH(s) } }
    return try nmfReal(
      "alpha_H", v, rule: "a float in the range [0.0, inf) or a str among {'same'}")
  }

  /// `n_components=`: None or "auto" (nil), or a positive int.
  func nmfComponents(_ v: Value) throws -> Int? {
    if case .none = v { return nil }
    if case .str("auto") = v { return nil }
    return try nmfInt(
      "n_components", v, lower: 1,
      rule: "an int in the range [1, inf), None or a str among {'auto'}")
  }

  /// An optional start matrix (`W=`/`H=`).
  func nmfOptionalMatrix(_ v: Value?) throws -> Matrix? {
    guard let v, !v.isNone else { return nil }
    return try nmfMatrix(v)
  }
}
