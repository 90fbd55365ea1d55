import SwnbArray
import SwnbPrinting

/// numpy arrays and scalars inside the generic operations (operators, subscripts, printing).
extension Runtime {
  /// The ufunc behind an arithmetic operator (nil for `@`). A switch, not a table: operators
  /// run in inner loops, where a dictionary lookup costs more than a small array operation.
  static func ufuncFor(_ op: BinaryOperator) -> BinaryUfunc? {
    switch op {
    case .add: .add
    case .sub: .subtract
    case .mul: .multiply
    case .div: .trueDivide
    case .floorDiv: .floorDivide
    case .mod: .remainder
    case .pow: .power
    case .bitAnd: .bitwiseAnd
    case .bitOr: .bitwiseOr
    case .bitXor: .bitwiseXor
    case .lShift: .leftShift
    case .rShift: .rightShift
    case .matMul: nil
    }
  }

  /// The ufunc behind a comparison operator (nil for `is` and `in`).
  static func comparisonUfunc(_ op: CompareOperator) -> BinaryUfunc? {
    switch op {
    case .eq: .equal
    case .ne: .notEqual
    case .lt: .less
    case .le: .lessEqual
    case .gt: .greater
    case .ge: .greaterEqual
    case .isOp, .isNot, .inOp, .notIn: nil
    }
  }

  private func isNumpy(_ v: Value) -> Bool {
    switch v {
    case .array, .npScalar: return true
    default: return false
    }
  }

  /// Shows each engine warning as Python's default filter does (see `showWarning`);
  /// `fromNumpyCode` tells the warnings numpy raises inside its own Python modules.
  func warn(_ warnings: [ArrayWarning], fromNumpyCode: (ArrayWarning) -> Bool = { _ in false }) {
    if warnings.isEmpty { return }
    let keywords = ["divide": "divide by zero", "invalid": "invalid value", "over": "overflow", "under": "underflow"]
    for w in warnings {
      if ignoredFloatingPointErrors.contains(where: { keywords[$0].map(w.message.contains) ?? false }) { continue }
      showWarning(category: w.category, message: w.message, fromNumpyCode: fromNumpyCode(w))
    }
  }

  /// Runs an engine call, turning its errors into Python exceptions.
  func engine<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw bridgeError(error) }
  }

  func ufunc(
    _ op: BinaryUfunc, _ a: Operand, _ b: Operand,
    naming: ([ArrayWarning]) -> [ArrayWarning] = { $0 }
  ) throws -> Value {
    var warnings: [ArrayWarning] = []
    let r = try engine { try NDArray.apply(op, a, b, warnings: &warnings) }
    warn(naming(warnings))
    return wrap(r)
  }

  func extensionBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard isNumpy(a) || isNumpy(b) else { return nil }
    if op == .add, let joined = try stringAdd(a, b) { return joined }
    // `[0] * np.int64(3)`: Python's sequence repetition takes a numpy integer's __index__.
    if op == .mul, try isRepeatable(a) && indexValue(b) != nil || isRepeatable(b) && indexValue(a) != nil { return nil }
    guard let x = try operand(a), let y = try operand(b) else { return nil }
    if op == .matMul {
      guard case .array(let p) = x, case .array(let q) = y else {
        throw PyError.make(.valueError, "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
      }
      return wrap(try engine { try NDArray.matmul(p, q) })
    }
    guard let f = Runtime.ufuncFor(op) else { return nil }
    let result = try ufunc(f, x, y) { self.operatorWarnings($0, op, a, b) }
    if case .npScalar = result, let w = scalarOverflowWarning(op, a, b, result: result) { warn([w]) }
    return result
  }

  /// `array <op> array`, the common numpy case, straight to the engine (what
  /// `extensionBinary` does for it, without the generic operand checks).
  func arrayBinary(_ op: BinaryOperator, _ p: NDArray, _ q: NDArray) throws -> Value? {
    if op == .matMul { return wrap(try engine { try NDArray.matmul(p, q) }) }
    if op == .add, p.dtype.isUnicode || q.dtype.isUnicode { return try stringAdd(.array(p), .array(q)) }
    guard let f = Runtime.ufuncFor(op) else { return nil }
    return try ufunc(f, .array(p), .array(q)) { self.operatorWarnings($0, op, .array(p), .array(q)) }
  }

  func extensionInplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard case .array(let target) = a, let f = Runtime.ufuncFor(op), let y = try operand(b) else { return nil }
    var warnings: [ArrayWarning] = []
    try engine { try target.applyInPlace(f, y, warnings: &warnings) }
    warn(warnings)
    return a
  }

  func extensionUnary(_ op: UnaryOperator, _ v: Value) throws -> Value? {
    guard case .array(let a) = v.arrayView ?? .none else { return nil }
    let f: UnaryUfunc
    switch op {
    case .neg: f = .negative
    case .pos: f = .positive
    case .invert: f = a.dtype == .bool ? .logicalNot : .invert
    case .not: return nil
    }
    return wrap(try engine { try a.apply(f) })
  }

  func extensionCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard isNumpy(a) || isNumpy(b), let f = Runtime.comparisonUfunc(op) else { return nil }
    if let small = smallCompare(f, a, b) { return .array(small) }
    if let text = try stringCompare(op, a, b) { return text }
    guard let x = try operand(a), let y = try operand(b) else {
      if op == .eq { return .bool(false) }
      if op == .ne { return .bool(true) }
      return nil
    }
    return try ufunc(f, x, y)
  }

  /// A comparison of a small float64 array with a Python number (`H < 0`, `0 < H`) through
  /// the engine's one-loop path; nil when that path does not apply.
  private func smallCompare(_ f: BinaryUfunc, _ a: Value, _ b: Value) -> NDArray? {
    switch (a, b) {
    case (.array(let x), .float(let d)): return NDArray.smallCompare(f, x, .float(d), reflected: false)
    case (.array(let x), .int(let i)): return NDArray.smallCompare(f, x, .int(Int64(i)), reflected: false)
    case (.float(let d), .array(let x)): return NDArray.smallCompare(f, x, .float(d), reflected: true)
    case (.int(let i), .array(let x)): return NDArray.smallCompare(f, x, .int(Int64(i)), reflected: true)
    default: return nil
    }
  }

  func extensionContains(_ container: Value, _ item: Value) throws -> Bool? {
    guard case .array(let a) = container, let x = try operand(item) else { return nil }
    var warnings: [ArrayWarning] = []
    let eq = try engine { try NDArray.apply(.equal, .array(a), x, warnings: &warnings) }
    return try engine { try eq.any() }.item() == .bool(true)
  }

  func arrayTruthy(_ v: Value) throws -> Bool {
    guard case .array(let a) = v.arrayView ?? .none else { return true }
    if a.size == 1, let s = a.scalars().first {
      switch s {
      case .bool(let b): return b
      case .int(let i): return i != 0
      case .float(let d): return d != 0
      case .complex(let z): return z != .zero
      case .str(let str): return !str.isEmpty
      }
    }
    if a.size == 0 {
      throw PyError.make(
        .valueError,
        "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
    }
    throw PyError.make(
      .valueError,
      "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
  }

  /// `a[i]` along the first axis.
  func arrayItem(_ a: NDArray, _ i: Int) throws -> Value {
    wrap(try engine { try a.get([.int(i)]) })
  }

  /// Script subscripts as engine index items.
  func indexItems(_ index: Value) throws -> [IndexItem] {
    if case .tuple(let items) = index { return try items.map { try indexItem($0) } }
    return [try indexItem(index)]
  }

  private func indexItem(_ v: Value) throws -> IndexItem {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .boolMask(NDArray(bool: [b], shape: []))
    case .none: return .newAxis
    case .ellipsis: return .ellipsis
    case .slice(let a, let b, let c):
      func part(_ x: Value) throws -> Int? {
        if x.isNone { return nil }
        if let i = try intValue(x) ?? indexValue(x) { return i }
        throw PyError.make(.typeError, "slice indices must be integers or None or have an __index__ method")
      }
      return .slice(start: try part(a), stop: try part(b), step: try part(c))
    case .npScalar(let a) where a.dtype.isInteger:
      if case .int(let i) = try engine({ try a.item() }) { return .int(Int(i)) }
    case .array(let a), .npScalar(let a):
      if a.dtype == .bool { return .boolMask(a) }
      if a.dtype.isInteger { return .intArray(a) }
    case .list:
      let a = try toArray(v)
      if a.dtype == .bool { return .boolMask(a) }
      if a.dtype.isInteger || a.size == 0 { return .intArray(try engine { try a.astype(.int64) }) }
    default: break
    }
    throw PyError.make(
      .indexError,
      "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
  }

  func extensionGetItem(_ container: Value, _ index: Value) throws -> Value? {
    switch container {
    case .array(let a):
      return wrap(try engine { try a.get(try indexItems(index)) })
    case .npScalar(let a):
      return wrap(try engine { try a.get(try indexItems(index)) })
    default: return nil
    }
  }

  func extensionSetItem(_ container: Value, _ index: Value, _ value: Value) throws -> Bool {
    guard case .array(let a) = container else { return false }
    let items = try indexItems(index)
    switch value {
    case .int, .float, .bool, .str, .complex:
      // A Python complex goes through float()/int() as numpy stores Python scalars: TypeError.
      if let s = engineScalar(value) { try engine { try a.set(items, scalar: s) } }
    default:
      let source = try toArray(value)
      if source.dtype.isComplex && !a.dtype.isComplex && a.dtype != .bool {
        switch value {
        case .list, .tuple:
          // Python complex elements of a sequence convert one by one, as scalars do: TypeError.
          _ = try engine { try NDArray.pythonScalar(.complex(.zero), dtype: a.dtype) }
        default: warnDiscardingImaginary()
        }
      }
      try engine { try a.set(items, value: source) }
    }
    return true
  }

  func extensionLength(_ v: Value) throws -> Int? {
    switch v {
    case .array(let a):
      guard a.ndim > 0 else { throw PyError.make(.typeError, "len() of unsized object") }
      return a.shape[0]
    case .npScalar: throw PyError.make(.typeError, "object of type '\(typeName(v))' has no len()")
    default: return nil
    }
  }

  /// `__index__` for numpy integer scalars.
  func indexValue(_ v: Value) throws -> Int? {
    guard case .npScalar(let a) = v, a.dtype.isInteger || a.dtype == .bool else { return nil }
    switch try engine({ try a.item() }) {
    case .int(let i): return Int(i)
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  private func isRepeatable(_ v: Value) -> Bool {
    switch v {
    case .list, .tuple, .str: return true
    default: return false
    }
  }

  /// numpy 2.4: `int(a)` / `float(a)` of an array with axes raises, whatever its size.
  func checkZeroDimensional(_ v: Value) throws {
    if case .array(let a) = v, a.ndim > 0 {
      throw PyError.make(.typeError, "only 0-dimensional arrays can be converted to Python scalars")
    }
  }

  func extensionFloat(_ v: Value) -> Double? {
    if case .npScalar(let a) = v, let s = try? a.item(), case .str = s { return nil }
    if case .npScalar(let a) = v, a.dtype.isComplex { return nil }
    if case .npScalar(let a) = v { return (try? a.item())?.doubleValue }
    if case .array(let a) = v, a.size == 1, a.dtype.isNumeric || a.dtype == .bool {
      return a.scalars().first?.doubleValue
    }
    return nil
  }

  func extensionStr(_ v: Value) throws -> String? {
    switch v {
    case .array(let a): return a.str(options: printOptions)
    case .npScalar(let a): return a.scalarStr(options: printOptions)
    case .dtype(let d): return d.name
    default: return nil
    }
  }

  func extensionRepr(_ v: Value) throws -> String? {
    switch v {
    case .array(let a): return a.repr(options: printOptions)
    case .npScalar(let a): return a.scalarRepr(options: printOptions)
    case .dtype(let d): return "dtype(\(PythonString.repr(d.name)))"
    case .native(let n):
      switch n.payload {
      case .generator: return "Generator(PCG64)"
      case .randomState: return "RandomState(MT19937)"
      case .printOptionsContext: return "<contextlib._GeneratorContextManager object>"
      case .errstate: return "<numpy.errstate object>"
      }
    default: return nil
    }
  }

  func extensionFormat(_ v: Value, _ spec: String) throws -> String? {
    guard case .npScalar(let a) = v else {
      if case .array = v, spec.isEmpty { return try extensionStr(v) }
      if case .array = v { throw PyError.make(.typeError, "unsupported format string passed to numpy.ndarray.__format__") }
      return nil
    }
    return try format(pythonValue(try engine { try a.item() }), spec)
  }

  func extensionUnaryFunction(_ name: String, _ v: Value) throws -> Value? {
    guard case .array(let a) = v.arrayView ?? .none, let f = UnaryUfunc(rawValue: name) else { return nil }
    return wrap(try engine { try a.apply(f) })
  }

  func extensionRound(_ v: Value, _ digits: Int?) throws -> Value? {
    guard case .array(let a) = v.arrayView ?? .none else { return nil }
    if case .npScalar = v, digits == nil, let d = extensionFloat(v) { return .int(try Numbers.roundToInt(d)) }
    return wrap(try roundArray(a, digits ?? 0))
  }

  /// numpy's `around`: scale by 10**decimals, round half to even, scale back.
  ///
  /// - Throws: numpy's `OverflowError` when `decimals` does not fit a C int.
  func roundArray(_ a: NDArray, _ decimals: Int) throws -> NDArray {
    if decimals > Int(Int32.max) { throw PyError.make(.overflowError, "signed integer is greater than maximum") }
    if decimals < Int(Int32.min) { throw PyError.make(.overflowError, "signed integer is less than minimum") }
    if !a.dtype.isFloat && !a.dtype.isComplex && decimals >= 0 { return try engine { try a.copy() } }
    var scale = 1.0
    for _ in 0..<min(abs(decimals), 400) { scale *= 10 }
    return try engine {
      if decimals >= 0 {
        let y = try NDArray.apply(.multiply, .array(a), .python(.float(scale)))
        return try NDArray.apply(.trueDivide, .array(try y.apply(.rint)), .python(.float(scale)))
      }
      let y = try NDArray.apply(.trueDivide, .array(a), .python(.float(scale)))
      let r = try NDArray.apply(.multiply, .array(try y.apply(.rint)), .python(.float(scale)))
      // numpy rounds integers in float64 and casts back to their dtype.
      return a.dtype.isInteger ? try r.astype(a.dtype) : r
    }
  }

  func callExtension(_ callee: Value, _ args: Arguments) throws -> Value? { nil }

  func setExtensionAttribute(_ v: Value, _ name: String, _ value: Value) throws -> Bool {
    guard case .array(let a) = v else { return false }
    if name == "shape" {
      throw PyError.make(.attributeError, "setting the shape of \(a.ndim)-d arrays is not supported by MatrixScript")
    }
    return false
  }
}

extension Value {
  /// The array behind an array or numpy scalar value.
  var arrayView: Value? {
    switch self {
    case .array(let a), .npScalar(let a): return .array(a)
    default: return nil
    }
  }
}
