import SwnbArray

/// numpy 2's array-API names in `numpy.linalg` (vector_norm, matrix_norm, svdvals, outer,
/// cross, matrix_transpose, diagonal, trace, matmul, tensordot, vecdot), forwarding to the
/// top-level functions with the array API's axis conventions and checks.
extension Runtime {
  func installLinalgArrayAPI(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    for name in ["matmul", "tensordot", "vecdot"] {
      def(name) { [unowned self] a in try self.call(try self.numpyAttribute("numpy", name), a) }
    }
    def("outer") { [unowned self] a in
      let v = try a.exactly(2, "outer")
      let x1 = try self.toArray(v[0]), x2 = try self.toArray(v[1])
      guard x1.ndim == 1, x2.ndim == 1 else {
        throw PyError.make(.valueError, "Input arrays must be one-dimensional, but they are x1.ndim=\(x1.ndim) and x2.ndim=\(x2.ndim).")
      }
      return try self.call(try self.numpyAttribute("numpy", "outer"), Arguments([.array(x1), .array(x2)]))
    }
    def("cross") { [unowned self] a in
      let v = try a.bind("cross", ["x1", "x2", "axis"], required: 2)
      let x1 = try self.toArray(v[0] ?? .none), x2 = try self.toArray(v[1] ?? .none)
      let axis = try self.optionalInt(v[2], "cross") ?? -1
      let d1 = try self.axisLength(x1, axis), d2 = try self.axisLength(x2, axis)
      guard d1 == 3, d2 == 3 else {
        throw PyError.make(.valueError, "Both input arrays must be (arrays of) 3-dimensional vectors, but they are \(d1) and \(d2) dimensional instead.")
      }
      guard axis == -1 || axis == x1.ndim - 1 else {
        throw PyError.make(.notImplementedError, "MatrixScript supports np.linalg.cross along the last axis only")
      }
      return try self.call(try self.numpyAttribute("numpy", "cross"), Arguments([.array(x1), .array(x2)]))
    }
    def("matrix_transpose") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "matrix_transpose")[0])
      guard x.ndim >= 2 else {
        throw PyError.make(.valueError, "Input array must be at least 2-dimensional, but it is \(x.ndim)")
      }
      return .array(try self.engine { try x.swapaxes(-1, -2) })
    }
    for name in ["diagonal", "trace"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["x", "offset"], required: 1)
        let args = Arguments([v[0] ?? .none], [("offset", v[1] ?? .int(0))])
        let diagonal = try self.call(try self.numpyAttribute("numpy", "diagonal"), args)
        if name == "diagonal" { return diagonal }
        return try self.call(try self.numpyAttribute("numpy", "sum"), Arguments([diagonal]))
      }
    }
    def("svdvals") { [unowned self] a in
      let x = try a.exactly(1, "svdvals")[0]
      return try self.call(try self.numpyAttribute("numpy.linalg", "svd"), Arguments([x], [("compute_uv", .bool(false))]))
    }
    def("vector_norm") { [unowned self] a in
      let v = try a.bind("vector_norm", ["x", "axis", "keepdims", "ord"], required: 1)
      var x = try self.toArray(v[0] ?? .none)
      let shape = x.shape
      var axis = v[1] ?? .none
      if axis.isNone {
        x = try self.engine { try x.raveled() }
        axis = .int(0)
      }
      let norm = try self.call(try self.numpyAttribute("numpy.linalg", "norm"), Arguments([.array(x), v[3] ?? .int(2), axis]))
      guard let keep = v[2], try self.truthy(keep) else { return norm }
      return try self.keptNormDims(norm, shape: shape, axis: v[1])
    }
    def("matrix_norm") { [unowned self] a in
      let v = try a.bind("matrix_norm", ["x", "keepdims", "ord"], required: 1)
      let axes = Value.tuple([.int(-2), .int(-1)])
      return try self.call(try self.numpyAttribute("numpy.linalg", "norm"), Arguments([v[0] ?? .none, v[2] ?? .str("fro"), axes, v[1] ?? .bool(false)]))
    }
  }

  /// `module.name` of an imported numpy module.
  private func numpyAttribute(_ module: String, _ name: String) throws -> Value {
    guard case .module(let m) = try importModule(module), let f = m.attributes[name] else {
      throw PyError.make(.attributeError, "module '\(module)' has no attribute '\(name)'")
    }
    return f
  }

  private func axisLength(_ x: NDArray, _ axis: Int) throws -> Int {
    x.shape[try engine { try Shape.normalizeAxis(axis, ndim: x.ndim) }]
  }

  /// A norm with the reduced axes kept as length 1 (`keepdims=True`): every axis for
  /// `axis=None`, else the given one or two.
  func keptNormDims(_ norm: Value, shape: [Int], axis: Value?) throws -> Value {
    var kept = shape
    if let axis, !axis.isNone {
      let items: [Value] = if case .tuple(let t) = axis { t } else { [axis] }
      for item in items {
        let ax = try engine { try Shape.normalizeAxis(try requireInt(item, "norm"), ndim: shape.count) }
        kept[ax] = 1
      }
    } else {
      kept = kept.map { _ in 1 }
    }
    let r = try toArray(norm)
    return .array(try engine { try r.reshaped(kept) })
  }
}
