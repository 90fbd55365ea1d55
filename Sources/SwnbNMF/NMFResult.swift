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
  /// Wall-clock seconds from the start of the fit (initialisation included) to the end of each
  /// iteration, loss included; parallel to `errors`.
  public var seconds: [Double]
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
  /// The text scikit-learn would give (our own wording for warnings scikit-learn lacks).
  public var message: String
  /// What stopped or troubled the run, for code that reacts to warnings.
  public var kind: Kind = .other
  /// `||X - WH||_F / ||X||_F` at the end of the run (Frobenius loss only).
  public var relativeError: Double?
  /// A sentence beyond scikit-learn's text (the error reached, how far `tol` was), shown by
  /// `description`.
  public var detail: String?

  /// The warnings this engine tells apart.
  public enum Kind: Sendable, Equatable {
    /// `maxIter` ended the run before the stopping rule fired.
    case maxIterations
    /// The time budget ended the run.
    case timeBudget
    /// The stopping rule cannot fire: the absolute error plateaued above `tol`.
    case unreachableTolerance
    /// Clipped (projected) ALS: the error went up during the run.
    case alsOscillation
    /// Clipped ALS: the error stopped moving at a point that is not a minimum.
    case alsStall
    /// Any other warning (scikit-learn's UserWarnings).
    case other
  }

  public var description: String {
    "\(category): \(message)" + (detail.map { " " + $0 } ?? "")
  }

  static func maxIterations(_ maxIter: Int) -> NMFWarning {
    NMFWarning(
      category: "ConvergenceWarning",
      message:
        "Maximum number of iterations \(maxIter) reached. Increase it to improve convergence.",
      kind: .maxIterations)
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
      message: "Time budget of \(seconds) seconds reached after \(iterations) iterations.",
      kind: .timeBudget)
  }
}
