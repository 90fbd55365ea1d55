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
