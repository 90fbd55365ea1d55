import SwnbLinalg

/// The seed notebook's projected ALS: `H = lstsq(WᵀW, WᵀX)` then `W = lstsq(HHᵀ, HXᵀ)ᵀ`, each
/// through LAPACK's dgelsd with numpy's default rcond, negatives clipped to zero after each
/// solve. Penalties enter as `+ l2·I` on the Gram matrix and `- l1` on the right-hand side.
struct ProjectedALS: Stepper {
  let problem: Problem

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) throws -> StepInfo {
    let p = problem.penalty
    if problem.updateH {
      var gram = Dense.mul(w, true, w)
      var rhs = Dense.mul(w, true, problem.x)
      if p.l2H != 0 { Dense.addToDiagonal(&gram, p.l2H) }
      if p.l1H != 0 { Dense.subtract(&rhs, p.l1H) }
      h = try leastSquares(gram, rhs)
      Dense.clipNegatives(&h)
    }
    var gram = Dense.mul(h, false, h, true)
    var rhs = Dense.mul(h, false, problem.x, true)
    let hxt = rhs
    if p.l2W != 0 { Dense.addToDiagonal(&gram, p.l2W) }
    if p.l1W != 0 { Dense.subtract(&rhs, p.l1W) }
    var wt = try leastSquares(gram, rhs)
    Dense.clipNegatives(&wt)
    w = Dense.transpose(wt)
    return StepInfo(cross: Dense.dot(wt.elements, hxt.elements))
  }

  private func leastSquares(_ a: Matrix, _ b: Matrix) throws -> Matrix {
    do {
      return try Linalg.lstsq(a, b).x
    } catch {
      throw NMFError(.valueError, error.message)
    }
  }
}
