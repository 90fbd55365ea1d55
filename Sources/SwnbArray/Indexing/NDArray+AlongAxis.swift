/// numpy's `take_along_axis` and `put_along_axis`: fancy indexing that pairs an index
/// array with the positions along every other axis.
extension NDArray {
  /// `np.take_along_axis(self, indices, axis)`; nil `axis` works on the flattened array.
  ///
  /// - Throws: numpy's errors: `IndexError` "`indices` must be an integer array",
  ///   `ValueError` for mismatched dimensions, `AxisError` for a bad axis, `IndexError` for
  ///   out-of-range or non-broadcastable indices.
  public func takeAlongAxis(_ indices: NDArray, axis: Int?) throws -> NDArray {
    let (source, items) = try alongAxisItems(indices, axis: axis)
    return try source.get(items)
  }

  /// `np.put_along_axis(self, indices, values, axis)`: writes `values` (broadcast) in place.
  ///
  /// - Throws: as `takeAlongAxis`, plus the broadcast and writability errors of assignment.
  public func putAlongAxis(_ indices: NDArray, values: NDArray, axis: Int?) throws {
    let (target, items) = try alongAxisItems(indices, axis: axis)
    try target.set(items, value: values)
  }

  /// The array the index applies to (flattened for a nil axis) and numpy's fancy index:
  /// `indices` on `axis`, a broadcastable `arange` on every other axis.
  private func alongAxisItems(_ indices: NDArray, axis: Int?) throws -> (NDArray, [IndexItem]) {
    guard indices.dtype.isInteger else {
      throw ArrayError(.indexError, "`indices` must be an integer array")
    }
    guard let axis else {
      guard indices.ndim == 1 else {
        throw ArrayError(.valueError, "when axis=None, `indices` must have a single dimension.")
      }
      return (try reshaped([size]), [.intArray(indices)])
    }
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    guard indices.ndim == ndim else {
      throw ArrayError(.valueError, "`indices` and `arr` must have the same number of dimensions")
    }
    var items: [IndexItem] = []
    for (d, length) in shape.enumerated() {
      if d == ax {
        items.append(.intArray(indices))
        continue
      }
      var along = [Int](repeating: 1, count: ndim)
      along[d] = length
      let range = try NDArray.arange(.int(Int64(length))).reshaped(along)
      items.append(.intArray(range))
    }
    return (self, items)
  }
}
