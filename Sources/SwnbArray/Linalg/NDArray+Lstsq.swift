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
    let (a, b) = try lstsqOperands(a, b)
    guard let s = fresh(.float64, shape: Shape.vector(min(a.shape[0], a.shape[1]))),
      let ps = s.float64Start
    else { throw ArrayError.memory(shape: [min(a.shape[0], a.shape[1])], dtype: .float64) }
    let k = b.ndim == 1 ? 1 : b.shape[1]
    return try withUnsafeTemporaryAllocation(of: Double.self, capacity: max(k, 1)) { sums in
      let base = sums.baseAddress.unsafelyUnwrapped
      let solved = try solve(a, b, rcond: rcond, singularValues: ps, residuals: base)
      let residuals = solved.hasResiduals ? Array(sums.prefix(k)) : []
      return (
        solved.x, fresh(float64: residuals, shape: Shape.vector(residuals.count)), solved.rank, s
      )
    }
  }

  /// `np.linalg.lstsq(a, b, rcond)[0]` alone: the same solution (the same dgelsd call), with
  /// the singular values and residuals left in scratch memory instead of new arrays.
  public static func lstsqSolution(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws
    -> NDArray
  {
    let (a, b) = try lstsqOperands(a, b)
    let k = b.ndim == 1 ? 1 : b.shape[1]
    let count = min(a.shape[0], a.shape[1]) + max(k, 1)
    return try withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { scratch in
      let base = scratch.baseAddress.unsafelyUnwrapped
      let s = min(a.shape[0], a.shape[1])
      return try solve(a, b, rcond: rcond, singularValues: base, residuals: base + s).x
    }
  }

  /// `lstsq`'s operands as 2-D float64 `a` and 1-D or 2-D float64 `b`, with numpy's checks in
  /// numpy's order.
  private static func lstsqOperands(_ a: NDArray, _ b: NDArray) throws -> (NDArray, NDArray) {
    let a = a.dtype != .float64 || a.ndim != 2 ? NDArray(matrix: try a.matrix()) : a
    try b.checkLinalgOperand()
    guard b.ndim == 1 || b.ndim == 2 else {
      throw ArrayError(LinalgError.notTwoDimensional(ndim: b.ndim))
    }
    if b.dtype != .float64 {
      return (a, NDArray(float64: b.contiguousFloat64(), shape: b.shape))
    }
    return (a, b)
  }

  /// dgelsd on float64 `a` (2-D) and `b` (1-D or 2-D): a new `x`, the singular values and (when
  /// `hasResiduals`) the residual sums written to the given memory.
  private static func solve(
    _ a: NDArray, _ b: NDArray, rcond: Double?, singularValues: UnsafeMutablePointer<Double>,
    residuals: UnsafeMutablePointer<Double>
  ) throws -> (x: NDArray, rank: Int, hasResiduals: Bool) {
    let (m, n) = (a.shape[0], a.shape[1])
    let k = b.ndim == 1 ? 1 : b.shape[1]
    guard let pa = a.float64Start, let pb = b.float64Start,
      let x = fresh(.float64, shape: b.ndim == 1 ? Shape.vector(n) : Shape.pair(n, k), like: b),
      let px = x.float64Start
    else { throw ArrayError.memory(shape: [n, k], dtype: .float64) }
    let va = MatrixView(
      start: UnsafePointer(pa), rows: m, cols: n, rowStride: a.strides[0], colStride: a.strides[1])
    let vb = MatrixView(
      start: UnsafePointer(pb), rows: b.shape[0], cols: k, rowStride: b.strides[0],
      colStride: b.ndim == 1 ? 0 : b.strides[1])
    let out = Linalg.LstsqOutput(x: px, singularValues: singularValues, residuals: residuals)
    do throws(LinalgError) {
      let solved = try withExtendedLifetime((a, b)) { () throws(LinalgError) in
        try Linalg.lstsq(va, vb, rcond: rcond, into: out)
      }
      return (x, solved.rank, solved.hasResiduals)
    } catch {
      throw ArrayError(error)
    }
  }
}
