/// An error raised by a `numpy.linalg` routine, carrying the Python exception type and numpy's
/// exact message (for example `LinAlgError` / `Singular matrix`).
public struct LinalgError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The Python exception type name: `LinAlgError`, `ValueError` or `TypeError`.
  public let kind: String
  /// numpy's message, word for word.
  public let message: String

  /// An error of the given Python type with numpy's message.
  public init(kind: String, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind): \(message)" }
}

// numpy's messages, sorted by name. Each mirrors a `raise` in numpy/linalg/_linalg.py or the
// gufunc machinery's core-dimension check.
extension LinalgError {
  static func linAlg(_ message: String) -> LinalgError {
    LinalgError(kind: "LinAlgError", message: message)
  }

  /// `LinAlgError: cond is not defined on empty arrays`.
  public static let condOfEmpty = linAlg("cond is not defined on empty arrays")
  /// `LinAlgError: Eigenvalues did not converge` (dsyevd failure).
  public static let eigenvaluesDidNotConverge = linAlg("Eigenvalues did not converge")
  /// `LinAlgError: Incompatible dimensions` (lstsq with mismatched rows).
  public static let incompatibleDimensions = linAlg("Incompatible dimensions")
  /// `LinAlgError: Matrix is not positive definite` (dpotrf failure).
  public static let notPositiveDefinite = linAlg("Matrix is not positive definite")
  /// `LinAlgError: Last 2 dimensions of the array must be square`.
  public static let notSquare = linAlg("Last 2 dimensions of the array must be square")
  /// `LinAlgError: Singular matrix` (dgesv failure in solve and inv).
  public static let singularMatrix = linAlg("Singular matrix")
  /// `LinAlgError: SVD did not converge` (dgesdd failure).
  public static let svdDidNotConverge = linAlg("SVD did not converge")
  /// `LinAlgError: SVD did not converge in Linear Least Squares` (dgelsd failure).
  public static let lstsqDidNotConverge = linAlg("SVD did not converge in Linear Least Squares")

  /// `LinAlgError` for an array of fewer than two dimensions given to a matrix routine.
  public static func notAtLeastTwoDimensional(ndim: Int) -> LinalgError {
    linAlg("\(ndim)-dimensional array given. Array must be at least two-dimensional")
  }

  /// `LinAlgError` for an array that is not exactly two-dimensional (lstsq).
  public static func notTwoDimensional(ndim: Int) -> LinalgError {
    linAlg("\(ndim)-dimensional array given. Array must be two-dimensional")
  }

  /// The gufunc `ValueError` for a core-dimension mismatch.
  ///
  /// For example, for `solve`: `solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature
  /// (m,m),(m)->(m) (size 3 is different from 2)`.
  public static func coreDimensionMismatch(
    function: String, signature: String, operand: Int, dimension: Int, size: Int, expected: Int
  ) -> LinalgError {
    LinalgError(
      kind: "ValueError",
      message: "\(function): Input operand \(operand) has a mismatch in its core dimension "
        + "\(dimension), with gufunc signature \(signature) (size \(size) is different from "
        + "\(expected))")
  }

  /// `ValueError` for a matrix whose dimensions do not fit LAPACK's 32-bit integers.
  static let tooBig = LinalgError(
    kind: "ValueError",
    message: "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
      + "possible size.")

  /// `ValueError: Invalid norm order '<ord>' for vectors`.
  public static func invalidVectorNormOrder(_ ord: String) -> LinalgError {
    LinalgError(kind: "ValueError", message: "Invalid norm order '\(ord)' for vectors")
  }

  /// numpy's `AxisError` for an axis outside `-ndim..<ndim`.
  public static func axisOutOfBounds(_ axis: Int, ndim: Int) -> LinalgError {
    LinalgError(
      kind: "AxisError", message: "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }

  /// The `ValueError` "Invalid norm order for matrices.".
  public static let invalidMatrixNormOrder = LinalgError(
    kind: "ValueError", message: "Invalid norm order for matrices.")

  /// `ValueError` of a reduction without identity over an empty array (min-based norms).
  static let emptyMinimum = LinalgError(
    kind: "ValueError",
    message: "zero-size array to reduction operation minimum which has no identity")
}
