import SwnbArray
import SwnbPrinting

/// The `numpy` module table: creation, ufuncs, reductions, shape functions, print options.
extension Runtime {
  func makeExtensionModule(_ name: String) throws -> PyModule? {
    switch name {
    case "numpy": return try makeNumpyModule()
    case "numpy.linalg": return makeLinalgModule()
    case "numpy.random": return makeRandomModule()
    case "nmf": return makeNMFModule()
    case "sklearn": return try makeSklearnModule()
    case "sklearn.decomposition": return makeSklearnDecompositionModule()
    case "sklearn.exceptions": return makeSklearnExceptionsModule()
    default: return nil
    }
  }

  static let unaryUfuncNames: [String: UnaryUfunc] = {
    var table: [String: UnaryUfunc] = [:]
    for f in UnaryUfunc.allCases { table[f.name] = f }
    table["abs"] = .absolute
    table["fabs"] = .absolute
    return table
  }()

  static let binaryUfuncNames: [String: BinaryUfunc] = {
    var table: [String: BinaryUfunc] = [:]
    for f in BinaryUfunc.allCases { table[f.name] = f }
    table["true_divide"] = .trueDivide
    table["mod"] = .remainder
    return table
  }()

  private func makeNumpyModule() throws -> PyModule {
    var attrs: [String: Value] = [
      "pi": .float(Double.pi), "e": .float(2.718281828459045), "inf": .float(.infinity),
      "nan": .float(.nan), "newaxis": .none, "__version__": .str("2.4.6"),
    ]
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    for (name, f) in Runtime.unaryUfuncNames {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["x", "out", "dtype"], required: 1)
        var x = try self.toArray(v[0] ?? .none)
        if let d = try self.dtypeArgument(v[2]) { x = try self.engine { try x.astype(d) } }
        var warnings: [ArrayWarning] = []
        let r = try self.engine { try x.apply(f, warnings: &warnings) }
        self.warn(warnings)
        return try self.ufuncOutput(self.wrap(r), v[1], ufunc: name)
      }
    }
    for (name, f) in Runtime.binaryUfuncNames {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["x1", "x2", "out", "dtype"], required: 2)
        guard var x = try self.operand(v[0] ?? .none), var y = try self.operand(v[1] ?? .none) else {
          throw PyError.make(.typeError, "ufunc '\(name)' not supported for the input types")
        }
        if let d = try self.dtypeArgument(v[3]) {
          // numpy casts both inputs to `dtype` and computes there.
          x = .array(try self.engine { try self.toArray(v[0] ?? .none).astype(d) })
          y = .array(try self.engine { try self.toArray(v[1] ?? .none).astype(d) })
        }
        return try self.ufuncOutput(try self.ufunc(f, x, y), v[2], ufunc: name)
      }
    }
    for name in ["sum", "mean", "std", "var", "min", "max", "argmin", "argmax", "prod", "cumsum", "cumprod", "any", "all", "ptp", "transpose", "ravel", "squeeze", "trace", "diagonal", "nonzero", "round", "clip", "sort", "argsort", "copy"] {
      def(name) { [unowned self] a in
        guard !a.positional.isEmpty || a.keyword("a") != nil else {
          throw PyError.make(.typeError, "\(name)() missing required argument 'a' (pos 1)")
        }
        var rest = a
        let first = rest.positional.isEmpty ? (rest.keyword("a") ?? .none) : rest.positional.removeFirst()
        rest.keywords.removeAll { $0.name == "a" }
        let arr = try self.toArray(first)
        if name == "sort" || name == "argsort" {
          let v = try rest.bind(name, ["axis", "kind", "order"])
          let axis = try v[0].map { $0.isNone ? nil : try self.requireInt($0, name) } ?? -1
          return self.wrap(try self.sortArray(arr, argsort: name == "argsort", axis: axis))
        }
        return try self.arrayMethod(arr, name, rest)
      }
    }
    attrs["amin"] = attrs["min"]
    attrs["amax"] = attrs["max"]
    attrs["around"] = attrs["round"]
    attrs["absolute"] = attrs["abs"]
    installCreation(&attrs)
    installShapeFunctions(&attrs)
    installNumpyTypes(&attrs)
    installComplexFunctions(&attrs)
    installPrintOptions(&attrs)
    installArrayTextFunctions(&attrs)
    installStatistics(&attrs)
    installErrorState(&attrs)
    installFileFunctions(&attrs)
    installNumpyExtras(&attrs)
    installManipulation(&attrs)
    installNanReductions(&attrs)
    installNumerics(&attrs)
    installFitting(&attrs)
    installHistogram2D(&attrs)
    installFunctional(&attrs)
    installIndexTricks(&attrs)
    installStringFunctions(&attrs)
    installSelection(&attrs)
    installAssembly(&attrs)
    installCalculus(&attrs)
    guard case .module(let linalg) = try importModule("numpy.linalg"),
      case .module(let random) = try importModule("numpy.random")
    else { return PyModule(name: "numpy", attributes: attrs) }
    attrs["linalg"] = .module(linalg)
    attrs["random"] = .module(random)
    return PyModule(name: "numpy", attributes: attrs)
  }

  private func installCreation(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("array") { [unowned self] a in
      let v = try a.bind("array", ["object", "dtype", "copy", "order", "subok", "ndmin"], required: 1)
      let dt = try self.dtypeArgument(v[1])
      let source = v[0] ?? .none
      let made: NDArray
      if case .array(let x) = source {
        made = try self.engine { try dt.map { try x.astype($0) } ?? x.copy() }
      } else {
        made = try self.engine { try self.toArray(source, dtype: dt) }
      }
      // `ndmin`: leading length-1 axes up to that many dimensions.
      let ndmin = try self.optionalInt(v[5], "array") ?? 0
      guard made.ndim < ndmin else { return .array(made) }
      return .array(try self.engine { try made.reshaped(Array(repeating: 1, count: ndmin - made.ndim) + made.shape) })
    }
    def("asarray") { [unowned self] a in
      let v = try a.bind("asarray", ["a", "dtype"], required: 1)
      return .array(try self.toArray(v[0] ?? .none, dtype: try self.dtypeArgument(v[1])))
    }
    for (name, maker) in [("zeros", NDArray.zeros), ("ones", NDArray.ones), ("empty", NDArray.zeros)] as [(String, ([Int], DType) throws -> NDArray)] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["shape", "dtype"], required: 1)
        let shape = try self.shapeArgument(v[0] ?? .none)
        return .array(try self.engine { try maker(shape, try self.dtypeArgument(v[1]) ?? .float64) })
      }
    }
    def("full") { [unowned self] a in
      let v = try a.bind("full", ["shape", "fill_value", "dtype"], required: 2)
      guard let s = self.engineScalar(v[1] ?? .none) else { throw PyError.make(.typeError, "fill_value must be a scalar") }
      return .array(try self.engine { try NDArray.full(try self.shapeArgument(v[0] ?? .none), s, dtype: try self.dtypeArgument(v[2])) })
    }
    for name in ["zeros_like", "ones_like", "empty_like"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "dtype"], required: 1)
        let x = try self.toArray(v[0] ?? .none)
        let dt = try self.dtypeArgument(v[1])
        return .array(try self.engine { name == "ones_like" ? try NDArray.onesLike(x, dtype: dt) : try NDArray.zerosLike(x, dtype: dt) })
      }
    }
    def("full_like") { [unowned self] a in
      let v = try a.bind("full_like", ["a", "fill_value", "dtype"], required: 2)
      guard let s = self.engineScalar(v[1] ?? .none) else { throw PyError.make(.typeError, "fill_value must be a scalar") }
      return .array(try self.engine { try NDArray.fullLike(try self.toArray(v[0] ?? .none), s, dtype: try self.dtypeArgument(v[2])) })
    }
    def("arange") { [unowned self] a in
      let v = try a.bind("arange", ["start", "stop", "step", "dtype"], required: 1)
      func scalar(_ x: Value?) throws -> Scalar? {
        guard let x, !x.isNone else { return nil }
        guard let s = self.engineScalar(x) else { throw PyError.make(.typeError, "unsupported operand type for arange: '\(typeName(x))'") }
        return s
      }
      guard let start = try scalar(v[0]) else { throw PyError.make(.typeError, "arange() requires stop to be specified.") }
      return .array(try self.engine { try NDArray.arange(start, try scalar(v[1]), step: try scalar(v[2]), dtype: try self.dtypeArgument(v[3])) })
    }
    def("linspace") { [unowned self] a in
      let v = try a.bind("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype"], required: 2)
      let start = try self.requireFloat(v[0] ?? .none, "linspace")
      let stop = try self.requireFloat(v[1] ?? .none, "linspace")
      let num = try v[2].map { try self.requireInt($0, "linspace") } ?? 50
      let endpoint = try v[3].map { try self.truthy($0) } ?? true
      let r = try self.engine { try NDArray.linspace(start, stop, num: num, endpoint: endpoint, dtype: try self.dtypeArgument(v[5])) }
      if let ret = v[4], try self.truthy(ret) { return .tuple([.array(r.array), .npScalar(NDArray.scalar(.float(r.step), dtype: .float64))]) }
      return .array(r.array)
    }
    def("eye") { [unowned self] a in
      let v = try a.bind("eye", ["N", "M", "k", "dtype"], required: 1)
      let n = try self.requireInt(v[0] ?? .none, "eye")
      let m = try v[1].flatMap { $0.isNone ? nil : try self.requireInt($0, "eye") }
      let k = try v[2].map { try self.requireInt($0, "eye") } ?? 0
      return .array(try self.engine { try NDArray.eye(n, m, k: k, dtype: try self.dtypeArgument(v[3]) ?? .float64) })
    }
    def("identity") { [unowned self] a in
      let v = try a.bind("identity", ["n", "dtype"], required: 1)
      return .array(try self.engine { try NDArray.identity(try self.requireInt(v[0] ?? .none, "identity"), dtype: try self.dtypeArgument(v[1]) ?? .float64) })
    }
    def("diag") { [unowned self] a in
      let v = try a.bind("diag", ["v", "k"], required: 1)
      let k = try v[1].map { try self.requireInt($0, "diag") } ?? 0
      return .array(try self.engine { try NDArray.diag(try self.toArray(v[0] ?? .none), k: k) })
    }
  }

  private func installShapeFunctions(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("reshape") { [unowned self] a in
      let v = try a.bind("reshape", ["a", "shape", "order"], required: 2)
      var forwarded = Arguments([v[1] ?? .none], [])
      if let order = v[2] { forwarded.keywords.append((name: "order", value: order)) }
      return try self.arrayMethod(try self.toArray(v[0] ?? .none), "reshape", forwarded)
    }
    for name in ["dot", "matmul", "outer", "inner", "vdot"] {
      def(name) { [unowned self] a in
        let v = try a.exactly(2, name)
        let x = try self.toArray(v[0])
        let y = try self.toArray(v[1])
        return self.wrap(try self.engine {
          switch name {
          case "dot": return try NDArray.dot(x, y)
          case "matmul": return try NDArray.matmul(x, y)
          case "outer": return try NDArray.outer(x, y)
          case "inner": return try NDArray.inner(x, y)
          default: return try NDArray.vdot(x, y)
          }
        })
      }
    }
    for name in ["concatenate", "vstack", "hstack", "stack"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["arrays", "axis"], required: 1)
        let arrays = try self.collect(v[0] ?? .none).map { try self.toArray($0) }
        var axis: Int? = 0
        if let ax = v[1] { axis = ax.isNone ? nil : try self.requireInt(ax, name) }
        return .array(try self.engine {
          switch name {
          case "concatenate": return try NDArray.concatenate(arrays, axis: axis)
          case "vstack": return try NDArray.vstack(arrays)
          case "hstack": return try NDArray.hstack(arrays)
          default: return try NDArray.stack(arrays, axis: axis ?? 0)
          }
        })
      }
    }
    def("where") { [unowned self] a in
      try a.noKeywords("where")
      let cond = try self.toArray(a.positional.first ?? .none)
      if a.positional.count == 1 { return try self.nonzero(cond) }
      guard a.positional.count == 3 else { throw PyError.make(.valueError, "either both or neither of x and y should be given") }
      return try self.whereSelect(cond, a.positional[1], a.positional[2])
    }
    def("allclose") { [unowned self] a in
      .bool(try self.closeMask(a, "allclose").allSatisfy { $0 })
    }
    def("isclose") { [unowned self] a in
      let v = try a.bind("isclose", ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
      let shape = try self.engine { try Shape.broadcast(try self.toArray(v[0] ?? .none).shape, try self.toArray(v[1] ?? .none).shape) }
      return self.wrap(NDArray(bool: try self.closeMask(a, "isclose"), shape: shape))
    }
    def("array_equal") { [unowned self] a in
      let v = try a.bind("array_equal", ["a1", "a2", "equal_nan"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let y = try self.toArray(v[1] ?? .none)
      let equalNaN = try v[2].map { try self.truthy($0) } ?? false
      if x.dtype.isUnicode || y.dtype.isUnicode {
        return .bool(x.shape == y.shape && x.scalars() == y.scalars())
      }
      return .bool(try self.engine { try NDArray.arrayEqual(x, y, equalNaN: equalNaN) })
    }
    def("count_nonzero") { [unowned self] a in
      let v = try a.bind("count_nonzero", ["a", "axis"], required: 1)
      return self.wrap(try self.engine { try self.toArray(v[0] ?? .none).countNonzero(axis: try self.axisArgument(v[1])) })
    }
    def("shape") { [unowned self] a in .tuple(try self.toArray(try a.exactly(1, "shape")[0]).shape.map { .int($0) }) }
    def("ndim") { [unowned self] a in .int(try self.toArray(try a.exactly(1, "ndim")[0]).ndim) }
    def("size") { [unowned self] a in .int(try self.toArray(try a.exactly(1, "size")[0]).size) }
    def("tril") { [unowned self] a in
      let v = try a.bind("tril", ["m", "k"], required: 1)
      return .array(try self.engine { try self.toArray(v[0] ?? .none).tril(try v[1].map { try self.requireInt($0, "tril") } ?? 0) })
    }
    def("triu") { [unowned self] a in
      let v = try a.bind("triu", ["m", "k"], required: 1)
      return .array(try self.engine { try self.toArray(v[0] ?? .none).triu(try v[1].map { try self.requireInt($0, "triu") } ?? 0) })
    }
    def("tile") { [unowned self] a in
      let v = try a.exactly(2, "tile")
      return .array(try self.engine { try self.toArray(v[0]).tiled(try self.shapeArgument(v[1])) })
    }
    def("expand_dims") { [unowned self] a in
      let v = try a.bind("expand_dims", ["a", "axis"], required: 2)
      return .array(try self.engine { try self.toArray(v[0] ?? .none).expandDims(try self.requireInt(v[1] ?? .none, "expand_dims")) })
    }
  }

  /// `np.where(cond, x, y)`: elementwise selection after broadcasting.
  func whereSelect(_ cond: NDArray, _ x: Value, _ y: Value) throws -> Value {
    let xa = try toArray(x)
    let ya = try toArray(y)
    if xa.dtype.isNumeric, ya.dtype.isNumeric, let xo = try operand(x), let yo = try operand(y) {
      // Python scalars stay weak (NEP 50): `np.where(m, uint16_array, 0)` is uint16.
      return wrap(try engine { try NDArray.where(cond, xo, yo) })
    }
    return try engine {
      let shape = try Shape.broadcast([cond.shape, xa.shape, ya.shape])
      let c = try cond.broadcast(to: shape).scalars()
      let xs = try xa.broadcast(to: shape).scalars()
      let ys = try ya.broadcast(to: shape).scalars()
      let dtype = DType.promote(xa.dtype, ya.dtype)
      let out = zip(c, zip(xs, ys)).map { ($0.0.doubleValue != 0 || $0.0 == .bool(true)) ? $0.1.0 : $0.1.1 }
      return wrap(try NDArray.fromScalars(out, shape: shape, dtype: dtype))
    }
  }

  /// `np.isclose` semantics: |a - b| <= atol + rtol * |b|.
  private func closeMask(_ a: Arguments, _ name: String) throws -> [Bool] {
    let v = try a.bind(name, ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
    let x = try toArray(v[0] ?? .none)
    let y = try toArray(v[1] ?? .none)
    let rtol = try v[2].map { try requireFloat($0, name) } ?? 1e-5
    let atol = try v[3].map { try requireFloat($0, name) } ?? 1e-8
    let equalNaN = try v[4].map { try truthy($0) } ?? false
    return try engine {
      if x.dtype.isComplex || y.dtype.isComplex {
        let close = try NDArray.isclose(.array(x), .array(y), rtol: rtol, atol: atol, equalNaN: equalNaN)
        return close.scalars().map { $0 == .bool(true) }
      }
      let shape = try Shape.broadcast(x.shape, y.shape)
      let xs = try x.broadcast(to: shape).scalars().map(\.doubleValue)
      let ys = try y.broadcast(to: shape).scalars().map(\.doubleValue)
      return zip(xs, ys).map { p, q in
        if p.isNaN || q.isNaN { return equalNaN && p.isNaN && q.isNaN }
        if p == q { return true }
        if p.isInfinite || q.isInfinite { return false }
        return abs(p - q) <= atol + rtol * abs(q)
      }
    }
  }
}
