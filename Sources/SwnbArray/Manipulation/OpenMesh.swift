/// numpy's `ix_`: an open mesh of index arrays.
extension NDArray {
  /// numpy's `ix_(*args)`: the k-th of n 1-d sequences reshaped to `(1, ..., len, ..., 1)`
  /// (length on axis k); bool sequences become the indices of their true elements. (numpy
  /// makes empty Python lists int64 before this; callers converting lists do that.)
  ///
  /// - Throws: `ValueError` "Cross index must be 1 dimensional".
  public static func ix(_ sequences: [NDArray]) throws -> [NDArray] {
    var out: [NDArray] = []
    for (k, sequence) in sequences.enumerated() {
      guard sequence.ndim == 1 else {
        throw ArrayError(.valueError, "Cross index must be 1 dimensional")
      }
      let indices = sequence.dtype == .bool ? try sequence.nonzero()[0] : sequence
      var shape = [Int](repeating: 1, count: sequences.count)
      shape[k] = indices.size
      out.append(try indices.reshaped(shape))
    }
    return out
  }
}
