import SwnbLinalg

extension NDArray {
  /// `np.linalg.lstsq(a, b, rcond)`: solution, residuals, rank and singular values, shaped as
  /// numpy returns them (`x` and `residuals` follow `b`'s dimensionality).
  ///
  /// float64 operands go to LAPACK straight from their memory (any strides) and the results
  /// land straight in the new arrays; other dtypes are converted to float64 first.
  public static func lstsq(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws -> (
    x: NDArray, residuals: NDArray, rank: Int, singularValues: NDArray
  ) {
    if a.dtype != .float64 || a.ndim != 2 {
      let m = try a.matrix()
      return try lstsq(NDArray(matrix: m), b, rcond: rcond)
    }
    try b.checkLinalgOperand()
    guard b.ndim == 1 || b.ndim == 2 else {
      throw ArrayError(LinalgError.notTwoDimensional(ndim: b.ndim))
    }
    if b.dtype != .float64 {
      return try lstsq(a, NDArray(float64: b.contiguousFloat64(), shape: b.shape), rcond: rcond)
    }
    let (m, n) = (a.shape[0], a.shape[1])
    let k = b.ndim == 1 ? 1 : b.shape[1]
    guard let pa = a.float64Start, let pb = b.float64Start,
      let x = fresh(.float64, shape: b.ndim == 1 ? Shape.vector(n) : Shape.pair(n, k), like: b),
      let s = fresh(.float64, shape: Shape.vector(min(m, n))), let px = x.float64Start,
      let ps = s.float64Start
    else { throw ArrayError.memory(shape: [n, k], dtype: .float64) }
    let va = MatrixView(
      start: UnsafePointer(pa), rows: m, cols: n, rowStride: a.strides[0], colStride: a.strides[1])
    let vb = MatrixView(
      start: UnsafePointer(pb), rows: b.shape[0], cols: k, rowStride: b.strides[0],
      colStride: b.ndim == 1 ? 0 : b.strides[1])
    return try withUnsafeTemporaryAllocation(of: Double.self, capacity: max(k, 1)) { sums in
      let out = Linalg.LstsqOutput(
        x: px, singularValues: ps, residuals: sums.baseAddress.unsafelyUnwrapped)
      let solved: (rank: Int, hasResiduals: Bool)
      do {
        solved = try withExtendedLifetime((a, b)) { () throws(LinalgError) in
          try Linalg.lstsq(va, vb, rcond: rcond, into: out)
        }
      } catch let error as LinalgError {
        throw ArrayError(error)
      }
      let residuals = solved.hasResiduals ? Array(sums.prefix(k)) : []
      return (x, fresh(float64: residuals, shape: Shape.vector(residuals.count)), solved.rank, s)
    }
  }
}
