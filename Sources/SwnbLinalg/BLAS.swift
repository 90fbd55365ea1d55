import COpenBLAS

/// The only caller of `cblas_*` in swnb.
public enum BLAS {
  /// `alpha * op(a) @ op(b)` with `op` the transpose when the flag is set (dgemm).
  ///
  /// The inner dimensions must agree; callers validate shapes first.
  public static func gemm(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    alpha: Double = 1
  ) -> Matrix {
    let m = transposeA ? a.cols : a.rows
    let k = transposeA ? a.rows : a.cols
    let n = transposeB ? b.rows : b.cols
    precondition(k == (transposeB ? b.cols : b.rows), "gemm: inner dimensions differ")
    var c = Matrix(rows: m, cols: n)
    guard m > 0, n > 0 else { return c }
    if k == 0 { return c }
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        c.elements.withUnsafeMutableBufferPointer { pc in
          cblas_dgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
            transposeB ? CblasTrans : CblasNoTrans, blasint(m), blasint(n), blasint(k), alpha,
            pa.baseAddress, blasint(max(a.cols, 1)), pb.baseAddress, blasint(max(b.cols, 1)), 0,
            pc.baseAddress, blasint(max(n, 1)))
        }
      }
    }
    return c
  }
}
