import SwnbLinalg

/// Non-negative least squares with many right-hand sides by block principal pivoting
/// (Kim & Park, "Fast nonnegative matrix factorization: an active-set-like method and
/// comparisons", SIAM J. Sci. Comput. 2011): solves `min ||C x_j - b_j||, x_j >= 0` for every
/// column j given `gram = CᵀC` (k x k) and `rhs = CᵀB` (k x r).
///
/// Each column keeps a passive set F; x_F solves the normal equations on F, x elsewhere is 0,
/// and y = gram·x - rhs is the dual. Infeasible indices (x < 0 on F, y < 0 off F) are exchanged
/// in full while their count drops (with 3 spare tries), else only the largest index (the
/// backup rule that guarantees termination). Columns sharing a passive set are solved together
/// with one factorisation. `start` supplies the previous solution, whose support is the
/// first passive set (warm start).
func nnlsBlockPivoting(gram: Matrix, rhs: Matrix, start: Matrix?) -> Matrix {
  let k = gram.rows
  let r = rhs.cols
  var passive = [[Bool]](repeating: [Bool](repeating: false, count: k), count: r)
  if let start, start.rows == k, start.cols == r {
    for j in 0..<r { for i in 0..<k { passive[j][i] = start[i, j] > 0 } }
  }
  var x = Matrix(rows: k, cols: r)
  var y = Matrix(rows: k, cols: r)
  solvePassive(gram: gram, rhs: rhs, passive: passive, columns: Array(0..<r), x: &x, y: &y)

  let spareTries = 3
  var tries = [Int](repeating: spareTries, count: r)
  var fewestInfeasible = [Int](repeating: k + 1, count: r)
  let maxRounds = 10 * (k + 1) + 100
  for _ in 0..<maxRounds {
    var pending: [Int] = []
    for j in 0..<r {
      var infeasible: [Int] = []
      for i in 0..<k where passive[j][i] ? x[i, j] < 0 : y[i, j] < 0 { infeasible.append(i) }
      guard let last = infeasible.last else { continue }
      pending.append(j)
      if infeasible.count < fewestInfeasible[j] {
        fewestInfeasible[j] = infeasible.count
        tries[j] = spareTries
        for i in infeasible { passive[j][i].toggle() }
      } else if tries[j] >= 1 {
        tries[j] -= 1
        for i in infeasible { passive[j][i].toggle() }
      } else {
        passive[j][last].toggle()
      }
    }
    if pending.isEmpty { break }
    solvePassive(gram: gram, rhs: rhs, passive: passive, columns: pending, x: &x, y: &y)
  }
  Dense.clipNegatives(&x)
  return x
}

/// For the given columns: x_F = gram_FF⁻¹ rhs_F, x elsewhere 0, y = gram·x - rhs with y_F = 0.
private func solvePassive(
  gram: Matrix, rhs: Matrix, passive: [[Bool]], columns: [Int], x: inout Matrix, y: inout Matrix
) {
  let k = gram.rows
  var groups: [[Bool]: [Int]] = [:]
  for j in columns { groups[passive[j], default: []].append(j) }
  for (set, cols) in groups {
    let idx = (0..<k).filter { set[$0] }
    let f = idx.count
    let g = cols.count
    var sub = [Double](repeating: 0, count: f * f)
    for (a, ia) in idx.enumerated() {
      for (b, ib) in idx.enumerated() { sub[a * f + b] = gram[ia, ib] }
    }
    var b = [Double](repeating: 0, count: f * g)
    for (a, ia) in idx.enumerated() {
      for (c, j) in cols.enumerated() { b[a * g + c] = rhs[ia, j] }
    }
    solveSymmetric(sub, n: f, &b, nrhs: g)
    for (c, j) in cols.enumerated() {
      for i in 0..<k { x[i, j] = 0 }
      for (a, ia) in idx.enumerated() { x[ia, j] = b[a * g + c] }
      for i in 0..<k {
        if set[i] {
          y[i, j] = 0
          continue
        }
        var s = -rhs[i, j]
        for ia in idx { s += gram[i, ia] * x[ia, j] }
        y[i, j] = s
      }
    }
  }
}

/// Alternating NNLS by block principal pivoting; each factor warm-starts from its last support.
struct ANLSBlockPivoting: Stepper {
  let problem: Problem

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let p = problem.penalty
    if problem.updateH {
      var gram = Dense.mul(w, true, w)
      var rhs = Dense.mul(w, true, problem.x)
      if p.l2H != 0 { Dense.addToDiagonal(&gram, p.l2H) }
      if p.l1H != 0 { Dense.subtract(&rhs, p.l1H) }
      h = nnlsBlockPivoting(gram: gram, rhs: rhs, start: h)
    }
    var gram = Dense.mul(h, false, h, true)
    var rhs = Dense.mul(h, false, problem.x, true)
    let hxt = rhs
    if p.l2W != 0 { Dense.addToDiagonal(&gram, p.l2W) }
    if p.l1W != 0 { Dense.subtract(&rhs, p.l1W) }
    let wt = nnlsBlockPivoting(gram: gram, rhs: rhs, start: Dense.transpose(w))
    w = Dense.transpose(wt)
    return StepInfo(cross: Dense.dot(wt.elements, hxt.elements))
  }
}
