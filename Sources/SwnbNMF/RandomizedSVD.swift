import SwnbLinalg

/// scikit-learn's `randomized_svd(M, k, n_oversamples=10, n_iter='auto', transpose='auto',
/// flip_sign=True, random_state=seed)`, the truncated SVD behind the NNDSVD initialisations.
///
/// A Gaussian test matrix of `k + 10` columns, drawn by `RandomState(seed).normal`, is pushed
/// through 7 power iterations (4 when `k >= 0.1·min(m, n)`), re-orthonormalised after every
/// product, then the range basis Q gives `B = QᵀM`, whose small SVD lifts back as `U = Q·Û`.
/// scikit-learn normalises its power iterations with an LU factorisation; we use QR, which spans
/// the same subspace, so the factors agree to rounding. Signs follow `svd_flip`: the largest
/// entry in magnitude of each left singular vector of the input is positive.
enum RandomizedSVD {
  static func compute(_ a: Matrix, k: Int, random: LegacyRandom) throws -> (
    u: Matrix, s: [Double], vt: Matrix
  ) {
    let rng = try random.stream()
    // M is `a`, or `aᵀ` when wide; it is never copied, the products transpose instead.
    let transpose = a.rows < a.cols
    let columns = transpose ? a.rows : a.cols
    let size = k + 10
    let powerIterations = Double(k) < 0.1 * Double(min(a.rows, a.cols)) ? 7 : 4
    var q = Matrix(rows: columns, cols: size, elements: LegacyRandom.normals(rng, columns * size))
    for _ in 0..<powerIterations {
      q = try orthonormalBasis(Dense.mul(a, transpose, q))
      q = try orthonormalBasis(Dense.mul(a, !transpose, q))
    }
    q = try orthonormalBasis(Dense.mul(a, transpose, q))
    let b = transpose ? Dense.mul(q, true, a, true) : Dense.mul(q, true, a)
    let small: Linalg.SVDResult
    do {
      small = try Linalg.svd(b, fullMatrices: false)
    } catch {
      throw NMFError(.valueError, error.message)
    }
    var u = Dense.mul(q, false, small.u)
    var vt = small.vh
    let rank = min(k, small.s.count)
    // svd_flip on the input's left singular vectors: columns of u, or rows of vt when transposed.
    for j in 0..<small.s.count {
      let sign: Double
      if transpose {
        sign = signOfLargest((0..<vt.cols).map { vt[j, $0] })
      } else {
        sign = signOfLargest((0..<u.rows).map { u[$0, j] })
      }
      for i in 0..<u.rows { u[i, j] *= sign }
      for c in 0..<vt.cols { vt[j, c] *= sign }
    }
    let uk = Matrix(
      rows: u.rows, cols: rank,
      elements: (0..<u.rows).flatMap { i in (0..<rank).map { u[i, $0] } })
    let vk = Matrix(rows: rank, cols: vt.cols, elements: Array(vt.elements[0..<(rank * vt.cols)]))
    let s = Array(small.s[0..<rank])
    return transpose ? (Dense.transpose(vk), s, Dense.transpose(uk)) : (uk, s, vk)
  }

  /// numpy's `sign` of the first entry of largest magnitude (0 for an all-zero vector).
  private static func signOfLargest(_ v: [Double]) -> Double {
    var best = 0
    for i in v.indices where abs(v[i]) > abs(v[best]) { best = i }
    guard best < v.count else { return 0 }
    return v[best] > 0 ? 1 : (v[best] < 0 ? -1 : 0)
  }

  private static func orthonormalBasis(_ a: Matrix) throws -> Matrix {
    do {
      guard let q = try Linalg.qr(a, mode: .reduced).q else {
        throw NMFError(.valueError, "QR factorisation returned no Q")
      }
      return q
    } catch let e as LinalgError {
      throw NMFError(.valueError, e.message)
    }
  }
}
