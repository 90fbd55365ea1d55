import COpenBLAS

/// LAPACK's integer type (`lapack_int` is a C macro, which Swift does not import).
typealias LapackInt = Int32

/// The only caller of LAPACK in swnb.
///
/// Each wrapper calls LAPACKE's `_work` entry point in column-major layout, which forwards
/// straight to the Fortran routine (no NaN scan, no transposition, no hidden allocation): the
/// same call numpy's `umath_linalg` makes on its Fortran-order copy. Workspace sizes come from a
/// LAPACK size query and are post-processed exactly as numpy does, because the workspace size
/// can select blocked or unblocked code paths. Buffers are column-major with the leading
/// dimensions given; every wrapper returns LAPACK's `info`.
enum LAPACK {
  private static let colMajor = Int32(LAPACK_COL_MAJOR)

  private static func char(_ c: Unicode.Scalar) -> CChar { CChar(bitPattern: UInt8(c.value)) }

  /// LU factorisation with partial pivoting of an `n` x `n` matrix (dgetrf).
  static func getrf(
    n: LapackInt, a: UnsafeMutablePointer<Double>, ipiv: UnsafeMutablePointer<LapackInt>
  ) -> LapackInt {
    LAPACKE_dgetrf_work(colMajor, n, n, a, max(n, 1), ipiv)
  }

  /// Solves `A X = B` in place (dgesv); `b` is `n` x `nrhs` with leading dimension `max(n, 1)`.
  static func gesv(
    n: LapackInt, nrhs: LapackInt, a: UnsafeMutablePointer<Double>,
    ipiv: UnsafeMutablePointer<LapackInt>, b: UnsafeMutablePointer<Double>
  ) -> LapackInt {
    LAPACKE_dgesv_work(colMajor, n, nrhs, a, max(n, 1), ipiv, b, max(n, 1))
  }

  /// Minimum-norm least squares by divide-and-conquer SVD (dgelsd).
  ///
  /// The workspace sizes come from LAPACK's query, made once per problem shape and then
  /// remembered, and the work area is reused from call to call (`GelsdWorkspace`): for small
  /// systems the query and the allocation cost a noticeable share of the solve itself.
  static func gelsd(
    m: LapackInt, n: LapackInt, nrhs: LapackInt, a: UnsafeMutablePointer<Double>,
    b: UnsafeMutablePointer<Double>, ldb: LapackInt, s: UnsafeMutablePointer<Double>,
    rcond: Double, rank: inout LapackInt
  ) -> LapackInt {
    let lda = max(1, m)
    let shape = GelsdWorkspace.Shape(m: m, n: n, nrhs: nrhs, ldb: ldb)
    let (known, spare) = GelsdWorkspace.lookup(shape)
    let sizes: GelsdWorkspace.Sizes
    if let known {
      sizes = known
    } else {
      var workQuery = 0.0
      var iworkQuery: LapackInt = 0
      let query = LAPACKE_dgelsd_work(
        colMajor, m, n, nrhs, a, lda, b, ldb, s, rcond, &rank, &workQuery, -1, &iworkQuery)
      guard query == 0 else {
        if let spare { GelsdWorkspace.recycle(spare) }
        return query
      }
      sizes = (workCount(workQuery), iworkQuery)
      GelsdWorkspace.remember(sizes, for: shape)
    }
    let area =
      if let spare, spare.fits(sizes) { spare } else {
        GelsdWorkspace.Area(work: Int(sizes.work), iwork: Int(sizes.iwork))
      }
    defer { GelsdWorkspace.recycle(area) }
    return LAPACKE_dgelsd_work(
      colMajor, m, n, nrhs, a, lda, b, ldb, s, rcond, &rank, area.work, sizes.work, area.iwork)
  }

  /// Divide-and-conquer SVD (dgesdd) with `jobz` "N", "S" or "A".
  static func gesdd(
    jobz: Unicode.Scalar, m: LapackInt, n: LapackInt, a: UnsafeMutablePointer<Double>,
    s: UnsafeMutablePointer<Double>, u: UnsafeMutablePointer<Double>,
    vt: UnsafeMutablePointer<Double>, ldvt: LapackInt
  ) -> LapackInt {
    let ld = max(m, 1)
    let job = char(jobz)
    var workQuery = 0.0
    let iworkCount = 8 * Int(min(m, n))
    return withWorkspace(0, iworkCount) { _, iwork in
      let query = LAPACKE_dgesdd_work(
        colMajor, job, m, n, a, ld, s, u, ld, vt, ldvt, &workQuery, -1, iwork)
      guard query == 0 else { return query }
      // numpy: "Fix a bug in lapack 3.0.0": a zero query becomes 1.
      let lwork = max(workCount(workQuery), 1)
      return withWorkspace(Int(lwork), 0) { work, _ in
        LAPACKE_dgesdd_work(colMajor, job, m, n, a, ld, s, u, ld, vt, ldvt, work, lwork, iwork)
      }
    }
  }

  /// Householder QR factorisation in place (dgeqrf); `tau` has `min(m, n)` entries.
  static func geqrf(
    m: LapackInt, n: LapackInt, a: UnsafeMutablePointer<Double>, tau: UnsafeMutablePointer<Double>
  ) -> LapackInt {
    let lda = max(1, m)
    var workQuery = 0.0
    let query = LAPACKE_dgeqrf_work(colMajor, m, n, a, lda, tau, &workQuery, -1)
    guard query == 0 else { return query }
    let lwork = max(max(1, n), workCount(workQuery))
    return withWorkspace(Int(lwork), 0) { work, _ in
      LAPACKE_dgeqrf_work(colMajor, m, n, a, lda, tau, work, lwork)
    }
  }

  /// Forms the `m` x `mc` orthogonal factor from `k` reflectors (dorgqr).
  ///
  /// `n` is the column count of the factored matrix, which numpy uses as the workspace floor.
  static func orgqr(
    m: LapackInt, mc: LapackInt, k: LapackInt, n: LapackInt, q: UnsafeMutablePointer<Double>,
    tau: UnsafePointer<Double>
  ) -> LapackInt {
    let lda = max(1, m)
    var workQuery = 0.0
    let query = LAPACKE_dorgqr_work(colMajor, m, mc, k, q, lda, tau, &workQuery, -1)
    guard query == 0 else { return query }
    let lwork = max(max(1, n), workCount(workQuery))
    return withWorkspace(Int(lwork), 0) { work, _ in
      LAPACKE_dorgqr_work(colMajor, m, mc, k, q, lda, tau, work, lwork)
    }
  }

  /// Symmetric eigen-decomposition by divide and conquer (dsyevd), `jobz` "N" or "V".
  static func syevd(
    jobz: Unicode.Scalar, uplo: Unicode.Scalar, n: LapackInt, a: UnsafeMutablePointer<Double>,
    w: UnsafeMutablePointer<Double>
  ) -> LapackInt {
    let lda = max(n, 1)
    let (job, up) = (char(jobz), char(uplo))
    var workQuery = 0.0
    var iworkQuery: LapackInt = 0
    let query = LAPACKE_dsyevd_work(
      colMajor, job, up, n, a, lda, w, &workQuery, -1, &iworkQuery, -1)
    guard query == 0 else { return query }
    let (lwork, liwork) = (workCount(workQuery), iworkQuery)
    return withWorkspace(Int(lwork), Int(liwork)) { work, iwork in
      LAPACKE_dsyevd_work(colMajor, job, up, n, a, lda, w, work, lwork, iwork, liwork)
    }
  }

  /// Eigenvalues and right eigenvectors of a general matrix (dgeev, `jobvl` "N"); `vr` is
  /// written only when `vectors` is set.
  static func geev(
    n: LapackInt, a: UnsafeMutablePointer<Double>, wr: UnsafeMutablePointer<Double>,
    wi: UnsafeMutablePointer<Double>, vr: UnsafeMutablePointer<Double>, vectors: Bool
  ) -> LapackInt {
    let ld = max(n, 1)
    let (jobvl, jobvr) = (char("N"), char(vectors ? "V" : "N"))
    var unused = 0.0
    var workQuery = 0.0
    let query = LAPACKE_dgeev_work(
      colMajor, jobvl, jobvr, n, a, ld, wr, wi, &unused, ld, vr, ld, &workQuery, -1)
    guard query == 0 else { return query }
    let lwork = workCount(workQuery)
    return withWorkspace(Int(lwork), 0) { work, _ in
      LAPACKE_dgeev_work(colMajor, jobvl, jobvr, n, a, ld, wr, wi, &unused, ld, vr, ld, work, lwork)
    }
  }

  /// Cholesky factorisation in place (dpotrf).
  static func potrf(uplo: Unicode.Scalar, n: LapackInt, a: UnsafeMutablePointer<Double>)
    -> LapackInt
  {
    LAPACKE_dpotrf_work(colMajor, char(uplo), n, a, max(n, 1))
  }

  /// A queried workspace size as an integer (saturating: a size beyond `Int32` cannot be
  /// allocated anyway, and LAPACK then reports the bad argument).
  private static func workCount(_ query: Double) -> LapackInt {
    LapackInt(exactly: query.rounded(.towardZero)) ?? (query > 0 ? LapackInt.max : 0)
  }

  /// Runs `body` with `doubles` and `ints` elements of scratch memory (on the stack when small).
  private static func withWorkspace<R>(
    _ doubles: Int, _ ints: Int,
    _ body: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<LapackInt>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: max(doubles, 1)) { work in
      withUnsafeTemporaryAllocation(of: LapackInt.self, capacity: max(ints, 1)) { iwork in
        // Both buffers have capacity >= 1, so their base addresses exist.
        body(work.baseAddress.unsafelyUnwrapped, iwork.baseAddress.unsafelyUnwrapped)
      }
    }
  }
}
