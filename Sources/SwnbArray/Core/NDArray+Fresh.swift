/// New small results without the general constructor's shape bookkeeping.
///
/// A small result costs more in allocations than in arithmetic: the element buffer plus the
/// shape and strides arrays. When an operand already has the result's shape in C order, the
/// result shares that operand's (immutable, copy-on-write) shape and strides arrays.
extension NDArray {
  /// A new C-contiguous array of `dtype` with `shape`, elements uninitialised (the caller
  /// writes them all); the shape and strides arrays come from `like` or `other` when one of
  /// them is laid out that way. nil when the memory cannot be allocated (the general path
  /// then reports it).
  static func fresh(_ dtype: DType, shape: [Int], like: NDArray? = nil, _ other: NDArray? = nil)
    -> NDArray?
  {
    func layout(_ x: NDArray?) -> ([Int], [Int])? {
      guard let x, x.shape == shape, x.hasDefaultStrides else { return nil }
      return (x.shape, x.strides)
    }
    let strides = layout(like) ?? layout(other) ?? (shape, Shape.contiguousStrides(shape))
    let count = Shape.size(shape)
    let storage: Storage?
    switch dtype {
    case .float64: storage = Buffer<Double>(count: count, empty: 0, zeroed: false).map(Storage.float64)
    case .bool: storage = Buffer<Bool>(count: count, empty: false, zeroed: false).map(Storage.bool)
    case .int64: storage = Buffer<Int64>(count: count, empty: 0, zeroed: false).map(Storage.int64)
    default: storage = nil
    }
    guard let storage else { return nil }
    return NDArray(storage: storage, dtype: dtype, shape: strides.0, strides: strides.1)
  }

  /// A new C-contiguous float64 array holding `values` (see `fresh` for `like`).
  static func fresh(float64 values: [Double], shape: [Int], like: NDArray? = nil) -> NDArray {
    guard let out = fresh(.float64, shape: shape, like: like), let p = out.float64Start else {
      return NDArray(float64: values, shape: shape)
    }
    values.withUnsafeBufferPointer { v in
      if let start = v.baseAddress { p.initialize(from: start, count: v.count) }
    }
    return out
  }

  /// True when the strides are exactly the C-order strides of the shape.
  var hasDefaultStrides: Bool {
    var step = 1
    for d in stride(from: ndim - 1, through: 0, by: -1) {
      if strides[d] != step { return false }
      step *= max(shape[d], 1)
    }
    return true
  }

  /// The first float64 element of a float64 array (nil for other storage).
  var float64Start: UnsafeMutablePointer<Double>? {
    if case .float64(let b) = storage { return b.base + offset }
    return nil
  }
}

extension Scalar {
  /// The value numpy stores for this Python scalar in a float64 array (`float(x)`: ints
  /// round to nearest, bools are 0 and 1); nil for strings.
  public var exactFloat64: Double? {
    switch self {
    case .bool(let b): b ? 1 : 0
    case .int(let i): Double(i)
    case .float(let d): d
    case .complex, .str: nil
    }
  }
}
