/// where, nonzero and clip.
extension NDArray {
  /// numpy's `where(condition, x, y)`: elements of `x` where the condition is true, else of
  /// `y`, all three broadcast together; the dtype is the NEP 50 promotion of `x` and `y`.
  ///
  /// - Throws: the broadcasting `ValueError`, `OverflowError` for out-of-range Python ints.
  public static func `where`(_ condition: NDArray, _ x: Operand, _ y: Operand) throws -> NDArray {
    let types = try resolvedLoop(.maximum, x, y)
    let shape = try Shape.broadcast([condition.shape, x.shape, y.shape])
    let c = try condition.converted(to: .bool)
    let a = try x.materialized(as: types.input)
    let b = try y.materialized(as: types.input)
    let out = try NDArray(zeros: shape, dtype: types.input)
    let strides = [c, a, b].map {
      Shape.broadcastStrides($0.shape, $0.strides, to: shape) ?? $0.strides
    }
    switch out.storage {
    case .bool: select(c, a, b, out, strides, Bool.self)
    case .uint8: select(c, a, b, out, strides, UInt8.self)
    case .int8: select(c, a, b, out, strides, Int8.self)
    case .int16: select(c, a, b, out, strides, Int16.self)
    case .uint16: select(c, a, b, out, strides, UInt16.self)
    case .uint32: select(c, a, b, out, strides, UInt32.self)
    case .uint64: select(c, a, b, out, strides, UInt64.self)
    case .int32: select(c, a, b, out, strides, Int32.self)
    case .int64: select(c, a, b, out, strides, Int64.self)
    case .float32: select(c, a, b, out, strides, Float.self)
    case .float64: select(c, a, b, out, strides, Double.self)
    case .complex128: select(c, a, b, out, strides, Complex.self)
    case .unicode: throw ArrayError.noStringLoop
    }
    return out
  }

  private static func select<T>(
    _ c: NDArray, _ a: NDArray, _ b: NDArray, _ out: NDArray, _ strides: [[Int]], _ type: T.Type
  ) {
    withExtendedLifetime((c, a, b, out)) {
      let (pc, pa, pb) = (
        c.elementPointer(Bool.self), a.elementPointer(T.self), b.elementPointer(T.self)
      )
      let po = out.elementPointer(T.self)
      var k = 0
      StridedLoop.forEach(shape: out.shape, strides[0], 0, strides[1], 0, strides[2], 0) {
        po[k] = pc[$0] ? pa[$1] : pb[$2]
        k += 1
      }
    }
  }

  /// numpy's `nonzero` (and one-argument `where`): for each axis, the int64 indices of the
  /// nonzero elements in C order.
  ///
  /// - Throws: numpy's `ValueError` for 0-d arrays.
  public func nonzero() throws -> [NDArray] {
    guard ndim > 0 else {
      throw ArrayError(
        .valueError,
        "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."
          + " If the context of this error is of the form `arr[nonzero(cond)]`, just use "
          + "`arr[cond]`.")
    }
    let truth = try converted(to: .bool)
    var coordinates = [[Int64]](repeating: [], count: ndim)
    var index = [Int](repeating: 0, count: ndim)
    withExtendedLifetime(truth) {
      let p = truth.elementPointer(Bool.self)
      for k in 0..<size {
        if p[k] { for d in 0..<ndim { coordinates[d].append(Int64(index[d])) } }
        var d = ndim - 1
        while d >= 0 {
          index[d] += 1
          if index[d] < shape[d] { break }
          index[d] = 0
          d -= 1
        }
      }
    }
    return coordinates.map { NDArray(int64: $0, shape: [$0.count]) }
  }

  /// numpy 2's `clip(a, a_min, a_max)`: `minimum(maximum(a, a_min), a_max)`, either bound
  /// nil for none; NaN propagates and reversed bounds give `a_max` everywhere, as numpy.
  ///
  /// - Throws: broadcasting and NEP 50 errors as the binary ufuncs.
  public func clipped(min lower: Operand?, max upper: Operand?) throws -> NDArray {
    var result = self
    if let lower = fitted(lower) { result = try NDArray.apply(.maximum, .array(result), lower) }
    if let upper = fitted(upper) { result = try NDArray.apply(.minimum, .array(result), upper) }
    return result.sharesStorage(with: self) ? try copy() : result
  }

  // numpy's clip saturates Python-int bounds outside an integer dtype instead of raising.
  private func fitted(_ bound: Operand?) -> Operand? {
    guard case .python(.int(let i))? = bound, let (low, high) = dtype.integerBounds,
      !dtype.contains(i)
    else { return bound }
    return .python(.int(Swift.min(Swift.max(i, low), high)))
  }
}
