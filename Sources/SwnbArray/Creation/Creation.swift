/// numpy's array constructors: zeros, ones, full, eye, identity and the `*_like` family.
extension NDArray {
  /// `np.zeros(shape, dtype)`.
  /// - Throws: `ValueError` for negative/overflowing shapes, `MemoryError` when too large.
  public static func zeros(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try NDArray(zeros: shape, dtype: dtype)
  }

  /// `np.empty(shape, dtype)`: swnb returns zeros (numpy's contents are unspecified).
  public static func empty(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try NDArray(zeros: shape, dtype: dtype)
  }

  /// `np.ones(shape, dtype)`; a string dtype holds "1".
  public static func ones(_ shape: [Int], dtype: DType = .float64) throws -> NDArray {
    try full(shape, .int(1), dtype: dtype)
  }

  /// `np.full(shape, fill_value, dtype)`; the dtype defaults to the fill value's own.
  public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws -> NDArray {
    // numpy's full copies with casting='unsafe': a Python float goes through a float64 array
    // (-1.5 -> uint8 255) while a Python int is range-checked (NEP 50).
    let target = dtype ?? value.inferredDType
    let element: NDArray
    if case .float = value, target != .float64 {
      element = try NDArray.scalar(value).astype(target)
    } else {
      element = try pythonScalar(value, dtype: target)
    }
    let result = try NDArray(zeros: shape, dtype: element.dtype)
    switch (result.storage, element.storage) {
    case (.float64(let b), .float64(let e)): b.elements.update(repeating: e.base[0])
    case (.int64(let b), .int64(let e)): b.elements.update(repeating: e.base[0])
    default: try result.assign(element)
    }
    return result
  }

  /// `np.zeros_like(a, dtype)`: same shape, C order.
  public static func zerosLike(_ a: NDArray, dtype: DType? = nil) throws -> NDArray {
    try zeros(a.shape, dtype: dtype ?? a.dtype)
  }

  /// `np.ones_like(a, dtype)`.
  public static func onesLike(_ a: NDArray, dtype: DType? = nil) throws -> NDArray {
    try ones(a.shape, dtype: dtype ?? a.dtype)
  }

  /// `np.full_like(a, fill_value, dtype)`: the dtype is `a`'s unless given.
  public static func fullLike(_ a: NDArray, _ value: Scalar, dtype: DType? = nil) throws -> NDArray
  {
    try full(a.shape, value, dtype: dtype ?? a.dtype)
  }

  /// `np.eye(N, M, k, dtype)`: ones on the k-th diagonal.
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws
    -> NDArray
  {
    let cols = m ?? n
    let result = try zeros([n, cols], dtype: dtype)
    let one = NDArray.scalar(.int(1))
    for i in 0..<max(n, 0) {
      let (j, overflow) = i.addingReportingOverflow(k)
      if overflow || j < 0 { continue }
      if j >= cols { break }
      try result.view(shape: [], strides: [], offset: i * cols + j).assign(one)
    }
    return result
  }

  /// `np.identity(n, dtype)`.
  public static func identity(_ n: Int, dtype: DType = .float64) throws -> NDArray {
    try eye(n, dtype: dtype)
  }
}
