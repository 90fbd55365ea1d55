import Foundation
import SwnbArray

/// Functions that call script code or describe types: `np.apply_along_axis`, `np.vectorize`,
/// `np.einsum`, `np.finfo`, `np.iinfo` and `np.exp2`.
extension Runtime {
  func installFunctional(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("apply_along_axis") { [unowned self] a in
      guard a.positional.count >= 3 else {
        throw PyError.make(.typeError, "apply_along_axis() missing required arguments: 'func1d', 'axis' and 'arr'")
      }
      let f = a.positional[0]
      let axis = try self.requireInt(a.positional[1], "apply_along_axis")
      let x = try self.toArray(a.positional[2])
      let extra = Arguments(Array(a.positional.dropFirst(3)), a.keywords)
      return .array(try self.applyAlongAxis(f, axis, x, extra))
    }
    def("vectorize") { [unowned self] a in
      let v = try a.bind("vectorize", ["pyfunc", "otypes"], required: 1)
      let f = v[0] ?? .none
      let otype = try v[1].flatMap { o -> DType? in
        if case .str(let s) = o, s.count == 1 { return DType(name: ["d": "float64", "f": "float32", "l": "int64", "i": "int32", "?": "bool"][s] ?? s) }
        return try self.collect(o).first.flatMap { try self.dtypeArgument($0) }
      }
      return .builtin(BuiltinFunction("vectorize") { [unowned self] args in try self.vectorized(f, otype, args) })
    }
    def("einsum") { [unowned self] a in
      try self.rejectComplexArguments(a, "einsum")
      guard case .str(let spec) = a.positional.first ?? .none else {
        throw PyError.make(.notImplementedError, "MatrixScript supports np.einsum with a subscripts string only")
      }
      let operands = try a.positional.dropFirst().map { try self.toArray($0) }
      return self.wrap(try self.einsum(spec, operands))
    }
    def("finfo") { [unowned self] a in
      let dtype = try self.typeInfoDType(try a.exactly(1, "finfo")[0])
      let scalar: (Double) -> Value = { .npScalar(NDArray.scalar(.float($0), dtype: dtype)) }
      switch dtype {
      case .float64:
        return self.typeInfo("finfo", [("eps", scalar(Double.ulpOfOne)), ("max", scalar(Double.greatestFiniteMagnitude)),
          ("min", scalar(-Double.greatestFiniteMagnitude)), ("tiny", scalar(Double.leastNormalMagnitude)),
          ("smallest_normal", scalar(Double.leastNormalMagnitude)), ("resolution", scalar(1e-15)),
          ("bits", .int(64)), ("precision", .int(15)), ("dtype", .dtype(dtype))])
      case .float32:
        return self.typeInfo("finfo", [("eps", scalar(Double(Float.ulpOfOne))), ("max", scalar(Double(Float.greatestFiniteMagnitude))),
          ("min", scalar(-Double(Float.greatestFiniteMagnitude))), ("tiny", scalar(Double(Float.leastNormalMagnitude))),
          ("smallest_normal", scalar(Double(Float.leastNormalMagnitude))), ("resolution", scalar(Double(Float(1e-6)))),
          ("bits", .int(32)), ("precision", .int(6)), ("dtype", .dtype(dtype))])
      default:
        throw PyError.make(.valueError, "data type <class 'numpy.\(dtype.name)'> not inexact")
      }
    }
    def("iinfo") { [unowned self] a in
      let dtype = try self.typeInfoDType(try a.exactly(1, "iinfo")[0])
      // uint64's maximum is beyond the interpreter's int64 Python ints.
      guard dtype != .uint64, let (low, high) = dtype.integerBounds else {
        throw PyError.make(.valueError, "Invalid integer data type '\(dtype.kind)'.")
      }
      let range = (Int(low), Int(high))
      return self.typeInfo("iinfo", [("min", .int(range.0)), ("max", .int(range.1)), ("bits", .int(dtype.itemsize * 8)), ("dtype", .dtype(dtype))])
    }
    def("exp2") { [unowned self] a in
      let x = try self.toArray(try a.bind("exp2", ["x", "out"], required: 1)[0] ?? .none)
      if x.dtype.isComplex {
        // numpy's nc_exp2: exp(z·ln 2).
        return self.wrap(try self.engine {
          try NDArray.apply(.multiply, .array(x), .python(.float(0.693_147_180_559_945_309_417_232_121_458_176_568))).apply(.exp)
        })
      }
      let dtype: DType = x.dtype == .float32 ? .float32 : .float64
      return self.wrap(try self.engine { try NDArray(float64: x.contiguousFloat64().map { Foundation.exp2($0) }, shape: x.shape).astype(dtype) })
    }
  }

  private func typeInfoDType(_ v: Value) throws -> DType {
    switch v {
    case .array(let a), .npScalar(let a): return a.dtype
    default:
      guard let d = try dtypeArgument(v) else { throw PyError.make(.valueError, "data type must be given") }
      return d
    }
  }

  /// The `finfo`/`iinfo` result: its fields as attributes, numpy's repr
  /// `iinfo(min=0, max=255, dtype=uint8)` and iinfo's "Machine parameters" str.
  private func typeInfo(_ name: String, _ fields: [(String, Value)]) -> Value {
    let values = Dictionary(uniqueKeysWithValues: fields)
    let shown = name == "iinfo" ? ["min", "max", "dtype"] : ["resolution", "min", "max", "dtype"]
    let repr = BuiltinFunction("__repr__", isMethod: true) { [unowned self] _ in
      .str("\(name)(" + (try shown.map { "\($0)=\(try self.str(values[$0] ?? .none))" }.joined(separator: ", ")) + ")")
    }
    var methods: [String: Value] = ["__repr__": .builtin(repr)]
    if name == "iinfo" {
      methods["__str__"] = .builtin(BuiltinFunction("__str__", isMethod: true) { [unowned self] _ in
        let rule = String(repeating: "-", count: 63)
        let dtype = try self.str(values["dtype"] ?? .none)
        let low = try self.str(values["min"] ?? .none), high = try self.str(values["max"] ?? .none)
        return .str("Machine parameters for \(dtype)\n\(rule)\nmin = \(low)\nmax = \(high)\n\(rule)\n")
      })
    }
    let o = PyObject(type: PyType(name: name, bases: [objectType], attributes: methods, module: "numpy"))
    o.attributes = values
    return .object(o)
  }

  /// numpy's `apply_along_axis`: `f` on each 1-d slice along `axis`; results stacked where
  /// the axis was.
  private func applyAlongAxis(_ f: Value, _ axis: Int, _ x: NDArray, _ extra: Arguments) throws -> NDArray {
    let ax = try engine { try Shape.normalizeAxis(axis, ndim: x.ndim) }
    let moved = try engine { try x.moveaxis(ax, -1) }
    let outer = Array(moved.shape.dropLast())
    let count = outer.reduce(1, *)
    guard count > 0 else { throw PyError.make(.valueError, "Cannot apply_along_axis when any iteration dimensions are 0") }
    let rows = try engine { try moved.reshaped([count, x.shape[ax]]) }
    var results: [NDArray] = []
    for i in 0..<count {
      var args = extra
      args.positional.insert(.array(try engine { try rows.get([.int(i)]) }), at: 0)
      results.append(try toArray(try call(f, args)))
    }
    return try engine {
      let stacked = try NDArray.stack(results, axis: 0)
      let resultShape = results[0].shape
      var out = try stacked.reshaped(outer + resultShape)
      // The result's own axes go where the applied axis was.
      for k in 0..<resultShape.count { out = try out.moveaxis(outer.count + k, ax + k) }
      return try out.copy()
    }
  }

  /// One `np.vectorize` call: broadcast the inputs, call `f` per element with Python values;
  /// the first result fixes the output dtype (or `otype`).
  private func vectorized(_ f: Value, _ otype: DType?, _ args: Arguments) throws -> Value {
    let arrays = try args.positional.map { try toArray($0) }
    let shape = try engine { try Shape.broadcast(arrays.map(\.shape)) }
    let size = shape.reduce(1, *)
    if size == 0 && otype == nil {
      throw PyError.make(.valueError, "cannot call `vectorize` on size 0 inputs unless `otypes` is set")
    }
    let columns = try engine { try arrays.map { try $0.broadcast(to: shape).scalars() } }
    var results: [Value] = []
    for i in 0..<size {
      results.append(try call(f, Arguments(columns.map { pythonValue($0[i]) }, args.keywords)))
    }
    let dtype = try otype ?? results.first.map { try toArray($0).dtype } ?? .float64
    return .array(try engine { try toArray(.list(PyList(results)), dtype: dtype).reshaped(shape) })
  }
}
