/// Matrix-shaped constructors and extractors: diag, tril, triu, meshgrid.
extension NDArray {
  /// `np.diag(v, k)`: a 1-D input becomes a square matrix with `v` on diagonal `k`; a 2-D input
  /// gives a copy of its diagonal `k`.
  /// - Throws: `ValueError` "Input must be 1- or 2-d.".
  public static func diag(_ v: NDArray, k: Int = 0) throws -> NDArray {
    switch v.ndim {
    case 1:
      let n = v.shape[0]
      let (side, overflow) = n.addingReportingOverflow(
        k.magnitude > Int.max ? Int.max : Swift.abs(k))
      if overflow { throw ArrayError.tooBig }
      let result = try NDArray(zeros: [side, side], dtype: v.dtype)
      let start = k >= 0 ? k : -k * side
      try result.view(shape: [n], strides: [side + 1], offset: start).copyElements(from: v)
      return result
    case 2:
      return try v.diagonal(k).copy()
    default:
      throw ArrayError(.valueError, "Input must be 1- or 2-d.")
    }
  }

  /// The `k`-th diagonal of a 2-D array as a view (numpy's `diagonal`, without its read-only flag).
  public func diagonal(_ k: Int = 0) throws -> NDArray {
    guard ndim == 2 else {
      throw ArrayError(.valueError, "diag requires an array of at least two dimensions")
    }
    let (rows, cols) = (shape[0], shape[1])
    let rowStart = k < 0 ? (k < -rows ? rows : -k) : 0
    let colStart = k > 0 ? min(k, cols) : 0
    let n = max(min(rows - rowStart, cols - colStart), 0)
    return view(
      shape: [n], strides: [strides[0] + strides[1]],
      offset: offset + rowStart * strides[0] + colStart * strides[1])
  }

  /// `np.tril(m, k)`: zeros above diagonal `k` (on the last two axes).
  public func tril(_ k: Int = 0) throws -> NDArray {
    try triangle(k, keepBelow: true)
  }

  /// `np.triu(m, k)`: zeros below diagonal `k` (on the last two axes).
  public func triu(_ k: Int = 0) throws -> NDArray {
    try triangle(k, keepBelow: false)
  }

  private func triangle(_ k: Int, keepBelow: Bool) throws -> NDArray {
    let m = ndim == 1 ? try NDArray.stack(Array(repeating: self, count: shape[0])) : self
    guard m.ndim >= 2 else { throw ArrayError.axisOutOfBounds(-2, ndim: m.ndim) }
    let result = try m.copy()
    let rows = m.shape[m.ndim - 2]
    let cols = m.shape[m.ndim - 1]
    let zero = NDArray.scalar(.int(0))
    var items = [IndexItem](repeating: .all, count: m.ndim - 2)
    items.append(.all)
    for i in 0..<rows {
      // keepBelow zeroes columns j > i + k; otherwise columns j < i + k.
      let (edge, overflow) = i.addingReportingOverflow(k)
      let cut = overflow ? (k > 0 ? Int.max : Int.min) : edge
      let range: IndexItem =
        keepBelow
        ? .slice(start: max(min(cut, cols - 1), -1) + 1, stop: nil, step: nil)
        : .slice(start: 0, stop: max(min(cut, cols), 0), step: nil)
      items[items.count - 1] = .int(i)
      try result.get(items + [range]).assign(zero)
    }
    return result
  }

  /// `np.meshgrid(*xs, indexing='xy' | 'ij')`: coordinate matrices (copies).
  public static func meshgrid(_ xs: [NDArray], cartesian: Bool = true) throws -> [NDArray] {
    let flat = try xs.map { try $0.raveled() }
    var shape = flat.map(\.size)
    if cartesian && shape.count >= 2 { shape.swapAt(0, 1) }
    return try flat.enumerated().map { i, x in
      var axis = i
      if cartesian && flat.count >= 2 && i < 2 { axis = 1 - i }
      var strides = [Int](repeating: 0, count: shape.count)
      strides[axis] = x.strides[0]
      return try x.view(shape: shape, strides: strides).copy()
    }
  }
}
