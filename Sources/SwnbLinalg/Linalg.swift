/// numpy.linalg for swnb: each routine calls the same LAPACK driver with the same parameters
/// as numpy 2.4's `umath_linalg` (on a Fortran-order copy) and applies the same Python-level
/// post-processing, so results agree with numpy bit for bit wherever the LAPACK build does.
///
/// Routines take row-major `Matrix` values and plain `[Double]` vectors and validate their
/// input once, throwing `LinalgError` with numpy's exception type and message. Stacked inputs
/// are the caller's loop (numpy's gufunc outer loop runs each matrix independently, so a loop
/// over `Matrix` values gives the same numbers).
public enum Linalg {
  /// Machine epsilon of float64, `np.finfo(np.float64).eps`.
  public static let eps = Double.ulpOfOne
}

extension Linalg {
  /// Applies a routine to every matrix of a stack (numpy's gufunc outer loop over the
  /// leading dimensions); for example `try Linalg.stacked(blocks) { try Linalg.inv($0) }`.
  ///
  /// numpy runs each matrix independently, so the numbers match a loop; where numpy finishes
  /// the stack and then raises, this stops at the first error, which is the same error.
  public static func stacked<T, E: Error>(
    _ matrices: [Matrix], _ routine: (Matrix) throws(E) -> T
  ) throws(E) -> [T] {
    var results: [T] = []
    results.reserveCapacity(matrices.count)
    for m in matrices { results.append(try routine(m)) }
    return results
  }
}
