import SwnbArray

/// `np.median`, `np.percentile`, `np.quantile` over the flattened array (axis=None).
extension Runtime {
  func installStatistics(_ attrs: inout [String: Value]) {
    attrs["median"] = .builtin(BuiltinFunction("median") { [unowned self] a in
      let v = try a.bind("median", ["a", "axis"], required: 1)
      try self.rejectAxis(v[1], "median")
      return try self.quantiles(v[0] ?? .none, .float(0.5), scale: 1)
    })
    attrs["percentile"] = .builtin(BuiltinFunction("percentile") { [unowned self] a in
      let v = try a.bind("percentile", ["a", "q", "axis"], required: 2)
      try self.rejectAxis(v[2], "percentile")
      return try self.quantiles(v[0] ?? .none, v[1] ?? .none, scale: 100)
    })
    attrs["quantile"] = .builtin(BuiltinFunction("quantile") { [unowned self] a in
      let v = try a.bind("quantile", ["a", "q", "axis"], required: 2)
      try self.rejectAxis(v[2], "quantile")
      return try self.quantiles(v[0] ?? .none, v[1] ?? .none, scale: 1)
    })
  }

  private func rejectAxis(_ axis: Value?, _ name: String) throws {
    if let axis, !axis.isNone {
      throw PyError.make(.notImplementedError, "MatrixScript supports np.\(name) with axis=None only")
    }
  }

  /// numpy's default ("linear") quantile method, with its `_lerp` rounding.
  private func quantiles(_ source: Value, _ q: Value, scale: Double) throws -> Value {
    let flat = try engine { try toArray(source).flattened() }
    let sorted = try sortArray(flat, argsort: false).contiguousFloat64()
    let qs = try toArray(q).contiguousFloat64().map { $0 / scale }
    for p in qs where !(0...1).contains(p) {
      throw PyError.make(.valueError, scale == 100 ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]")
    }
    guard !sorted.isEmpty else { throw PyError.make(.indexError, "index -1 is out of bounds for axis 0 with size 0") }
    let values = qs.map { p -> Double in
      if sorted.contains(where: \.isNaN) { return .nan }
      let index = p * Double(sorted.count - 1)
      let lo = Int(index.rounded(.down))
      let hi = min(lo + 1, sorted.count - 1)
      let t = index - Double(lo)
      let a = sorted[lo]
      let b = sorted[hi]
      let diff = b - a
      return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
    }
    if case .list = q { return .array(NDArray(float64: values, shape: [values.count])) }
    if case .array(let qa) = q { return .array(NDArray(float64: values, shape: qa.shape)) }
    return .npScalar(NDArray.scalar(.float(values.first ?? .nan), dtype: .float64))
  }
}
