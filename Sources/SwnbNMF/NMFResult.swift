import SwnbLinalg

/// The outcome of a factorisation `X ≈ W·H`.
public struct NMFResult: Sendable {
  /// m x k, non-negative.
  public var w: Matrix
  /// k x n, non-negative.
  public var h: Matrix
  /// The loss after each iteration: `||X - WH||_F` for the Frobenius loss (from the Gram
  /// products, never forming `W·H`), else scikit-learn's `sqrt(2 * beta_divergence)`.
  public var errors: [Double]
  /// Iterations run (scikit-learn's `n_iter_`).
  public var nIter: Int
  /// True when the stopping rule fired before `maxIter` and the time budget.
  public var converged: Bool
  /// Warnings as scikit-learn words them (ConvergenceWarning, UserWarning texts).
  public var warnings: [NMFWarning]
}

/// A warning a fit raised; `category` is the Python warning class name.
public struct NMFWarning: Sendable, Equatable, CustomStringConvertible {
  public var category: String
  public var message: String

  public var description: String { "\(category): \(message)" }

  static func maxIterations(_ maxIter: Int) -> NMFWarning {
    NMFWarning(
      category: "ConvergenceWarning",
      message:
        "Maximum number of iterations \(maxIter) reached. Increase it to improve convergence.")
  }

  static let muWithNNDSVD = NMFWarning(
    category: "UserWarning",
    message:
      "The multiplicative update ('mu') solver cannot update zeros present in the initialization, "
      + "and so leads to poorer results when used jointly with init='nndsvd'. "
      + "You may try init='nndsvda' or init='nndsvdar' instead.")

  static func timeBudget(_ seconds: Double, _ iterations: Int) -> NMFWarning {
    NMFWarning(
      category: "ConvergenceWarning",
      message: "Time budget of \(seconds) seconds reached after \(iterations) iterations.")
  }
}
