import SwnbLinalg
import Testing

@testable import SwnbNMF

/// The blocked, vectorised component sweep against a plain per-entry coordinate descent
/// (scikit-learn's `_update_cdnmf_fast` loop order), on sizes that span several row blocks.
@Suite struct SweepTests {
  /// A deterministic non-negative matrix with some exact zeros.
  func matrix(_ rows: Int, _ cols: Int, _ salt: Double) -> Matrix {
    Matrix(
      rows: rows, cols: cols,
      elements: (0..<(rows * cols)).map { i in
        let v = (Double(i) * 0.618_033_988_75 + salt).truncatingRemainder(dividingBy: 1)
        return v < 0.1 ? 0 : v
      })
  }

  /// Row-major reference: for each component t, each row i, the gradient over all components.
  func referenceSweep(_ f: inout Matrix, gram: Matrix, target: Matrix, order: [Int])
    -> Double
  {
    var violation = 0.0
    for t in order {
      for i in 0..<f.cols {
        var grad = -target[t, i]
        for r in 0..<f.rows { grad += gram[t, r] * f[r, i] }
        violation += abs(f[t, i] == 0 ? min(0, grad) : grad)
        if gram[t, t] != 0 { f[t, i] = max(f[t, i] - grad / gram[t, t], 0) }
      }
    }
    return violation
  }

  @Test(arguments: [(1900, 37, 20), (3001, 11, 7), (9, 5, 3)])
  func blockedSweepEqualsReference(_ rows: Int, _ cols: Int, _ k: Int) {
    let x = matrix(rows, cols, 0.3)
    let h = matrix(k, cols, 0.7)
    var fast = matrix(k, rows, 0.1)
    var slow = fast
    var products = SweepProducts(
      gram: BLAS.syrk(h, transposeFirst: false), target: FactorProducts.hXt(h, x), l1: 0.05,
      l2: 0.2)
    products.gram[0, 0] = 0  // a zero Hessian entry leaves its component alone
    let order = Array((0..<k).reversed())
    var scratch: [Double] = []
    let got = componentSweep(&fast, products, order: order, scratch: &scratch)
    let want = referenceSweep(&slow, gram: products.gram, target: products.target, order: order)
    #expect(relativeDifference(fast, slow) < 1e-13)
    #expect(abs(got.violation - want) <= 1e-12 * want)
    #expect(fast.elements.contains(0))
  }

  /// The fused pass against plain gemms, over several row panels with a ragged last one and
  /// over fewer rows than one panel; an update of W's panel rows reaches `w` and `Wᵀ·X`.
  @Test(arguments: [(1100, 300, 5), (1101, 301, 7), (9, 5, 3)])
  func fusedPassEqualsSeparateProducts(_ rows: Int, _ cols: Int, _ k: Int) {
    let x = matrix(rows, cols, 0.3)
    let h = matrix(k, cols, 0.7)
    let w = matrix(rows, k, 0.1)
    let both = FactorProducts.fusedProducts(x, h, w)
    #expect(relativeDifference(both.hXt, BLAS.gemm(h, x, transposeB: true)) < 1e-14)
    #expect(relativeDifference(both.wtX, BLAS.gemm(w, transposeA: true, x)) < 1e-14)
    var updated = w
    var seen = 0
    let wtX = FactorProducts.fusedPass(x, h, &updated, wantWtX: true) { target, panel in
      seen += target.cols
      for i in panel.elements.indices { panel.elements[i] *= 2 }
    }
    #expect(seen == rows)
    #expect(updated.elements == w.elements.map { 2 * $0 })
    #expect(relativeDifference(wtX, BLAS.gemm(updated, transposeA: true, x)) < 1e-14)
  }
}
