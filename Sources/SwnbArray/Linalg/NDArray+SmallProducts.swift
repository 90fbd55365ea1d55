import SwnbLinalg

extension NDArray {
  /// `a @ b` for two small 2-D float64 arrays through `BLAS.smallMatmul` (numpy's bits without
  /// a BLAS call), straight from the operands' memory into a fresh result; nil when that path
  /// does not apply (other dtypes, shapes or layouts, a mismatch to report).
  static func smallMatmul(_ a: NDArray, _ b: NDArray) -> NDArray? {
    guard BLAS.hasFusedSmallProducts, a.ndim == 2, b.ndim == 2, let pa = a.float64Start,
      let pb = b.float64Start
    else { return nil }
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    let limit = BLAS.smallProductLimit
    guard b.shape[0] == k, m <= limit, k <= limit, n <= limit else { return nil }
    // An operand laid out as the result lends its shape, sparing the `[m, n]` allocation.
    func isLaidOutAsResult(_ x: NDArray) -> Bool {
      x.shape[0] == m && x.shape[1] == n && x.hasDefaultStrides
    }
    let like = isLaidOutAsResult(b) ? b : isLaidOutAsResult(a) ? a : nil
    guard let out = fresh(.float64, shape: like?.shape ?? Shape.pair(m, n), like: like),
      let po = out.float64Start
    else { return nil }
    let done = BLAS.smallMatmul(
      (UnsafePointer(pa), a.strides[0], a.strides[1]),
      (UnsafePointer(pb), b.strides[0], b.strides[1]), m: m, k: k, n: n, into: po)
    return done ? out : nil
  }
}
