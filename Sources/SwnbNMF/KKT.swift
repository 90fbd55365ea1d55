import SwnbLinalg

/// First-order optimality of a factorisation for the penalised Frobenius objective
/// `1/2 ||X - WH||² + l1·sum + l2/2·||·||²`: at a stationary point `min(W, ∇_W) = 0` and
/// `min(H, ∇_H) = 0` entrywise (W, ∇_W >= 0 and W ⊙ ∇_W = 0), and likewise for H.
public enum KKT {
  /// `||min(W, ∇_W)||_F / ||X Hᵀ||_F` and `||min(H, ∇_H)||_F / ||Wᵀ X||_F` for the unpenalised
  /// Frobenius loss, with `∇_W = W·HHᵀ - X·Hᵀ` and `∇_H = WᵀW·H - WᵀX` from k-sized Gram
  /// products (no m x n temporary). 0 at an exact stationary point.
  public static func residual(_ x: Matrix, _ w: Matrix, _ h: Matrix) -> (w: Double, h: Double) {
    residual(x, w, h, Penalty(rows: x.rows, cols: x.cols, NMFConfig()))
  }

  static func residual(_ x: Matrix, _ w: Matrix, _ h: Matrix, _ p: Penalty)
    -> (w: Double, h: Double)
  {
    let xht = Dense.mul(x, false, h, true)
    let wtx = Dense.mul(w, true, x)
    var gradW = Dense.mul(w, false, BLAS.syrk(h, transposeFirst: false))
    var gradH = Dense.mul(BLAS.syrk(w, transposeFirst: true), false, h)
    return (
      complementarity(w, &gradW, xht, l1: p.l1W, l2: p.l2W),
      complementarity(h, &gradH, wtx, l1: p.l1H, l2: p.l2H)
    )
  }

  /// `||min(F, G)||_F / ||T||_F` with `G = quad - T + l1 + l2·F` (computed in `quad`).
  private static func complementarity(
    _ f: Matrix, _ quad: inout Matrix, _ t: Matrix, l1: Double, l2: Double
  ) -> Double {
    var sum = 0.0
    for i in f.elements.indices {
      let g = quad.elements[i] - t.elements[i] + l1 + l2 * f.elements[i]
      let v = min(f.elements[i], g)
      sum += v * v
    }
    let scale = Dense.sumOfSquares(t.elements).squareRoot()
    return sum.squareRoot() / (scale > 0 ? scale : 1)
  }
}
