import SwnbArray

/// numpy's index tricks: `np.mgrid`, `np.ogrid`, `np.r_`, `np.c_` (objects subscripted with
/// slices), and `np.indices` / `np.fromfunction`.
extension Runtime {
  func installIndexTricks(_ attrs: inout [String: Value]) {
    for (name, className) in [("mgrid", "MGridClass"), ("ogrid", "OGridClass"), ("r_", "RClass"), ("c_", "CClass")] {
      let getItem = BuiltinFunction("__getitem__", isMethod: true) { [unowned self] a in
        let key = a.positional.count > 1 ? a.positional[1] : .none
        var items: [Value] = [key]
        if case .tuple(let t) = key { items = t }
        switch name {
        case "mgrid", "ogrid": return try self.grid(items, open: name == "ogrid")
        case "r_": return .array(try self.engine { try NDArray.concatenate(try items.map { try self.gridPiece($0) }, axis: 0) })
        default: return .array(try self.engine { try NDArray.columnStack(try items.map { try self.gridPiece($0) }) })
        }
      }
      let t = PyType(name: className, bases: [objectType], attributes: ["__getitem__": .builtin(getItem)], module: "numpy.lib._index_tricks_impl")
      attrs[name] = .object(PyObject(type: t))
    }
    attrs["indices"] = .builtin(BuiltinFunction("indices") { [unowned self] a in
      let v = try a.bind("indices", ["dimensions", "dtype"], required: 1)
      return .array(try self.indices(try self.shapeArgument(v[0] ?? .none), dtype: try self.dtypeArgument(v[1]) ?? .int64))
    })
    attrs["fromfunction"] = .builtin(BuiltinFunction("fromfunction") { [unowned self] a in
      guard a.positional.count >= 2 || a.keyword("shape") != nil else {
        throw PyError.make(.typeError, "fromfunction() missing 1 required positional argument: 'shape'")
      }
      let f = a.positional.first ?? .none
      let shape = try self.shapeArgument(a.positional.count > 1 ? a.positional[1] : a.keyword("shape") ?? .none)
      let dtype = try self.dtypeArgument(a.keyword("dtype")) ?? .float64
      let grids = try self.indices(shape, dtype: dtype)
      let parts = try (0..<shape.count).map { i in Value.array(try self.engine { try grids.get([.int(i)]) }) }
      let extra = a.keywords.filter { $0.name != "dtype" && $0.name != "shape" && $0.name != "like" }
      return try self.call(f, Arguments(parts, extra))
    })
  }

  /// `np.indices(shape)`: one grid per axis, stacked.
  private func indices(_ shape: [Int], dtype: DType) throws -> NDArray {
    try engine {
      let axes = try shape.map { try NDArray.arange(.int(0), .int(Int64($0)), dtype: dtype) }
      let grids = try NDArray.meshgrid(axes, cartesian: false)
      return try NDArray.stack(grids.isEmpty ? [NDArray(zeros: [], dtype: dtype)] : grids, axis: 0).reshaped([shape.count] + shape)
    }
  }

  /// One slice of `mgrid`/`ogrid`/`r_` as a 1-d range (`start + i * step`).
  private func sliceRange(_ start: Value, _ stop: Value, _ step: Value) throws -> NDArray {
    let parts = [start, stop, step]
    let isFloat = parts.contains { if case .float = $0 { return true } else { return false } }
    let lo = start.isNone ? 0 : try requireFloat(start, "mgrid")
    let hi = try requireFloat(stop, "mgrid")
    if case .complex(let z) = step {
      // An imaginary step is a point count, end point included (numpy's `5j`).
      let count = Int(z.magnitude)
      let by = count != 1 ? (hi - lo) / Double(count - 1) : 1
      return NDArray(float64: (0..<max(count, 0)).map { Double($0) * by + lo }, shape: [max(count, 0)])
    }
    let by = step.isNone ? 1 : try requireFloat(step, "mgrid")
    guard by != 0 else { throw PyError.make(.valueError, "slice step cannot be zero") }
    let count = max(Int(((hi - lo) / by).rounded(.up)), 0)
    if isFloat {
      return NDArray(float64: (0..<count).map { Double($0) * by + lo }, shape: [count])
    }
    return NDArray(int64: (0..<count).map { Int64($0) * Int64(by) + Int64(lo) }, shape: [count])
  }

  private func gridPiece(_ v: Value) throws -> NDArray {
    if case .slice(let a, let b, let c) = v { return try sliceRange(a, b, c) }
    return try toArray(v).atLeast1D()
  }

  /// `mgrid[...]` (dense, stacked) and `ogrid[...]` (open, broadcastable) grids.
  private func grid(_ items: [Value], open: Bool) throws -> Value {
    let ranges = try items.map { v -> NDArray in
      guard case .slice(let a, let b, let c) = v else {
        throw PyError.make(.notImplementedError, "MatrixScript supports np.mgrid/np.ogrid with real slices only")
      }
      return try sliceRange(a, b, c)
    }
    if ranges.count == 1 { return .array(ranges[0]) }
    let dtype = ranges.dropFirst().reduce(ranges[0].dtype) { DType.promote($0, $1.dtype) }
    return try engine {
      let typed = try ranges.map { try $0.astype(dtype) }
      if open {
        return .tuple(try typed.enumerated().map { i, r in
          var shape = [Int](repeating: 1, count: typed.count)
          shape[i] = r.size
          return .array(try r.reshaped(shape))
        })
      }
      return .array(try NDArray.stack(try NDArray.meshgrid(typed, cartesian: false), axis: 0))
    }
  }
}
