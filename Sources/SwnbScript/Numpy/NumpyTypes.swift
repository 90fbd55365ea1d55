import SwnbArray
import SwnbPrinting

/// numpy's scalar types (`np.float64`...), `np.ndarray`, `np.dtype` and the print options.
extension Runtime {
  /// The class object for a numpy type name (`ndarray`, `float64`...), created once.
  func numpyType(_ name: String) -> PyType {
    if let t = types["numpy." + name] { return t }
    var bases = [objectType]
    // numpy's abstract scalar hierarchy, for `isinstance(x, np.integer)`.
    let parents: [String: String] = [
      "number": "generic", "integer": "number", "signedinteger": "integer", "unsignedinteger": "integer",
      "inexact": "number", "floating": "inexact", "complexfloating": "inexact", "complex128": "complexfloating", "float32": "floating", "float64": "floating", "bool_": "generic",
      "int8": "signedinteger", "int16": "signedinteger", "int32": "signedinteger", "int64": "signedinteger",
      "uint8": "unsignedinteger", "uint16": "unsignedinteger", "uint32": "unsignedinteger", "uint64": "unsignedinteger",
    ]
    if let parent = parents[name] { bases = [numpyType(parent)] }
    if name == "float64", let f = types["float"] { bases.append(f) }
    if name == "complex128", let c = types["complex"] { bases.append(c) }
    let t = PyType(name: name, bases: bases, module: "numpy")
    if let dtype = DType(name: name == "bool_" ? "bool" : name) {
      t.constructor = BuiltinFunction(name) { [unowned self] a in
        let v = try a.bind(name, ["x"])
        guard let x = v[0] else { return .npScalar(NDArray.scalar(.int(0), dtype: dtype)) }
        let arr = try self.engine { try self.toArray(x, dtype: dtype) }
        return self.wrap(arr)
      }
    }
    types["numpy." + name] = t
    return t
  }

  func installNumpyTypes(_ attrs: inout [String: Value]) {
    let integers = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
    for name in ["float64", "float32", "bool_", "ndarray", "str_"] + integers {
      attrs[name] = .type(numpyType(name))
    }
    for name in ["ascontiguousarray", "asfortranarray"] {
      // Values only: MatrixScript arrays print and compute the same in either layout.
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "dtype"], required: 1)
        let x = try self.toArray(v[0] ?? .none, dtype: try self.dtypeArgument(v[1]))
        return .array(try self.engine { x.ndim == 0 ? try x.reshaped([1]) : x.isContiguous ? x : try x.copy() })
      })
    }
    attrs["bool"] = attrs["bool_"]
    attrs["double"] = attrs["float64"]
    // numpy's abstract scalar types, for `np.issubdtype(x.dtype, np.floating)`.
    let abstract: [String: (DType) -> Bool] = [
      "generic": { _ in true }, "number": { $0.isNumeric && $0 != .bool }, "integer": { $0.isInteger },
      "signedinteger": { $0.kind == "i" }, "unsignedinteger": { $0.kind == "u" },
      "inexact": { $0.isFloat || $0.isComplex }, "floating": { $0.isFloat },
      "complexfloating": { $0.isComplex },
    ]
    for name in abstract.keys { attrs[name] = .type(numpyType(name)) }
    attrs["issubdtype"] = .builtin(BuiltinFunction("issubdtype") { [unowned self] a in
      let v = try a.exactly(2, "issubdtype")
      guard let sub = try self.dtypeArgument(v[0]) else { return .bool(false) }
      if case .type(let t) = v[1], let test = abstract[t.name], t.module == "numpy" { return .bool(test(sub)) }
      return .bool(try self.dtypeArgument(v[1]) == sub)
    })
    attrs["result_type"] = .builtin(BuiltinFunction("result_type") { [unowned self] a in
      let dtypes = try a.positional.map { v -> DType in
        switch v {
        case .array(let x), .npScalar(let x): return x.dtype
        default: return try self.dtypeArgument(v) ?? .float64
        }
      }
      guard let first = dtypes.first else { throw PyError.make(.valueError, "at least one array or dtype is required") }
      return .dtype(dtypes.dropFirst().reduce(first) { DType.promote($0, $1) })
    })
    attrs["promote_types"] = .builtin(BuiltinFunction("promote_types") { [unowned self] a in
      let v = try a.exactly(2, "promote_types")
      guard let x = try self.dtypeArgument(v[0]), let y = try self.dtypeArgument(v[1]) else {
        throw PyError.make(.typeError, "Cannot interpret 'None' as a data type")
      }
      return .dtype(DType.promote(x, y))
    })
    attrs["dtype"] = .builtin(BuiltinFunction("dtype") { [unowned self] a in
      guard let d = try self.dtypeArgument(try a.exactly(1, "dtype")[0]) else {
        throw PyError.make(.typeError, "Cannot interpret 'None' as a data type")
      }
      return .dtype(d)
    })
  }

  func installPrintOptions(_ attrs: inout [String: Value]) {
    attrs["set_printoptions"] = .builtin(BuiltinFunction("set_printoptions") { [unowned self] a in
      try a.noPositionalBeyond(0, "set_printoptions")
      self.printOptions = try self.updatedPrintOptions(self.printOptions, a)
      return Value.none
    })
    attrs["get_printoptions"] = .builtin(BuiltinFunction("get_printoptions") { [unowned self] _ in
      let o = self.printOptions
      let d = PyDict()
      let entries: [(String, Value)] = [
        ("edgeitems", .int(o.edgeItems)), ("threshold", .int(o.threshold)),
        ("floatmode", .str(o.floatMode.rawValue)), ("precision", .int(o.precision)),
        ("suppress", .bool(o.suppress)), ("linewidth", .int(o.lineWidth)), ("nanstr", .str(o.nanString)),
        ("infstr", .str(o.infString)), ("sign", .str(String(o.sign))), ("formatter", .none),
        ("legacy", o.legacy.map { .str($0) } ?? .bool(false)), ("override_repr", .none),
      ]
      for (k, v) in entries { try d.set(.str(k), v) }
      return .dict(d)
    })
    attrs["array2string"] = .builtin(BuiltinFunction("array2string") { [unowned self] a in
      let v = try a.bind("array2string", ["a", "max_line_width", "precision", "suppress_small", "separator", "prefix", "style", "formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix", "legacy"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      // The print-option keywords, under set_printoptions' names.
      let renamed = [1: "linewidth", 2: "precision", 3: "suppress", 8: "threshold", 9: "edgeitems", 10: "sign", 11: "floatmode"]
      let keywords = renamed.sorted { $0.key < $1.key }.compactMap { i, name in v[i].flatMap { $0.isNone ? nil : (name: name, value: $0) } }
      var options = try self.updatedPrintOptions(self.printOptions, Arguments([], keywords), resetsFormatter: false)
      if let f = v[7], !f.isNone { options.formatter = try self.customElementText(f) }
      func text(_ i: Int, _ fallback: String) -> String {
        if let t = v[i], case .str(let s) = t { return s }
        return fallback
      }
      return .str(x.array2string(options: options, separator: text(4, " "), prefix: text(5, ""), suffix: text(12, "")))
    })
    attrs["printoptions"] = .builtin(BuiltinFunction("printoptions") { [unowned self] a in
      let options = try self.updatedPrintOptions(self.printOptions, a)
      return .native(NativeObject(.printOptionsContext(PrintOptionsContext(options: options))))
    })
  }

  /// The error kinds `np.errstate(...)`/`np.seterr(...)` keywords set to 'ignore'.
  private func ignoredKinds(_ a: Arguments, base: Set<String>) throws -> Set<String> {
    var ignored = base
    for (k, v) in a.keywords {
      guard case .str(let mode) = v else { continue }
      let kinds = k == "all" ? ["divide", "invalid", "over", "under"] : [k]
      for kind in kinds {
        guard ["divide", "invalid", "over", "under"].contains(kind) else {
          throw PyError.make(.typeError, "seterr() got an unexpected keyword argument '\(k)'")
        }
        if mode == "ignore" { ignored.insert(kind) } else { ignored.remove(kind) }
      }
    }
    return ignored
  }

  func installErrorState(_ attrs: inout [String: Value]) {
    attrs["errstate"] = .builtin(BuiltinFunction("errstate") { [unowned self] a in
      let ignored = try self.ignoredKinds(a, base: self.ignoredFloatingPointErrors)
      return .native(NativeObject(.errstate(ErrstateContext(ignored: ignored))))
    })
    attrs["seterr"] = .builtin(BuiltinFunction("seterr") { [unowned self] a in
      let old = PyDict()
      for kind in ["divide", "over", "under", "invalid"] {
        try old.set(.str(kind), .str(self.ignoredFloatingPointErrors.contains(kind) ? "ignore" : (kind == "under" ? "ignore" : "warn")))
      }
      self.ignoredFloatingPointErrors = try self.ignoredKinds(a, base: self.ignoredFloatingPointErrors)
      return .dict(old)
    })
  }

  /// `base` with the keywords of `a` applied; `set_printoptions` and `printoptions` always
  /// reset `formatter` (numpy does), `array2string` keeps it unless given.
  func updatedPrintOptions(_ base: PrintOptions, _ a: Arguments, resetsFormatter: Bool = true) throws -> PrintOptions {
    var o = base
    let names = ["precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"]
    let v = try a.bind("set_printoptions", names)
    func int(_ x: Value, _ what: String) throws -> Int {
      guard let i = try intValue(x) ?? indexValue(x) else {
        throw PyError.make(.typeError, "\(what) must be an integer")
      }
      return i
    }
    try engine {
      if let p = v[0], !p.isNone {
        guard let i = intValue(p) else { throw PrintOptions.precisionTypeError }
        if i < 0 { throw PrintOptions.negativePrecisionError }
        o.precision = i
      }
      if let t = v[1], !t.isNone {
        guard let d = floatValue(t) else { throw PrintOptions.thresholdTypeError }
        o.threshold = try PrintOptions.threshold(d)
      }
      if let e = v[2], !e.isNone { o.edgeItems = try int(e, "edgeitems") }
      if let w = v[3], !w.isNone { o.lineWidth = try int(w, "linewidth") }
      if let s = v[4], !s.isNone { o.suppress = try truthy(s) }
      if let n = v[5], case .str(let s) = n { o.nanString = s }
      if let n = v[6], case .str(let s) = n { o.infString = s }
      if resetsFormatter { o.formatter = try customElementText(v[7] ?? .none) }
      if let n = v[8], case .str(let s) = n { o.sign = try PrintOptions.sign(s) }
      if let n = v[9], case .str(let s) = n { o.floatMode = try PrintOptions.floatMode(s) }
      if let n = v[10] {
        if case .str(let s) = n {
          let (mode, warning) = PrintOptions.legacy(s)
          o.legacy = mode
          if let warning { write("UserWarning: \(warning)\n") }
        } else if !(try truthy(n)) {
          o.legacy = nil
        }
      }
    }
    return o
  }

  func nativeMethods(_ v: Value) -> Set<String> {
    guard case .native(let n) = v else { return [] }
    switch n.payload {
    case .printOptionsContext, .errstate: return ["__enter__", "__exit__"]
    case .generator: return Runtime.generatorMethods
    case .randomState: return Runtime.legacyRandomFunctions
    }
  }

  func nativeMethod(_ n: NativeObject, _ name: String, _ args: Arguments) throws -> Value? {
    switch n.payload {
    case .printOptionsContext(let context):
      if name == "__enter__" {
        context.saved = printOptions
        printOptions = context.options
        return Value.none
      }
      if name == "__exit__" {
        if let saved = context.saved { printOptions = saved }
        return .bool(false)
      }
      return nil
    case .errstate(let context):
      if name == "__enter__" {
        context.saved = ignoredFloatingPointErrors
        ignoredFloatingPointErrors = context.ignored
        return Value.none
      }
      if name == "__exit__" {
        if let saved = context.saved { ignoredFloatingPointErrors = saved }
        return .bool(false)
      }
      return nil
    case .generator(let g): return try generatorMethod(g, name, args)
    case .randomState(let r): return try legacyRandom(r, name, args)
    }
  }
}

extension Arguments {
  /// Rejects positional arguments past `n` (numpy's keyword-only option functions).
  func noPositionalBeyond(_ n: Int, _ function: String) throws {
    if positional.count > n {
      throw PyError.make(.typeError, "\(function)() takes \(n) positional arguments but \(positional.count) were given")
    }
  }
}
