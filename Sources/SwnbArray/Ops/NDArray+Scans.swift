/// argmin/argmax and the running reductions cumsum/cumprod, which work along one axis.
extension NDArray {
  /// numpy's `argmax`: the index of the first maximum along `axis` (nil: of the flattened
  /// array, as a 0-d int64 array). The first NaN wins, as numpy's NaN rule says.
  ///
  /// - Throws: `ValueError` "attempt to get argmax of an empty sequence", `AxisError`.
  public func argmax(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray {
    try argExtremum(axis: axis, keepdims: keepdims, largest: true)
  }

  /// numpy's `argmin`; see `argmax`.
  public func argmin(axis: Int? = nil, keepdims: Bool = false) throws -> NDArray {
    try argExtremum(axis: axis, keepdims: keepdims, largest: false)
  }

  private func argExtremum(axis: Int?, keepdims: Bool, largest: Bool) throws -> NDArray {
    let lines = try AxisLines(self, axis: axis)
    guard dtype.isNumeric else { throw ArrayError.noStringLoop }
    guard lines.length > 0 else {
      throw ArrayError(
        .valueError, "attempt to get \(largest ? "argmax" : "argmin") of an empty sequence")
    }
    let out = try NDArray(zeros: lines.outerShape, dtype: .int64)
    let data = try lines.data.converted(to: dtype == .bool ? .uint8 : dtype)
    switch data.dtype {
    case .complex128: firstComplexExtremumIndex(data, lines, out, largest)
    case .float64: firstExtremumIndex(data, lines, out, Double.self, largest)
    case .float32: firstExtremumIndex(data, lines, out, Float.self, largest)
    case .int64: firstExtremumIndex(data, lines, out, Int64.self, largest)
    case .int32: firstExtremumIndex(data, lines, out, Int32.self, largest)
    case .int16: firstExtremumIndex(data, lines, out, Int16.self, largest)
    case .int8: firstExtremumIndex(data, lines, out, Int8.self, largest)
    case .uint16: firstExtremumIndex(data, lines, out, UInt16.self, largest)
    case .uint32: firstExtremumIndex(data, lines, out, UInt32.self, largest)
    case .uint64: firstExtremumIndex(data, lines, out, UInt64.self, largest)
    default: firstExtremumIndex(data, lines, out, UInt8.self, largest)
    }
    guard keepdims else { return out }
    var kept = shape
    if let axis = lines.axis { kept[axis] = 1 } else { kept = kept.map { _ in 1 } }
    return try out.reshapedForOps(kept)
  }

  // numpy's argmax loop: take a later element when `!(v <= best)` (greater, or NaN), and stop
  // at the first NaN.
  private func firstExtremumIndex<T: UfuncElement>(
    _ data: NDArray, _ lines: AxisLines, _ out: NDArray, _ type: T.Type, _ largest: Bool
  ) {
    withExtendedLifetime((data, out)) {
      let (p, o, n) = (data.elementPointer(T.self), out.elementPointer(Int64.self), lines.length)
      for line in 0..<lines.count {
        let a = p + line * n
        var best = a[0]
        var index = 0
        if !best.isNaNElement {
          for i in 1..<Swift.max(n, 1) {
            let v = a[i]
            let better = largest ? !(v <= best) : !(v >= best)
            if better {
              best = v
              index = i
              if v.isNaNElement { break }
            }
          }
        }
        o[line] = Int64(index)
      }
    }
  }

  /// numpy's `cumsum`: running sums along `axis` (nil: over the flattened array), in the
  /// accumulator dtype of `sum`.
  ///
  /// - Throws: `AxisError`, `TypeError` for strings.
  public func cumsum(axis: Int? = nil) throws -> NDArray {
    try accumulate(axis: axis, product: false)
  }

  /// numpy's `cumprod`; see `cumsum`.
  public func cumprod(axis: Int? = nil) throws -> NDArray {
    try accumulate(axis: axis, product: true)
  }

  private func accumulate(axis: Int?, product: Bool) throws -> NDArray {
    guard dtype.isNumeric else { throw ArrayError.noStringLoop }
    let source = axis == nil ? try reshapedForOps([size]) : self
    let a = try Shape.normalizeAxis(axis ?? 0, ndim: source.ndim)
    let out = try NDArray(zeros: source.shape, dtype: dtype.sumType)
    try out.copyElements(from: source)
    let outer = source.shape[..<a].reduce(1, *)
    let inner = source.shape[(a + 1)...].reduce(1, *)
    let n = source.shape[a]
    // One loop per operator, so each folds with a direct call.
    func fold<T: UfuncElement>(_: T.Type) {
      if product {
        runningFold(out, outer, n, inner, T.multiply)
      } else {
        runningFold(out, outer, n, inner, T.add)
      }
    }
    switch out.dtype {
    case .complex128:
      if product {
        runningFold(out, outer, n, inner) { Complex.fusedProduct($0, $1) }
      } else {
        runningFold(out, outer, n, inner) { (a: Complex, b: Complex) in a + b }
      }
    case .float64: fold(Double.self)
    case .float32: fold(Float.self)
    case .uint64: fold(UInt64.self)
    default: fold(Int64.self)
    }
    return out
  }

  // out[p, i, q] = combine(out[p, i-1, q], out[p, i, q]), sequentially in i as numpy's
  // accumulate.
  @inline(__always)
  private func runningFold<T>(
    _ out: NDArray, _ outer: Int, _ n: Int, _ inner: Int, _ combine: (T, T) -> T
  ) {
    withExtendedLifetime(out) {
      let p = out.elementPointer(T.self)
      for o in 0..<outer {
        let block = p + o * n * inner
        for i in 1..<Swift.max(n, 1) {
          let (prev, cur) = (block + (i - 1) * inner, block + i * inner)
          for q in 0..<inner { cur[q] = combine(prev[q], cur[q]) }
        }
      }
    }
  }
}

/// An array seen as `count` contiguous lines of `length` elements along one axis.
struct AxisLines {
  /// C-contiguous data of shape `outerShape + [length]`.
  let data: NDArray
  /// The normalized axis, or nil for the flattened array.
  let axis: Int?
  let length: Int
  /// The shape of one result per line.
  let outerShape: [Int]
  var count: Int { outerShape.reduce(1, *) }

  /// - Throws: `AxisError` for an out-of-range axis.
  init(_ array: NDArray, axis: Int?) throws {
    // numpy lets a 0-d array use axis 0 or -1 as if it were flattened.
    let scalarAxis = array.ndim == 0 && (axis == 0 || axis == -1)
    if let axis, !scalarAxis {
      let a = try Shape.normalizeAxis(axis, ndim: array.ndim)
      let moved = array.movingAxisToEnd(a)
      data = try moved.converted(to: array.dtype)
      self.axis = a
      length = array.shape[a]
      outerShape = Array(moved.shape.dropLast())
    } else {
      data = try array.reshapedForOps([array.size])
      self.axis = nil
      length = array.size
      outerShape = []
    }
  }
}
