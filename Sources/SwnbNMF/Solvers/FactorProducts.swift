import SwnbLinalg

/// The two O(mnk) products of a HALS or coordinate-descent iteration, `H·Xᵀ` and `Wᵀ·X`, in
/// the component-major layout the sweeps read (`SweepProducts`), made in one pass over `X`
/// and laid out for OpenBLAS on skinny shapes (k of 10 to 50 against m and n in the
/// thousands). Public so that swnb-nmf-bench times exactly what the solvers run.
///
/// OpenBLAS packs both operands of a gemm into blocks before its micro-kernel runs; with one
/// dimension only k long, packing the large `X` costs about as much as the arithmetic, and
/// streaming `X` from memory twice per iteration costs more still. So `X` goes through in row
/// panels that stay in cache for both products (`BLAS.gemmPanelTransposed` and
/// `BLAS.gemmPanel`: AVX2 kernels that read the panel in place, or dgemm without AVX2).
public enum FactorProducts {
  /// Rows of `X` per panel for `cols` columns, a multiple of 8 from 16 to 512 rows per thread
  /// (`BLAS.threads`): about 512 KiB of `X` per thread for the AVX2 kernels (a core's L2 here),
  /// 1 MiB for dgemm (measured best against panels of half and twice that).
  static func panelRows(cols: Int) -> Int {
    let bytes = BLAS.hasPanelKernels ? 524_288 : 1_048_576
    let perThread = max(16, min(512, bytes / 8 / max(cols, 1))) & ~7
    return perThread * max(BLAS.threads, 1)
  }

  /// `H·Xᵀ` (k x m) for `H` k x n and `X` m x n, alone: the row panels' `H·X_pᵀ`, each copied
  /// into its columns of the result.
  public static func hXt(_ h: Matrix, _ x: Matrix) -> Matrix {
    var unused = Matrix(rows: x.rows, cols: h.rows)
    var result = Matrix(rows: h.rows, cols: x.rows)
    var column = 0
    _ = fusedPass(x, h, &unused, wantWtX: false) { target, _ in
      place(target, into: &result, column: &column)
    }
    return result
  }

  /// One pass over `X` (m x n) in row panels, for an iteration that updates `W` (m x k) and
  /// then needs `Wᵀ·X` with the new `W`: the rows of `W` are independent given `HHᵀ`, so each
  /// panel's rows are updated as soon as their target `H·X_pᵀ` (k x R) is known, by `update`
  /// (target, then the panel's rows of `W`, both component-major k x R), and with `wantWtX`
  /// the panel's share `X_pᵀ·W_p` of `Wᵀ·X` is added while `X_p` is still in cache. Returns
  /// `Wᵀ·X` (k x n), or an empty matrix without `wantWtX`.
  static func fusedPass(
    _ x: Matrix, _ h: Matrix, _ w: inout Matrix, wantWtX: Bool,
    update: (_ target: Matrix, _ panel: inout Matrix) -> Void
  ) -> Matrix {
    let (m, n, k) = (x.rows, x.cols, h.rows)
    let rowsPerPanel = panelRows(cols: n)
    var wtX = Matrix(rows: wantWtX ? k : 0, cols: wantWtX ? n : 0)
    var target = Matrix(rows: k, cols: min(rowsPerPanel, m))
    var lo = 0
    while lo < m {
      let hi = min(lo + rowsPerPanel, m)
      if target.cols != hi - lo { target = Matrix(rows: k, cols: hi - lo) }
      BLAS.gemmPanelTransposed(h, times: x, rows: lo..<hi, into: &target)
      var panel = transposed(w.elements, from: lo * k, rows: hi - lo, cols: k)
      update(target, &panel)
      w.elements.withUnsafeMutableBufferPointer { dst in
        for i in 0..<(hi - lo) {
          for t in 0..<k { dst[(lo + i) * k + t] = panel.elements[t * (hi - lo) + i] }
        }
      }
      if wantWtX { BLAS.gemmPanel(panel, times: x, rows: lo..<hi, accumulate: lo > 0, into: &wtX) }
      lo = hi
    }
    return wtX
  }

  /// `H·Xᵀ` and `Wᵀ·X` from the one pass over `X` that the HALS solver makes (here with no
  /// update of `W` in between): what swnb-nmf-bench times as the two products of an iteration.
  public static func fusedProducts(_ x: Matrix, _ h: Matrix, _ w: Matrix) -> (
    hXt: Matrix, wtX: Matrix
  ) {
    var w = w
    var hXt = Matrix(rows: h.rows, cols: x.rows)
    var column = 0
    let wtX = fusedPass(x, h, &w, wantWtX: true) { target, _ in
      place(target, into: &hXt, column: &column)
    }
    return (hXt, wtX)
  }

  /// Copies the k x R panel `target` into columns `column..<column + R` of `result` (k x m)
  /// and advances `column` past them.
  private static func place(_ target: Matrix, into result: inout Matrix, column: inout Int) {
    let (k, r, m) = (target.rows, target.cols, result.cols)
    result.elements.withUnsafeMutableBufferPointer { dst in
      for t in 0..<k {
        for i in 0..<r { dst[t * m + column + i] = target.elements[t * r + i] }
      }
    }
    column += r
  }

  /// The `rows` x `cols` row-major block of `source` starting at `start`, transposed.
  private static func transposed(_ source: [Double], from start: Int = 0, rows: Int, cols: Int)
    -> Matrix
  {
    var t = Matrix(rows: cols, cols: rows)
    source.withUnsafeBufferPointer { src in
      t.elements.withUnsafeMutableBufferPointer { dst in
        for i in 0..<rows {
          for j in 0..<cols { dst[j * rows + i] = src[start + i * cols + j] }
        }
      }
    }
    return t
  }
}
