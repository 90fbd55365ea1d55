/// Typed raw access and dtype conversion used by the ufunc and reduction kernels.
extension NDArray {
  /// The address of element `[0, 0, ...]` typed as `T`, which must be the storage's element
  /// type. Valid while `self` (and so its buffer) is alive: wrap uses in
  /// `withExtendedLifetime`.
  func elementPointer<T>(_ type: T.Type) -> UnsafeMutablePointer<T> {
    let raw: UnsafeMutableRawPointer
    let matches: Bool
    switch storage {
    case .bool(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Bool.self)
    case .uint8(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == UInt8.self)
    case .int8(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Int8.self)
    case .int16(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Int16.self)
    case .uint16(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == UInt16.self)
    case .uint32(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == UInt32.self)
    case .uint64(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == UInt64.self)
    case .int32(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Int32.self)
    case .int64(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Int64.self)
    case .float32(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Float.self)
    case .float64(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Double.self)
    case .complex128(let b):
      (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == Complex.self)
    case .unicode(let b): (raw, matches) = (UnsafeMutableRawPointer(b.base), T.self == String.self)
    }
    precondition(matches, "elementPointer: \(T.self) does not match dtype \(dtype)")
    return raw.assumingMemoryBound(to: T.self) + offset
  }

  /// The elements converted to `dtype` (numpy's unsafe cast), as a new C-contiguous array;
  /// `self` itself when it already has that dtype and is C-contiguous.
  ///
  /// With `keepingOrder` the copy is laid out in this array's memory order (numpy's K
  /// order) instead, and `self` is returned whenever it already is gap-free in some order,
  /// so reductions visit elements in the order numpy does.
  ///
  /// - Throws: `MemoryError` when the copy cannot be allocated, `TypeError` for strings.
  func converted(to target: DType, keepingOrder: Bool = false) throws -> NDArray {
    let kStrides = LoopLayout.kOrderStrides(shape: shape, like: strides)
    if target == dtype && (isContiguous || (keepingOrder && isGapFree(kOrder: kStrides))) {
      return self
    }
    let out = try NDArray(
      uninitialized: shape, dtype: target,
      strides: keepingOrder ? kStrides : Shape.contiguousStrides(shape))
    try out.copyElements(from: self)
    return out
  }

  // True when the strides are exactly the K-order strides (ignoring size-1 axes).
  private func isGapFree(kOrder: [Int]) -> Bool {
    shape.indices.allSatisfy { shape[$0] <= 1 || strides[$0] == kOrder[$0] }
  }
}

extension ArrayError {
  /// The error numpy raises when a numeric ufunc meets strings.
  static let noStringLoop = ArrayError(
    .typeError, "ufunc did not contain a loop with signature matching types for str arrays")
}
