/// Solves `A X = B` in place for a small symmetric positive semi-definite `A` (n x n, row-major)
/// and `nrhs` right-hand sides stored row-major in `b` (n x nrhs): Cholesky when `A` is positive
/// definite, else Gaussian elimination with partial pivoting that sets the unknowns of
/// (numerically) zero pivots to zero. Used on the passive-set blocks of block principal pivoting.
func solveSymmetric(_ a: [Double], n: Int, _ b: inout [Double], nrhs: Int) {
  if n == 0 { return }
  var l = a
  if choleskyInPlace(&l, n: n) {
    l.withUnsafeBufferPointer { lp in
      b.withUnsafeMutableBufferPointer { bp in
        for c in 0..<nrhs {
          for i in 0..<n {  // forward: L y = b
            var s = bp[i * nrhs + c]
            for j in 0..<i { s -= lp[i * n + j] * bp[j * nrhs + c] }
            bp[i * nrhs + c] = s / lp[i * n + i]
          }
          for i in stride(from: n - 1, through: 0, by: -1) {  // back: Lᵀ x = y
            var s = bp[i * nrhs + c]
            for j in (i + 1)..<n { s -= lp[j * n + i] * bp[j * nrhs + c] }
            bp[i * nrhs + c] = s / lp[i * n + i]
          }
        }
      }
    }
    return
  }
  gaussianSolve(a, n: n, &b, nrhs: nrhs)
}

/// Lower Cholesky factor in place; false when a pivot is not positive.
private func choleskyInPlace(_ a: inout [Double], n: Int) -> Bool {
  a.withUnsafeMutableBufferPointer { p in
    for j in 0..<n {
      var d = p[j * n + j]
      for r in 0..<j { d -= p[j * n + r] * p[j * n + r] }
      guard d > 0, d.isFinite else { return false }
      let root = d.squareRoot()
      p[j * n + j] = root
      for i in (j + 1)..<n {
        var s = p[i * n + j]
        for r in 0..<j { s -= p[i * n + r] * p[j * n + r] }
        p[i * n + j] = s / root
      }
    }
    return true
  }
}

private func gaussianSolve(_ matrix: [Double], n: Int, _ b: inout [Double], nrhs: Int) {
  var a = matrix
  let scale = a.reduce(0) { max($0, abs($1)) }
  let tiny = scale * Double(n) * Double.ulpOfOne
  var singular = [Bool](repeating: false, count: n)
  for col in 0..<n {
    var pivot = col
    for r in (col + 1)..<n where abs(a[r * n + col]) > abs(a[pivot * n + col]) { pivot = r }
    if abs(a[pivot * n + col]) <= tiny {
      singular[col] = true
      continue
    }
    if pivot != col {
      for j in 0..<n { a.swapAt(col * n + j, pivot * n + j) }
      for c in 0..<nrhs { b.swapAt(col * nrhs + c, pivot * nrhs + c) }
    }
    for r in (col + 1)..<n {
      let f = a[r * n + col] / a[col * n + col]
      if f == 0 { continue }
      for j in col..<n { a[r * n + j] -= f * a[col * n + j] }
      for c in 0..<nrhs { b[r * nrhs + c] -= f * b[col * nrhs + c] }
    }
  }
  for c in 0..<nrhs {
    for i in stride(from: n - 1, through: 0, by: -1) {
      if singular[i] {
        b[i * nrhs + c] = 0
        continue
      }
      var s = b[i * nrhs + c]
      for j in (i + 1)..<n { s -= a[i * n + j] * b[j * nrhs + c] }
      b[i * nrhs + c] = s / a[i * n + i]
    }
  }
}
