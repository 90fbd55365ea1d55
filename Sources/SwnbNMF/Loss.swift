import Foundation
import SwnbLinalg

/// numpy's `np.finfo(np.float32).eps`, scikit-learn's guard against division by zero.
let sklearnEpsilon = Double(Float.ulpOfOne)

/// The losses the solvers report, as scikit-learn computes them.
public enum NMFLoss {
  /// `||X - WH||_F` from Gram products: `sqrt(max(0, ||X||² - 2·cross + <WᵀW, HHᵀ>))`, where
  /// `cross = tr(Wᵀ X Hᵀ)`. Costs `k²(m + n)` instead of forming the m x n product.
  static func frobenius(normX2: Double, cross: Double, w: Matrix, h: Matrix) -> Double {
    let wtw = Dense.mul(w, true, w)
    let hht = Dense.mul(h, false, h, true)
    let value = normX2 - 2 * cross + Dense.dot(wtw.elements, hht.elements)
    return max(value, 0).squareRoot()
  }

  /// scikit-learn's `_beta_divergence(X, W, H, beta, square_root)` for dense `X`.
  ///
  /// beta 2 is half the squared Frobenius norm, 1 the generalised Kullback-Leibler divergence,
  /// 0 Itakura-Saito; entries of `X` at or below float32 eps are left out of the non-Frobenius
  /// sums and `WH` is floored at that eps there. With `squareRoot` the result is
  /// `sqrt(2 * max(res, 0))` (for beta 2, the Frobenius norm).
  public static func betaDivergence(
    _ x: Matrix, _ w: Matrix, _ h: Matrix, beta: Double, squareRoot: Bool
  ) -> Double {
    betaDivergence(x, w, h, product: Dense.mul(w, false, h), beta: beta, squareRoot: squareRoot)
  }

  /// `betaDivergence` with `W·H` already at hand (`product`).
  static func betaDivergence(
    _ x: Matrix, _ w: Matrix, _ h: Matrix, product wh: Matrix, beta: Double, squareRoot: Bool
  ) -> Double {
    var res = 0.0
    if beta == 2 {
      var s = 0.0
      for i in x.elements.indices {
        let d = x.elements[i] - wh.elements[i]
        s += d * d
      }
      res = s / 2
      return squareRoot ? (res * 2).squareRoot() : res
    }
    let eps = sklearnEpsilon
    if beta == 1 {
      var sumW = [Double](repeating: 0, count: w.cols)
      for i in 0..<w.rows { for t in 0..<w.cols { sumW[t] += w[i, t] } }
      var sumWH = 0.0
      for t in 0..<h.rows {
        var rowSum = 0.0
        for j in 0..<h.cols { rowSum += h[t, j] }
        sumWH += sumW[t] * rowSum
      }
      var xlog = 0.0
      var sumX = 0.0
      for i in x.elements.indices where x.elements[i] > eps {
        let xv = x.elements[i]
        xlog += xv * log(xv / max(wh.elements[i], eps))
        sumX += xv
      }
      res = xlog + sumWH - sumX
    } else if beta == 0 {
      var sumDiv = 0.0
      var sumLog = 0.0
      for i in x.elements.indices where x.elements[i] > eps {
        let div = x.elements[i] / max(wh.elements[i], eps)
        sumDiv += div
        sumLog += log(div)
      }
      res = sumDiv - Double(x.elements.count) - sumLog
    } else {
      var sumWHBeta = 0.0
      for v in wh.elements { sumWHBeta += pow(v, beta) }
      var sumXWH = 0.0
      var sumXBeta = 0.0
      for i in x.elements.indices where x.elements[i] > eps {
        let xv = x.elements[i]
        sumXWH += xv * pow(max(wh.elements[i], eps), beta - 1)
        sumXBeta += pow(xv, beta)
      }
      res = (sumXBeta - beta * sumXWH + sumWHBeta * (beta - 1)) / (beta * (beta - 1))
    }
    return squareRoot ? (2 * max(res, 0)).squareRoot() : res
  }
}
