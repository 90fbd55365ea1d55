import SwnbArray

/// `np.nansum`, `nanprod`, `nanmean`, `nanvar`, `nanstd`, `nanmax`, `nanmin`, `nanargmax`,
/// `nanargmin`, `nanmedian`, `nanpercentile`, `nanquantile`: numpy's reductions with NaNs replaced (0 for sums, 1 for products, -inf/+inf
/// for extrema), computed the way numpy's `nanfunctions` compute them.
extension Runtime {
  func installNanReductions(_ attrs: inout [String: Value]) {
    for name in ["nanmedian", "nanpercentile", "nanquantile"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let hasQ = name != "nanmedian"
        let v = try a.bind(name, hasQ ? ["a", "q", "axis"] : ["a", "axis"], required: hasQ ? 2 : 1)
        let x = try self.toArray(v[0] ?? .none)
        let q = try hasQ ? self.operand(v[1] ?? .none) : nil
        return try self.nanOrderStatistic(name, x, q, axis: try self.optionalInt(v[hasQ ? 2 : 1], name))
      })
    }
    for name in ["nancumsum", "nancumprod"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        // numpy's nancumsum/nancumprod: NaN counts as 0 (1 for the product), then the scan.
        let v = try a.bind(name, ["a", "axis", "dtype", "out"], required: 1)
        let (y, _) = try self.replacingNaN(try self.toArray(v[0] ?? .none), name == "nancumsum" ? 0 : 1)
        let axis = try self.optionalInt(v[1], name)
        return .array(try self.engine { name == "nancumsum" ? try y.cumsum(axis: axis) : try y.cumprod(axis: axis) })
      })
    }
    for name in ["nansum", "nanprod", "nanmean", "nanmax", "nanmin", "nanvar", "nanstd", "nanargmax", "nanargmin"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let isArg = name.hasPrefix("nanarg")
        let names = isArg ? ["a", "axis", "out", "keepdims"] : ["a", "axis", "dtype", "out", "ddof", "keepdims"]
        let v = try a.bind(name, names, required: 1)
        let x = try self.toArray(v[0] ?? .none)
        let keep = try v[isArg ? 3 : 5].map { try self.truthy($0) } ?? false
        if isArg {
          return try self.nanArg(x, name == "nanargmax", axis: try self.optionalInt(v[1], name), keep: keep)
        }
        let ddof = try v[4].map { try self.requireInt($0, name) } ?? 0
        return try self.nanReduce(name, x, axis: try self.axisArgument(v[1]), ddof: ddof, keep: keep)
      })
    }
  }

  /// nanmedian / nanpercentile / nanquantile along one axis (or all): each line's non-NaN
  /// values through the engine's median or quantile.
  private func nanOrderStatistic(_ name: String, _ x: NDArray, _ q: Operand?, axis: Int?) throws -> Value {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    let source = try engine { axis == nil ? try x.raveled() : try x.moveaxis(axis ?? 0, -1) }
    let n = source.shape.last ?? 1
    let outer = Array(source.shape.dropLast())
    let rows = try engine { try source.reshaped([outer.reduce(1, *), n]) }
    var results: [NDArray] = []
    for i in 0..<rows.shape[0] {
      let row = try engine { try rows.get([.int(i)]) }
      let kept = try engine { try row.get([.boolMask(try row.apply(.isnan).apply(.logicalNot))]) }
      if kept.size == 0 && row.size > 0 { warnings.append(ArrayWarning("All-NaN slice encountered")) }
      results.append(try engine {
        if kept.size == 0, let q { return try NDArray.apply(.multiply, q, .python(.float(.nan))).astype(.float64) }
        if kept.size == 0 { return NDArray.scalar(.float(.nan), dtype: .float64) }
        switch name {
        case "nanmedian": return try kept.median(warnings: &warnings)
        case "nanpercentile": return try kept.percentile(q ?? .python(.int(50)))
        default: return try kept.quantile(q ?? .python(.float(0.5)))
        }
      })
    }
    return wrap(try engine {
      let stacked = try NDArray.stack(results, axis: 0)
      let qShape = results.first?.shape ?? []
      // numpy puts the quantile axis first.
      var out = try stacked.reshaped(outer + qShape)
      for k in 0..<qShape.count { out = try out.moveaxis(outer.count + k, k) }
      return try out.copy()
    })
  }

  /// `x` with NaNs replaced by `fill`, and the NaN mask (nil for non-float arrays).
  private func replacingNaN(_ x: NDArray, _ fill: Double) throws -> (NDArray, NDArray?) {
    guard x.dtype.isFloat else { return (x, nil) }
    return try engine {
      let mask = try x.apply(.isnan)
      return (try NDArray.where(mask, .python(.float(fill)), .array(x)), mask)
    }
  }

  private func nanReduce(_ name: String, _ x: NDArray, axis: [Int]?, ddof: Int, keep: Bool) throws -> Value {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    switch name {
    case "nansum", "nanprod":
      let (y, _) = try replacingNaN(x, name == "nansum" ? 0 : 1)
      return wrap(try engine { name == "nansum" ? try y.sum(axis: axis, keepdims: keep, warnings: &warnings) : try y.prod(axis: axis, keepdims: keep) })
    case "nanmax", "nanmin":
      let (y, mask) = try replacingNaN(x, name == "nanmax" ? -.infinity : .infinity)
      let r = try engine { name == "nanmax" ? try y.amax(axis: axis, keepdims: keep) : try y.amin(axis: axis, keepdims: keep) }
      guard let mask else { return wrap(r) }
      let allNaN = try engine { try mask.all(axis: axis, keepdims: keep) }
      guard try engine({ try allNaN.any().item() }) == .bool(true) else { return wrap(r) }
      warnings.append(ArrayWarning("All-NaN slice encountered"))
      return wrap(try engine { try NDArray.where(allNaN, .python(.float(.nan)), .array(r)) })
    default:
      let (y, mask) = try replacingNaN(x, 0)
      guard let mask else {
        return wrap(try engine {
          switch name {
          case "nanmean": return try x.mean(axis: axis, keepdims: keep, warnings: &warnings)
          case "nanvar": return try x.variance(axis: axis, ddof: ddof, keepdims: keep, warnings: &warnings)
          default: return try x.std(axis: axis, ddof: ddof, keepdims: keep, warnings: &warnings)
          }
        })
      }
      return wrap(try engine {
        let valid = try mask.apply(.logicalNot)
        let count = try valid.sum(axis: axis, keepdims: true, dtype: .int64, warnings: &warnings)
        let total = try y.sum(axis: axis, keepdims: true, warnings: &warnings)
        let mean = try NDArray.apply(.trueDivide, .array(total), .array(count), warnings: &warnings)
        if name == "nanmean" {
          return keep ? mean : try squeezeAxes(mean, axis)
        }
        let centered = try NDArray.where(mask, .python(.float(0)), .array(try NDArray.apply(.subtract, .array(y), .array(mean), warnings: &warnings)))
        let squares = try NDArray.apply(.multiply, .array(centered), .array(centered), warnings: &warnings)
        let sum = try squares.sum(axis: axis, keepdims: true, warnings: &warnings)
        let dof = try NDArray.apply(.subtract, .array(count), .python(.int(Int64(ddof))), warnings: &warnings)
        var variance = try NDArray.apply(.trueDivide, .array(sum), .array(dof), warnings: &warnings)
        if name == "nanstd" { variance = try variance.apply(.sqrt, warnings: &warnings) }
        return keep ? variance : try squeezeAxes(variance, axis)
      })
    }
  }

  /// A keepdims result with its reduced axes dropped again.
  private func squeezeAxes(_ r: NDArray, _ axis: [Int]?) throws -> NDArray {
    guard let axis else { return try r.reshaped([]) }
    let dropped = Set(try axis.map { try Shape.normalizeAxis($0, ndim: r.ndim) })
    return try r.reshaped(r.shape.enumerated().filter { !dropped.contains($0.offset) }.map(\.element))
  }

  private func nanArg(_ x: NDArray, _ isMax: Bool, axis: Int?, keep: Bool) throws -> Value {
    let (y, mask) = try replacingNaN(x, isMax ? -.infinity : .infinity)
    if let mask {
      let allNaN = try engine { try mask.all(axis: axis.map { [$0] }).any().item() }
      if allNaN == .bool(true) { throw PyError.make(.valueError, "All-NaN slice encountered") }
    }
    return wrap(try engine { isMax ? try y.argmax(axis: axis, keepdims: keep) : try y.argmin(axis: axis, keepdims: keep) })
  }
}
