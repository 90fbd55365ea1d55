/// numpy's `diff`: n-th discrete differences along an axis.
extension NDArray {
  /// numpy's `diff(a, n, axis)`: `a[1:] - a[:-1]` along `axis`, `n` times (`not_equal` for
  /// bool arrays). `n == 0` returns the array itself; `n` past the axis length gives an empty
  /// axis.
  ///
  /// - Throws: `ValueError` "order must be non-negative but got -1", "diff requires input
  ///   that is at least one dimensional", `AxisError` for a bad axis.
  public func diff(n: Int = 1, axis: Int = -1) throws -> NDArray {
    guard n >= 0 else {
      throw ArrayError(.valueError, "order must be non-negative but got \(n)")
    }
    guard ndim > 0 else {
      throw ArrayError(.valueError, "diff requires input that is at least one dimensional")
    }
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    var result = self
    // Once the axis is empty further differences change nothing: stop (a huge `n` would hang).
    for _ in 0..<n {
      if result.shape[ax] == 0 { break }
      let length = max(result.shape[ax] - 1, 0)
      var cut = result.shape
      cut[ax] = length
      let head = result.view(shape: cut, strides: result.strides)
      let tail = result.view(
        shape: cut, strides: result.strides,
        offset: result.offset + (length > 0 ? result.strides[ax] : 0))
      let op: BinaryUfunc = result.dtype == .bool ? .notEqual : .subtract
      result = try NDArray.apply(op, .array(tail), .array(head))
    }
    return result
  }
}
