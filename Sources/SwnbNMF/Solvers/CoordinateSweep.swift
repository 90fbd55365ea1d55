import SwnbLinalg

/// One pass of exact coordinate minimisation over the columns of `F` (rows x k) for
/// `min_F 1/2 ||X - F Gᵀ||² + l1·sum(F) + l2/2·||F||²`, given `gram = GᵀG + l2·I` and
/// `target = X G - l1`: for each component t in order, for each row i,
/// `F[i,t] = max(F[i,t] - grad / gram[t,t], 0)` with `grad = (F·gram)[i,t] - target[i,t]`
/// using the already updated entries (scikit-learn's `_update_cdnmf_fast`; the same sweep is a
/// HALS column update). `order` lists the components in visiting order (nil: 0, 1, ..., k-1).
///
/// Returns the projected-gradient violation `sum |pg|` measured before each update, and the
/// squared Frobenius norm of the change of `F`.
func coordinateSweep(
  _ f: inout Matrix, gram: Matrix, target: Matrix, order: [Int]? = nil
) -> (violation: Double, change2: Double) {
  let rows = f.rows
  let k = f.cols
  var violation = 0.0
  var change2 = 0.0
  f.elements.withUnsafeMutableBufferPointer { fp in
    gram.elements.withUnsafeBufferPointer { g in
      target.elements.withUnsafeBufferPointer { xt in
        for s in 0..<k {
          let t = order?[s] ?? s
          let hess = g[t * k + t]
          let gRow = t * k
          for i in 0..<rows {
            let base = i * k
            var grad = -xt[base + t]
            for r in 0..<k { grad += g[gRow + r] * fp[base + r] }
            let current = fp[base + t]
            let pg = current == 0 ? min(0, grad) : grad
            violation += abs(pg)
            if hess != 0 {
              let updated = max(current - grad / hess, 0)
              let d = updated - current
              change2 += d * d
              fp[base + t] = updated
            }
          }
        }
      }
    }
  }
  return (violation, change2)
}

/// The Gram matrix and target of a coordinate sweep over `F` with the other factor `G`
/// (stored n x k): `GᵀG + l2·I` and `X·G - l1`, where `x` is X (transposed for the H update).
func sweepProducts(x: Matrix, xTransposed: Bool, g: Matrix, l1: Double, l2: Double)
  -> (gram: Matrix, target: Matrix)
{
  var gram = Dense.mul(g, true, g)
  var target = Dense.mul(x, xTransposed, g)
  if l2 != 0 { Dense.addToDiagonal(&gram, l2) }
  if l1 != 0 { Dense.subtract(&target, l1) }
  return (gram, target)
}
