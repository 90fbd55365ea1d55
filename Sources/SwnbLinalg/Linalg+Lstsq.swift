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

  /// Where `lstsq(_:_:rcond:into:)` writes its results (caller-owned memory).
  public struct LstsqOutput {
    /// The solution, `n` x `k` row-major (`k` = the right-hand side's column count).
    public let x: UnsafeMutablePointer<Double>
    /// The `min(m, n)` singular values of `a`, descending.
    public let singularValues: UnsafeMutablePointer<Double>
    /// Room for `k` residual sums; written only when the call reports `hasResiduals`.
    public let residuals: UnsafeMutablePointer<Double>

    public init(
      x: UnsafeMutablePointer<Double>, singularValues: UnsafeMutablePointer<Double>,
      residuals: UnsafeMutablePointer<Double>
    ) {
      self.x = x
      self.singularValues = singularValues
      self.residuals = residuals
    }
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
    guard b.rows == a.rows else { throw .incompatibleDimensions }
    let minMN = min(a.rows, a.cols)
    let (xCount, k) = (a.cols * b.cols, b.cols)
    return try withScratch(xCount + minMN + k) { out throws(LinalgError) in
      let target = LstsqOutput(x: out, singularValues: out + xCount, residuals: out + xCount + minMN)
      let solved = try a.withView { va throws(LinalgError) in
        try b.withView { vb throws(LinalgError) in try lstsq(va, vb, rcond: rcond, into: target) }
      }
      return LstsqResult(
        x: Matrix(rows: a.cols, cols: k, elements: Array(UnsafeBufferPointer(start: out, count: xCount))),
        residuals: solved.hasResiduals
          ? Array(UnsafeBufferPointer(start: target.residuals, count: k)) : [],
        rank: solved.rank,
        singularValues: Array(UnsafeBufferPointer(start: target.singularValues, count: minMN)))
    }
  }

  /// `lstsq` on strided operands, writing into caller-owned memory: the whole solve makes no
  /// heap allocation once dgelsd's workspace for the shape is known (`GelsdWorkspace`).
  ///
  /// `a` is `m` x `n`, `b` is `m` x `k`; `out` must have room for `n * k`, `min(m, n)` and
  /// `k` values. Returns dgelsd's rank and whether `out.residuals` was written (numpy's rule:
  /// `rank == n` and `m > n`). Throws as `lstsq(_:_:rcond:)`.
  public static func lstsq(
    _ a: MatrixView<Double>, _ b: MatrixView<Double>, rcond: Double?, into out: LstsqOutput
  ) throws(LinalgError) -> (rank: Int, hasResiduals: Bool) {
    let (m, n) = (a.rows, a.cols)
    guard b.rows == m else { throw .incompatibleDimensions }
    try checkLapackSize((m, n), (max(m, n), max(b.cols, 1)))
    let cutoff = rcond ?? eps * Double(max(n, m))
    // LAPACK cannot take zero right-hand sides: numpy solves against one zero column instead.
    let k = max(b.cols, 1)
    let ldb = max(1, max(m, n))
    let rank = try withScratch(m * n + ldb * k) { buffer throws(LinalgError) in
      let rhs = buffer + m * n
      a.copyColumnMajor(into: buffer, ld: max(m, 1))
      if b.cols == 0 || ldb > m { rhs.initialize(repeating: 0, count: ldb * k) }
      b.copyColumnMajor(into: rhs, ld: ldb)
      var found: LapackInt = 0
      let info = LAPACK.gelsd(
        m: LapackInt(m), n: LapackInt(n), nrhs: LapackInt(k), a: buffer, b: rhs,
        ldb: LapackInt(ldb), s: out.singularValues, rcond: cutoff, rank: &found)
      guard info == 0 else { throw .lstsqDidNotConverge }
      // numpy: `if m == 0: x[...] = 0`.
      for i in 0..<n {
        for j in 0..<b.cols { out.x[i * b.cols + j] = m == 0 ? 0 : rhs[j * ldb + i] }
      }
      if Int(found) == n && m > n {
        for j in 0..<b.cols { out.residuals[j] = sumOfSquares(rhs + j * ldb + n, count: m - n) }
      }
      return Int(found)
    }
    return (rank, rank == n && m > n)
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
