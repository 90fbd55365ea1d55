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
    var wt = Dense.transpose(w)
    let forW = SweepProducts(x: x, other: h, forW: true, l1: p.l1W, l2: p.l2W)
    var violation = componentSweep(&wt, forW, order: order(wt.rows), scratch: &scratch).violation
    w = Dense.transpose(wt)
    guard problem.updateH else { return StepInfo(violation: violation, cross: forW.cross(wt)) }
    let forH = SweepProducts(x: x, other: wt, forW: false, l1: p.l1H, l2: p.l2H)
    violation += componentSweep(&h, forH, order: order(h.rows), scratch: &scratch).violation
    return StepInfo(violation: violation, cross: forH.cross(h))
  }
}
