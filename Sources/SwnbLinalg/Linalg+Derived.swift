// numpy.linalg routines built from the others in _linalg.py: pinv, matrix_rank, cond and
// matrix_power, with the same formulas and the same products (so the same BLAS calls).

extension Linalg {
  /// The Moore-Penrose pseudo-inverse (numpy `pinv`): reduced SVD, singular values at or
  /// below `rcond * max(s)` dropped, then `vt.T @ (s_inv[:, None] * u.T)`.
  ///
  /// An empty `m` x `n` input gives an `n` x `m` result.
  /// - Parameter rcond: numpy's default is `1e-15`; pass `max(m, n) * eps` for `rtol=None`.
  /// - Throws: `LinAlgError` "SVD did not converge".
  public static func pinv(_ a: Matrix, rcond: Double = 1e-15) throws(LinalgError) -> Matrix {
    if a.rows == 0 || a.cols == 0 { return Matrix(rows: a.cols, cols: a.rows) }
    let (u, s, vt) = try svd(a, fullMatrices: false).destructured
    let cutoff = rcond * maxPropagatingNaN(s, initial: -.infinity)
    let inverted = s.map { $0 > cutoff ? 1 / $0 : 0 }
    // multiply(s[..., newaxis], transpose(u)) keeps u.T's memory order (numpy's order='K'),
    // so the product's second operand is a transposed view: store u * s row-major and let
    // matmul transpose it, as numpy's BLAS call does.
    var scaled = u
    for j in 0..<u.rows {
      for i in 0..<u.cols { scaled.elements[j * u.cols + i] = inverted[i] * u[j, i] }
    }
    return BLAS.matmul(vt, transposeA: true, scaled, transposeB: true)
  }

  /// The rank of a matrix from its singular values (numpy `matrix_rank`): the number above
  /// `tol`, by default `max(s) * max(m, n) * eps`; with `rtol`, `max(s) * rtol`.
  ///
  /// - Throws: `ValueError` "`tol` and `rtol` can't be both set."; `LinAlgError`
  ///   "SVD did not converge".
  public static func matrixRank(_ a: Matrix, tol: Double? = nil, rtol: Double? = nil)
    throws(LinalgError) -> Int
  {
    if tol != nil && rtol != nil {
      throw LinalgError(kind: "ValueError", message: "`tol` and `rtol` can't be both set.")
    }
    let s = try svdvals(a)
    let threshold =
      tol ?? maxPropagatingNaN(s, initial: 0) * (rtol ?? Double(max(a.rows, a.cols)) * eps)
    return s.count { $0 > threshold }
  }

  /// numpy `matrix_rank` of a 1-D array: 1 unless every element is zero.
  public static func matrixRank(_ v: [Double]) -> Int {
    v.allSatisfy { $0 == 0 } ? 0 : 1
  }

  /// The condition number (numpy `cond`): `s[0] / s[-1]` for `nil`/2 (`-2` inverts it),
  /// otherwise `norm(a, p) * norm(inv(a), p)`; a NaN result becomes `inf` unless `a` has NaN.
  ///
  /// - Throws: `LinAlgError` "cond is not defined on empty arrays", "Last 2 dimensions of
  ///   the array must be square" (for p other than `nil`/±2), "SVD did not converge";
  ///   `ValueError` for an invalid order.
  public static func cond(_ a: Matrix, p: NormOrder? = nil) throws(LinalgError) -> Double {
    if a.rows == 0 || a.cols == 0 { throw .condOfEmpty }
    var r: Double
    switch p {
    case nil, .p(2)?, .p(-2)?:
      let s = try svdvals(a)
      let (first, last) = (s[0], s[s.count - 1])
      r = p == .p(-2) ? last / first : first / last
    default:
      guard a.rows == a.cols else { throw .notSquare }
      let inverse = try inverseOrNaN(a)
      r = try normOverBothAxes(a, ord: p) * normOverBothAxes(inverse, ord: p)
    }
    if r.isNaN && !a.elements.contains(where: \.isNaN) { r = .infinity }
    return r
  }

  /// `a` raised to the integer power `n` (numpy `matrix_power`): identity for 0, `inv(a)`
  /// raised to `|n|` for negative `n`, direct products for 1 to 3, and binary powering
  /// (numpy's order of products) above.
  ///
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square" or
  ///   "Singular matrix" (negative `n`).
  public static func matrixPower(_ a: Matrix, _ n: Int) throws(LinalgError) -> Matrix {
    guard a.rows == a.cols else { throw .notSquare }
    if n == 0 { return .identity(a.rows) }
    let base = n < 0 ? try inv(a) : a
    var exponent = n.magnitude
    switch exponent {
    case 1: return base
    case 2: return BLAS.matmul(base, base)
    case 3: return BLAS.matmul(BLAS.matmul(base, base), base)
    default: break
    }
    var z: Matrix?
    var result: Matrix?
    while exponent > 0 {
      let square = z.map { BLAS.matmul($0, $0) } ?? base
      z = square
      let bit = exponent % 2
      exponent /= 2
      if bit == 1 { result = result.map { BLAS.matmul($0, square) } ?? square }
    }
    return result ?? base
  }
}

extension Linalg.SVDResult {
  fileprivate var destructured: (Matrix, [Double], Matrix) { (u, s, vh) }
}
