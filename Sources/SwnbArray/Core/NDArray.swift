/// An n-dimensional array: a view of shared typed storage, as numpy's ndarray.
///
/// A value is (storage, dtype, shape, strides, offset). Copying the Swift value shares the
/// storage, so writes through any copy or view are visible to all of them, exactly as numpy
/// arrays assigned to several Python names. Strides and offset count elements, not bytes.
public struct NDArray {
  /// The shared element memory.
  public let storage: Storage
  /// The element type; its family always matches `storage`'s case.
  public let dtype: DType
  /// The length of each axis.
  public let shape: [Int]
  /// The step in elements between neighbours along each axis (0 for broadcast axes).
  public let strides: [Int]
  /// The buffer position of element `[0, 0, ...]`.
  public let offset: Int
  /// False for read-only views such as `broadcast_to` results.
  public let isWritable: Bool

  /// A view of `storage`; the caller guarantees every addressed element lies in the buffer.
  public init(
    storage: Storage, dtype: DType, shape: [Int], strides: [Int], offset: Int = 0,
    isWritable: Bool = true
  ) {
    precondition(shape.count == strides.count, "NDArray: shape and strides differ in length")
    self.storage = storage
    self.dtype = dtype
    self.shape = shape
    self.strides = strides
    self.offset = offset
    self.isWritable = isWritable
  }

  /// A new zero-filled C-contiguous array (false / 0 / "" elements).
  ///
  /// - Throws: `ValueError` for negative or overflowing shapes, `MemoryError` when the memory
  ///   cannot be allocated.
  public init(zeros shape: [Int], dtype: DType = .float64) throws {
    try self.init(shape: shape, dtype: dtype, strides: nil, zeroed: true)
  }

  /// A new array whose numeric elements are uninitialised, for results the caller writes in
  /// full; `strides` (gap-free, default C order) picks the memory layout.
  ///
  /// - Throws: as `init(zeros:dtype:)`.
  init(uninitialized shape: [Int], dtype: DType, strides: [Int]? = nil) throws {
    try self.init(shape: shape, dtype: dtype, strides: strides, zeroed: false)
  }

  private init(shape: [Int], dtype: DType, strides: [Int]?, zeroed: Bool) throws {
    let size = try Shape.checkedSize(shape, itemsize: dtype.itemsize)
    let storage = try Storage.allocate(dtype, count: size, shape: shape, zeroed: zeroed)
    self.init(
      storage: storage, dtype: dtype, shape: shape,
      strides: strides ?? Shape.contiguousStrides(shape))
  }

  /// Number of axes.
  public var ndim: Int { shape.count }

  /// Number of elements.
  public var size: Int { Shape.size(shape) }

  /// True when the elements are laid out in C order without gaps from `offset`.
  public var isContiguous: Bool { Shape.isContiguous(shape, strides) }

  /// The same elements seen with another shape/strides/offset (a view sharing storage).
  public func view(shape: [Int], strides: [Int], offset: Int? = nil, isWritable: Bool? = nil)
    -> NDArray
  {
    NDArray(
      storage: storage, dtype: dtype, shape: shape, strides: strides, offset: offset ?? self.offset,
      isWritable: isWritable ?? self.isWritable)
  }

  /// Calls `body` with the buffer position of each element in C order.
  @inlinable
  public func forEachOffset(_ body: (Int) -> Void) {
    StridedLoop.forEach(shape: shape, strides: strides, offset: offset, body)
  }

  /// Buffer positions of all elements in C order.
  public func offsets() -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(size)
    forEachOffset { result.append($0) }
    return result
  }

  /// True when `other` is a view of the same memory buffer.
  public func sharesStorage(with other: NDArray) -> Bool {
    storage.identity == other.storage.identity
  }

  /// Throws numpy's "assignment destination is read-only" for read-only views.
  public func checkWritable() throws {
    if !isWritable { throw ArrayError.readOnly }
  }
}

extension Storage {
  /// The identity of the underlying buffer object (views of one array share it).
  public var identity: ObjectIdentifier {
    switch self {
    case .bool(let b): ObjectIdentifier(b)
    case .uint8(let b): ObjectIdentifier(b)
    case .int8(let b): ObjectIdentifier(b)
    case .int16(let b): ObjectIdentifier(b)
    case .uint16(let b): ObjectIdentifier(b)
    case .uint32(let b): ObjectIdentifier(b)
    case .uint64(let b): ObjectIdentifier(b)
    case .int32(let b): ObjectIdentifier(b)
    case .int64(let b): ObjectIdentifier(b)
    case .float32(let b): ObjectIdentifier(b)
    case .float64(let b): ObjectIdentifier(b)
    case .complex128(let b): ObjectIdentifier(b)
    case .unicode(let b): ObjectIdentifier(b)
    }
  }
}
