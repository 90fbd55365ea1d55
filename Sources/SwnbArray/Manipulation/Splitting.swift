/// Splitting and rearranging along an axis: split, array_split, roll, take, delete, append,
/// column_stack.
extension NDArray {
  /// `np.array_split(a, sections, axis)`: views; the first `n % sections` parts are one longer.
  /// - Throws: `ValueError` "number sections must be larger than 0."; `IndexError` "tuple
  ///   index out of range" for a bad axis.
  public func arraySplit(_ sections: Int, axis: Int = 0) throws -> [NDArray] {
    let ax = try splitAxis(axis)
    guard sections > 0 else {
      throw ArrayError(.valueError, "number sections must be larger than 0.")
    }
    // numpy builds a Python list of section sizes first: absurd counts end in MemoryError (each
    // part is a view, about a kilobyte with its list entry).
    if sections > 20_000_000 { throw ArrayError(.memoryError, "") }
    let n = shape[ax]
    let (each, extra) = (n / sections, n % sections)
    var start = 0
    return try (0..<sections).map { i in
      let length = each + (i < extra ? 1 : 0)
      defer { start += length }
      return try part(ax, start, start + length)
    }
  }

  /// `np.split(a, sections, axis)`: equal parts (views).
  /// - Throws: `ValueError` "array split does not result in an equal division",
  ///   `ZeroDivisionError` "integer modulo by zero" for zero sections; `IndexError` for a bad
  ///   axis.
  public func split(_ sections: Int, axis: Int = 0) throws -> [NDArray] {
    let ax = try splitAxis(axis)
    if sections == 0 { throw ArrayError(.zeroDivisionError, "integer modulo by zero") }
    if sections > 0 && shape[ax] % sections != 0 {
      throw ArrayError(.valueError, "array split does not result in an equal division")
    }
    return try arraySplit(sections, axis: ax)
  }

  /// `np.split(a, indices, axis)`: the parts `a[:i0]`, `a[i0:i1]`, ..., `a[ik:]` along `axis`
  /// with Python slice rules (negative and out-of-range indices allowed).
  public func split(at indices: [Int], axis: Int = 0) throws -> [NDArray] {
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    let bounds: [Int?] = [nil] + indices.map { Optional($0) }
    let ends: [Int?] = indices.map { Optional($0) } + [nil]
    return try zip(bounds, ends).map { start, stop in
      var items = [IndexItem](repeating: .all, count: ax)
      items.append(.slice(start: start, stop: stop, step: nil))
      return try get(items)
    }
  }

  // numpy reads `a.shape[axis]` first: a bad axis is Python's tuple IndexError.
  private func splitAxis(_ axis: Int) throws -> Int {
    guard axis >= -ndim && axis < ndim else {
      throw ArrayError(.indexError, "tuple index out of range")
    }
    return axis < 0 ? axis + ndim : axis
  }

  private func part(_ axis: Int, _ start: Int, _ stop: Int) throws -> NDArray {
    var items = [IndexItem](repeating: .all, count: axis)
    items.append(.slice(start: start, stop: stop, step: nil))
    return try get(items)
  }

  /// `np.roll(a, shift, axis)`: elements shifted cyclically (a copy); `axis` nil rolls the
  /// flattened array and restores the shape.
  public func rolled(_ shift: Int, axis: Int? = nil) throws -> NDArray {
    guard let axis else {
      return try raveled().rolled(shift, axis: 0).reshaped(shape)
    }
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    let n = shape[ax]
    guard n > 0 else { return try copy() }
    let k = ((shift % n) + n) % n
    if k == 0 { return try copy() }
    return try NDArray.concatenate([part(ax, n - k, n), part(ax, 0, n - k)], axis: ax)
  }

  /// `np.take(a, indices, axis)`: a copy of the elements at `indices` (integer array) along
  /// `axis`, or of the flattened array when `axis` is nil.
  /// - Throws: `IndexError` for out-of-range indices; `AxisError`.
  public func take(_ indices: NDArray, axis: Int? = nil) throws -> NDArray {
    guard let axis else { return try raveled().get([.intArray(indices)]) }
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    return try get([IndexItem](repeating: .all, count: ax) + [.intArray(indices)])
  }

  /// `np.delete(a, indices, axis)`: a copy without the given positions along `axis` (of the
  /// flattened array when nil); repeated and negative indices are allowed.
  /// - Throws: `IndexError` "index 7 is out of bounds for axis 0 with size 6"; `AxisError`.
  public func deleting(_ indices: [Int], axis: Int? = nil) throws -> NDArray {
    guard let axis else { return try raveled().deleting(indices, axis: 0) }
    let ax = try Shape.normalizeAxis(axis, ndim: ndim)
    let n = shape[ax]
    var keep = [Bool](repeating: true, count: n)
    for i in indices {
      guard i >= -n && i < n else { throw ArrayError.indexOutOfBounds(i, axis: ax, size: n) }
      keep[i < 0 ? i + n : i] = false
    }
    let mask = NDArray(bool: keep, shape: [n])
    return try get([IndexItem](repeating: .all, count: ax) + [.boolMask(mask)])
  }

  /// `np.append(a, values, axis)`: concatenation; with `axis` nil both are flattened first.
  public static func append(_ a: NDArray, _ values: NDArray, axis: Int? = nil) throws -> NDArray {
    guard let axis else { return try concatenate([a.raveled(), values.raveled()], axis: 0) }
    return try concatenate([a, values], axis: axis)
  }

  /// `np.column_stack(arrays)`: 1-D inputs become columns, then concatenation along axis 1.
  public static func columnStack(_ arrays: [NDArray]) throws -> NDArray {
    let columns = arrays.map { a -> NDArray in
      switch a.ndim {
      case 0: return a.view(shape: [1, 1], strides: [0, 0])
      case 1: return a.view(shape: [a.shape[0], 1], strides: [a.strides[0], 0])
      default: return a
      }
    }
    return try concatenate(columns, axis: 1)
  }

  /// `np.atleast_1d`: a 0-d array becomes shape (1,) (a view).
  public func atLeast1D() -> NDArray {
    ndim == 0 ? view(shape: [1], strides: [0]) : self
  }
}
