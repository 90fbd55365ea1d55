import SwnbArray

/// The methods of numpy's binary ufuncs: `np.add.reduce`, `np.add.accumulate`,
/// `np.multiply.outer`, `np.maximum.reduce`, `np.add.at`, ...
extension Runtime {
  /// `np.<ufunc>.<name>` for a binary ufunc builtin, or nil.
  func ufuncMethod(_ f: BuiltinFunction, _ name: String) -> Value? {
    guard ["reduce", "accumulate", "outer", "at"].contains(name), let op = Runtime.binaryUfuncNames[f.name] else { return nil }
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
      case "at":
        let v = try a.bind("at", ["a", "indices", "b"], required: 3)
        guard case .array(let x) = v[0] ?? .none else {
          throw PyError.make(.typeError, "first operand must be an array")
        }
        try self.ufuncAt(op, x, try self.indexItems(v[1] ?? .none), v[2] ?? .none)
        return .none
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

  /// `np.<ufunc>.at(x, indices, b)`: applies the ufunc in place once per selected position,
  /// in index order, so repeated indices accumulate.
  private func ufuncAt(_ op: BinaryUfunc, _ x: NDArray, _ items: [IndexItem], _ b: Value) throws {
    try engine { try x.checkWritable() }
    let positions = try engine {
      try NDArray.arange(.int(Int64(x.size))).reshaped(x.shape).get(items)
    }
    let flat = positions.gathered(as: Int64.self)
    guard let operand = try operand(b) else {
      throw PyError.make(.typeError, "unsupported operand for \(op.name).at")
    }
    var operands: [Operand] = []
    if case .array(let y) = operand {
      let spread = try engine { try y.broadcast(to: positions.shape).copy() }
      operands = spread.scalars().map { .array(NDArray.scalar($0, dtype: y.dtype)) }
    }
    for (k, position) in flat.enumerated() {
      var rest = Int(position)
      var index = [Int](repeating: 0, count: x.ndim)
      for axis in stride(from: x.ndim - 1, through: 0, by: -1) {
        index[axis] = rest % x.shape[axis]
        rest /= x.shape[axis]
      }
      let old = NDArray.scalar(try engine { try x.element(index) }, dtype: x.dtype)
      let result = try toArray(try ufunc(op, .array(old), operands.isEmpty ? operand : operands[k]))
      try engine { try x.setElement(index, try result.item()) }
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

extension Runtime {
  /// A ufunc's `out=` argument: the result written into that array, which is returned; the
  /// result itself without one.
  ///
  /// - Throws: numpy's `UFuncTypeError` when the result's kind does not cast to the output's
  ///   under 'same_kind' (a float result into an integer array).
  func ufuncOutput(_ result: Value, _ out: Value?, ufunc name: String) throws -> Value {
    guard let out, !out.isNone else { return result }
    let target: Value = if case .tuple(let items) = out, items.count == 1 { items[0] } else { out }
    guard case .array(let o) = target else {
      throw PyError.make(.typeError, "return arrays must be of ArrayType")
    }
    let r = try toArray(result)
    let rank: [Character: Int] = ["b": 0, "u": 1, "i": 1, "f": 2]
    if let from = rank[r.dtype.kind], let to = rank[o.dtype.kind], from > to {
      throw PyError.make(
        .ufuncTypeError,
        "Cannot cast ufunc '\(name)' output from dtype('\(r.dtype.name)') to dtype('\(o.dtype.name)') with casting rule 'same_kind'")
    }
    try engine { try o.assign(r) }
    return .array(o)
  }
}
