#if canImport(Glibc)
  import Glibc
#endif

// numpy.linalg solve, inv, det and slogdet: umath_linalg's dgesv / dgetrf loops on a
// Fortran-order copy, and the same post-processing.

extension Linalg {
  /// Solves `a @ x = b` for a matrix right-hand side (numpy `solve`, via dgesv).
  ///
  /// - Parameters:
  ///   - a: an `n` x `n` matrix.
  ///   - b: an `n` x `k` matrix (`k` may be 0).
  /// - Returns: the `n` x `k` solution.
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square" or
  ///   "Singular matrix"; numpy's gufunc `ValueError` when `b.rows != n`.
  public static func solve(_ a: Matrix, _ b: Matrix) throws(LinalgError) -> Matrix {
    guard a.rows == a.cols else { throw .notSquare }
    guard b.rows == a.rows else {
      throw .coreDimensionMismatch(
        function: "solve", signature: "(m,m),(m,n)->(m,n)", operand: 1, dimension: 0,
        size: b.rows, expected: a.rows)
    }
    return try gesvSolve(a, b)
  }

  /// Solves `a @ x = b` for a vector right-hand side (numpy `solve` with 1-D `b`).
  ///
  /// - Throws: as `solve(_:_:)` for matrices, with the `solve1` gufunc message.
  public static func solve(_ a: Matrix, _ b: [Double]) throws(LinalgError) -> [Double] {
    guard a.rows == a.cols else { throw .notSquare }
    guard b.count == a.rows else {
      throw .coreDimensionMismatch(
        function: "solve1", signature: "(m,m),(m)->(m)", operand: 1, dimension: 0,
        size: b.count, expected: a.rows)
    }
    return try gesvSolve(a, Matrix(rows: b.count, cols: 1, elements: b)).elements
  }

  /// The inverse of a square matrix (numpy `inv`: dgesv against the identity).
  ///
  /// A 0 x 0 input gives a 0 x 0 result.
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square" or
  ///   "Singular matrix".
  public static func inv(_ a: Matrix) throws(LinalgError) -> Matrix {
    guard a.rows == a.cols else { throw .notSquare }
    return try gesvSolve(a, .identity(a.rows))
  }

  /// The inverse, or a matrix of NaN where dgesv fails: what numpy's `inv` gufunc writes when
  /// errors are ignored (used by `cond`).
  static func inverseOrNaN(_ a: Matrix) throws(LinalgError) -> Matrix {
    do {
      return try gesvSolve(a, .identity(a.rows))
    } catch  where error == .singularMatrix {
      return Matrix(rows: a.rows, cols: a.cols, repeating: .nan)
    }
  }

  /// The determinant (numpy `det`): `sign * exp(logdet)` from the LU factors, exactly as numpy
  /// computes it, so `det([[1, 2], [3, 4]])` is `-2.0000000000000004` as in numpy.
  ///
  /// A singular matrix gives 0; a 0 x 0 matrix gives 1.
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square".
  public static func det(_ a: Matrix) throws(LinalgError) -> Double {
    let (sign, logdet) = try slogdet(a)
    return sign * exp(logdet)
  }

  /// Sign and natural log of the absolute determinant (numpy `slogdet`).
  ///
  /// A singular matrix gives `(0, -inf)`; a 0 x 0 matrix gives `(1, 0)`.
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square".
  public static func slogdet(_ a: Matrix) throws(LinalgError) -> (sign: Double, logAbsDet: Double) {
    guard a.rows == a.cols else { throw .notSquare }
    try checkLapackSize((a.rows, a.cols))
    let n = a.rows
    return withScratch(n * n) { lu in
      withIntScratch(n) { ipiv in
        a.copyColumnMajor(into: lu, ld: max(n, 1))
        let info = LAPACK.getrf(n: LapackInt(n), a: lu, ipiv: ipiv)
        guard info == 0 else { return (0, -Double.infinity) }
        // umath_linalg: the sign flips once per row interchange, then once per negative
        // pivot, while the logs of |pivot| are summed in order.
        var changes = 0
        for i in 0..<n where ipiv[i] != LapackInt(i + 1) { changes += 1 }
        var sign: Double = changes % 2 == 1 ? -1 : 1
        var logdet = 0.0
        for i in 0..<n {
          var element = lu[i * (n + 1)]
          if element < 0 {
            sign = -sign
            element = -element
          }
          logdet += log(element)
        }
        return (sign, logdet)
      }
    }
  }

  /// dgesv on Fortran copies of `a` (n x n) and `b` (n x k); the solution as a row-major matrix.
  private static func gesvSolve(_ a: Matrix, _ b: Matrix) throws(LinalgError) -> Matrix {
    try checkLapackSize((a.rows, a.cols), (b.rows, b.cols))
    let (n, k) = (a.rows, b.cols)
    let ld = max(n, 1)
    return try withScratch(n * n + ld * k) { buffer throws(LinalgError) in
      try withIntScratch(n) { ipiv throws(LinalgError) in
        let rhs = buffer + n * n
        a.copyColumnMajor(into: buffer, ld: ld)
        b.copyColumnMajor(into: rhs, ld: ld)
        // numpy's LAPACK factors A even for zero right-hand sides; OpenBLAS's dgesv returns
        // early then, so factor explicitly to raise "Singular matrix" as numpy does.
        let info =
          k == 0
          ? LAPACK.getrf(n: LapackInt(n), a: buffer, ipiv: ipiv)
          : LAPACK.gesv(n: LapackInt(n), nrhs: LapackInt(k), a: buffer, ipiv: ipiv, b: rhs)
        guard info == 0 else { throw .singularMatrix }
        return Matrix(columnMajor: rhs, rows: n, cols: k, ld: ld)
      }
    }
  }
}
