/// numpy's `a[index]` and `a[index] = value`.
extension NDArray {
  /// `a[items]`: a view for basic indices (ints, slices, newaxis, ellipsis), a copy when any
  /// boolean mask or integer array is present (numpy's advanced indexing).
  ///
  /// Indexing every axis with integers gives a 0-d view; the interpreter turns it into a
  /// numpy scalar.
  /// - Throws: `IndexError` (out of bounds, too many indices, several ellipses, mask shape
  ///   mismatch, non-integer index arrays, unbroadcastable index arrays), `ValueError`
  ///   "slice step cannot be zero".
  public func get(_ items: [IndexItem]) throws -> NDArray {
    let plan = try IndexPlan(self, items)
    guard let advanced = plan.advanced else { return plan.view }
    let gathered = try NDArray(
      storage: plan.view.storage.gather(
        advanced.offsets, dtype: dtype, shape: advanced.gatherShape),
      dtype: dtype, shape: advanced.gatherShape,
      strides: Shape.contiguousStrides(advanced.gatherShape))
    return gathered.permuted(advanced.permutation)
  }

  /// `a[items] = value`: writes `value`, broadcast to the selection's shape and cast to this
  /// dtype (numpy's unsafe setitem cast: floats truncate into int arrays).
  ///
  /// Basic indices write through the view; advanced ones scatter (repeated positions: the last
  /// write wins).
  /// - Throws: as `get(_:)`, plus `ValueError` for values that do not broadcast
  ///   ("could not broadcast input array from shape ...", numpy's mask-assignment message) and
  ///   read-only destinations.
  public func set(_ items: [IndexItem], value: NDArray) throws {
    try checkWritable()
    if try fillContiguousMask(items, value) { return }
    let plan = try IndexPlan(self, items)
    guard let advanced = plan.advanced else {
      try plan.view.assign(value)
      return
    }
    let finalShape = advanced.permutation.map { advanced.gatherShape[$0] }
    guard let strides = Shape.broadcastStrides(value.shape, value.strides, to: finalShape) else {
      throw plan.singleMask && value.ndim == 1
        ? ArrayError(
          .valueError,
          "NumPy boolean array indexing assignment cannot assign \(value.size) input values to "
            + "the \(advanced.offsets.count) output values where the mask is true")
        : ArrayError(
          .valueError,
          "shape mismatch: value array of shape \(Shape.compactText(value.shape)) could not be "
            + "broadcast to indexing result of shape \(Shape.compactText(finalShape))")
    }
    if value.size == 1 {
      // One value for every selected position (`H[H < 0] = 0`): no broadcast copy needed.
      let element = try value.astype(dtype)
      storage.fill(element.storage, at: advanced.offsets)
      return
    }
    // Bring the value into gather order (advanced dims first), cast, then scatter.
    let inverse = advanced.permutation.indices.map { advanced.permutation.firstIndex(of: $0) ?? $0 }
    let ordered = value.view(shape: finalShape, strides: strides).permuted(inverse)
    let source = try ordered.astype(dtype)
    storage.scatter(source.storage, to: advanced.offsets)
  }

  /// `a[mask] = x` for a float64 array and a mask of the same shape, both C-contiguous or both
  /// Fortran-contiguous (so memory position i is the same element in each), and one value
  /// (`H[H < 0] = 0`): a single pass without building an offset list. False when the case
  /// does not apply.
  private func fillContiguousMask(_ items: [IndexItem], _ value: NDArray) throws -> Bool {
    guard value.size == 1, value.ndim <= 1, maskFillTarget(items) != nil else { return false }
    let element = try value.astype(.float64)
    guard case .float64(let s) = element.storage else { return false }
    return fillContiguousMask(items, s.base[element.offset])
  }

  /// `fillContiguousMask` with the value already a float64.
  private func fillContiguousMask(_ items: [IndexItem], _ x: Double) -> Bool {
    guard let (dst, flags) = maskFillTarget(items) else { return false }
    for i in 0..<size where flags[i] { dst[i] = x }
    return true
  }

  /// This array's and the mask's first elements when `fillContiguousMask` applies.
  private func maskFillTarget(_ items: [IndexItem])
    -> (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Bool>)?
  {
    guard items.count == 1, case .boolMask(let mask) = items[0], mask.shape == shape,
      case .float64(let d) = storage, case .bool(let m) = mask.storage,
      (isContiguous && mask.isContiguous)
        || (Shape.isFortranContiguous(shape, strides)
          && Shape.isFortranContiguous(mask.shape, mask.strides))
    else { return nil }
    return (d.base + offset, m.base + mask.offset)
  }

  /// `a[items] = scalar` for a Python value (numpy's Python-scalar rules: integers must fit
  /// the dtype, NaN cannot become an integer).
  public func set(_ items: [IndexItem], scalar: Scalar) throws {
    if dtype == .float64, let x = scalar.exactFloat64 {
      try checkWritable()
      if fillContiguousMask(items, x) { return }
    }
    try set(items, value: NDArray.pythonScalar(scalar, dtype: dtype))
  }

  /// The view with axes reordered: axis i of the result is axis `order[i]` of this array.
  func permuted(_ order: [Int]) -> NDArray {
    if order == Array(order.indices) { return self }
    return view(shape: order.map { shape[$0] }, strides: order.map { strides[$0] })
  }
}

extension Storage {
  /// A new buffer holding the elements at `offsets`, in that order.
  func gather(_ offsets: [Int], dtype: DType, shape: [Int]) throws -> Storage {
    let out = try Storage.allocate(dtype, count: offsets.count, shape: shape)
    switch (self, out) {
    case (.bool(let s), .bool(let d)): Self.gather(s, d, offsets)
    case (.uint8(let s), .uint8(let d)): Self.gather(s, d, offsets)
    case (.int8(let s), .int8(let d)): Self.gather(s, d, offsets)
    case (.int16(let s), .int16(let d)): Self.gather(s, d, offsets)
    case (.uint16(let s), .uint16(let d)): Self.gather(s, d, offsets)
    case (.uint32(let s), .uint32(let d)): Self.gather(s, d, offsets)
    case (.uint64(let s), .uint64(let d)): Self.gather(s, d, offsets)
    case (.int32(let s), .int32(let d)): Self.gather(s, d, offsets)
    case (.int64(let s), .int64(let d)): Self.gather(s, d, offsets)
    case (.float32(let s), .float32(let d)): Self.gather(s, d, offsets)
    case (.float64(let s), .float64(let d)): Self.gather(s, d, offsets)
    case (.complex128(let s), .complex128(let d)): Self.gather(s, d, offsets)
    case (.unicode(let s), .unicode(let d)): Self.gather(s, d, offsets)
    default: preconditionFailure("gather: dtype does not match storage")
    }
    return out
  }

  /// Writes the elements of `source` (same type, C order) to the positions `offsets`.
  func scatter(_ source: Storage, to offsets: [Int]) {
    switch (self, source) {
    case (.bool(let d), .bool(let s)): Self.scatter(s, d, offsets)
    case (.uint8(let d), .uint8(let s)): Self.scatter(s, d, offsets)
    case (.int8(let d), .int8(let s)): Self.scatter(s, d, offsets)
    case (.int16(let d), .int16(let s)): Self.scatter(s, d, offsets)
    case (.uint16(let d), .uint16(let s)): Self.scatter(s, d, offsets)
    case (.uint32(let d), .uint32(let s)): Self.scatter(s, d, offsets)
    case (.uint64(let d), .uint64(let s)): Self.scatter(s, d, offsets)
    case (.int32(let d), .int32(let s)): Self.scatter(s, d, offsets)
    case (.int64(let d), .int64(let s)): Self.scatter(s, d, offsets)
    case (.float32(let d), .float32(let s)): Self.scatter(s, d, offsets)
    case (.float64(let d), .float64(let s)): Self.scatter(s, d, offsets)
    case (.complex128(let d), .complex128(let s)): Self.scatter(s, d, offsets)
    case (.unicode(let d), .unicode(let s)): Self.scatter(s, d, offsets)
    default: preconditionFailure("scatter: source type does not match storage")
    }
  }

  /// Writes the single element of `source` (same type) to every position in `offsets`.
  func fill(_ source: Storage, at offsets: [Int]) {
    switch (self, source) {
    case (.bool(let d), .bool(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.uint8(let d), .uint8(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.int8(let d), .int8(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.int16(let d), .int16(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.uint16(let d), .uint16(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.uint32(let d), .uint32(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.uint64(let d), .uint64(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.int32(let d), .int32(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.int64(let d), .int64(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.float32(let d), .float32(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.float64(let d), .float64(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.complex128(let d), .complex128(let s)): for p in offsets { d.base[p] = s.base[0] }
    case (.unicode(let d), .unicode(let s)): for p in offsets { d.base[p] = s.base[0] }
    default: preconditionFailure("fill: source type does not match storage")
    }
  }

  private static func gather<T>(_ s: Buffer<T>, _ d: Buffer<T>, _ offsets: [Int]) {
    for (i, p) in offsets.enumerated() { d.base[i] = s.base[p] }
  }

  private static func scatter<T>(_ s: Buffer<T>, _ d: Buffer<T>, _ offsets: [Int]) {
    for (i, p) in offsets.enumerated() { d.base[p] = s.base[i] }
  }
}
