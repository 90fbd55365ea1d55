import COpenBLAS

extension BLAS {
  /// `a[rows, :] @ b.T`, a row panel of `a` times the transpose of `b`, written row-major
  /// (`rows.count` x `b.rows`) to the front of `c`, which must hold that many elements.
  ///
  /// For callers that stream a large `a` through cache-sized row panels without copying it
  /// (the NMF engine's `X·Hᵀ`); `a.cols == b.cols` and `rows` inside `a` are checked by them.
  public static func gemmRowPanel(
    _ a: Matrix, rows: Range<Int>, timesTransposeOf b: Matrix, into c: inout [Double]
  ) {
    precondition(
      a.cols == b.cols && rows.lowerBound >= 0 && rows.upperBound <= a.rows
        && c.count >= rows.count * b.rows, "gemmRowPanel: shapes differ")
    guard !rows.isEmpty, b.rows > 0, a.cols > 0 else { return }
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          cblas_dgemm(
            CblasRowMajor, CblasNoTrans, CblasTrans, blasint(rows.count), blasint(b.rows),
            blasint(a.cols), 1, pa.baseAddress.map { $0 + rows.lowerBound * a.cols },
            blasint(a.cols), pb.baseAddress, blasint(b.cols), 0, pc.baseAddress,
            blasint(b.rows))
        }
      }
    }
  }

  /// `a[rows, :]ᵀ @ b[rows, :]` (`a.cols` x `b.cols`, row-major) added to the front of `c`, or
  /// written there when `accumulate` is false: the same row panel of two matrices, so that a
  /// sum over panels is `aᵀ @ b`.
  ///
  /// For callers that stream a large `a` through cache-sized row panels without copying it
  /// (the NMF engine's `Xᵀ·W`); equal row counts and `rows` inside them are checked by them.
  public static func gemmRowPanelTransposed(
    _ a: Matrix, rows: Range<Int>, times b: Matrix, accumulate: Bool, into c: inout [Double]
  ) {
    precondition(
      a.rows == b.rows && rows.lowerBound >= 0 && rows.upperBound <= a.rows
        && c.count >= a.cols * b.cols, "gemmRowPanelTransposed: shapes differ")
    guard a.cols > 0, b.cols > 0 else { return }
    guard !rows.isEmpty else {
      if !accumulate { for i in 0..<(a.cols * b.cols) { c[i] = 0 } }
      return
    }
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        c.withUnsafeMutableBufferPointer { pc in
          cblas_dgemm(
            CblasRowMajor, CblasTrans, CblasNoTrans, blasint(a.cols), blasint(b.cols),
            blasint(rows.count), 1, pa.baseAddress.map { $0 + rows.lowerBound * a.cols },
            blasint(a.cols), pb.baseAddress.map { $0 + rows.lowerBound * b.cols },
            blasint(b.cols), accumulate ? 1 : 0, pc.baseAddress, blasint(b.cols))
        }
      }
    }
  }

  /// The number of threads OpenBLAS runs its kernels on (`openblas_get_num_threads`); setting
  /// it calls `openblas_set_num_threads` (values below 1 are taken as 1).
  public static var threads: Int {
    get { Int(openblas_get_num_threads()) }
    set { openblas_set_num_threads(Int32(clamping: max(newValue, 1))) }
  }
}
