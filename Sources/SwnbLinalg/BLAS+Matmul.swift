extension BLAS {
  /// `op(a) @ op(b)` dispatched exactly as numpy's `DOUBLE_matmul` dispatches a 2-D product,
  /// so every result is bit-identical to numpy's:
  ///
  /// - a zero dimension gives zeros;
  /// - `1 x 1` output: ddot (numpy's `DOUBLE_dot`);
  /// - inner dimension 1 with a vector operand, or an outer product: the plain loop;
  /// - a row or column operand: dgemv;
  /// - otherwise dgemm, or dsyrk plus a mirrored triangle when the operands are one buffer and
  ///   its transpose (`W.T @ W`, `H @ H.T`): pass the same `Matrix` value twice for that.
  ///
  /// `op` transposes when the flag is set. The inner dimensions must agree; callers validate
  /// (see `Linalg.matmul` for the checked entry point).
  public static func matmul(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false
  ) -> Matrix {
    let dm = transposeA ? a.cols : a.rows
    let dn = transposeA ? a.rows : a.cols
    let dp = transposeB ? b.rows : b.cols
    precondition(dn == (transposeB ? b.cols : b.rows), "matmul: inner dimensions differ")
    if dm == 0 || dn == 0 || dp == 0 { return Matrix(rows: dm, cols: dp) }
    guard dm == 1 || dn == 1 || dp == 1 else {
      if transposeA != transposeB && dm == dp && a.rows == b.rows && a.cols == b.cols
        && sharesStorage(a, b)
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
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false
  ) throws(LinalgError) -> Matrix {
    let inner = transposeA ? a.rows : a.cols
    let rowsB = transposeB ? b.cols : b.rows
    guard inner == rowsB else {
      throw .coreDimensionMismatch(
        function: "matmul", signature: "(n?,k),(k,m?)->(n?,m?)", operand: 1, dimension: 0,
        size: rowsB, expected: inner)
    }
    try checkLapackSize((a.rows, a.cols), (b.rows, b.cols))
    return BLAS.matmul(a, transposeA: transposeA, b, transposeB: transposeB)
  }
}
