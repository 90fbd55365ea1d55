import SwnbLinalg
import SwnbRandom

/// scikit-learn's `_fit_coordinate_descent` iteration: one coordinate sweep over `W`, then one
/// over `Hᵀ`, summing their violations. With `shuffle` each sweep visits the components in the
/// order of `rng.permutation(k)` (drawn for W first, then for H).
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
    var ht = Dense.transpose(h)
    let forW = sweepProducts(x: problem.x, xTransposed: false, g: ht, l1: p.l1W, l2: p.l2W)
    var violation =
      coordinateSweep(&w, gram: forW.gram, target: forW.target, order: order(w.cols)).violation
    guard problem.updateH else {
      let cross = Dense.dot(w.elements, forW.target.elements) + p.l1W * Dense.sum(w.elements)
      return StepInfo(violation: violation, cross: cross)
    }
    let forH = sweepProducts(x: problem.x, xTransposed: true, g: w, l1: p.l1H, l2: p.l2H)
    violation +=
      coordinateSweep(&ht, gram: forH.gram, target: forH.target, order: order(ht.cols)).violation
    h = Dense.transpose(ht)
    let cross = Dense.dot(ht.elements, forH.target.elements) + p.l1H * Dense.sum(ht.elements)
    return StepInfo(violation: violation, cross: cross)
  }
}
