import COpenBLAS

/// A real floating-point type with its own CBLAS kernels: `Double` (d-prefixed routines) and
/// `Float` (s-prefixed), so numpy's product dispatch (`BLAS.matmul(_:_:into:)`) is written
/// once for numpy's `DOUBLE_matmul` and `FLOAT_matmul`.
///
/// Each requirement is the CBLAS routine of that precision with numpy's fixed arguments
/// (`alpha = 1`, `beta = 0`, row-major unless stated).
protocol BLASElement: BinaryFloatingPoint {
  /// `?dot`: the sum of `n` products, widened to `Double` (numpy accumulates chunks there).
  static func blasDot(
    _ n: blasint, _ x: UnsafePointer<Self>, _ incx: blasint, _ y: UnsafePointer<Self>,
    _ incy: blasint
  ) -> Double

  /// `?gemv` with `trans = CblasTrans`: `y = a.T @ x` for the `m` x `n` matrix `a`.
  static func blasGemvTransposed(
    _ order: CBLAS_ORDER, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Self>, _ lda: blasint,
    _ x: UnsafePointer<Self>, _ incx: blasint, _ y: UnsafeMutablePointer<Self>, _ incy: blasint)

  /// `?gemm`: `c = op(a) @ op(b)` for an `m` x `n` result with inner dimension `k`.
  static func blasGemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: blasint, _ n: blasint,
    _ k: blasint, _ a: UnsafePointer<Self>, _ lda: blasint, _ b: UnsafePointer<Self>,
    _ ldb: blasint, _ c: UnsafeMutablePointer<Self>, _ ldc: blasint)

  /// `?syrk` into the upper triangle: `c = op(a) @ op(a).T` for an `n` x `n` result.
  static func blasSyrkUpper(
    _ trans: CBLAS_TRANSPOSE, _ n: blasint, _ k: blasint, _ a: UnsafePointer<Self>,
    _ lda: blasint, _ c: UnsafeMutablePointer<Self>, _ ldc: blasint)
}

extension Double: BLASElement {
  static func blasDot(
    _ n: blasint, _ x: UnsafePointer<Double>, _ incx: blasint, _ y: UnsafePointer<Double>,
    _ incy: blasint
  ) -> Double {
    cblas_ddot(n, x, incx, y, incy)
  }

  static func blasGemvTransposed(
    _ order: CBLAS_ORDER, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Double>,
    _ lda: blasint, _ x: UnsafePointer<Double>, _ incx: blasint,
    _ y: UnsafeMutablePointer<Double>, _ incy: blasint
  ) {
    cblas_dgemv(order, CblasTrans, m, n, 1, a, lda, x, incx, 0, y, incy)
  }

  static func blasGemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: blasint, _ n: blasint,
    _ k: blasint, _ a: UnsafePointer<Double>, _ lda: blasint, _ b: UnsafePointer<Double>,
    _ ldb: blasint, _ c: UnsafeMutablePointer<Double>, _ ldc: blasint
  ) {
    cblas_dgemm(CblasRowMajor, transA, transB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
  }

  static func blasSyrkUpper(
    _ trans: CBLAS_TRANSPOSE, _ n: blasint, _ k: blasint, _ a: UnsafePointer<Double>,
    _ lda: blasint, _ c: UnsafeMutablePointer<Double>, _ ldc: blasint
  ) {
    cblas_dsyrk(CblasRowMajor, CblasUpper, trans, n, k, 1, a, lda, 0, c, ldc)
  }
}

extension Float: BLASElement {
  static func blasDot(
    _ n: blasint, _ x: UnsafePointer<Float>, _ incx: blasint, _ y: UnsafePointer<Float>,
    _ incy: blasint
  ) -> Double {
    Double(cblas_sdot(n, x, incx, y, incy))
  }

  static func blasGemvTransposed(
    _ order: CBLAS_ORDER, _ m: blasint, _ n: blasint, _ a: UnsafePointer<Float>,
    _ lda: blasint, _ x: UnsafePointer<Float>, _ incx: blasint,
    _ y: UnsafeMutablePointer<Float>, _ incy: blasint
  ) {
    cblas_sgemv(order, CblasTrans, m, n, 1, a, lda, x, incx, 0, y, incy)
  }

  static func blasGemm(
    _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: blasint, _ n: blasint,
    _ k: blasint, _ a: UnsafePointer<Float>, _ lda: blasint, _ b: UnsafePointer<Float>,
    _ ldb: blasint, _ c: UnsafeMutablePointer<Float>, _ ldc: blasint
  ) {
    cblas_sgemm(CblasRowMajor, transA, transB, m, n, k, 1, a, lda, b, ldb, 0, c, ldc)
  }

  static func blasSyrkUpper(
    _ trans: CBLAS_TRANSPOSE, _ n: blasint, _ k: blasint, _ a: UnsafePointer<Float>,
    _ lda: blasint, _ c: UnsafeMutablePointer<Float>, _ ldc: blasint
  ) {
    cblas_ssyrk(CblasRowMajor, CblasUpper, trans, n, k, 1, a, lda, 0, c, ldc)
  }
}
