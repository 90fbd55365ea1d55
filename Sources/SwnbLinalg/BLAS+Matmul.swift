extension BLAS {
  /// `op(a) @ op(b)`, dispatched exactly as numpy's `DOUBLE_matmul` dispatches a 2-D product.
  ///
  /// Every result is then bit-identical to numpy's:
  /// - a zero dimension gives zeros;
  /// - `1 x 1` output: ddot (numpy's `DOUBLE_dot`);
  /// - inner dimension 1 with a vector operand, or an outer product: the plain loop;
  /// - a row or column operand: dgemv;
  /// - otherwise dgemm, or dsyrk plus a mirrored triangle when the operands are one buffer and
  ///   its transpose (`W.T @ W`, `H @ H.T`).
  ///
  /// numpy decides "one buffer" by data pointer, and the two kernels round differently (about
  /// a third of random Gram matrices differ in the last bit), so the caller must say what
  /// numpy would see: `operandsShareBuffer` is true when both numpy operands view the same
  /// data at the same offset (`W.T @ W`), false for distinct buffers (`W.T @ W.copy()`); `nil`
  /// compares the storage of the two `Matrix` values, which is right when the caller passes
  /// the same value twice for a shared buffer and never shares storage otherwise.
  ///
  /// `op` transposes when the flag is set. The inner dimensions must agree; callers validate
  /// (see `Linalg.matmul` for the checked entry point).
  public static func matmul(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    operandsShareBuffer: Bool? = nil
  ) -> Matrix {
    let dm = transposeA ? a.cols : a.rows
    let dn = transposeA ? a.rows : a.cols
    let dp = transposeB ? b.rows : b.cols
    precondition(dn == (transposeB ? b.cols : b.rows), "matmul: inner dimensions differ")
    if dm == 0 || dn == 0 || dp == 0 { return Matrix(rows: dm, cols: dp) }
    guard dm == 1 || dn == 1 || dp == 1 else {
      if transposeA != transposeB && dm == dp && a.rows == b.rows && a.cols == b.cols
        && (operandsShareBuffer ?? sharesStorage(a, b))
      {
        return syrk(a, transposeFirst: transposeA)
      }
      return gemm(a, transposeA: transposeA, b, transposeB: transposeB)
    }
    // Element (i, k) of op(a) is at i * aRow + k * aCol; element (k, j) of op(b) likewise.
    let (aRow, aCol) = transposeA ? (1, a.cols) : (a.cols, 1)
    let (bRow, bCol) = transposeB ? (1, b.cols) : (b.cols, 1)
    var out = Matrix(rows: dm, cols: dp)
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        out.elements.withUnsafeMutableBufferPointer { po in
          if dm == 1 && dp == 1 {
            po[0] = dot(count: dn, pa.baseAddress, aCol, pb.baseAddress, bRow)
          } else if dn == 1 && (dm == 1 || dp == 1) {
            plainProduct(pa, aRow, aCol, pb, bRow, bCol, po, dm, dn, dp)
          } else if dm == 1 {
            // vector @ matrix: dgemv on op(b) viewed as its transpose.
            gemvKernel(
              pb.baseAddress, transposed: !transposeB, ld: b.cols, m: dp, n: dn, pa.baseAddress,
              incx: aCol, po.baseAddress, incy: 1)
          } else if dp == 1 {
            gemvKernel(
              pa.baseAddress, transposed: transposeA, ld: a.cols, m: dm, n: dn, pb.baseAddress,
              incx: bRow, po.baseAddress, incy: 1)
          } else {
            plainProduct(pa, aRow, aCol, pb, bRow, bCol, po, dm, dn, dp)
          }
        }
      }
    }
    return out
  }

  /// Whether two matrices view one element buffer (numpy's `ip1 == ip2`).
  private static func sharesStorage(_ a: Matrix, _ b: Matrix) -> Bool {
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in pa.baseAddress == pb.baseAddress }
    }
  }

  /// numpy's `DOUBLE_matmul_inner_noblas`: each output starts at 0 and accumulates in order.
  private static func plainProduct(
    _ pa: UnsafeBufferPointer<Double>, _ aRow: Int, _ aCol: Int,
    _ pb: UnsafeBufferPointer<Double>, _ bRow: Int, _ bCol: Int,
    _ po: UnsafeMutableBufferPointer<Double>, _ dm: Int, _ dn: Int, _ dp: Int
  ) {
    for i in 0..<dm {
      for j in 0..<dp {
        var sum = 0.0
        for k in 0..<dn { sum += pa[i * aRow + k * aCol] * pb[k * bRow + j * bCol] }
        po[i * dp + j] = sum
      }
    }
  }
}

extension Linalg {
  /// `op(a) @ op(b)` with numpy's shape check (see `BLAS.matmul` for the kernel dispatch).
  ///
  /// - Throws: numpy's `ValueError` "matmul: Input operand 1 has a mismatch in its core
  ///   dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)".
  public static func matmul(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    operandsShareBuffer: Bool? = nil
  ) throws(LinalgError) -> Matrix {
    let inner = transposeA ? a.rows : a.cols
    let rowsB = transposeB ? b.cols : b.rows
    guard inner == rowsB else {
      throw .coreDimensionMismatch(
        function: "matmul", signature: "(n?,k),(k,m?)->(n?,m?)", operand: 1, dimension: 0,
        size: rowsB, expected: inner)
    }
    let outRows = transposeA ? a.cols : a.rows
    let outCols = transposeB ? b.rows : b.cols
    try checkLapackSize((a.rows, a.cols), (b.rows, b.cols), (outRows, outCols))
    return BLAS.matmul(
      a, transposeA: transposeA, b, transposeB: transposeB,
      operandsShareBuffer: operandsShareBuffer)
  }

  /// The dot product of two vectors (numpy `dot`/`vdot`/`@` of 1-D float64 arrays).
  ///
  /// - Throws: numpy's `ValueError` "shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)".
  public static func dot(_ x: [Double], _ y: [Double]) throws(LinalgError) -> Double {
    guard x.count == y.count else {
      throw LinalgError(
        kind: "ValueError",
        message: "shapes (\(x.count),) and (\(y.count),) not aligned: \(x.count) (dim 0) != "
          + "\(y.count) (dim 0)")
    }
    return BLAS.dot(x, y)
  }
}
