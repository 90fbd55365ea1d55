import SwnbArray

/// `np.argwhere`, `np.ix_`, `np.diff`, `np.isin` and `np.searchsorted`.
extension Runtime {
  func installNumpyExtras(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("argwhere") { [unowned self] a in
      let x = try self.toArray(try a.bind("argwhere", ["a"], required: 1)[0] ?? .none)
      return .array(try self.engine { try x.argwhere() })
    }
    def("ix_") { [unowned self] a in
      try a.noKeywords("ix_")
      let arrays = try a.positional.map { v -> NDArray in
        let x = try self.toArray(v)
        switch v {
        case .array, .npScalar: return x
        // numpy types empty Python sequences (not arrays) as intp.
        default: return x.size == 0 ? try self.engine { try x.astype(.int64) } : x
        }
      }
      return .tuple(try self.engine { try NDArray.ix(arrays) }.map { .array($0) })
    }
    def("diff") { [unowned self] a in
      let v = try a.bind("diff", ["a", "n", "axis", "prepend", "append"], required: 1)
      var x = try self.toArray(v[0] ?? .none)
      let n = try v[1].map { try self.requireInt($0, "diff") } ?? 1
      let axis = try v[2].map { try self.requireInt($0, "diff") } ?? -1
      if v[3] != nil || v[4] != nil {
        // numpy's prepend/append: scalars broadcast to one slice along `axis`, then joined.
        let source = x
        let ax = try self.engine { try Shape.normalizeAxis(axis, ndim: max(source.ndim, 1)) }
        func piece(_ value: Value) throws -> NDArray {
          let p = try self.toArray(value)
          guard p.ndim == 0 else { return p }
          var shape = source.shape
          if ax < shape.count { shape[ax] = 1 }
          return try self.engine { try p.broadcast(to: shape) }
        }
        let parts = try [v[3].map(piece), source, v[4].map(piece)].compactMap { $0 }
        x = try self.engine { try NDArray.concatenate(parts, axis: ax) }
      }
      let joined = x
      return .array(try self.engine { try joined.diff(n: n, axis: axis) })
    }
    def("isin") { [unowned self] a in
      try self.rejectComplexArguments(a, "isin")
      let v = try a.bind("isin", ["element", "test_elements", "assume_unique", "invert"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let tests = try self.toArray(v[1] ?? .none)
      let invert = try v[3].map { try self.truthy($0) } ?? false
      return self.wrap(x.isin(tests, invert: invert))
    }
    def("searchsorted") { [unowned self] a in
      let v = try a.bind("searchsorted", ["a", "v", "side", "sorter"], required: 2)
      var x = try self.toArray(v[0] ?? .none)
      if let sorter = v[3], !sorter.isNone {
        // numpy searches `a[sorter]`, the array in sorted order.
        let order = try self.toArray(sorter)
        let unsorted = x
        x = try self.engine { try unsorted.take(order, axis: nil) }
      }
      guard let values = try self.operand(v[1] ?? .none) else {
        throw PyError.make(.typeError, "searchsorted: v must be array-like")
      }
      var side = "left"
      if let s = v[2] {
        guard case .str(let text) = s else {
          throw PyError.make(.typeError, "search side must be str, not \(typeName(s))")
        }
        side = text
      }
      return self.wrap(try self.engine { try x.searchsorted(values, side: side) })
    }
  }
}
