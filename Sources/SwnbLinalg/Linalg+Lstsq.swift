// numpy.linalg.lstsq: umath_linalg's dgelsd loop plus _linalg.py's residual and empty rules.

extension Linalg {
  /// The result of `lstsq`: numpy's `(x, residuals, rank, s)`.
  public struct LstsqResult: Equatable, Sendable {
    /// The least-squares solution, `n` x `k`.
    public var x: Matrix
    /// Squared 2-norm of each residual column: `k` values when `rank == n` and `m > n`,
    /// otherwise empty (numpy's documented rule).
    public var residuals: [Double]
    /// Effective rank of `a` as dgelsd determined it.
    public var rank: Int
    /// Singular values of `a`, `min(m, n)` of them, descending.
    public var singularValues: [Double]
  }

  /// Least-squares solution of `a @ x = b` (numpy `lstsq`, via dgelsd).
  ///
  /// - Parameters:
  ///   - a: an `m` x `n` matrix.
  ///   - b: an `m` x `k` matrix (`k` may be 0).
  ///   - rcond: cut-off ratio for small singular values; `nil` is numpy's default
  ///     `eps * max(m, n)`; a negative value means machine precision (LAPACK's rule).
  /// - Throws: `LinAlgError` "Incompatible dimensions" or
  ///   "SVD did not converge in Linear Least Squares".
  public static func lstsq(_ a: Matrix, _ b: Matrix, rcond: Double? = nil) throws(LinalgError)
    -> LstsqResult
  {
    let (m, n) = (a.rows, a.cols)
    guard b.rows == m else { throw .incompatibleDimensions }
    try checkLapackSize((m, n), (max(m, n), max(b.cols, 1)))
    let cutoff = rcond ?? eps * Double(max(n, m))
    // LAPACK cannot take zero right-hand sides: numpy solves against one zero column instead.
    let k = max(b.cols, 1)
    let ldb = max(1, max(m, n))
    let minMN = min(m, n)
    var result = try withScratch(m * n + ldb * k + minMN) { buffer throws(LinalgError) in
      let rhs = buffer + m * n
      let s = rhs + ldb * k
      a.copyColumnMajor(into: buffer, ld: max(m, 1))
      rhs.initialize(repeating: 0, count: ldb * k)
      if b.cols > 0 { b.copyColumnMajor(into: rhs, ld: ldb) }
      var rank: LapackInt = 0
      let info = LAPACK.gelsd(
        m: LapackInt(m), n: LapackInt(n), nrhs: LapackInt(k), a: buffer, b: rhs,
        ldb: LapackInt(ldb), s: s, rcond: cutoff, rank: &rank)
      guard info == 0 else { throw .lstsqDidNotConverge }
      let x = Matrix(columnMajor: rhs, rows: n, cols: b.cols, ld: ldb)
      var residuals: [Double] = []
      if Int(rank) == n && m > n {
        residuals = (0..<b.cols).map { column in
          sumOfSquares(rhs + column * ldb + n, count: m - n)
        }
      }
      return LstsqResult(
        x: x, residuals: residuals, rank: Int(rank),
        singularValues: Array(UnsafeBufferPointer(start: s, count: minMN)))
    }
    // numpy: `if m == 0: x[...] = 0`.
    if m == 0 { result.x = Matrix(rows: n, cols: b.cols) }
    return result
  }

  /// `lstsq` with a vector right-hand side: `x` has `n` entries, `residuals` one or none.
  public static func lstsq(_ a: Matrix, _ b: [Double], rcond: Double? = nil) throws(LinalgError)
    -> (x: [Double], residuals: [Double], rank: Int, singularValues: [Double])
  {
    let r = try lstsq(a, Matrix(rows: b.count, cols: 1, elements: b), rcond: rcond)
    return (r.x.elements, r.residuals, r.rank, r.singularValues)
  }

  /// umath_linalg's `abs2`: a plain left-to-right sum of squares.
  private static func sumOfSquares(_ p: UnsafePointer<Double>, count: Int) -> Double {
    var total = 0.0
    for i in 0..<count { total += p[i] * p[i] }
    return total
  }
}
