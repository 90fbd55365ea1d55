/// Python-facing spellings of the parameters, for the interpreter's `nmf` module and its
/// `sklearn.decomposition.NMF` binding. Each parser throws scikit-learn's InvalidParameterError
/// text for a value it does not know.
public enum NMFParameters {
  /// `solver=`: scikit-learn's "cd" and "mu", plus "als", "hals" and "anls_bpp" (also spelled
  /// "anls-bpp" or "bpp"). With `sklearnOnly` only "cd" and "mu" are accepted.
  public static func solver(_ name: String, sklearnOnly: Bool = false) throws -> NMFSolver {
    switch name {
    case "cd": return .cd
    case "mu": return .mu
    case "als" where !sklearnOnly: return .als
    case "hals" where !sklearnOnly: return .hals
    case "anls_bpp", "anls-bpp", "bpp": if !sklearnOnly { return .anlsBPP }
    default: break
    }
    let allowed = sklearnOnly ? "{'cd', 'mu'}" : "{'als', 'anls_bpp', 'cd', 'hals', 'mu'}"
    throw invalid("solver", "a str among \(allowed)", "'\(name)'")
  }

  /// `init=`: nil (scikit-learn's None), "random", "nndsvd", "nndsvda", "nndsvdar"; "uniform"
  /// is the seed notebook's `rand` start. "custom" needs the matrices: use `NMFInit.custom`.
  public static func initialization(_ name: String?) throws -> NMFInit {
    if let method = NMFInit(name: name) { return method }
    throw invalid(
      "init", "a str among {'custom', 'nndsvd', 'nndsvda', 'nndsvdar', 'random'} or None",
      "'\(name ?? "None")'")
  }

  /// `beta_loss=` given as a string.
  public static func betaLoss(_ name: String) throws -> BetaLoss {
    if let loss = BetaLoss(name: name) { return loss }
    throw invalid(
      "beta_loss",
      "a str among {'frobenius', 'itakura-saito', 'kullback-leibler'} or an instance of 'float'",
      "'\(name)'")
  }

  /// `alpha_H=` given as a string: "same" is nil (take `alpha_W`).
  public static func alphaH(_ name: String) throws -> Double? {
    if name == "same" { return nil }
    throw invalid(
      "alpha_H", "a float in the range [0.0, inf) or a str among {'same'}", "'\(name)'")
  }

  /// `random_state=` given as an integer: 0 ... 2**32 - 1.
  public static func randomState(_ value: Int) throws -> UInt32 {
    if let seed = UInt32(exactly: value) { return seed }
    throw invalid(
      "random_state",
      "an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None",
      "\(value)")
  }

  /// scikit-learn's error for `init='custom'` without `W` or `H` (`check_array(None)`).
  public static let missingCustomStart = NMFError(
    .valueError,
    "Expected 2D array, got scalar array instead:\narray=None.\nReshape your data either using "
      + "array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it "
      + "contains a single sample.")

  private static func invalid(_ name: String, _ rule: String, _ got: String) -> NMFError {
    NMFError(
      .invalidParameterError,
      "The '\(name)' parameter of NMF must be \(rule). Got \(got) instead.")
  }
}
