import SwnbArray

/// ndarray attributes and methods (also on numpy scalars, which are 0-d arrays here).
extension Runtime {
  static let arrayMethods: Set<String> = [
    "sum", "mean", "std", "var", "min", "max", "argmin", "argmax", "prod", "cumsum", "cumprod",
    "any", "all", "reshape", "flatten", "ravel", "copy", "astype", "transpose", "tolist", "item",
    "fill", "round", "clip", "dot", "nonzero", "squeeze", "swapaxes", "trace", "diagonal", "ptp",
    "sort", "argsort", "repeat", "take", "__repr__", "__str__", "is_integer", "view",
  ]

  func builtinAttribute(_ v: Value, _ name: String) throws -> Value? {
    switch v {
    case .array(let a), .npScalar(let a):
      switch name {
      case "shape": return .tuple(a.shape.map { .int($0) })
      case "ndim": return .int(a.ndim)
      case "size": return .int(a.size)
      case "dtype": return .dtype(a.dtype)
      case "T": return wrap(a.T)
      case "itemsize": return .int(a.dtype.itemsize)
      case "nbytes": return .int(a.dtype.itemsize * a.size)
      case "strides": return .tuple(a.strides.map { .int($0 * a.dtype.itemsize) })
      case "real", "imag": return try complexArrayAttribute(a, name)
      // numpy's flatiter, as a 1-d view (a copy when the array is not contiguous).
      case "flat": return .array(try engine { try a.raveled() })
      default: return nil
      }
    case .dtype(let d):
      switch name {
      case "name": return .str(d.name)
      case "kind": return .str(String(d.kind))
      case "char": return .str(Runtime.dtypeChars[d.name] ?? "U")
      case "itemsize": return .int(d.itemsize)
      // numpy's array-protocol string: '<i8', '|b1', '<U5'.
      case "str": return .str((d.itemsize == 1 && d.kind != "U" ? "|" : "<") + String(d.kind) + String(d.kind == "U" ? d.itemsize / 4 : d.itemsize))
      case "type": return .type(numpyType(d == .bool ? "bool_" : d.scalarTypeName))
      default: return nil
      }
    case .complex(let z): return complexAttribute(z, name)
    case .float(let d):
      if name == "real" { return v }
      if name == "imag" { return .float(0 * d) }
      return nil
    case .int, .bool:
      if name == "real" || name == "numerator" { return .int(intValue(v) ?? 0) }
      if name == "imag" { return .int(0) }
      if name == "denominator" { return .int(1) }
      return nil
    case .slice(let a, let b, let c):
      switch name {
      case "start": return a
      case "stop": return b
      case "step": return c
      default: return nil
      }
    default: return nil
    }
  }

  func hasExtensionMethod(_ v: Value, _ name: String) -> Bool {
    switch v {
    case .array, .npScalar: return Runtime.arrayMethods.contains(name) || name == "conj" || name == "conjugate"
    case .native: return nativeMethods(v).contains(name)
    default: return false
    }
  }

  func extensionMethod(_ v: Value, _ name: String, _ args: inout Arguments) throws -> Value? {
    switch v {
    case .array(let a), .npScalar(let a):
      if let r = try complexArrayMethod(a, name, args) { return r }
      guard Runtime.arrayMethods.contains(name) else { return nil }
      return try arrayMethod(a, name, args)
    case .native(let n): return try nativeMethod(n, name, args)
    default: return nil
    }
  }

  private func reduction(
    _ a: NDArray, _ name: String, _ args: Arguments, _ body: (NDArray, [Int]?, Bool) throws -> NDArray
  ) throws -> Value {
    let v = try args.bind(name, ["axis", "dtype", "out", "keepdims"])
    let axis = try axisArgument(v[0])
    let keep = try v[3].map { try truthy($0) } ?? false
    return wrap(try engine { try body(a, axis, keep) })
  }

  func arrayMethod(_ a: NDArray, _ name: String, _ args: Arguments) throws -> Value {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings, fromNumpyCode: Runtime.isFloatingPointWarning) }
    switch name {
    case "sum":
      let dt = try dtypeArgument(args.keyword("dtype"))
      return try reduction(a, name, args) { x, axis, keep in
        try x.sum(axis: axis, keepdims: keep, dtype: dt, warnings: &warnings)
      }
    case "mean":
      // `dtype=`: numpy accumulates and divides in that dtype, as the converted array would.
      let dt = try dtypeArgument(args.keyword("dtype") ?? (args.positional.count > 1 ? args.positional[1] : nil))
      let source = try dt.map { d in try engine { try a.astype(d) } } ?? a
      return try reduction(source, name, args) { x, axis, keep in try x.mean(axis: axis, keepdims: keep, warnings: &warnings) }
    case "std", "var":
      let v = try args.bind(name, ["axis", "dtype", "out", "ddof", "keepdims"])
      let axis = try axisArgument(v[0])
      let ddof = try v[3].map { try requireInt($0, name) } ?? 0
      let keep = try v[4].map { try truthy($0) } ?? false
      return wrap(try engine {
        name == "std"
          ? try a.std(axis: axis, ddof: ddof, keepdims: keep, warnings: &warnings)
          : try a.variance(axis: axis, ddof: ddof, keepdims: keep, warnings: &warnings)
      })
    case "min": return try reduction(a, name, args) { x, axis, keep in try x.amin(axis: axis, keepdims: keep) }
    case "max": return try reduction(a, name, args) { x, axis, keep in try x.amax(axis: axis, keepdims: keep) }
    case "prod":
      // `dtype=`: the product of the converted elements (integer products wrap alike).
      let dt = try dtypeArgument(args.keyword("dtype"))
      return try reduction(a, name, args) { x, axis, keep in
        let p = try (dt.map { try x.astype($0) } ?? x).prod(axis: axis, keepdims: keep)
        return try dt.map { try p.astype($0) } ?? p
      }
    case "any": return try reduction(a, name, args) { x, axis, keep in try x.any(axis: axis, keepdims: keep) }
    case "all": return try reduction(a, name, args) { x, axis, keep in try x.all(axis: axis, keepdims: keep) }
    case "ptp": return try reduction(a, name, args) { x, axis, keep in try x.ptp(axis: axis, keepdims: keep) }
    case "argmin", "argmax":
      let v = try args.bind(name, ["axis", "out", "keepdims"])
      let axis = try v[0].flatMap { $0.isNone ? nil : try requireInt($0, name) }
      let keep = try v[2].map { try truthy($0) } ?? false
      return wrap(try engine { name == "argmin" ? try a.argmin(axis: axis, keepdims: keep) : try a.argmax(axis: axis, keepdims: keep) })
    case "cumsum", "cumprod":
      let v = try args.bind(name, ["axis", "dtype", "out"])
      let axis = try v[0].flatMap { $0.isNone ? nil : try requireInt($0, name) }
      let dt = try dtypeArgument(v[1])
      let result = try engine {
        let x = try dt.map { try a.astype($0) } ?? a
        let r = name == "cumsum" ? try x.cumsum(axis: axis) : try x.cumprod(axis: axis)
        return try dt.map { try r.astype($0) } ?? r
      }
      return try ufuncOutput(wrap(result), v[2], ufunc: name)
    case "reshape":
      var shape: [Int]
      if args.positional.count == 1 { shape = try shapeArgument(args.positional[0]) } else {
        shape = try args.positional.map { try requireInt($0, "reshape") }
      }
      if let s = args.keyword("shape") { shape = try shapeArgument(s) }
      if try fortranOrder(args.keyword("order")) { return wrap(try engine { try a.T.flattened().reshaped(Array(shape.reversed())).T }) }
      return wrap(try engine { try a.reshaped(shape) })
    case "flatten", "ravel":
      let fortran = try fortranOrder(args.bind(name, ["order"])[0])
      let source = fortran ? a.T : a
      return .array(try engine { name == "flatten" || fortran ? try source.flattened() : try source.raveled() })
    case "copy": return wrap(try engine { try a.copy() })
    case "astype":
      let requested = args.positional.first ?? args.keyword("dtype")
      guard var dt = try dtypeArgument(requested) else {
        throw PyError.make(.typeError, "astype() missing required argument 'dtype' (pos 1)")
      }
      // `str` without a width: the engine picks numpy's width for the source dtype (<U21 for int64).
      if case .type(let t) = requested, t.name == "str" || t.name == "str_" { dt = .unicode(0) }
      if a.dtype.isComplex && !dt.isComplex && !dt.isUnicode { warnDiscardingImaginary() }
      return wrap(try engine { try a.astype(dt) })
    case "transpose":
      if args.positional.isEmpty { return wrap(a.T) }
      let axes = args.positional.count == 1 ? try shapeArgument(args.positional[0]) : try args.positional.map { try requireInt($0, "transpose") }
      return wrap(try engine { try a.transposed(axes) })
    case "tolist": return pythonList(a.toNested())
    case "item":
      if args.positional.isEmpty { return pythonValue(try engine { try a.item() }) }
      if args.positional.count == 1, let flat = intValue(args.positional[0]) {
        let r = try engine { try a.flattened() }
        let i = flat < 0 ? flat + r.size : flat
        guard i >= 0 && i < r.size else { throw PyError.make(.indexError, "index \(flat) is out of bounds for size \(r.size)") }
        return pythonValue(try engine { try r.element([i]) })
      }
      return pythonValue(try engine { try a.element(try args.positional.map { try requireInt($0, "item") }) })
    case "fill":
      guard let s = engineScalar(try args.exactly(1, "fill")[0]) else {
        throw PyError.make(.typeError, "fill value must be a scalar")
      }
      try engine { try a.fill(s) }
      return Value.none
    case "round":
      let v = try args.bind("round", ["decimals", "out"])
      return wrap(try roundArray(a, try v[0].map { try requireInt($0, "round") } ?? 0))
    case "clip":
      let v = try args.bind("clip", ["min", "max", "out"])
      return try ufuncOutput(try clip(.array(a), v[0] ?? .none, v[1] ?? .none), v[2], ufunc: "clip")
    case "dot":
      let other = try toArray(try args.exactly(1, "dot")[0])
      return wrap(try engine { try NDArray.dot(a, other) })
    case "nonzero": return try nonzero(a)
    case "view":
      guard args.positional.isEmpty, args.keywords.isEmpty else {
        throw PyError.make(.notImplementedError, "MatrixScript supports ndarray.view() without a dtype only")
      }
      return wrap(a.view(shape: a.shape, strides: a.strides))
    case "__repr__": return .str(try repr(wrap(a)))
    case "__str__": return .str(try str(wrap(a)))
    case "is_integer":
      guard a.ndim == 0, a.dtype.isFloat else {
        throw PyError.make(.attributeError, "'\(typeName(wrap(a)))' object has no attribute 'is_integer'")
      }
      let d = try engine { try a.item() }.doubleValue
      return .bool(d.isFinite && d.rounded(.towardZero) == d)
    case "squeeze":
      let axis = try args.bind("squeeze", ["axis"])[0].flatMap { $0.isNone ? nil : try requireInt($0, "squeeze") }
      return wrap(try engine { try a.squeezed(axis) })
    case "swapaxes":
      let v = try args.exactly(2, "swapaxes")
      return wrap(try engine { try a.swapaxes(try requireInt(v[0], "swapaxes"), try requireInt(v[1], "swapaxes")) })
    case "trace": return try trace(a, args)
    case "diagonal":
      let k = try args.bind("diagonal", ["offset"])[0].map { try requireInt($0, "diagonal") } ?? 0
      return wrap(try engine { try a.diagonal(k) })
    case "repeat", "take":
      // The module functions with this array as their first argument.
      guard case .module(let np) = try importModule("numpy"), let f = np.attributes[name] else { return Value.none }
      var forwarded = args
      forwarded.positional.insert(.array(a), at: 0)
      return try call(f, forwarded)
    case "sort":
      let v = try args.bind("sort", ["axis", "kind", "order"])
      let sorted = try sortArray(a, argsort: false, axis: try v[0].map { try requireInt($0, "sort") } ?? -1)
      try engine { try a.assign(sorted) }
      return Value.none
    default:
      let v = try args.bind("argsort", ["axis", "kind", "order"])
      let axis = try v[0].map { $0.isNone ? nil : try requireInt($0, "argsort") } ?? -1
      return wrap(try sortArray(a, argsort: true, axis: axis))
    }
  }

  /// True for `order='F'`; `'C'`, `'A'`, `'K'` and None read in C order.
  func fortranOrder(_ v: Value?) throws -> Bool {
    guard let v, !v.isNone else { return false }
    guard case .str(let s) = v, ["C", "F", "A", "K"].contains(s.uppercased()) else {
      throw PyError.make(.valueError, "order must be one of 'C', 'F', 'A', or 'K' (got \(try repr(v)))")
    }
    return s.uppercased() == "F"
  }

  /// `np.clip(a, lo, hi)` via maximum/minimum ufuncs.
  func clip(_ a: Value, _ lo: Value, _ hi: Value) throws -> Value {
    guard var x = try operand(a) else { throw PyError.make(.typeError, "clip needs an array") }
    if lo.isNone && hi.isNone { throw PyError.make(.valueError, "One of max or min must be given") }
    if let l = try operand(lo), !lo.isNone {
      x = .array(try engine { try NDArray.apply(.maximum, x, l) })
    }
    if let h = try operand(hi), !hi.isNone {
      x = .array(try engine { try NDArray.apply(.minimum, x, h) })
    }
    guard case .array(let r) = x else { return a }
    return wrap(r)
  }

  func nonzero(_ a: NDArray) throws -> Value {
    let flat = try engine { try a.flattened() }
    let values = flat.scalars()
    var coords: [[Int64]] = Array(repeating: [], count: max(a.ndim, 1))
    for (i, s) in values.enumerated() where s.doubleValue != 0 || s == .bool(true) {
      var rest = i
      for axis in stride(from: a.ndim - 1, through: 0, by: -1) {
        coords[axis].append(Int64(rest % a.shape[axis]))
        rest /= a.shape[axis]
      }
    }
    return .tuple(coords.prefix(a.ndim).map { .array(NDArray(int64: $0, shape: [$0.count])) })
  }

  /// numpy's `sort`/`argsort` along `axis` (nil: the flattened array); stable, NaN last.
  func sortArray(_ a: NDArray, argsort: Bool, axis: Int? = -1) throws -> NDArray {
    guard a.ndim >= 1 || axis == nil else { return try engine { argsort ? NDArray(int64: [0], shape: []) : try a.copy() } }
    return try engine { argsort ? try a.argsort(axis: axis) : try a.sorted(axis: axis) }
  }
}
