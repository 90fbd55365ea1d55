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

/// Accelerated HALS (Gillis & Glineur 2012): the coordinate sweep of `cd`, repeated on the same
/// Gram products while a repetition is cheap relative to recomputing them and still moves the
/// factor (change above a tenth of the first sweep's).
struct AcceleratedHALS: Stepper {
  let problem: Problem
  /// Gillis & Glineur's alpha: at most `1 + floor(alpha * rho)` sweeps per factor update.
  let alpha: Double

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let p = problem.penalty
    let (m, n, k) = (problem.x.rows, problem.x.cols, w.cols)
    var ht = Dense.transpose(h)
    let forW = sweepProducts(x: problem.x, xTransposed: false, g: ht, l1: p.l1W, l2: p.l2W)
    var violation = repeatSweeps(&w, forW, sweeps: maxSweeps(rows: m, other: n, k: k))
    guard problem.updateH else {
      let cross = Dense.dot(w.elements, forW.target.elements) + p.l1W * Dense.sum(w.elements)
      return StepInfo(violation: violation, cross: cross)
    }
    let forH = sweepProducts(x: problem.x, xTransposed: true, g: w, l1: p.l1H, l2: p.l2H)
    violation += repeatSweeps(&ht, forH, sweeps: maxSweeps(rows: n, other: m, k: k))
    h = Dense.transpose(ht)
    let cross = Dense.dot(ht.elements, forH.target.elements) + p.l1H * Dense.sum(ht.elements)
    return StepInfo(violation: violation, cross: cross)
  }

  /// `1 + floor(alpha * rho)`, where rho compares the cost of the products (`rows·other·k` and
  /// `other·k²`) with that of a sweep (`rows·k·(k+1)`).
  private func maxSweeps(rows: Int, other: Int, k: Int) -> Int {
    let products = Double(rows) * Double(other) * Double(k) + Double(other) * Double(k * k)
    let sweep = Double(rows) * Double(k) * Double(k + 1)
    let rho = 1 + products / max(sweep, 1)
    return 1 + Int(min(alpha * rho, 1e6))
  }

  private func repeatSweeps(
    _ f: inout Matrix, _ products: (gram: Matrix, target: Matrix), sweeps: Int
  ) -> Double {
    let first = coordinateSweep(&f, gram: products.gram, target: products.target)
    var repetition = 1
    while repetition < sweeps {
      let next = coordinateSweep(&f, gram: products.gram, target: products.target)
      repetition += 1
      if next.change2 <= 0.01 * first.change2 { break }
    }
    return first.violation
  }
}
