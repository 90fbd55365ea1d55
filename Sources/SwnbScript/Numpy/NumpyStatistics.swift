import SwnbArray

/// `np.median`, `np.percentile`, `np.quantile` with `axis` and `keepdims` (the engine's
/// numpy-exact 'linear' method).
extension Runtime {
  func installStatistics(_ attrs: inout [String: Value]) {
    attrs["median"] = .builtin(BuiltinFunction("median") { [unowned self] a in
      let v = try a.bind("median", ["a", "axis", "out", "overwrite_input", "keepdims"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let keep = try v[4].map { try self.truthy($0) } ?? false
      var warnings: [ArrayWarning] = []
      defer { self.warn(warnings) }
      return self.wrap(try self.engine { try x.median(axis: try self.axisArgument(v[1]), keepdims: keep, warnings: &warnings) })
    })
    for name in ["percentile", "quantile"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"], required: 2)
        let x = try self.toArray(v[0] ?? .none)
        guard let q = try self.operand(v[1] ?? .none) else { throw PyError.make(.typeError, "\(name): q must be array-like") }
        let keep = try v[6].map { try self.truthy($0) } ?? false
        let axis = try self.axisArgument(v[2])
        var interpolation = QuantileMethod.linear
        if let m = v[5], case .str(let method) = m, let known = QuantileMethod(rawValue: method) {
          interpolation = known
        } else if let m = v[5], case .str(let method) = m {
          let discrete = ["lower", "higher", "nearest", "midpoint", "inverted_cdf", "closest_observation"]
          guard discrete.contains(method) else {
            throw PyError.make(.valueError, "'\(method)' is not a valid method. Use one of: dict_keys(['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'linear', 'median_unbiased', 'normal_unbiased', 'lower', 'higher', 'midpoint', 'nearest'])")
          }
          guard (axis?.count ?? 1) == 1, !keep else {
            throw PyError.make(.notImplementedError, "MatrixScript supports np.\(name) with method '\(method)' along one axis without keepdims")
          }
          let fractions = try self.toArray(v[1] ?? .none)
          let scale = name == "percentile" ? 100.0 : 1.0
          return try self.discreteQuantile(x, fractions.contiguousFloat64().map { $0 / scale }, shape: fractions.shape, axis: axis?.first, method: method)
        }
        return self.wrap(try self.engine {
          name == "percentile"
            ? try x.percentile(q, axis: axis, keepdims: keep, method: interpolation)
            : try x.quantile(q, axis: axis, keepdims: keep, method: interpolation)
        })
      })
    }
  }

  /// numpy's order-statistic quantile methods: `lower`/`higher`/`nearest` pick one sorted
  /// element (keeping the dtype), `midpoint` averages the two around the virtual index.
  private func discreteQuantile(_ x: NDArray, _ qs: [Double], shape: [Int], axis: Int?, method: String) throws -> Value {
    guard qs.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
      throw PyError.make(.valueError, "Quantiles must be in the range [0, 1]")
    }
    let source = try engine { axis == nil ? try x.flattened() : try x.moveaxis(try Shape.normalizeAxis(axis ?? 0, ndim: x.ndim), -1) }
    let sorted = try sortArray(source, argsort: false, axis: -1)
    let n = sorted.shape.last ?? 0
    guard n > 0 else { throw PyError.make(.indexError, "index -1 is out of bounds for axis 0 with size 0") }
    var pieces: [NDArray] = []
    for q in qs {
      let virtual = Double(n - 1) * q
      let low = Int(virtual.rounded(.down)), high = Int(virtual.rounded(.up))
      func take(_ i: Int) throws -> NDArray { try engine { try sorted.get([.ellipsis, .int(i)]) } }
      switch method {
      case "inverted_cdf", "closest_observation":
        // numpy's _discrete_interpolation_to_boundaries: the lower neighbour of the virtual
        // index when its fraction is 0 (closest_observation: and that index is odd).
        let index = Double(n) * q - 1 - (method == "inverted_cdf" ? 0 : 0.5)
        let previous = index.rounded(.down)
        let exact = index - previous == 0
        let lower = method == "inverted_cdf" ? exact : exact && previous.truncatingRemainder(dividingBy: 2) != 0
        pieces.append(try take(min(max(Int(lower ? previous : previous + 1), 0), n - 1)))
      case "lower": pieces.append(try take(low))
      case "higher": pieces.append(try take(high))
      case "nearest": pieces.append(try take(Int(virtual.rounded(.toNearestOrEven))))
      default:
        let a = try engine { try take(low).astype(x.dtype == .float32 ? .float32 : .float64) }
        if low == high { pieces.append(a); continue }
        let b = try engine { try take(high).astype(a.dtype) }
        // numpy's _lerp at gamma 0.5: b - (b - a) * 0.5.
        let diff = try engine { try NDArray.apply(.subtract, .array(b), .array(a)) }
        let half = try engine { try NDArray.apply(.multiply, .array(diff), .python(.float(0.5))) }
        pieces.append(try engine { try NDArray.apply(.subtract, .array(b), .array(half)) })
      }
    }
    if shape.isEmpty, let only = pieces.first { return wrap(only) }
    return wrap(try engine { try NDArray.stack(pieces, axis: 0).reshaped(shape + (pieces.first?.shape ?? [])) })
  }
}
