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
        if let m = v[5], case .str(let s) = m, s != "linear" {
          throw PyError.make(.notImplementedError, "MatrixScript supports np.\(name) with method='linear' only")
        }
        let keep = try v[6].map { try self.truthy($0) } ?? false
        let axis = try self.axisArgument(v[2])
        return self.wrap(try self.engine {
          name == "percentile" ? try x.percentile(q, axis: axis, keepdims: keep) : try x.quantile(q, axis: axis, keepdims: keep)
        })
      })
    }
  }
}
