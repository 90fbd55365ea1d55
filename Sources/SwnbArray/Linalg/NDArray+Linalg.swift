import SwnbLinalg

extension ArrayError {
  /// The array-level error for a `LinalgError` (same Python kind and message).
  public init(_ error: LinalgError) {
    self.init(Kind(rawValue: error.kind) ?? .valueError, error.message)
  }
}

/// numpy.linalg on arrays: conversion to SwnbLinalg's `Matrix` and the common routines for
/// 2-D operands (numpy's stacked inputs are not supported).
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
      throw ArrayError(.notImplementedError, "swnb: stacked (>2-D) linalg operands are not supported")
    }
    return Matrix(rows: shape[0], cols: shape[1], elements: contiguousFloat64())
  }

  private func checkLinalgOperand() throws {
    if dtype.isUnicode { throw ArrayError(.typeError, "array type \(dtype.name) is unsupported in linalg") }
  }

  /// `np.linalg.solve(a, b)` for a square 2-D `a` and a 1-D or 2-D `b`.
  public static func solve(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    let m = try a.matrix()
    try b.checkLinalgOperand()
    do {
      if b.ndim == 1 {
        return NDArray(float64: try Linalg.solve(m, b.contiguousFloat64()), shape: b.shape)
      }
      return NDArray(matrix: try Linalg.solve(m, b.matrix()))
    } catch let e as LinalgError {
      throw ArrayError(e)
    }
  }

  /// `np.linalg.inv(a)`.
  public func inv() throws -> NDArray {
    let m = try matrix()
    do { return NDArray(matrix: try Linalg.inv(m)) } catch { throw ArrayError(error) }
  }

  /// `np.linalg.det(a)` as a 0-d float64 array.
  public func det() throws -> NDArray {
    let m = try matrix()
    do { return NDArray(float64: [try Linalg.det(m)], shape: []) } catch { throw ArrayError(error) }
  }

  /// `np.linalg.lstsq(a, b, rcond)`: solution, residuals, rank and singular values, shaped as
  /// numpy returns them (`x` and `residuals` follow `b`'s dimensionality).
  public static func lstsq(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws -> (
    x: NDArray, residuals: NDArray, rank: Int, singularValues: NDArray
  ) {
    let m = try a.matrix()
    try b.checkLinalgOperand()
    guard b.ndim == 1 || b.ndim == 2 else {
      throw ArrayError(LinalgError.notTwoDimensional(ndim: b.ndim))
    }
    let rhs = b.ndim == 1 ? b.view(shape: [b.shape[0], 1], strides: [b.strides[0], 0]) : b
    do {
      let r = try Linalg.lstsq(m, rhs.matrix(), rcond: rcond)
      let x = NDArray(matrix: r.x)
      return (
        b.ndim == 1 ? x.view(shape: [r.x.rows], strides: [1]) : x,
        NDArray(float64: r.residuals, shape: [r.residuals.count]), r.rank,
        NDArray(float64: r.singularValues, shape: [r.singularValues.count])
      )
    } catch let e as LinalgError {
      throw ArrayError(e)
    }
  }

  /// `np.linalg.svd(a, full_matrices)`: `u`, `s`, `vh`.
  public func svd(fullMatrices: Bool = true) throws -> (u: NDArray, s: NDArray, vh: NDArray) {
    let m = try matrix()
    do {
      let r = try Linalg.svd(m, fullMatrices: fullMatrices)
      return (NDArray(matrix: r.u), NDArray(float64: r.s, shape: [r.s.count]), NDArray(matrix: r.vh))
    } catch {
      throw ArrayError(error)
    }
  }

  /// `np.linalg.eigh(a)`: ascending eigenvalues and the eigenvectors as columns.
  public func eigh() throws -> (eigenvalues: NDArray, eigenvectors: NDArray) {
    let m = try matrix()
    do {
      let r = try Linalg.eigh(m)
      return (NDArray(float64: r.eigenvalues, shape: [r.eigenvalues.count]), NDArray(matrix: r.eigenvectors))
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
