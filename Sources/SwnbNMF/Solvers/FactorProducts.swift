import SwnbLinalg

/// The two O(mnk) products of a HALS or coordinate-descent iteration, in the component-major
/// layout the sweeps read (`SweepProducts`), laid out for OpenBLAS's best kernel on skinny
/// shapes (k of 10 to 50 against m and n in the thousands). Public so that swnb-nmf-bench times
/// exactly what the solvers run.
///
/// OpenBLAS packs both operands of a gemm into blocks before its micro-kernel runs; with one
/// dimension only k long, packing the large `X` costs about as much as the arithmetic. It
/// costs least when `X` is the operand whose packed blocks are reused across the k dimension
/// in cache, and when a call's packed copy stays in L2 instead of being written back.
public enum FactorProducts {
  /// Rows of `X` per gemm call in `hXt`, per OpenBLAS thread: a panel's packed copy
  /// (OpenBLAS's K block of 256 by the panel) fits in L2 next to `H`.
  static let panelRowsPerThread = 64

  /// `H·Xᵀ` (k x m) for `H` k x n and `X` m x n: row panels `X[p]·Hᵀ` (the big operand on
  /// OpenBLAS's reused side), each transposed into its k columns of the result.
  public static func hXt(_ h: Matrix, _ x: Matrix) -> Matrix {
    let (m, k) = (x.rows, h.rows)
    let panelRows = panelRowsPerThread * max(BLAS.threads, 1)
    var result = Matrix(rows: k, cols: m)
    var panel = [Double](repeating: 0, count: min(panelRows, m) * k)
    var lo = 0
    while lo < m {
      let hi = min(lo + panelRows, m)
      BLAS.gemmRowPanel(x, rows: lo..<hi, timesTransposeOf: h, into: &panel)
      panel.withUnsafeBufferPointer { src in
        result.elements.withUnsafeMutableBufferPointer { dst in
          for i in 0..<(hi - lo) {
            for t in 0..<k { dst[t * m + lo + i] = src[i * k + t] }
          }
        }
      }
      lo = hi
    }
    return result
  }

  /// `Wᵀ·X` (k x n) for `Wᵀ` k x m and `X` m x n: one gemm (splitting `X` into panels here
  /// only adds passes over the k x n result).
  public static func wtX(_ wt: Matrix, _ x: Matrix) -> Matrix {
    BLAS.gemm(wt, x)
  }
}
