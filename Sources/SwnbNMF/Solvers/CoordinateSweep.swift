import SwnbLinalg

/// One pass of exact coordinate minimisation over the components of `F`, stored k x rows
/// (component-major: `Wᵀ` for the W update, `H` itself for the H update), for
/// `min_F 1/2 ||X - Fᵀ G||² + l1·sum(F) + l2/2·||F||²` given `gram = G Gᵀ + l2·I` (k x k) and
/// `target = G Xᵀ - l1` (k x rows): for each component t in `order` (nil: 0, 1, ..., k-1),
/// `F[t,:] = max(F[t,:] - grad / gram[t,t], 0)` with `grad = gram[t,:]·F - target[t,:]` over
/// the already updated components. This is scikit-learn's `_update_cdnmf_fast` (and a HALS
/// column update) with the same per-entry arithmetic, but the row loop innermost, so every loop
/// is a run of independent, vectorisable row operations, blocked over rows for the cache.
///
/// Returns the projected-gradient violation `sum |pg|` before each update and the squared
/// Frobenius norm of the change. `scratch` is reused across calls (resized to `rows`).
func componentSweep(
  _ f: inout Matrix, _ products: SweepProducts, order: [Int]? = nil, scratch: inout [Double]
) -> (violation: Double, change2: Double) {
  let gram = products.gram
  let target = products.target
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
          // Rows are independent, so the sweep runs block by block: a block of F (k x blockRows)
          // stays in L2 cache across the k component updates.
          let blockRows = max(64, (16_384 / max(k, 1)) & ~3)
          var lo = 0
          while lo < rows {
            let hi = min(lo + blockRows, rows)
            for s in 0..<k {
              let t = order?[s] ?? s
              // grad = gram[t,:]·F - target[t,:], accumulated row-wise (vectorisable axpys).
              let tRow = tBase + t * rows
              for i in lo..<hi { gradBase[i] = -tRow[i] }
              for r in 0..<k {
                let c = g[t * k + r]
                if c == 0 { continue }
                let fr = fBase + r * rows
                for i in lo..<hi { gradBase[i] += c * fr[i] }
              }
              let hess = g[t * k + t]
              let hessians = SIMD4<Double>(repeating: hess)
              let ft = fBase + t * rows
              // Four independent accumulators so the sums do not serialise the loop.
              var v = SIMD4<Double>()
              var c2 = SIMD4<Double>()
              var i = lo
              while i + 4 <= hi {
                let current = UnsafeRawPointer(ft + i).loadUnaligned(as: SIMD4<Double>.self)
                let gi = UnsafeRawPointer(gradBase + i).loadUnaligned(as: SIMD4<Double>.self)
                let pg = gi.replacing(with: pointwiseMin(gi, SIMD4()), where: current .== 0)
                v += pointwiseMax(pg, -pg)
                if hess != 0 {
                  let updated = pointwiseMax(current - gi / hessians, SIMD4())
                  let d = updated - current
                  c2 += d * d
                  UnsafeMutableRawPointer(ft + i).storeBytes(of: updated, as: SIMD4<Double>.self)
                }
                i += 4
              }
              violation += v.sum()
              change2 += c2.sum()
              while i < hi {
                let current = ft[i]
                let gi = gradBase[i]
                violation += abs(current == 0 ? min(0, gi) : gi)
                if hess != 0 {
                  let updated = max(current - gi / hess, 0)
                  let d = updated - current
                  change2 += d * d
                  ft[i] = updated
                }
                i += 1
              }
            }
            lo = hi
          }
        }
      }
    }
  }
  return (violation, change2)
}

/// The Gram matrix and target of a sweep over one factor, component-major: for `W` (stored as
/// `Wᵀ`) `HHᵀ + l2·I` and `H·Xᵀ - l1`, for `H` `WᵀW + l2·I` and `Wᵀ·X - l1` (the products
/// from `FactorProducts.fusedPass`).
struct SweepProducts {
  var gram: Matrix
  var target: Matrix
  let l1: Double

  /// The products from the Gram matrix `G Gᵀ` and the target `G Xᵀ` (both component-major),
  /// adding the penalties.
  init(gram: Matrix, target: Matrix, l1: Double, l2: Double) {
    self.gram = gram
    self.target = target
    self.l1 = l1
    if l2 != 0 { Dense.addToDiagonal(&self.gram, l2) }
    if l1 != 0 { Dense.subtract(&self.target, l1) }
  }

  /// `tr(Wᵀ X Hᵀ)` from the updated factor `f` (component-major) and the L1-shifted target.
  func cross(_ f: Matrix) -> Double {
    Dense.dot(f.elements, target.elements) + l1 * Dense.sum(f.elements)
  }
}
