import SwnbArray

/// Selection and placement by condition or flat index: `np.select`, `np.piecewise`,
/// `np.choose`, `np.extract`, `np.compress`, `np.put`, `np.putmask`, `np.place`, and the index
/// helpers `unravel_index`, `ravel_multi_index`, `diag_indices`, `tril_indices`, `triu_indices`.
extension Runtime {
  func installSelection(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("select") { [unowned self] a in
      let v = try a.bind("select", ["condlist", "choicelist", "default"], required: 2)
      let conds = try self.collect(v[0] ?? .none).map { try self.toArray($0) }
      let choices = try self.collect(v[1] ?? .none)
      guard conds.count == choices.count else {
        throw PyError.make(.valueError, "list of cases must be same length as list of conditions")
      }
      for (i, c) in conds.enumerated() where c.dtype != .bool {
        throw PyError.make(.typeError, "invalid entry \(i) in condlist: should be boolean ndarray")
      }
      var result = v[2] ?? .int(0)
      for (c, choice) in zip(conds, choices).reversed() {
        result = try self.whereSelect(c, choice, result)
      }
      if case .array = result { return result }
      // No conditions, or all scalars: numpy still returns an array of the broadcast shape.
      let shape = try self.engine { try Shape.broadcast(conds.map(\.shape)) }
      return .array(try self.engine { try self.toArray(result).broadcast(to: shape).copy() })
    }
    def("piecewise") { [unowned self] a in
      let v = try a.bind("piecewise", ["x", "condlist", "funclist"], required: 3)
      let x = try self.toArray(v[0] ?? .none)
      var condValues: [Value]
      if case .list = v[1] ?? .none { condValues = try self.collect(v[1] ?? .none) } else { condValues = [v[1] ?? .none] }
      var conds = try condValues.map { c in try self.engine { try self.toArray(c).astype(.bool).broadcast(to: x.shape) } }
      let funcs = try self.collect(v[2] ?? .none)
      if funcs.count == conds.count + 1 {
        let any = try conds.reduce(try NDArray.zeros(x.shape, dtype: .bool)) { acc, c in
          try self.engine { try NDArray.apply(.logicalOr, .array(acc), .array(c)) }
        }
        conds.append(try self.engine { try any.apply(.logicalNot) })
      } else if funcs.count != conds.count {
        throw PyError.make(.valueError, "with \(conds.count) condition(s), either \(conds.count) or \(conds.count + 1) functions are expected")
      }
      let out = try self.engine { try NDArray.zeros(x.shape, dtype: x.dtype) }
      for (c, f) in zip(conds, funcs) {
        let mask = [IndexItem.boolMask(c)]
        let value: Value
        switch f {
        case .int, .float, .bool, .npScalar, .array: value = f
        default: value = try self.call(f, Arguments([.array(try self.engine { try x.get(mask) })]))
        }
        try self.engine { try out.set(mask, value: try self.toArray(value).astype(x.dtype)) }
      }
      return .array(out)
    }
    def("choose") { [unowned self] a in
      let v = try a.bind("choose", ["a", "choices"], required: 2)
      let idx = try self.toArray(v[0] ?? .none)
      let choices = try self.collect(v[1] ?? .none).map { try self.toArray($0) }
      return try self.engine {
        let shape = try Shape.broadcast([idx.shape] + choices.map(\.shape))
        let picks = try indexIntegers(idx.broadcast(to: shape), nonInteger: safeIndexCastError(idx))
        let columns = try choices.map { try $0.broadcast(to: shape).scalars() }
        let values = try picks.enumerated().map { i, p -> Scalar in
          guard p >= 0 && p < columns.count else { throw PyError.make(.valueError, "invalid entry in choice array") }
          return columns[p][i]
        }
        let dtype = choices.dropFirst().reduce(choices.first?.dtype ?? .int64) { DType.promote($0, $1.dtype) }
        return self.wrap(try NDArray.fromScalars(values, shape: shape, dtype: dtype))
      }
    }
    def("extract") { [unowned self] a in
      let v = try a.bind("extract", ["condition", "arr"], required: 2)
      let cond = try self.engine { try self.toArray(v[0] ?? .none).astype(.bool).flattened() }
      let x = try self.engine { try self.toArray(v[1] ?? .none).flattened() }
      return .array(try self.engine { try x.take(try self.positions(cond)) })
    }
    def("compress") { [unowned self] a in
      let v = try a.bind("compress", ["condition", "a", "axis"], required: 2)
      let cond = try self.engine { try self.toArray(v[0] ?? .none).astype(.bool).flattened() }
      let x = try self.toArray(v[1] ?? .none)
      return .array(try self.engine { try x.take(try self.positions(cond), axis: try self.optionalInt(v[2], "compress")) })
    }
    def("put") { [unowned self] a in
      let v = try a.bind("put", ["a", "ind", "v"], required: 3)
      let target = try self.writableArray(v[0] ?? .none, "put")
      let idx = try indexIntegers(self.toArray(v[1] ?? .none))
      let values = try self.toArray(v[2] ?? .none, dtype: target.dtype).scalars()
      try self.rewriteFlat(target) { flat in
        guard !values.isEmpty else { return }
        for (k, i) in idx.enumerated() {
          let j = i < 0 ? i + flat.count : i
          guard j >= 0 && j < flat.count else {
            throw PyError.make(.indexError, "index \(i) is out of bounds for axis 0 with size \(flat.count)")
          }
          flat[j] = values[k % values.count]
        }
      }
      return Value.none
    }
    for name in ["putmask", "place"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, name == "place" ? ["arr", "mask", "vals"] : ["a", "mask", "values"], required: 3)
        let target = try self.writableArray(v[0] ?? .none, name)
        let mask = try self.engine { try self.toArray(v[1] ?? .none).astype(.bool).broadcast(to: target.shape).scalars() }
        let values = try self.toArray(v[2] ?? .none, dtype: target.dtype).scalars()
        try self.rewriteFlat(target) { flat in
          var k = 0
          for i in flat.indices where mask[i] == .bool(true) {
            guard !values.isEmpty else {
              throw PyError.make(.valueError, "Cannot insert from an empty array!")
            }
            flat[i] = values[(name == "putmask" ? i : k) % values.count]
            k += 1
          }
        }
        return Value.none
      }
    }
    installIndexHelpers(&attrs)
  }

  private func installIndexHelpers(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("unravel_index") { [unowned self] a in
      let v = try a.bind("unravel_index", ["indices", "shape"], required: 2)
      let idx = try self.toArray(v[0] ?? .none)
      let shape = try self.shapeArgument(v[1] ?? .none)
      let (size, overflow) = shape.reduce((1, false)) { r, d in
        let (p, o) = r.0.multipliedReportingOverflow(by: d)
        return (p, r.1 || o)
      }
      guard !overflow else {
        throw PyError.make(.valueError, "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.")
      }
      var coords = Array(repeating: [Int64](), count: shape.count)
      for s in idx.scalars() {
        guard case .int(let flat) = s else {
          throw PyError.make(.typeError, "only int indices permitted")
        }
        guard flat >= 0 && flat < size else {
          throw PyError.make(.valueError, "index \(flat) is out of bounds for array with size \(size)")
        }
        var rest = Int(flat)
        for axis in shape.indices.reversed() {
          coords[axis].append(Int64(rest % shape[axis]))
          rest /= shape[axis]
        }
      }
      return .tuple(coords.map { self.wrap(NDArray(int64: $0, shape: idx.shape)) })
    }
    def("ravel_multi_index") { [unowned self] a in
      let v = try a.bind("ravel_multi_index", ["multi_index", "dims"], required: 2)
      let parts = try self.collect(v[0] ?? .none).map { try self.toArray($0) }
      let dims = try self.shapeArgument(v[1] ?? .none)
      guard parts.count == dims.count else {
        throw PyError.make(.valueError, "parameter multi_index must be a sequence of length \(dims.count)")
      }
      guard (try? Shape.checkedSize(dims, itemsize: 1)) != nil else {
        throw PyError.make(.valueError, "invalid dims: array size defined by dims is larger than the maximum possible size.")
      }
      return try self.engine {
        let shape = try Shape.broadcast(parts.map(\.shape))
        let onlyInts = PyError.make(.typeError, "only int indices permitted")
        let columns = try parts.map { try indexIntegers($0.broadcast(to: shape), nonInteger: onlyInts) }
        let flat = try (0..<Shape.size(shape)).map { i -> Int64 in
          var r = 0
          for (axis, d) in dims.enumerated() {
            let c = columns[axis][i]
            guard c >= 0 && c < d else { throw PyError.make(.valueError, "invalid entry in coordinates array") }
            r = r * d + c
          }
          return Int64(r)
        }
        return self.wrap(NDArray(int64: flat, shape: shape))
      }
    }
    def("diag_indices") { [unowned self] a in
      let v = try a.bind("diag_indices", ["n", "ndim"], required: 1)
      let n = try self.requireInt(v[0] ?? .none, "diag_indices")
      let ndim = try v[1].map { try self.requireInt($0, "diag_indices") } ?? 2
      let idx = Value.array(NDArray(int64: (0..<Int64(max(n, 0))).map { $0 }, shape: [max(n, 0)]))
      return .tuple(Array(repeating: idx, count: max(ndim, 0)))
    }
    for name in ["tril_indices", "triu_indices"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["n", "k", "m"], required: 1)
        let n = try self.requireInt(v[0] ?? .none, name)
        let k = try v[1].map { try self.requireInt($0, name) } ?? 0
        let m = try self.optionalInt(v[2], name) ?? n
        var rows: [Int64] = [], cols: [Int64] = []
        for i in 0..<max(n, 0) {
          for j in 0..<max(m, 0) where name == "tril_indices" ? j - i <= k : j - i >= k {
            rows.append(Int64(i))
            cols.append(Int64(j))
          }
        }
        return .tuple([.array(NDArray(int64: rows, shape: [rows.count])), .array(NDArray(int64: cols, shape: [cols.count]))])
      }
    }
  }

  /// The positions where a flat boolean array is true, as an int64 index array.
  private func positions(_ mask: NDArray) throws -> NDArray {
    let hits = mask.scalars().enumerated().compactMap { $0.element == .bool(true) ? Int64($0.offset) : nil }
    return NDArray(int64: hits, shape: [hits.count])
  }

  private func writableArray(_ v: Value, _ name: String) throws -> NDArray {
    guard case .array(let x) = v else {
      throw PyError.make(.typeError, "\(name)() argument 1 must be numpy.ndarray, not \(typeName(v))")
    }
    try engine { try x.checkWritable() }
    return x
  }

  /// Rewrites `target` through its flat (C-order) element list.
  private func rewriteFlat(_ target: NDArray, _ edit: (inout [Scalar]) throws -> Void) throws {
    var flat = target.scalars()
    try edit(&flat)
    try engine { try target.assign(try NDArray.fromScalars(flat, shape: target.shape, dtype: target.dtype)) }
  }
}
