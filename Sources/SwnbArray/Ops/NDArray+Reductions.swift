/// Reductions over axes: sum, prod, min, max, any, all, count_nonzero, ptp.
///
/// `axis` is nil for numpy's `axis=None` (every axis) or a list of axes (an int is a
/// one-element list; negative axes count from the end). Reducing every axis without
/// `keepdims` returns a 0-d array, which the interpreter shows as a numpy scalar.
extension NDArray {
  /// numpy's `sum`, bit-exact: pairwise summation along the innermost memory axis, row after
  /// row along other axes, and (for `axis=None`) pairwise over the whole array in memory
  /// order, in blocks of 8192 when the elements are cast first (numpy's buffer size).
  ///
  /// The default accumulator is int64 for bool and signed integer arrays, uint64 for
  /// unsigned ones, the array's own dtype for floats; `dtype` overrides it.
  ///
  /// - Throws: `AxisError` / `ValueError` for bad axes, `TypeError` for strings.
  public func sum(
    axis: [Int]? = nil, keepdims: Bool = false, dtype accumulator: DType? = nil,
    warnings: inout [ArrayWarning]
  ) throws -> NDArray {
    let axes = try ReductionAxes(axis, ndim: ndim)
    let acc = accumulator ?? dtype.sumType
    guard acc.isNumeric && dtype.isNumeric else { throw ArrayError.noStringLoop }
    let out: NDArray
    FloatingPointStatus.clear()
    if axes.isAll {
      out = try NDArray(zeros: [], dtype: acc)
      try sumAll(into: out)
    } else {
      out = try NDArray(zeros: axes.resultShape(shape, keepdims: false), dtype: acc)
      let x = try converted(to: acc, keepingOrder: true)
      switch acc {
      case .float64: reduceInto(x, axes: axes, out: out, FloatSum<Double>.self)
      case .complex128: reduceInto(x, axes: axes, out: out, ComplexSum.self)
      case .float32: reduceInto(x, axes: axes, out: out, FloatSum<Float>.self)
      case .int64: reduceInto(x, axes: axes, out: out, IntegerSum<Int64>.self)
      case .int32: reduceInto(x, axes: axes, out: out, IntegerSum<Int32>.self)
      case .uint8: reduceInto(x, axes: axes, out: out, IntegerSum<UInt8>.self)
      case .int8: reduceInto(x, axes: axes, out: out, IntegerSum<Int8>.self)
      case .int16: reduceInto(x, axes: axes, out: out, IntegerSum<Int16>.self)
      case .uint16: reduceInto(x, axes: axes, out: out, IntegerSum<UInt16>.self)
      case .uint32: reduceInto(x, axes: axes, out: out, IntegerSum<UInt32>.self)
      case .uint64: reduceInto(x, axes: axes, out: out, IntegerSum<UInt64>.self)
      case .bool: reduceInto(x, axes: axes, out: out, AnyTrue.self)
      case .unicode: throw ArrayError.noStringLoop
      }
    }
    warnings += FloatingPointStatus.warnings(in: "reduce")
    return try out.reshapedForOps(axes.resultShape(shape, keepdims: keepdims))
  }

  /// `sum` for callers that ignore warnings.
  public func sum(axis: [Int]? = nil, keepdims: Bool = false, dtype: DType? = nil) throws
    -> NDArray
  {
    var ignored: [ArrayWarning] = []
    return try sum(axis: axis, keepdims: keepdims, dtype: dtype, warnings: &ignored)
  }

  // Sum of every element into the 0-d `out`: numpy's 0 + pairwise over the K-order ravel.
  private func sumAll(into out: NDArray) throws {
    let flat = try kOrderFlattened()
    // Cast elements reach the loop through numpy's 8192-element buffer, one pairwise
    // sum per block; uncast ones in a single run.
    let block = flat.dtype == out.dtype ? max(flat.size, 1) : 8192
    var start = 0
    repeat {
      let n = min(block, flat.size - start)
      let chunk = try flat.view(shape: [n], strides: [1], offset: flat.offset + start)
        .converted(to: out.dtype)
      let whole = ReductionAxes(all: 1)
      switch out.dtype {
      case .float64: reduceInto(chunk, axes: whole, out: out, FloatSum<Double>.self)
      case .complex128: reduceInto(chunk, axes: whole, out: out, ComplexSum.self)
      case .float32: reduceInto(chunk, axes: whole, out: out, FloatSum<Float>.self)
      case .int64: reduceInto(chunk, axes: whole, out: out, IntegerSum<Int64>.self)
      case .int32: reduceInto(chunk, axes: whole, out: out, IntegerSum<Int32>.self)
      case .uint8: reduceInto(chunk, axes: whole, out: out, IntegerSum<UInt8>.self)
      case .int8: reduceInto(chunk, axes: whole, out: out, IntegerSum<Int8>.self)
      case .int16: reduceInto(chunk, axes: whole, out: out, IntegerSum<Int16>.self)
      case .uint16: reduceInto(chunk, axes: whole, out: out, IntegerSum<UInt16>.self)
      case .uint32: reduceInto(chunk, axes: whole, out: out, IntegerSum<UInt32>.self)
      case .uint64: reduceInto(chunk, axes: whole, out: out, IntegerSum<UInt64>.self)
      case .bool: reduceInto(chunk, axes: whole, out: out, AnyTrue.self)
      case .unicode: throw ArrayError.noStringLoop
      }
      start += n
    } while start < flat.size
  }

  /// `prod` for callers that ignore warnings.
  public func prod(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    var ignored: [ArrayWarning] = []
    return try prod(axis: axis, keepdims: keepdims, warnings: &ignored)
  }

  /// numpy's `prod`: products element by element in memory order (accumulator as `sum`);
  /// float overflow warns "overflow encountered in reduce".
  ///
  /// - Throws: as `sum`.
  public func prod(axis: [Int]? = nil, keepdims: Bool = false, warnings: inout [ArrayWarning])
    throws -> NDArray
  {
    let axes = try ReductionAxes(axis, ndim: ndim)
    let acc = dtype.sumType
    let out = try NDArray(zeros: axes.resultShape(shape, keepdims: false), dtype: acc)
    let x = try converted(to: acc, keepingOrder: true)
    try out.fill(.int(1))
    FloatingPointStatus.clear()
    defer { warnings += FloatingPointStatus.warnings(in: "reduce") }
    switch acc {
    case .float64: reduceInto(x, axes: axes, out: out, Product<Double>.self)
    case .complex128: reduceInto(x, axes: axes, out: out, ComplexProduct.self)
    case .float32: reduceInto(x, axes: axes, out: out, Product<Float>.self)
    case .int64: reduceInto(x, axes: axes, out: out, Product<Int64>.self)
    case .int32: reduceInto(x, axes: axes, out: out, Product<Int32>.self)
    case .uint8: reduceInto(x, axes: axes, out: out, Product<UInt8>.self)
    case .int8: reduceInto(x, axes: axes, out: out, Product<Int8>.self)
    case .int16: reduceInto(x, axes: axes, out: out, Product<Int16>.self)
    case .uint16: reduceInto(x, axes: axes, out: out, Product<UInt16>.self)
    case .uint32: reduceInto(x, axes: axes, out: out, Product<UInt32>.self)
    case .uint64: reduceInto(x, axes: axes, out: out, Product<UInt64>.self)
    case .bool: reduceInto(x, axes: axes, out: out, AllTrue.self)
    case .unicode: throw ArrayError.noStringLoop
    }
    return try out.reshapedForOps(axes.resultShape(shape, keepdims: keepdims))
  }

  /// numpy's `max` (`amax`): NaN propagates; the result keeps the array's dtype.
  ///
  /// - Throws: `ValueError` "zero-size array to reduction operation maximum which has no
  ///   identity" when a reduced axis is empty; axis errors as `sum`.
  /// Named `amax` (numpy's alias) so `max(_:_:)` stays Swift's inside NDArray extensions.
  public func amax(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    try extremum(axis: axis, keepdims: keepdims, largest: true)
  }

  /// numpy's `min` (`amin`); see `amax`.
  public func amin(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    try extremum(axis: axis, keepdims: keepdims, largest: false)
  }

  private func extremum(axis: [Int]?, keepdims: Bool, largest: Bool) throws -> NDArray {
    let axes = try ReductionAxes(axis, ndim: ndim)
    guard dtype.isNumeric else { throw ArrayError.noStringLoop }
    if axes.count(shape) == 0 {
      throw ArrayError(
        .valueError,
        "zero-size array to reduction operation \(largest ? "maximum" : "minimum") which has no "
          + "identity")
    }
    // Start from the first element of each reduced run; max/min are idempotent, so folding
    // that element in again changes nothing.
    var firstShape = shape
    for a in axes.axes { firstShape[a] = 1 }
    let first = view(shape: firstShape, strides: strides)
    let out = try NDArray(zeros: axes.resultShape(shape, keepdims: false), dtype: dtype)
    try out.copyElements(from: first.reshapedForOps(out.shape))
    let x = self
    switch (dtype, largest) {
    case (.float64, true): reduceInto(x, axes: axes, out: out, Maximum<Double>.self)
    case (.float64, false): reduceInto(x, axes: axes, out: out, Minimum<Double>.self)
    case (.float32, true): reduceInto(x, axes: axes, out: out, Maximum<Float>.self)
    case (.float32, false): reduceInto(x, axes: axes, out: out, Minimum<Float>.self)
    case (.int64, true): reduceInto(x, axes: axes, out: out, Maximum<Int64>.self)
    case (.int64, false): reduceInto(x, axes: axes, out: out, Minimum<Int64>.self)
    case (.int32, true): reduceInto(x, axes: axes, out: out, Maximum<Int32>.self)
    case (.int32, false): reduceInto(x, axes: axes, out: out, Minimum<Int32>.self)
    case (.uint8, true): reduceInto(x, axes: axes, out: out, Maximum<UInt8>.self)
    case (.int8, true): reduceInto(x, axes: axes, out: out, Maximum<Int8>.self)
    case (.int16, true): reduceInto(x, axes: axes, out: out, Maximum<Int16>.self)
    case (.uint16, true): reduceInto(x, axes: axes, out: out, Maximum<UInt16>.self)
    case (.uint32, true): reduceInto(x, axes: axes, out: out, Maximum<UInt32>.self)
    case (.uint64, true): reduceInto(x, axes: axes, out: out, Maximum<UInt64>.self)
    case (.uint8, false): reduceInto(x, axes: axes, out: out, Minimum<UInt8>.self)
    case (.int8, false): reduceInto(x, axes: axes, out: out, Minimum<Int8>.self)
    case (.int16, false): reduceInto(x, axes: axes, out: out, Minimum<Int16>.self)
    case (.uint16, false): reduceInto(x, axes: axes, out: out, Minimum<UInt16>.self)
    case (.uint32, false): reduceInto(x, axes: axes, out: out, Minimum<UInt32>.self)
    case (.uint64, false): reduceInto(x, axes: axes, out: out, Minimum<UInt64>.self)
    case (.bool, true): reduceInto(x, axes: axes, out: out, AnyTrue.self)
    case (.bool, false): reduceInto(x, axes: axes, out: out, AllTrue.self)
    case (.unicode, _): throw ArrayError.noStringLoop
    case (.complex128, true): reduceInto(x, axes: axes, out: out, ComplexMaximum.self)
    case (.complex128, false): reduceInto(x, axes: axes, out: out, ComplexMinimum.self)
    }
    return try out.reshapedForOps(axes.resultShape(shape, keepdims: keepdims))
  }

  /// numpy's `any`: true where some element is nonzero (NaN counts as true).
  public func any(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    try truth(axis: axis, keepdims: keepdims, all: false)
  }

  /// numpy's `all`: true where every element is nonzero (true for empty runs).
  public func all(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    try truth(axis: axis, keepdims: keepdims, all: true)
  }

  private func truth(axis: [Int]?, keepdims: Bool, all: Bool) throws -> NDArray {
    let axes = try ReductionAxes(axis, ndim: ndim)
    let x = try converted(to: .bool, keepingOrder: true)
    let out = try NDArray(zeros: axes.resultShape(shape, keepdims: false), dtype: .bool)
    if all {
      try out.fill(.bool(true))
      reduceInto(x, axes: axes, out: out, AllTrue.self)
    } else {
      reduceInto(x, axes: axes, out: out, AnyTrue.self)
    }
    return try out.reshapedForOps(axes.resultShape(shape, keepdims: keepdims))
  }

  /// numpy's `count_nonzero` as an int64 array (0-d for `axis=None`, where numpy returns
  /// a Python int).
  public func countNonzero(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    try converted(to: .bool).sum(axis: axis, keepdims: keepdims, dtype: .int64)
  }

  /// numpy's `ptp`: `max - min` along the axes, in the array's dtype (integers wrap).
  ///
  /// - Throws: as `max`; `TypeError` for bool arrays (numpy's boolean subtract).
  public func ptp(axis: [Int]? = nil, keepdims: Bool = false) throws -> NDArray {
    let high = try amax(axis: axis, keepdims: keepdims)
    let low = try amin(axis: axis, keepdims: keepdims)
    return try NDArray.apply(.subtract, .array(high), .array(low))
  }
}

extension DType {
  /// The accumulator numpy's `sum`/`prod`/`cumsum` use by default for this dtype.
  var sumType: DType {
    switch self {
    case .bool, .int8, .int16, .int32, .int64: .int64
    case .uint8, .uint16, .uint32, .uint64: .uint64
    default: self
    }
  }
}

extension ReductionAxes {
  /// Every axis of an `ndim`-dimensional array.
  init(all ndim: Int) {
    self.axes = Array(0..<ndim)
    self.ndim = ndim
  }
}
