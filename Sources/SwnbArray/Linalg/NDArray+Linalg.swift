import SwnbLinalg

extension ArrayError {
  /// The array-level error for a `LinalgError` (same Python kind and message).
  public init(_ error: LinalgError) {
    self.init(Kind(rawValue: error.kind) ?? .valueError, error.message)
  }
}

/// Runs a SwnbLinalg routine, turning its `LinalgError` into an `ArrayError`.
private func linalg<T>(_ body: () throws(LinalgError) -> T) throws -> T {
  do {
    return try body()
  } catch {
    throw ArrayError(error)
  }
}

/// numpy.linalg on arrays: conversion to SwnbLinalg's `Matrix` and the common routines
/// (solve, inv and det also take numpy's stacked (..., M, N) operands).
extension NDArray {
  /// A float64 C-contiguous 2-D array holding `matrix`.
  public init(matrix: Matrix) {
    self.init(float64: matrix.elements, shape: [matrix.rows, matrix.cols])
  }

  /// The array as a row-major float64 `Matrix` (values cast from any numeric dtype).
  /// - Throws: `LinAlgError` "1-dimensional array given. Array must be at least
  ///   two-dimensional", `TypeError` for strings, `NotImplementedError` for stacks.
  public func matrix() throws -> Matrix {
    try checkLinalgOperand()
    guard ndim >= 2 else {
      throw ArrayError(LinalgError.notAtLeastTwoDimensional(ndim: ndim))
    }
    guard ndim == 2 else {
      throw ArrayError(
        .notImplementedError, "swnb: stacked (>2-D) linalg operands are not supported")
    }
    return Matrix(rows: shape[0], cols: shape[1], elements: contiguousFloat64())
  }

  func checkLinalgOperand() throws {
    if dtype.isUnicode {
      throw ArrayError(.typeError, "array type \(dtype.name) is unsupported in linalg")
    }
    if dtype.isComplex { throw ArrayError.complexUnsupported("numpy.linalg") }
  }

  /// The matrices of an (..., M, N) array in C order of the leading (batch) axes.
  /// - Throws: `LinAlgError` for fewer than two dimensions, `TypeError` for strings.
  func matrixStack() throws -> (batch: [Int], matrices: [Matrix]) {
    try checkLinalgOperand()
    guard ndim >= 2 else { throw ArrayError(LinalgError.notAtLeastTwoDimensional(ndim: ndim)) }
    let batch = Array(shape.dropLast(2))
    let (rows, cols) = (shape[ndim - 2], shape[ndim - 1])
    let matrices = try NDArray.batchIndices(batch).map { items in
      Matrix(rows: rows, cols: cols, elements: try get(items).contiguousFloat64())
    }
    return (batch, matrices)
  }

  /// An array of shape `batch + core` from per-batch element runs (each `core`-sized).
  static func stacking(_ parts: [[Double]], batch: [Int], core: [Int]) -> NDArray {
    NDArray(float64: parts.flatMap { $0 }, shape: batch + core)
  }

  /// `np.linalg.solve(a, b)`: `a` (..., M, M); `b` (M,) as one vector, else (..., M, K) with
  /// the batch axes broadcast against `a`'s.
  public static func solve(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    try b.checkLinalgOperand()
    if a.ndim == 2 && b.ndim <= 2 {
      let m = try a.matrix()
      do {
        if b.ndim == 1 {
          return NDArray(float64: try Linalg.solve(m, b.contiguousFloat64()), shape: b.shape)
        }
        return NDArray(matrix: try Linalg.solve(m, b.matrix()))
      } catch let e as LinalgError {
        throw ArrayError(e)
      }
    }
    _ = try a.matrixStack()
    let rhs = b.ndim == 1 ? b.view(shape: b.shape + [1], strides: b.strides + [0]) : b
    guard rhs.ndim >= 2 else { throw ArrayError(LinalgError.notAtLeastTwoDimensional(ndim: 0)) }
    let batch = try Shape.broadcast(Array(a.shape.dropLast(2)), Array(rhs.shape.dropLast(2)))
    let aB = try a.broadcastView(to: batch + Array(a.shape.suffix(2)))
    let bB = try rhs.broadcastView(to: batch + Array(rhs.shape.suffix(2)))
    let parts = try batchIndices(batch).map { items in
      let (x, y) = (try aB.get(items).matrix(), try bB.get(items).matrix())
      return try linalg { () throws(LinalgError) in try Linalg.solve(x, y).elements }
    }
    let core = b.ndim == 1 ? [a.shape[a.ndim - 1]] : [a.shape[a.ndim - 1], rhs.shape[rhs.ndim - 1]]
    return stacking(parts, batch: batch, core: core)
  }

  /// `np.linalg.inv(a)` for (..., M, M).
  public func inv() throws -> NDArray {
    let (batch, matrices) = try matrixStack()
    let parts = try matrices.map { m in
      try linalg { () throws(LinalgError) in try Linalg.inv(m).elements }
    }
    return NDArray.stacking(parts, batch: batch, core: Array(shape.suffix(2)))
  }

  /// `np.linalg.det(a)`: shape (...) float64 (0-d for one matrix).
  public func det() throws -> NDArray {
    let (batch, matrices) = try matrixStack()
    let values = try matrices.map { m in try linalg { () throws(LinalgError) in try Linalg.det(m) }
    }
    return NDArray(float64: values, shape: batch)
  }

  /// `np.linalg.svd(a, full_matrices)`: `u`, `s`, `vh`.
  public func svd(fullMatrices: Bool = true) throws -> (u: NDArray, s: NDArray, vh: NDArray) {
    let m = try matrix()
    do {
      let r = try Linalg.svd(m, fullMatrices: fullMatrices)
      return (
        NDArray(matrix: r.u), NDArray(float64: r.s, shape: [r.s.count]), NDArray(matrix: r.vh)
      )
    } catch {
      throw ArrayError(error)
    }
  }

  /// `np.linalg.eigh(a)`: ascending eigenvalues and the eigenvectors as columns.
  public func eigh() throws -> (eigenvalues: NDArray, eigenvectors: NDArray) {
    let m = try matrix()
    do {
      let r = try Linalg.eigh(m)
      return (
        NDArray(float64: r.eigenvalues, shape: [r.eigenvalues.count]),
        NDArray(matrix: r.eigenvectors)
      )
    } catch {
      throw ArrayError(error)
    }
  }

  /// `np.linalg.cholesky(a)`: the lower-triangular factor.
  public func cholesky() throws -> NDArray {
    let m = try matrix()
    do { return NDArray(matrix: try Linalg.cholesky(m)) } catch { throw ArrayError(error) }
  }
}
