import SwnbLinalg

/// Accelerated HALS (Gillis & Glineur 2012): exact column-wise updates of one factor on fixed
/// Gram products, repeated while a repetition is cheap relative to recomputing the products and
/// still moves the factor (change above a hundredth of the first sweep's).
///
/// Both factors are swept in component-major layout (`Wᵀ` and `H`, see `componentSweep`); the
/// products are two gemms (`H·Xᵀ` and `Wᵀ·X`, the only O(mnk) work, made in one pass over `X`
/// with `W` updated panel by panel in between, so the repetition rule applies per panel) and
/// two syrks.
struct AcceleratedHALS: Stepper {
  let problem: Problem
  /// Gillis & Glineur's alpha: at most `1 + floor(alpha * rho)` sweeps per factor update.
  let alpha: Double

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let p = problem.penalty
    let x = problem.x
    let (m, n, k) = (x.rows, x.cols, w.cols)
    // W's rows are independent given HHᵀ, so they are updated panel by panel in the one pass
    // over X that also accumulates Wᵀ·X for H's update (FactorProducts.fusedPass).
    let gram = BLAS.syrk(h, transposeFirst: false)
    let sweeps = maxSweeps(rows: m, other: n, k: k)
    var violation = 0.0
    var cross = 0.0
    let wtX = FactorProducts.fusedPass(x, h, &w, wantWtX: problem.updateH) { target, panel in
      let forW = SweepProducts(gram: gram, target: target, l1: p.l1W, l2: p.l2W)
      violation += repeatSweeps(&panel, forW, sweeps: sweeps)
      cross += forW.cross(panel)
    }
    guard problem.updateH else { return StepInfo(violation: violation, cross: cross) }
    let forH = SweepProducts(
      gram: BLAS.syrk(Dense.transpose(w), transposeFirst: false), target: wtX, l1: p.l1H,
      l2: p.l2H)
    violation += repeatSweeps(&h, forH, sweeps: maxSweeps(rows: n, other: m, k: k))
    return StepInfo(violation: violation, cross: forH.cross(h))
  }

  /// `1 + floor(alpha * rho)`, where rho compares the cost of the products (`rows·other·k` and
  /// `other·k²`) with that of a sweep (`rows·k·(k+1)`).
  private func maxSweeps(rows: Int, other: Int, k: Int) -> Int {
    let products = Double(rows) * Double(other) * Double(k) + Double(other) * Double(k * k)
    let sweep = Double(rows) * Double(k) * Double(k + 1)
    let rho = 1 + products / max(sweep, 1)
    return 1 + Int(min(alpha * rho, 1e6))
  }

  private func repeatSweeps(_ f: inout Matrix, _ products: SweepProducts, sweeps: Int) -> Double {
    var scratch = [Double](repeating: 0, count: f.cols)
    let first = componentSweep(&f, products, scratch: &scratch)
    var repetition = 1
    while repetition < sweeps {
      let next = componentSweep(&f, products, scratch: &scratch)
      repetition += 1
      if next.change2 <= 0.01 * first.change2 { break }
    }
    return first.violation
  }
}
