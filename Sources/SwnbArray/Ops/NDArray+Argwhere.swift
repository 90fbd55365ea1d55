/// numpy's `argwhere`.
extension NDArray {
  /// numpy's `argwhere(a)`: the int64 coordinates of the nonzero elements, one row per
  /// element in C order, shape `(count, ndim)`. A 0-d array gives shape (1, 0) or (0, 0).
  public func argwhere() throws -> NDArray {
    guard ndim > 0 else {
      let truth = try converted(to: .bool)
      let hit = withExtendedLifetime(truth) { truth.elementPointer(Bool.self).pointee }
      return NDArray(int64: [], shape: [hit ? 1 : 0, 0])
    }
    let columns = try nonzero()
    let count = columns.first?.size ?? 0
    var rows = [Int64](repeating: 0, count: count * ndim)
    for (d, column) in columns.enumerated() {
      let values = column.scalars()
      for (i, v) in values.enumerated() {
        if case .int(let k) = v { rows[i * ndim + d] = k }
      }
    }
    return NDArray(int64: rows, shape: [count, ndim])
  }
}
