import SwnbLinalg
import SwnbRandom

/// scikit-learn's `_fit_coordinate_descent` iteration: one coordinate sweep over `W`, then one
/// over `H` (component-major, see `componentSweep`), summing their violations. With `shuffle`
/// each sweep visits the components in the order of `rng.permutation(k)` (W's drawn first).
struct CoordinateDescent: Stepper {
  let problem: Problem
  let shuffle: RandomState?

  /// `rng.permutation(k)`: a shuffled `arange(k)`.
  private func order(_ k: Int) -> [Int]? {
    guard let shuffle else { return nil }
    var values = Array(0..<k)
    shuffle.shuffle(&values)
    return values
  }

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let p = problem.penalty
    let x = problem.x
    var scratch: [Double] = []
    // W's rows are independent given HHᵀ: they are swept panel by panel (in the same component
    // order) in the one pass over X that also accumulates Wᵀ·X (FactorProducts.fusedPass).
    let gram = BLAS.syrk(h, transposeFirst: false)
    let orderW = order(h.rows)
    var violation = 0.0
    var cross = 0.0
    let wtX = FactorProducts.fusedPass(x, h, &w, wantWtX: problem.updateH) { target, panel in
      let forW = SweepProducts(gram: gram, target: target, l1: p.l1W, l2: p.l2W)
      violation += componentSweep(&panel, forW, order: orderW, scratch: &scratch).violation
      cross += forW.cross(panel)
    }
    guard problem.updateH else { return StepInfo(violation: violation, cross: cross) }
    let forH = SweepProducts(
      gram: BLAS.syrk(Dense.transpose(w), transposeFirst: false), target: wtX, l1: p.l1H,
      l2: p.l2H)
    violation += componentSweep(&h, forH, order: order(h.rows), scratch: &scratch).violation
    return StepInfo(violation: violation, cross: forH.cross(h))
  }
}
