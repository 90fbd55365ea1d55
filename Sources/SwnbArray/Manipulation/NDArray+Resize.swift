/// numpy's in-place `ndarray.resize`.
extension NDArray {
  /// The array numpy's `a.resize(new_shape)` leaves in `a`: the first elements in C order
  /// kept, growth zero-filled (empty strings for `<U`), shrinking truncated.
  ///
  /// The caller rebinds the result where the array came from. Reference counting
  /// (`refcheck`) is not modelled: other names keep the old array.
  /// - Throws: `ValueError` "negative dimensions not allowed", "resize only works on
  ///   single-segment arrays" (non-contiguous) or "cannot resize this array: it does not own
  ///   its data" (a view into a larger buffer).
  public func resizedInPlace(_ newShape: [Int]) throws -> NDArray {
    guard newShape.allSatisfy({ $0 >= 0 }) else {
      throw ArrayError(.valueError, "negative dimensions not allowed")
    }
    guard isContiguous else {
      throw ArrayError(.valueError, "resize only works on single-segment arrays")
    }
    guard offset == 0, storage.count == size else {
      throw ArrayError(.valueError, "cannot resize this array: it does not own its data")
    }
    let out = try NDArray(zeros: newShape, dtype: dtype)
    let kept = Swift.min(size, out.size)
    try out.view(shape: [kept], strides: [1], offset: 0)
      .copyElements(from: view(shape: [kept], strides: [1], offset: 0))
    return out
  }
}
