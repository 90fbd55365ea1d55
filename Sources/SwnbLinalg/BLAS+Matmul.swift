import COpenBLAS

// numpy's DOUBLE_matmul inner loop (numpy/_core/src/umath/matmul.c.src) for one 2-D product,
// mirrored case by case, so that every product is bit-identical to numpy's: which BLAS routine
// runs (ddot, dgemv, dgemm, dsyrk or none), in which layout, matters to the last bit.

extension BLAS {
  /// `a @ b` into the C-contiguous `a.rows` x `b.cols` buffer `out`, as numpy computes it.
  ///
  /// The dispatch is numpy's `DOUBLE_matmul`, case by case:
  ///
  /// - a zero dimension or a dimension beyond CBLAS's range: the plain loop (zeros for k = 0);
  /// - `1 x 1` output: numpy's `DOUBLE_dot` (ddot, or a loop for non-positive strides);
  /// - inner dimension 1 with a vector operand, an outer product, or a non-blasable vector
  ///   operand: the plain loop, each output summed from 0 in order;
  /// - a row or column operand otherwise: dgemv, in the layout numpy picks from the strides;
  /// - otherwise dgemm, after copying non-blasable operands as numpy does, or dsyrk plus a
  ///   mirrored triangle when the operands are one buffer and its transpose (`W.T @ W`).
  ///
  /// numpy recognises "one buffer" by equal start addresses; `operandsShareBuffer` overrides
  /// that test when the caller knows better (for instance when two copies stand for one numpy
  /// array). `a.cols` must equal `b.rows`; callers validate.
  public static func matmul(
    _ a: MatrixView<Double>, _ b: MatrixView<Double>, into out: UnsafeMutablePointer<Double>,
    operandsShareBuffer: Bool? = nil
  ) {
    product(a, b, into: out, shared: operandsShareBuffer ?? (a.start == b.start))
  }

  /// `a @ b` for float32 operands, as numpy's `FLOAT_matmul` computes it: the float64
  /// dispatch above with the single-precision kernels (sdot summed in float64, sgemv, sgemm,
  /// ssyrk) and float32 accumulation in the plain loop, so the bits match numpy's float32
  /// products.
  public static func matmul(
    _ a: MatrixView<Float>, _ b: MatrixView<Float>, into out: UnsafeMutablePointer<Float>,
    operandsShareBuffer: Bool? = nil
  ) {
    product(a, b, into: out, shared: operandsShareBuffer ?? (a.start == b.start))
  }

  /// numpy's `@TYPE@_matmul` for one 2-D product (see `matmul(_:_:into:)`).
  private static func product<E: BLASElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, into out: UnsafeMutablePointer<E>, shared: Bool
  ) {
    let (dm, dn, dp) = (a.rows, a.cols, b.cols)
    precondition(dn == b.rows, "matmul: inner dimensions differ")
    if dm == 0 || dn == 0 || dp == 0 || max(dm, dn, dp) > blasMaxSize {
      return plainProduct(a, b, out)
    }
    guard dm == 1 || dn == 1 || dp == 1 else {
      return matrixProduct(a, b, out, shared: shared)
    }
    let aBlasable =
      isBlasable(a.rowStride, a.colStride, dm, dn) || isBlasable(a.colStride, a.rowStride, dn, dm)
    let bBlasable =
      isBlasable(b.rowStride, b.colStride, dn, dp) || isBlasable(b.colStride, b.rowStride, dp, dn)
    if dm == 1 && dp == 1 {
      out[0] = dot(count: dn, a.start, a.colStride, b.start, b.rowStride)
    } else if dn == 1 && (dm == 1 || dp == 1) {
      plainProduct(a, b, out)
    } else if dm == 1 && bBlasable && isBlasable(a.colStride, 1, dn, 1) {
      // vector @ matrix: gemv on b viewed as its transpose.
      gemv(b.transposed, x: a.start, incx: a.colStride, y: out, incy: 1)
    } else if dp == 1 && aBlasable && isBlasable(b.rowStride, 1, dn, 1) {
      gemv(a, x: b.start, incx: b.rowStride, y: out, incy: 1)
    } else {
      plainProduct(a, b, out)
    }
  }

  /// `op(a) @ op(b)` for row-major matrices (`op` transposes when the flag is set), through
  /// `matmul(_:_:into:)`: pass the same `Matrix` value twice for numpy's `W.T @ W` (one
  /// buffer), or say so with `operandsShareBuffer`.
  ///
  /// The inner dimensions must agree; callers validate (see `Linalg.matmul`).
  public static func matmul(
    _ a: Matrix, transposeA: Bool = false, _ b: Matrix, transposeB: Bool = false,
    operandsShareBuffer: Bool? = nil
  ) -> Matrix {
    let rows = transposeA ? a.cols : a.rows
    let cols = transposeB ? b.rows : b.cols
    var out = Matrix(rows: rows, cols: cols)
    a.elements.withUnsafeBufferPointer { pa in
      b.elements.withUnsafeBufferPointer { pb in
        out.elements.withUnsafeMutableBufferPointer { po in
          // An empty array may have no address; nothing is read from it then.
          guard let sa = pa.baseAddress ?? pb.baseAddress,
            let sb = pb.baseAddress ?? pa.baseAddress,
            let so = po.baseAddress
          else { return }
          let va = MatrixView(
            start: sa, rows: a.rows, cols: a.cols, rowStride: a.cols, colStride: 1)
          let vb = MatrixView(
            start: sb, rows: b.rows, cols: b.cols, rowStride: b.cols, colStride: 1)
          matmul(
            transposeA ? va.transposed : va, transposeB ? vb.transposed : vb, into: so,
            operandsShareBuffer: operandsShareBuffer)
        }
      }
    }
    return out
  }

  /// numpy's `@TYPE@_matmul_inner_noblas`: each output starts at 0 and accumulates in order,
  /// in the element type.
  private static func plainProduct<E: BLASElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, _ out: UnsafeMutablePointer<E>
  ) {
    for i in 0..<a.rows {
      for j in 0..<b.cols {
        var sum: E = 0
        for k in 0..<a.cols { sum += a[i, k] * b[k, j] }
        out[i * b.cols + j] = sum
      }
    }
  }

  /// numpy's `@TYPE@_gemv`: `y = m @ x`, with `m` column-major-transposed when its rows are
  /// blasable and row-major-transposed otherwise (the caller checked one of them holds).
  static func gemv<E: BLASElement>(
    _ m: MatrixView<E>, x: UnsafePointer<E>, incx: Int, y: UnsafeMutablePointer<E>, incy: Int
  ) {
    let columnMajor = isBlasable(m.rowStride, m.colStride, m.rows, m.cols)
    E.blasGemvTransposed(
      columnMajor ? CblasColMajor : CblasRowMajor, blasint(m.cols), blasint(m.rows), m.start,
      blasint(columnMajor ? m.rowStride : m.colStride), x, blasint(incx), y, blasint(incy))
  }

  /// numpy's matrix @ matrix branch: copy non-blasable operands into a buffer (transposed
  /// when their column stride is the larger), then dgemm or dsyrk.
  private static func matrixProduct<E: BLASElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, _ out: UnsafeMutablePointer<E>, shared: Bool
  ) {
    let blasableA =
      isBlasable(a.rowStride, a.colStride, a.rows, a.cols)
      || isBlasable(a.colStride, a.rowStride, a.cols, a.rows)
    let blasableB =
      isBlasable(b.rowStride, b.colStride, b.rows, b.cols)
      || isBlasable(b.colStride, b.rowStride, b.cols, b.rows)
    withContiguousCopy(a, needed: !blasableA) { ca in
      withContiguousCopy(b, needed: !blasableB) { cb in
        // Copies are new memory: numpy's pointer test can no longer find one buffer.
        let oneBuffer = shared && blasableA && blasableB
        gemmOrSyrk(ca, cb, out, oneBuffer: oneBuffer)
      }
    }
  }

  /// `body` with `m` itself, or with numpy's `matrix_copy` of it when `needed`: C order
  /// unless `|rowStride| < |colStride|`, which copies into Fortran order.
  private static func withContiguousCopy<E>(
    _ m: MatrixView<E>, needed: Bool, _ body: (MatrixView<E>) -> Void
  ) {
    guard needed else { return body(m) }
    let fortran = abs(m.rowStride) < abs(m.colStride)
    withTemporaryScratch(of: E.self, m.rows * m.cols) { buffer in
      for i in 0..<m.rows {
        for j in 0..<m.cols { buffer[fortran ? j * m.rows + i : i * m.cols + j] = m[i, j] }
      }
      let (rs, cs) = fortran ? (1, m.rows) : (m.cols, 1)
      body(MatrixView(start: buffer, rows: m.rows, cols: m.cols, rowStride: rs, colStride: cs))
    }
  }

  /// numpy's `@TYPE@_matmul_matrixmatrix` for blasable operands and a C-contiguous output.
  private static func gemmOrSyrk<E: BLASElement>(
    _ a: MatrixView<E>, _ b: MatrixView<E>, _ out: UnsafeMutablePointer<E>, oneBuffer: Bool
  ) {
    let (m, n, p) = (a.rows, a.cols, b.cols)
    let transA = !isBlasable(a.rowStride, a.colStride, m, n)
    let lda = transA ? a.colStride : a.rowStride
    let transB = !isBlasable(b.rowStride, b.colStride, n, p)
    let ldb = transB ? b.colStride : b.rowStride
    if oneBuffer && m == p && a.rowStride == b.colStride && a.colStride == b.rowStride
      && transA != transB
    {
      E.blasSyrkUpper(
        transA ? CblasTrans : CblasNoTrans, blasint(p), blasint(n), a.start,
        blasint(transA ? ldb : lda), out, blasint(p))
      for i in 0..<p {
        for j in (i + 1)..<max(p, i + 1) { out[j * p + i] = out[i * p + j] }
      }
      return
    }
    E.blasGemm(
      transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans, blasint(m),
      blasint(p), blasint(n), a.start, blasint(lda), b.start, blasint(ldb), out, blasint(p))
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
