import SwnbArray
import SwnbPrinting

/// numpy's `formatter=` print option (`np.set_printoptions`, `np.printoptions`,
/// `np.array2string`): a dict from type keys to callables that return each element's text;
/// also `np.array_str`, `np.array_repr`, `np.format_float_positional`,
/// `np.format_float_scientific`, `np.True_` and `np.False_`.
extension Runtime {
  func installArrayTextFunctions(_ attrs: inout [String: Value]) {
    for name in ["format_float_positional", "format_float_scientific"] {
      let positional = name == "format_float_positional"
      let names = ["x", "precision", "unique", positional ? "fractional" : "trim", positional ? "trim" : "sign",
                   positional ? "sign" : "pad_left", positional ? "pad_left" : "exp_digits", positional ? "pad_right" : "min_digits",
                   "min_digits"]
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let v = try a.bind(name, positional ? names : Array(names.dropLast()), required: 1)
        let x = try self.toArray(v[0] ?? .none)
        guard x.ndim == 0, x.dtype != .bool, !x.dtype.isUnicode else {
          throw PyError.make(.typeError, "\(name)() needs a float scalar")
        }
        let value = try self.engine { try x.item() }.doubleValue
        func int(_ i: Int) throws -> Int? { try self.optionalInt(v[i], name) }
        func flag(_ i: Int, _ fallback: Bool) throws -> Bool { try v[i].map { try self.truthy($0) } ?? fallback }
        let trimValue = v[positional ? 4 : 3] ?? .str("k")
        guard case .str(let trimText) = trimValue, let trim = trimText.first, trimText.count == 1,
          FloatScalarText.trimModes.contains(trim)
        else { throw PyError.make(.valueError, "trim must be one of 'k', '.', '0' or '-'") }
        let precision = try int(1)
        let unique = try flag(2, true)
        if !unique && precision == nil {
          throw PyError.make(.valueError, "Cannot specify precision as None when unique=False")
        }
        let float32 = x.dtype == .float32
        if positional {
          return .str(FloatScalarText.positional(
            value, float32: float32, precision: precision, unique: unique, trim: trim, sign: try flag(5, false),
            padLeft: try int(6), padRight: try int(7), minDigits: try int(8)))
        }
        return .str(FloatScalarText.scientific(
          value, float32: float32, precision: precision, unique: unique, trim: trim, sign: try flag(4, false),
          padLeft: try int(5), expDigits: try int(6), minDigits: try int(7)))
      })
    }
    attrs["True_"] = .npScalar(NDArray.scalar(.bool(true), dtype: .bool))
    attrs["False_"] = .npScalar(NDArray.scalar(.bool(false), dtype: .bool))
    for name in ["array_str", "array_repr"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "max_line_width", "precision", "suppress_small"], required: 1)
        let x = try self.toArray(v[0] ?? .none)
        let renamed = [1: "linewidth", 2: "precision", 3: "suppress"]
        let keywords = renamed.sorted { $0.key < $1.key }.compactMap { i, key in
          v[i].flatMap { $0.isNone ? nil : (name: key, value: $0) }
        }
        let options = try self.updatedPrintOptions(self.printOptions, Arguments([], keywords), resetsFormatter: false)
        return .str(name == "array_str" ? x.str(options: options) : x.repr(options: options))
      })
    }
  }

  /// The keys numpy looks up for a dtype kind, most specific first.
  private static func formatterKeys(_ elements: PrintableElements) -> [String] {
    switch elements {
    case .bool: return ["bool", "all"]
    case .float32, .float64: return ["float", "float_kind", "all"]
    case .unicode: return ["numpystr", "str_kind", "all"]
    default: return ["int", "int_kind", "all"]
    }
  }

  /// The option for a `formatter` argument: nil for None or a dict without callables.
  func customElementText(_ formatter: Value) throws -> CustomElementText? {
    guard case .dict(let d) = formatter else {
      if formatter.isNone { return nil }
      throw PyError.make(.typeError, "formatter must be a dict")
    }
    var callables: [String: Value] = [:]
    for (k, v) in d.items where !v.isNone {
      if case .str(let key) = k { callables[key] = v }
    }
    if callables.isEmpty { return nil }
    return CustomElementText { [weak self] elements in
      guard let self,
        let f = Runtime.formatterKeys(elements).lazy.compactMap({ callables[$0] }).first
      else { return nil }
      return try? self.elementValues(elements).map { try self.str(try self.call(f, Arguments([$0]))) }
    }
  }

  /// The elements as the numpy scalars a formatter receives.
  private func elementValues(_ elements: PrintableElements) -> [Value] {
    func scalars<T>(_ v: [T], _ dtype: DType, _ make: (T) -> Scalar) -> [Value] {
      v.map { .npScalar(NDArray.scalar(make($0), dtype: dtype)) }
    }
    switch elements {
    case .bool(let v): return scalars(v, .bool) { .bool($0) }
    case .int8(let v): return scalars(v, .int8) { .int(Int64($0)) }
    case .int16(let v): return scalars(v, .int16) { .int(Int64($0)) }
    case .int32(let v): return scalars(v, .int32) { .int(Int64($0)) }
    case .int64(let v): return scalars(v, .int64) { .int($0) }
    case .uint8(let v): return scalars(v, .uint8) { .int(Int64($0)) }
    case .uint16(let v): return scalars(v, .uint16) { .int(Int64($0)) }
    case .uint32(let v): return scalars(v, .uint32) { .int(Int64($0)) }
    case .uint64(let v): return scalars(v, .uint64) { .int(Int64(truncatingIfNeeded: $0)) }
    case .float32(let v): return scalars(v, .float32) { .float(Double($0)) }
    case .float64(let v): return scalars(v, .float64) { .float($0) }
    case .complex128(let re, let im):
      return scalars(Array(zip(re, im)), .complex128) { .complex(Complex($0.0, $0.1)) }
    case .unicode(let v, _): return v.map { .str($0) }
    }
  }
}
