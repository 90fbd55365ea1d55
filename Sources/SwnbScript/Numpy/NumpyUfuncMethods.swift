import SwnbArray

/// The methods of numpy's binary ufuncs: `np.add.reduce`, `np.add.accumulate`,
/// `np.multiply.outer`, `np.maximum.reduce`, ...
extension Runtime {
  /// `np.<ufunc>.<name>` for a binary ufunc builtin, or nil.
  func ufuncMethod(_ f: BuiltinFunction, _ name: String) -> Value? {
    guard ["reduce", "accumulate", "outer"].contains(name), let op = Runtime.binaryUfuncNames[f.name] else { return nil }
    return .builtin(BuiltinFunction("\(f.name).\(name)") { [unowned self] a in
      switch name {
      case "outer":
        let v = try a.exactly(2, "outer")
        let x = try self.toArray(v[0])
        let y = try self.toArray(v[1])
        let column = try self.engine { try x.reshaped(x.shape + [Int](repeating: 1, count: y.ndim)) }
        return try self.ufunc(op, .array(column), .array(y))
      case "reduce":
        let v = try a.bind("reduce", ["array", "axis", "dtype", "out", "keepdims"], required: 1)
        let x = try self.toArray(v[0] ?? .none)
        let axis: Int? = try v[1].map { $0.isNone ? nil : try self.requireInt($0, "reduce") } ?? 0
        let keep = try v[4].map { try self.truthy($0) } ?? false
        return self.wrap(try self.ufuncReduce(op, x, axis: axis, keep: keep))
      default:
        let v = try a.bind("accumulate", ["array", "axis", "dtype", "out"], required: 1)
        let x = try self.toArray(v[0] ?? .none)
        let axis = try v[1].map { try self.requireInt($0, "accumulate") } ?? 0
        return .array(try self.ufuncAccumulate(op, x, axis: axis))
      }
    })
  }

  private func ufuncReduce(_ op: BinaryUfunc, _ x: NDArray, axis: Int?, keep: Bool) throws -> NDArray {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    return try engine {
      let axes = axis.map { [$0] }
      switch op {
      case .add: return try x.sum(axis: axes, keepdims: keep, warnings: &warnings)
      case .multiply: return try x.prod(axis: axes, keepdims: keep)
      case .maximum: return try x.amax(axis: axes, keepdims: keep)
      case .minimum: return try x.amin(axis: axes, keepdims: keep)
      default:
        let source = axis == nil ? try x.raveled() : x
        let ax = try Shape.normalizeAxis(axis ?? 0, ndim: source.ndim)
        let n = source.shape[ax]
        guard n > 0 else { throw ArrayError(.valueError, "zero-size array to reduction operation \(op.name) which has no identity") }
        func slice(_ i: Int) throws -> NDArray {
          var items = [IndexItem](repeating: .all, count: source.ndim)
          items[ax] = .int(i)
          return try source.get(items)
        }
        var r = try slice(0)
        for i in 1..<n { r = try NDArray.apply(op, .array(r), .array(try slice(i)), warnings: &warnings) }
        return keep ? try r.expandDims(ax) : r
      }
    }
  }

  private func ufuncAccumulate(_ op: BinaryUfunc, _ x: NDArray, axis: Int) throws -> NDArray {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    return try engine {
      if op == .add { return try x.cumsum(axis: axis) }
      if op == .multiply { return try x.cumprod(axis: axis) }
      let ax = try Shape.normalizeAxis(axis, ndim: x.ndim)
      var parts: [NDArray] = []
      for i in 0..<x.shape[ax] {
        var items = [IndexItem](repeating: .all, count: x.ndim)
        items[ax] = .int(i)
        let s = try x.get(items)
        parts.append(try parts.last.map { try NDArray.apply(op, .array($0), .array(s), warnings: &warnings) } ?? s.copy())
      }
      if parts.isEmpty { return try x.copy() }
      return try NDArray.stack(parts, axis: ax)
    }
  }
}
