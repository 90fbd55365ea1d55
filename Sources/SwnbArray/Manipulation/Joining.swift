/// Joining and repeating arrays: concatenate, stack, vstack, hstack, tile, repeat.
extension NDArray {
  /// `np.concatenate(arrays, axis)`; `axis` nil flattens every input first.
  ///
  /// The result dtype is the promotion of all input dtypes.
  /// - Throws: `ValueError` for no inputs, 0-d inputs, differing ndim or non-axis sizes
  ///   (numpy's texts); `AxisError`.
  public static func concatenate(_ arrays: [NDArray], axis: Int? = 0) throws -> NDArray {
    guard let first = arrays.first else {
      throw ArrayError(.valueError, "need at least one array to concatenate")
    }
    guard let axisValue = axis else {
      return try concatenate(arrays.map { try $0.raveled() }, axis: 0)
    }
    if first.ndim == 0 {
      throw ArrayError(.valueError, "zero-dimensional arrays cannot be concatenated")
    }
    let ax = try Shape.normalizeAxis(axisValue, ndim: first.ndim)
    var total = 0
    for (i, a) in arrays.enumerated() {
      guard a.ndim == first.ndim else {
        throw ArrayError(
          .valueError,
          "all the input arrays must have same number of dimensions, but the array at index 0 "
            + "has \(first.ndim) dimension(s) and the array at index \(i) has \(a.ndim) dimension(s)"
        )
      }
      for d in 0..<a.ndim where d != ax && a.shape[d] != first.shape[d] {
        throw ArrayError(
          .valueError,
          "all the input array dimensions except for the concatenation axis must match exactly, "
            + "but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the "
            + "array at index \(i) has size \(a.shape[d])")
      }
      total += a.shape[ax]
    }
    let dtype = arrays.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
    var shape = first.shape
    shape[ax] = total
    let result = try NDArray(zeros: shape, dtype: dtype)
    var start = 0
    for a in arrays {
      let part = result.view(
        shape: a.shape, strides: result.strides, offset: start * result.strides[ax])
      try part.copyElements(from: a)
      start += a.shape[ax]
    }
    return result
  }

  /// `np.stack(arrays, axis)`: joins equally shaped arrays along a new axis.
  /// - Throws: `ValueError` "need at least one array to stack", "all input arrays must have the
  ///   same shape"; `AxisError`.
  public static func stack(_ arrays: [NDArray], axis: Int = 0) throws -> NDArray {
    guard let first = arrays.first else {
      throw ArrayError(.valueError, "need at least one array to stack")
    }
    guard arrays.allSatisfy({ $0.shape == first.shape }) else {
      throw ArrayError(.valueError, "all input arrays must have the same shape")
    }
    let ax = try Shape.normalizeAxis(axis, ndim: first.ndim + 1)
    return try concatenate(arrays.map { try $0.expandDims(ax) }, axis: ax)
  }

  /// `np.vstack(arrays)`: 1-D inputs become rows, then concatenation along axis 0.
  public static func vstack(_ arrays: [NDArray]) throws -> NDArray {
    try concatenate(arrays.map { $0.atLeast2D() }, axis: 0)
  }

  /// `np.hstack(arrays)`: concatenation along axis 1 (axis 0 for 1-D inputs).
  public static func hstack(_ arrays: [NDArray]) throws -> NDArray {
    let lifted = arrays.map { $0.ndim == 0 ? $0.view(shape: [1], strides: [0]) : $0 }
    return try concatenate(lifted, axis: lifted.first?.ndim == 1 ? 0 : 1)
  }

  /// `np.atleast_2d`: 0-d becomes (1, 1), 1-D (n,) becomes (1, n) (a view).
  public func atLeast2D() -> NDArray {
    switch ndim {
    case 0: view(shape: [1, 1], strides: [0, 0])
    case 1: view(shape: [1] + shape, strides: [0] + strides)
    default: self
    }
  }

  /// `np.tile(a, reps)`.
  /// - Throws: `ValueError` "negative dimensions are not allowed".
  public func tiled(_ reps: [Int]) throws -> NDArray {
    if reps.contains(where: { $0 < 0 }) { throw ArrayError.negativeDimensions }
    let n = max(ndim, reps.count)
    let base = view(
      shape: Array(repeating: 1, count: n - ndim) + shape,
      strides: Array(repeating: 0, count: n - ndim) + strides)
    let r = Array(repeating: 1, count: n - reps.count) + reps
    // View as (1, d0, 1, d1, ...) broadcast to (r0, d0, r1, d1, ...), then merge pairs.
    var pairShape: [Int] = []
    var pairStrides: [Int] = []
    for d in 0..<n {
      pairShape += [r[d], base.shape[d]]
      pairStrides += [0, base.strides[d]]
    }
    let outShape = try (0..<n).map { d in
      let (product, overflow) = r[d].multipliedReportingOverflow(by: base.shape[d])
      if overflow { throw ArrayError.tooBig }
      return product
    }
    _ = try Shape.checkedSize(outShape, itemsize: dtype.itemsize)
    let expanded = view(shape: pairShape, strides: pairStrides, offset: offset)
    return try expanded.copy().reshaped(outShape)
  }

  /// `np.repeat(a, repeats, axis)`: each element repeated `repeats` times (one count, or one
  /// per element along the axis); `axis` nil works on the flattened array.
  /// - Throws: `ValueError` for negative counts or counts that do not match the axis length.
  public func repeated(_ repeats: [Int], axis: Int? = nil) throws -> NDArray {
    let source = axis == nil ? try raveled() : self
    let ax = try axis.map { try Shape.normalizeAxis($0, ndim: ndim) } ?? 0
    if source.ndim == 0 { return try source.reshaped([1]).repeated(repeats, axis: 0) }
    let n = source.shape[ax]
    if repeats.contains(where: { $0 < 0 }) { throw ArrayError.negativeDimensions }
    let counts: [Int]
    if repeats.count == 1 {
      counts = Array(repeating: repeats[0], count: n)
    } else if repeats.count == n {
      counts = repeats
    } else {
      throw ArrayError(
        .valueError,
        "operands could not be broadcast together with shape (\(n),) (\(repeats.count),)")
    }
    var total = 0
    for c in counts {
      let (sum, overflow) = total.addingReportingOverflow(c)
      if overflow { throw ArrayError.tooBig }
      total = sum
    }
    let picks = try NDArray(zeros: [total], dtype: .int64)
    if case .int64(let buffer) = picks.storage {
      var k = 0
      for (i, c) in counts.enumerated() {
        for _ in 0..<c {
          buffer.base[k] = Int64(i)
          k += 1
        }
      }
    }
    var items = [IndexItem](repeating: .all, count: ax)
    items.append(.intArray(picks))
    return try source.get(items)
  }
}
