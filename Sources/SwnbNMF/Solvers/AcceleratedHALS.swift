import SwnbLinalg

/// Accelerated HALS (Gillis & Glineur 2012): exact column-wise updates of one factor on fixed
/// Gram products, repeated while a repetition is cheap relative to recomputing the products and
/// still moves the factor (change above a hundredth of the first sweep's).
///
/// Both factors are swept in component-major layout (k x rows: `Wᵀ` and `H`), so each component
/// update is a run of independent, vectorisable row loops. The products are two gemms
/// (`H·Xᵀ` and `Wᵀ·X`, the only O(mnk) work) and two syrks; nothing m x n is allocated.
struct AcceleratedHALS: Stepper {
  let problem: Problem
  /// Gillis & Glineur's alpha: at most `1 + floor(alpha * rho)` sweeps per factor update.
  let alpha: Double

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let p = problem.penalty
    let x = problem.x
    let (m, n, k) = (x.rows, x.cols, w.cols)
    var wt = Dense.transpose(w)
    var gram = BLAS.syrk(h, transposeFirst: false)
    var target = BLAS.gemm(h, x, transposeB: true)
    adjust(&gram, &target, l1: p.l1W, l2: p.l2W)
    var violation = repeatSweeps(&wt, gram, target, sweeps: maxSweeps(rows: m, other: n, k: k))
    defer { w = Dense.transpose(wt) }
    guard problem.updateH else {
      return StepInfo(violation: violation, cross: cross(wt, target, l1: p.l1W))
    }
    gram = BLAS.syrk(wt, transposeFirst: false)
    target = BLAS.gemm(wt, x)
    adjust(&gram, &target, l1: p.l1H, l2: p.l2H)
    violation += repeatSweeps(&h, gram, target, sweeps: maxSweeps(rows: n, other: m, k: k))
    return StepInfo(violation: violation, cross: cross(h, target, l1: p.l1H))
  }

  /// `tr(Wᵀ X Hᵀ)` from a factor and its (L1-shifted) target.
  private func cross(_ f: Matrix, _ target: Matrix, l1: Double) -> Double {
    Dense.dot(f.elements, target.elements) + l1 * Dense.sum(f.elements)
  }

  private func adjust(_ gram: inout Matrix, _ target: inout Matrix, l1: Double, l2: Double) {
    if l2 != 0 { Dense.addToDiagonal(&gram, l2) }
    if l1 != 0 { Dense.subtract(&target, l1) }
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
    _ f: inout Matrix, _ gram: Matrix, _ target: Matrix, sweeps: Int
  ) -> Double {
    var scratch = [Double](repeating: 0, count: f.cols)
    let first = componentSweep(&f, gram: gram, target: target, scratch: &scratch)
    var repetition = 1
    while repetition < sweeps {
      let next = componentSweep(&f, gram: gram, target: target, scratch: &scratch)
      repetition += 1
      if next.change2 <= 0.01 * first.change2 { break }
    }
    return first.violation
  }
}

/// One HALS pass over the components of `F` stored k x rows, for
/// `min_F 1/2 ||X - Fᵀ G||² + l1·sum(F) + l2/2·||F||²` given `gram = G Gᵀ + l2·I` (k x k) and
/// `target = G Xᵀ - l1` (k x rows): for each t, `F[t,:] = max(F[t,:] - grad / gram[t,t], 0)`
/// with `grad = gram[t,:]·F - target[t,:]` over the already updated components. The same
/// arithmetic as `coordinateSweep`, with the row loop innermost.
///
/// Returns the projected-gradient violation `sum |pg|` before each update and the squared
/// Frobenius norm of the change.
func componentSweep(_ f: inout Matrix, gram: Matrix, target: Matrix, scratch: inout [Double])
  -> (violation: Double, change2: Double)
{
  let k = f.rows
  let rows = f.cols
  var violation = 0.0
  var change2 = 0.0
  if scratch.count != rows { scratch = [Double](repeating: 0, count: rows) }
  f.elements.withUnsafeMutableBufferPointer { fp in
    gram.elements.withUnsafeBufferPointer { g in
      target.elements.withUnsafeBufferPointer { xt in
        scratch.withUnsafeMutableBufferPointer { grad in
          guard let fBase = fp.baseAddress, let gradBase = grad.baseAddress,
            let tBase = xt.baseAddress
          else { return }
          for t in 0..<k {
            // grad = gram[t,:]·F - target[t,:], accumulated row-wise (vectorisable axpys).
            let tRow = tBase + t * rows
            for i in 0..<rows { gradBase[i] = -tRow[i] }
            for r in 0..<k {
              let c = g[t * k + r]
              if c == 0 { continue }
              let fr = fBase + r * rows
              for i in 0..<rows { gradBase[i] += c * fr[i] }
            }
            let hess = g[t * k + t]
            let inverse = hess != 0 ? 1 / hess : 0
            let ft = fBase + t * rows
            // Four independent accumulators so the sums do not serialise the loop.
            var v = SIMD4<Double>()
            var c2 = SIMD4<Double>()
            var i = 0
            while i + 4 <= rows {
              let current = UnsafeRawPointer(ft + i).loadUnaligned(as: SIMD4<Double>.self)
              let gi = UnsafeRawPointer(gradBase + i).loadUnaligned(as: SIMD4<Double>.self)
              let pg = current.replacing(
                with: gi.replacing(with: 0, where: gi .> 0), where: current .== 0)
              v += pointwiseMax(pg, -pg)
              if hess != 0 {
                let updated = pointwiseMax(current - gi * inverse, SIMD4())
                let d = updated - current
                c2 += d * d
                UnsafeMutableRawPointer(ft + i).storeBytes(of: updated, as: SIMD4<Double>.self)
              }
              i += 4
            }
            violation += v.sum()
            change2 += c2.sum()
            while i < rows {
              let current = ft[i]
              let gi = gradBase[i]
              violation += abs(current == 0 ? min(0, gi) : gi)
              if hess != 0 {
                let updated = max(current - gi * inverse, 0)
                let d = updated - current
                change2 += d * d
                ft[i] = updated
              }
              i += 1
            }
          }
        }
      }
    }
  }
  return (violation, change2)
}
