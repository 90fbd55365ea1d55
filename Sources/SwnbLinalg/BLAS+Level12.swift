import COpenBLAS

extension BLAS {
  /// numpy's `NPY_CBLAS_CHUNK`: `DOUBLE_dot` feeds ddot at most this many elements at a time.
  private static let dotChunk = Int(Int32.max) / 2 + 1

  /// The dot product `sum(x * y)` exactly as numpy's `DOUBLE_dot` computes it: ddot over
  /// chunks of `NPY_CBLAS_CHUNK`, accumulated from 0 (`np.dot` of 1-D arrays, `x @ y`,
  /// and the vector 2-norm).
  ///
  /// The vectors must have the same length; callers validate.
  public static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: lengths differ")
    return x.withUnsafeBufferPointer { px in
      y.withUnsafeBufferPointer { py in
        dot(count: x.count, px.baseAddress, 1, py.baseAddress, 1)
      }
    }
  }

  /// numpy's `DOUBLE_dot` / `FLOAT_dot` on strided data (strides in elements): ?dot over
  /// chunks summed in float64 when both strides are positive, otherwise a plain loop in the
  /// element type; either way accumulated from 0.
  static func dot<E: BLASElement>(
    count: Int, _ x: UnsafePointer<E>?, _ incx: Int, _ y: UnsafePointer<E>?, _ incy: Int
  ) -> E {
    guard var px = x, var py = y else { return 0 }
    guard incx > 0, incy > 0, incx <= Int(Int32.max), incy <= Int(Int32.max) else {
      var sum: E = 0
      for i in 0..<count { sum += px[i * incx] * py[i * incy] }
      return sum
    }
    var sum = 0.0
    var remaining = count
    while remaining > 0 {
      let chunk = min(remaining, dotChunk)
      sum += E.blasDot(blasint(chunk), px, blasint(incx), py, blasint(incy))
      px += chunk * incx
      py += chunk * incy
      remaining -= chunk
    }
    return E(sum)
  }

  /// `op(A) @ x` for a row-major `A` and a vector `x`, as numpy's matmul computes a
  /// matrix-vector product (dgemv in numpy's layout; see `BLAS.matmul(_:_:into:)` for the
  /// cases numpy routes elsewhere, such as a single row or column).
  ///
  /// `x.count` must equal the columns of `op(A)`; callers validate.
  public static func gemv(_ a: Matrix, transposeA: Bool = false, _ x: [Double]) -> [Double] {
    let n = transposeA ? a.rows : a.cols
    precondition(x.count == n, "gemv: dimensions differ")
    let column = Matrix(rows: n, cols: 1, elements: x)
    return matmul(a, transposeA: transposeA, column).elements
  }

  /// The Gram matrix `A.T @ A` (`transposeFirst: true`) or `A @ A.T`, computed as numpy's
  /// matmul does when both operands view one buffer: dsyrk into the upper triangle, then the
  /// triangle mirrored, so the result is exactly symmetric and bit-identical to numpy.
  public static func syrk(_ a: Matrix, transposeFirst: Bool) -> Matrix {
    let (p, k) = transposeFirst ? (a.cols, a.rows) : (a.rows, a.cols)
    var c = Matrix(rows: p, cols: p)
    guard p > 0, k > 0 else { return c }
    a.elements.withUnsafeBufferPointer { pa in
      c.elements.withUnsafeMutableBufferPointer { pc in
        cblas_dsyrk(
          CblasRowMajor, CblasUpper, transposeFirst ? CblasTrans : CblasNoTrans, blasint(p),
          blasint(k), 1, pa.baseAddress, blasint(max(a.cols, 1)), 0, pc.baseAddress,
          blasint(p))
        for i in 0..<p {
          for j in (i + 1)..<max(p, i + 1) { pc[j * p + i] = pc[i * p + j] }
        }
      }
    }
    return c
  }
}
