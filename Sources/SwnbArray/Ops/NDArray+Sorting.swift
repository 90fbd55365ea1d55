/// sort, argsort, unique and searchsorted.
///
/// Sorting is stable (ties keep their order) with NaN last, as numpy orders NaN. numpy's
/// default quicksort gives the same values; for `argsort` of ties it matches numpy only where
/// numpy's sort is stable too (runs of up to 16 elements, and `kind='stable'`).
extension NDArray {
  /// numpy's `sort(a, axis)`: a sorted copy along `axis` (nil: the flattened array).
  ///
  /// - Throws: `AxisError`.
  public func sorted(axis: Int? = -1) throws -> NDArray {
    try sortLines(axis: axis, indices: false)
  }

  /// numpy's `argsort(a, axis)`: int64 indices that sort each line (stable).
  ///
  /// - Throws: `AxisError`.
  public func argsort(axis: Int? = -1) throws -> NDArray {
    try sortLines(axis: axis, indices: true)
  }

  private func sortLines(axis: Int?, indices: Bool) throws -> NDArray {
    let lines = try AxisLines(self, axis: axis)
    let n = lines.length
    var resultShape = lines.outerShape + [n]
    let out = try NDArray(zeros: resultShape, dtype: indices ? .int64 : dtype)
    switch lines.data.storage {
    case .bool: sortEach(lines, out, indices, { ($0 ? 1 : 0) as UInt8 }, Bool.self)
    case .uint8: sortEach(lines, out, indices, { $0 }, UInt8.self)
    case .int8: sortEach(lines, out, indices, { $0 }, Int8.self)
    case .int16: sortEach(lines, out, indices, { $0 }, Int16.self)
    case .uint16: sortEach(lines, out, indices, { $0 }, UInt16.self)
    case .uint32: sortEach(lines, out, indices, { $0 }, UInt32.self)
    case .uint64: sortEach(lines, out, indices, { $0 }, UInt64.self)
    case .int32: sortEach(lines, out, indices, { $0 }, Int32.self)
    case .int64: sortEach(lines, out, indices, { $0 }, Int64.self)
    case .float32: sortEach(lines, out, indices, { NaNLast($0) }, Float.self)
    case .float64: sortEach(lines, out, indices, { NaNLast($0) }, Double.self)
    case .complex128: sortEach(lines, out, indices, { ComplexSortKey($0) }, Complex.self)
    case .unicode: sortEach(lines, out, indices, { $0 }, String.self)
    }
    guard let a = lines.axis else { return out }
    // Move the sorted axis back from the end to where it was.
    let order = Array(0..<a) + [ndim - 1] + Array(a..<(ndim - 1))
    resultShape = order.map { resultShape[$0] }
    let moved = out.view(shape: resultShape, strides: order.map { out.strides[$0] })
    return try moved.converted(to: moved.dtype)
  }

  private func sortEach<T, K: Comparable>(
    _ lines: AxisLines, _ out: NDArray, _ indices: Bool, _ key: (T) -> K, _ type: T.Type
  ) {
    let n = lines.length
    withExtendedLifetime((lines.data, out)) {
      let p = lines.data.elementPointer(T.self)
      for line in 0..<lines.count {
        let a = p + line * n
        let keys = (0..<n).map { key(a[$0]) }
        let order = (0..<n).sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        if indices {
          let o = out.elementPointer(Int64.self) + line * n
          for (k, i) in order.enumerated() { o[k] = Int64(i) }
        } else {
          let o = out.elementPointer(T.self) + line * n
          for (k, i) in order.enumerated() { o[k] = a[i] }
        }
      }
    }
  }

  /// numpy's `unique`: the sorted distinct elements of the flattened array (NaNs collapse
  /// into one, last), with optionally the first index of each value, the inverse indices
  /// (flat) and the counts, in that order, as numpy returns them.
  ///
  /// - Throws: `MemoryError` only.
  public func unique(
    returnIndex: Bool = false, returnInverse: Bool = false, returnCounts: Bool = false
  )
    throws -> [NDArray]
  {
    let flat = try reshapedForOps([size])
    let order = try flat.argsort(axis: 0)
    let sortedValues = try flat.sorted(axis: 0).scalars()
    let positions = order.scalars().map {
      if case .int(let i) = $0 { return Int(i) } else { return 0 }
    }
    var starts: [Int] = []
    for (k, v) in sortedValues.enumerated() {
      if k == 0 || !Self.sameForUnique(sortedValues[k - 1], v) { starts.append(k) }
    }
    let values = try NDArray(zeros: [starts.count], dtype: dtype)
    for (j, k) in starts.enumerated() { try values.setElement([j], sortedValues[k]) }
    var result = [values]
    if returnIndex {
      result.append(NDArray(int64: starts.map { Int64(positions[$0]) }, shape: [starts.count]))
    }
    let bounds = starts + [sortedValues.count]
    if returnInverse {
      var inverse = [Int64](repeating: 0, count: size)
      for j in 0..<starts.count {
        for k in bounds[j]..<bounds[j + 1] { inverse[positions[k]] = Int64(j) }
      }
      result.append(NDArray(int64: inverse, shape: [size]))
    }
    if returnCounts {
      result.append(
        NDArray(
          int64: (0..<starts.count).map { Int64(bounds[$0 + 1] - bounds[$0]) },
          shape: [starts.count]))
    }
    return result
  }

  private static func sameForUnique(_ a: Scalar, _ b: Scalar) -> Bool {
    if case .float(let x) = a, case .float(let y) = b, x.isNaN && y.isNaN { return true }
    return a == b
  }

  /// numpy's `searchsorted(a, v, side)`: insertion indices into this sorted 1-d array that
  /// keep it sorted (`right`: after equal elements); NaN sorts last.
  ///
  /// - Throws: `ValueError` for a non-1-d array or a bad side.
  public func searchsorted(_ v: Operand, side: String = "left") throws -> NDArray {
    guard ndim == 1 else { throw ArrayError(.valueError, "object too deep for desired array") }
    guard side == "left" || side == "right" else {
      throw ArrayError(.valueError, "search side must be 'left' or 'right' (got '\(side)')")
    }
    // Compared as float64 (exact for integers up to 2**53).
    let common = try NDArray.resolvedLoop(.less, .array(self), v).input
    let keys = try converted(to: .float64).contiguousFloat64().map(NaNLast.init)
    let values = try v.materialized(as: common)
    let queries = values.contiguousFloat64().map(NaNLast.init)
    let right = side == "right"
    let found = queries.map { q -> Int64 in
      var (lo, hi) = (0, keys.count)
      while lo < hi {
        let mid = (lo + hi) / 2
        if right ? !(q < keys[mid]) : keys[mid] < q { lo = mid + 1 } else { hi = mid }
      }
      return Int64(lo)
    }
    return NDArray(int64: found, shape: values.shape)
  }
}

/// A float ordered as numpy sorts floats: NaN after everything, NaNs equal to each other.
struct NaNLast<T: FloatingPoint>: Comparable {
  let value: T
  init(_ value: T) { self.value = value }
  static func < (a: NaNLast, b: NaNLast) -> Bool {
    a.value < b.value || (b.value.isNaN && !a.value.isNaN)
  }
  static func == (a: NaNLast, b: NaNLast) -> Bool {
    a.value == b.value || (a.value.isNaN && b.value.isNaN)
  }
}
