import SwnbPrinting

/// Element access and typed construction/export.
extension NDArray {
  /// The element at a full multi-index (negative entries count from the end).
  ///
  /// - Throws: `IndexError` for a wrong index count or an out-of-range entry.
  public func element(_ index: [Int]) throws -> Scalar {
    storage.load(try position(of: index))
  }

  /// Stores `value` (cast as numpy's setitem) at a full multi-index.
  ///
  /// - Throws: `IndexError` as `element(_:)`; `ValueError` for read-only arrays or
  ///   unparsable strings.
  public func setElement(_ index: [Int], _ value: Scalar) throws {
    try checkWritable()
    try storage.store(value, at: try position(of: index), width: dtype.unicodeWidth)
  }

  /// The single element of a size-1 array (numpy's `item()`).
  ///
  /// - Throws: `ValueError` "can only convert an array of size 1 to a Python scalar".
  public func item() throws -> Scalar {
    guard size == 1 else {
      throw ArrayError(.valueError, "can only convert an array of size 1 to a Python scalar")
    }
    var result = Scalar.bool(false)
    forEachOffset { result = storage.load($0) }
    return result
  }

  /// All elements in C order as `Scalar`s (convenient, boxed: avoid in hot paths).
  public func scalars() -> [Scalar] {
    var result: [Scalar] = []
    result.reserveCapacity(size)
    forEachOffset { result.append(storage.load($0)) }
    return result
  }

  /// The buffer position of a full multi-index.
  func position(of index: [Int]) throws -> Int {
    guard index.count <= ndim else {
      throw ArrayError.tooManyIndices(ndim: ndim, indexed: index.count)
    }
    guard index.count == ndim else {
      throw ArrayError(.indexError, "expected \(ndim) indices, got \(index.count)")
    }
    var p = offset
    for (axis, i) in index.enumerated() {
      let n = shape[axis]
      guard i >= -n && i < n else { throw ArrayError.indexOutOfBounds(i, axis: axis, size: n) }
      p += (i < 0 ? i + n : i) * strides[axis]
    }
    return p
  }
}

extension DType {
  /// The character width of a unicode dtype (0 for numeric dtypes).
  public var unicodeWidth: Int {
    if case .unicode(let n) = self { return n }
    return 0
  }
}

// Typed construction from and export to Swift arrays.
extension NDArray {
  /// A C-contiguous float64 array holding `values` with the given shape (product must match).
  public init(float64 values: [Double], shape: [Int]) {
    self.init(copying: values, shape: shape, make: Storage.float64, dtype: .float64)
  }

  /// A C-contiguous int64 array holding `values`.
  public init(int64 values: [Int64], shape: [Int]) {
    self.init(copying: values, shape: shape, make: Storage.int64, dtype: .int64)
  }

  /// A C-contiguous complex128 array holding `values`.
  public init(complex128 values: [Complex], shape: [Int]) {
    self.init(copying: values, shape: shape, make: Storage.complex128, dtype: .complex128)
  }

  /// A C-contiguous bool array holding `values`.
  public init(bool values: [Bool], shape: [Int]) {
    self.init(copying: values, shape: shape, make: Storage.bool, dtype: .bool)
  }

  /// A C-contiguous array of any numeric element type (`[Float]`, `[Int32]`, `[UInt8]`, ...).
  public init<T: NumericElement>(values: [T], shape: [Int], dtype: DType) {
    switch dtype {
    case .bool: self.init(bool: values.map { Bool.cast($0) }, shape: shape)
    case .uint8:
      self.init(
        copying: values.map { UInt8.cast($0) }, shape: shape, make: Storage.uint8, dtype: dtype)
    case .int32:
      self.init(
        copying: values.map { Int32.cast($0) }, shape: shape, make: Storage.int32, dtype: dtype)
    case .int8:
      self.init(
        copying: values.map { Int8.cast($0) }, shape: shape, make: Storage.int8, dtype: dtype)
    case .int16:
      self.init(
        copying: values.map { Int16.cast($0) }, shape: shape, make: Storage.int16, dtype: dtype)
    case .uint16:
      self.init(
        copying: values.map { UInt16.cast($0) }, shape: shape, make: Storage.uint16, dtype: dtype)
    case .uint32:
      self.init(
        copying: values.map { UInt32.cast($0) }, shape: shape, make: Storage.uint32, dtype: dtype)
    case .uint64:
      self.init(
        copying: values.map { UInt64.cast($0) }, shape: shape, make: Storage.uint64, dtype: dtype)
    case .int64: self.init(int64: values.map { Int64.cast($0) }, shape: shape)
    case .float32:
      self.init(
        copying: values.map { Float.cast($0) }, shape: shape, make: Storage.float32, dtype: dtype)
    case .float64: self.init(float64: values.map { Double.cast($0) }, shape: shape)
    case .complex128: self.init(complex128: values.map { Complex($0.double) }, shape: shape)
    case .unicode(let n):
      let texts = values.map { v -> String in
        if T.isBoolKind { return Cast.toText(.bool(v.bool)) }
        return Cast.toText(T.isFloatingKind ? .float(v.double) : .int(v.int64))
      }
      self.init(strings: texts, shape: shape, width: n > 0 ? n : nil)
    }
  }

  /// A C-contiguous `<Un` array holding `values`; n defaults to the longest string (min 1).
  public init(strings values: [String], shape: [Int], width: Int? = nil) {
    let n = width ?? max(values.map(\.unicodeScalars.count).max() ?? 1, 1)
    let fitted = values.map { Cast.fitted($0, width: n) }
    self.init(copying: fitted, shape: shape, make: Storage.unicode, dtype: .unicode(n))
  }

  private init<T>(copying values: [T], shape: [Int], make: (Buffer<T>) -> Storage, dtype: DType) {
    precondition(Shape.size(shape) == values.count, "NDArray: element count does not match shape")
    // The values already fit in memory; failing to allocate a copy is an out-of-memory crash.
    guard let buffer = values.withUnsafeBufferPointer({ Buffer<T>(copying: $0) }) else {
      fatalError("NDArray: out of memory copying \(values.count) elements")
    }
    self.init(
      storage: make(buffer), dtype: dtype, shape: shape, strides: Shape.contiguousStrides(shape))
  }

  /// The elements as float64 values in C order.
  ///
  /// A contiguous float64 array is copied with one memcpy; other layouts and dtypes are
  /// gathered and cast (strings parse as `float()`, unparsable ones become NaN).
  public func contiguousFloat64() -> [Double] {
    if case .float64(let b) = storage, isContiguous {
      return Array(UnsafeBufferPointer(start: b.base + offset, count: size))
    }
    return gathered(as: Double.self)
  }

  /// The elements cast to a numeric Swift type in C order.
  public func gathered<T: NumericElement>(as type: T.Type) -> [T] {
    var out: [T] = []
    out.reserveCapacity(size)
    switch storage {
    case .bool(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .uint8(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .int8(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .int16(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .uint16(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .uint32(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .uint64(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .int32(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .int64(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .float32(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .float64(let b): forEachOffset { out.append(T.cast(b.base[$0])) }
    case .complex128(let b):
      // numpy's complex-to-real cast keeps the real part (bool: nonzero).
      forEachOffset {
        let z = b.base[$0]
        out.append(T.isBoolKind ? T.cast(fromBool: z != .zero) : T.cast(from: z.real))
      }
    case .unicode(let b):
      forEachOffset { out.append(T.cast(from: Cast.parseFloat(b.base[$0]) ?? .nan)) }
    }
    return out
  }

  /// The elements as complex values in C order (real dtypes widen, strings parse as reals).
  public func complexElements() -> [Complex] {
    if case .complex128(let b) = storage {
      var out: [Complex] = []
      out.reserveCapacity(size)
      forEachOffset { out.append(b.base[$0]) }
      return out
    }
    return gathered(as: Double.self).map { Complex($0) }
  }

  /// The elements as strings in C order (numbers by numpy's `astype(str)` text).
  public func gatheredStrings() -> [String] {
    if case .unicode(let b) = storage {
      var out: [String] = []
      out.reserveCapacity(size)
      forEachOffset { out.append(b.base[$0]) }
      return out
    }
    if case .float32(let b) = storage {
      // float32 text uses float32's own shortest digits: 0.1, not 0.10000000149011612.
      var out: [String] = []
      forEachOffset { out.append(ScalarText.str(.float32([b.base[$0]]), options: PrintOptions())) }
      return out
    }
    return scalars().map(Cast.toText)
  }
}
