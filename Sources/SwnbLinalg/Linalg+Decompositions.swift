// numpy.linalg svd, qr, eigh, eigvalsh and cholesky: umath_linalg's dgesdd, dgeqrf + dorgqr,
// dsyevd and dpotrf loops on a Fortran-order copy.

extension Linalg {
  /// The result of `svd`: `a == u @ diag(s) @ vh`.
  public struct SVDResult: Equatable, Sendable {
    /// Left singular vectors: `m` x `m` (full) or `m` x `min(m, n)` (reduced).
    public var u: Matrix
    /// Singular values, descending, `min(m, n)` of them.
    public var s: [Double]
    /// Right singular vectors (rows): `n` x `n` (full) or `min(m, n)` x `n` (reduced).
    public var vh: Matrix
  }

  /// Singular value decomposition (numpy `svd` with `compute_uv=True`, via dgesdd).
  ///
  /// For an empty input with `fullMatrices`, `u` and `vh` are identities, as numpy makes them.
  /// - Parameter fullMatrices: numpy's `full_matrices` (dgesdd `jobz` "A", else "S").
  /// - Throws: `LinAlgError` "SVD did not converge" (also for NaN input, which dgesdd rejects).
  public static func svd(_ a: Matrix, fullMatrices: Bool = true) throws(LinalgError) -> SVDResult {
    let (m, n) = (a.rows, a.cols)
    let k = min(m, n)
    let (uCols, vRows) = fullMatrices ? (m, n) : (k, k)
    try checkLapackSize((m, n), (m, uCols), (vRows, n))
    let ldvt = max(1, vRows)
    let sizes = (a: m * n, s: k, u: m * uCols, vt: ldvt * n)
    return try withScratch(sizes.a + sizes.s + sizes.u + sizes.vt) { buffer throws(LinalgError) in
      let (s, u) = (buffer + sizes.a, buffer + sizes.a + sizes.s)
      let vt = u + sizes.u
      a.copyColumnMajor(into: buffer, ld: max(m, 1))
      let info = LAPACK.gesdd(
        jobz: fullMatrices ? "A" : "S", m: LapackInt(m), n: LapackInt(n), a: buffer, s: s, u: u,
        vt: vt, ldvt: LapackInt(ldvt))
      guard info == 0 else { throw .svdDidNotConverge }
      if fullMatrices && k == 0 {
        // umath_linalg: LAPACK leaves these untouched, so numpy writes identities.
        return SVDResult(u: .identity(m), s: [], vh: .identity(n))
      }
      return SVDResult(
        u: Matrix(columnMajor: u, rows: m, cols: uCols, ld: max(m, 1)),
        s: Array(UnsafeBufferPointer(start: s, count: k)),
        vh: Matrix(columnMajor: vt, rows: vRows, cols: n, ld: ldvt))
    }
  }

  /// numpy `svd(a, full_matrices, compute_uv)`: with `computeUV` false only `s` is computed
  /// (dgesdd `jobz` "N", as `svdvals`) and `u`, `vh` are empty 0 x 0 matrices.
  ///
  /// - Throws: `LinAlgError` "SVD did not converge".
  public static func svd(_ a: Matrix, fullMatrices: Bool = true, computeUV: Bool)
    throws(LinalgError) -> SVDResult
  {
    if computeUV { return try svd(a, fullMatrices: fullMatrices) }
    let empty = Matrix(rows: 0, cols: 0)
    return SVDResult(u: empty, s: try svdvals(a), vh: empty)
  }

  /// Singular values only (numpy `svd(a, compute_uv=False)` and `svdvals`, dgesdd `jobz` "N").
  ///
  /// - Throws: `LinAlgError` "SVD did not converge".
  public static func svdvals(_ a: Matrix) throws(LinalgError) -> [Double] {
    let (m, n) = (a.rows, a.cols)
    try checkLapackSize((m, n))
    let k = min(m, n)
    return try withScratch(m * n + k + 2) { buffer throws(LinalgError) in
      let s = buffer + m * n
      let dummy = s + k
      a.copyColumnMajor(into: buffer, ld: max(m, 1))
      let info = LAPACK.gesdd(
        jobz: "N", m: LapackInt(m), n: LapackInt(n), a: buffer, s: s, u: dummy, vt: dummy + 1,
        ldvt: 1)
      guard info == 0 else { throw .svdDidNotConverge }
      return Array(UnsafeBufferPointer(start: s, count: k))
    }
  }

  /// What `qr` returns: numpy's modes "reduced", "complete" and "r".
  public enum QRMode: String, Sendable {
    case reduced, complete, r
  }

  /// The result of `qr`: `q` is `nil` in mode `.r`.
  public struct QRResult: Equatable, Sendable {
    public var q: Matrix?
    public var r: Matrix
  }

  /// QR decomposition (numpy `qr`, dgeqrf then dorgqr).
  ///
  /// With `k = min(m, n)`: mode `.reduced` gives `q` m x k and `r` k x n; `.complete` gives
  /// `q` m x m and `r` m x n; `.r` gives only `r` (k x n).
  public static func qr(_ a: Matrix, mode: QRMode = .reduced) throws(LinalgError) -> QRResult {
    let (m, n) = (a.rows, a.cols)
    let k = min(m, n)
    let mc = mode == .complete && m > n ? m : k
    try checkLapackSize((m, n), (m, mc))
    let lda = max(1, m)
    return try withScratch(m * n + k + m * mc) { buffer throws(LinalgError) in
      let tau = buffer + m * n
      tau.initialize(repeating: 0, count: k)
      a.copyColumnMajor(into: buffer, ld: lda)
      guard LAPACK.geqrf(m: LapackInt(m), n: LapackInt(n), a: buffer, tau: tau) == 0 else {
        throw LinalgError.linAlg("Incorrect argument found while performing QR factorization")
      }
      let r = upperTriangle(buffer, rows: mode == .r ? k : mc, cols: n, ld: lda)
      guard mode != .r else { return QRResult(q: nil, r: r) }
      let q = tau + k
      q.update(from: buffer, count: m * min(n, mc))
      let info = LAPACK.orgqr(
        m: LapackInt(m), mc: LapackInt(mc), k: LapackInt(k), n: LapackInt(n), q: q, tau: tau)
      guard info == 0 else {
        throw LinalgError.linAlg("Incorrect argument found while performing QR factorization")
      }
      return QRResult(q: Matrix(columnMajor: q, rows: m, cols: mc, ld: lda), r: r)
    }
  }

  /// numpy `qr(a, mode='raw')`: dgeqrf's Householder factors `h` and scalars `tau`.
  ///
  /// `h` is `n` x `m`, the transpose of the factored matrix (LAPACK's column-major array read
  /// row by row), as numpy returns it.
  /// - Throws: `LinAlgError` "Incorrect argument found while performing QR factorization".
  public static func qrRaw(_ a: Matrix) throws(LinalgError) -> (h: Matrix, tau: [Double]) {
    let (m, n) = (a.rows, a.cols)
    let k = min(m, n)
    try checkLapackSize((m, n))
    return try withScratch(m * n + k) { buffer throws(LinalgError) in
      let tau = buffer + m * n
      tau.initialize(repeating: 0, count: k)
      a.copyColumnMajor(into: buffer, ld: max(1, m))
      guard LAPACK.geqrf(m: LapackInt(m), n: LapackInt(n), a: buffer, tau: tau) == 0 else {
        throw LinalgError.linAlg("Incorrect argument found while performing QR factorization")
      }
      let h = Matrix(
        rows: n, cols: m, elements: Array(UnsafeBufferPointer(start: buffer, count: m * n)))
      return (h, Array(UnsafeBufferPointer(start: tau, count: k)))
    }
  }

  /// numpy's `triu(a[:rows, :])` read from the factored column-major buffer.
  private static func upperTriangle(
    _ f: UnsafePointer<Double>, rows: Int, cols: Int, ld: Int
  ) -> Matrix {
    var r = Matrix(rows: rows, cols: cols)
    for i in 0..<rows {
      for j in i..<max(cols, i) { r.elements[i * cols + j] = f[j * ld + i] }
    }
    return r
  }

  /// Eigenvalues (ascending) and eigenvectors (columns) of a symmetric matrix (numpy `eigh`,
  /// dsyevd reading the lower triangle, numpy's default `UPLO='L'`).
  ///
  /// - Parameter upper: read the upper triangle instead (`UPLO='U'`).
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square" or
  ///   "Eigenvalues did not converge".
  public static func eigh(_ a: Matrix, upper: Bool = false) throws(LinalgError)
    -> (eigenvalues: [Double], eigenvectors: Matrix)
  {
    try syevd(a, vectors: true, upper: upper)
  }

  /// Eigenvalues (ascending) of a symmetric matrix (numpy `eigvalsh`, dsyevd `jobz` "N").
  ///
  /// - Throws: as `eigh`.
  public static func eigvalsh(_ a: Matrix, upper: Bool = false) throws(LinalgError) -> [Double] {
    try syevd(a, vectors: false, upper: upper).eigenvalues
  }

  private static func syevd(_ a: Matrix, vectors: Bool, upper: Bool) throws(LinalgError)
    -> (eigenvalues: [Double], eigenvectors: Matrix)
  {
    guard a.rows == a.cols else { throw .notSquare }
    try checkLapackSize((a.rows, a.cols))
    let n = a.rows
    return try withScratch(n * n + n) { buffer throws(LinalgError) in
      let w = buffer + n * n
      a.copyColumnMajor(into: buffer, ld: max(n, 1))
      let info = LAPACK.syevd(
        jobz: vectors ? "V" : "N", uplo: upper ? "U" : "L", n: LapackInt(n), a: buffer, w: w)
      guard info == 0 else { throw .eigenvaluesDidNotConverge }
      let values = Array(UnsafeBufferPointer(start: w, count: n))
      let vectorsOut =
        vectors
        ? Matrix(columnMajor: buffer, rows: n, cols: n, ld: max(n, 1))
        : Matrix(rows: 0, cols: 0)
      return (values, vectorsOut)
    }
  }

  /// The Cholesky factor of a symmetric positive-definite matrix (numpy `cholesky`, dpotrf).
  ///
  /// The result is the lower-triangular `L` with `a == L @ L.T`, or with `upper` (numpy's
  /// `upper=True`) the upper-triangular `U` with `a == U.T @ U`. Only that triangle of `a` is
  /// read; the other triangle of the result is zero.
  ///
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square" or
  ///   "Matrix is not positive definite" (also for NaN on the diagonal path).
  public static func cholesky(_ a: Matrix, upper: Bool = false) throws(LinalgError) -> Matrix {
    guard a.rows == a.cols else { throw .notSquare }
    try checkLapackSize((a.rows, a.cols))
    let n = a.rows
    return try withScratch(n * n) { buffer throws(LinalgError) in
      a.copyColumnMajor(into: buffer, ld: max(n, 1))
      guard LAPACK.potrf(uplo: upper ? "U" : "L", n: LapackInt(n), a: buffer) == 0 else {
        throw .notPositiveDefinite
      }
      var factor = Matrix(rows: n, cols: n)
      for i in 0..<n {
        for j in (upper ? i..<n : 0..<(i + 1)) { factor.elements[i * n + j] = buffer[j * n + i] }
      }
      return factor
    }
  }
}
