/// numpy's one-input elementwise functions (ufuncs) that swnb implements.
public enum UnaryUfunc: String, CaseIterable, Sendable {
  case negative, positive, absolute, sign, sqrt, exp, log, log2, log10, log1p, expm1
  case sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh, arctanh, cbrt
  case floor, ceil, trunc, rint, square, reciprocal, invert
  case logicalNot = "logical_not"
  case deg2rad, rad2deg, isnan, isinf, isfinite

  /// numpy's `ufunc.__name__`, used in warnings and error messages.
  public var name: String { rawValue }

  /// The libm function behind a transcendental ufunc (sqrt included), if it is one.
  var mathFunction: MathFunction? {
    switch self {
    case .sqrt: .sqrt
    case .exp: .exp
    case .log: .log
    case .log2: .log2
    case .log10: .log10
    case .log1p: .log1p
    case .expm1: .expm1
    case .sin: .sin
    case .cos: .cos
    case .tan: .tan
    case .arcsin: .asin
    case .arccos: .acos
    case .arctan: .atan
    case .sinh: .sinh
    case .cosh: .cosh
    case .tanh: .tanh
    case .arcsinh: .asinh
    case .arccosh: .acosh
    case .arctanh: .atanh
    case .cbrt: .cbrt
    default: nil
    }
  }

  /// True when numpy's loop can raise floating-point warnings for this ufunc.
  var reportsFloatingPointErrors: Bool {
    mathFunction != nil || self == .square || self == .reciprocal || self == .deg2rad
      || self == .rad2deg
  }

  /// numpy's loop selection: the dtype computed in and returned for an input dtype.
  ///
  /// - Throws: numpy's `TypeError`s (boolean negative, `invert` of floats), `UFuncTypeError`
  ///   for `positive`/`sign` of bool, and a TypeError for strings.
  func loopTypes(_ t: DType) throws -> LoopTypes {
    guard t.isNumeric else { throw ArrayError.noStringLoop }
    if t == .complex128 {
      if let loop = complexLoop { return loop }
      switch self {
      case .floor, .ceil, .trunc, .invert, .deg2rad, .rad2deg, .cbrt:
        throw ArrayError(
          .typeError,
          "ufunc '\(name)' not supported for the input types, and the inputs could not be safely "
            + "coerced to any supported types according to the casting rule ''safe''")
      default: throw ArrayError.complexUnsupported("ufunc '\(name)'")
      }
    }
    switch self {
    case .isnan, .isinf, .isfinite: return LoopTypes(input: t, output: .bool)
    case .logicalNot: return LoopTypes(input: .bool, output: .bool)
    case .negative where t == .bool:
      throw ArrayError(
        .typeError,
        "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or "
          + "the logical_not function instead.")
    case .positive where t == .bool, .sign where t == .bool:
      throw ArrayError(
        .ufuncTypeError,
        "ufunc '\(name)' did not contain a loop with signature matching types "
          + "<class 'numpy.dtypes.BoolDType'> -> None")
    case .invert where t.isFloat:
      throw ArrayError(
        .typeError,
        "ufunc 'invert' not supported for the input types, and the inputs could not be safely "
          + "coerced to any supported types according to the casting rule ''safe''")
    case .square where t == .bool, .reciprocal where t == .bool:
      // numpy computes these in int8, which swnb lacks: int64 is the nearest stand-in.
      return LoopTypes(input: .int64, output: .int64)
    case .rint, .deg2rad, .rad2deg:
      let f = t.isFloat ? t : t.floatLoopType
      return LoopTypes(input: f, output: f)
    default:
      if mathFunction != nil { return LoopTypes(input: t.floatLoopType, output: t.floatLoopType) }
      return LoopTypes(input: t, output: t)
    }
  }
}

extension NDArray {
  /// numpy's `op(self)` elementwise; the result keeps this array's memory order.
  ///
  /// Transcendental functions call glibc's libm (numpy's own SIMD code may differ in the last
  /// place for float32 sin/cos/exp/log/tanh and float64 tanh on AVX2 machines). Floating-point
  /// problems ("invalid value encountered in sqrt") are appended to `warnings`.
  ///
  /// - Throws: numpy's `TypeError`s for unsupported dtypes (see `UnaryUfunc.loopTypes`).
  public func apply(_ op: UnaryUfunc, warnings: inout [ArrayWarning]) throws -> NDArray {
    let types = try op.loopTypes(dtype)
    let x = try converted(to: types.input)
    let out = try NDArray(
      uninitialized: shape, dtype: types.output,
      strides: LoopLayout.kOrderStrides(shape: shape, like: x.strides))
    let layout = LoopLayout(shape: shape, operandStrides: [x.strides], outputStrides: out.strides)
    let operands = UnaryOperands(x: x, out: out, layout: layout)
    if op.reportsFloatingPointErrors {
      FloatingPointStatus.clear()
      operands.run(op, input: types.input)
      warnings += FloatingPointStatus.warnings(in: op.name)
    } else {
      operands.run(op, input: types.input)
    }
    return out
  }

  /// `apply(_:warnings:)` for callers that ignore warnings.
  public func apply(_ op: UnaryUfunc) throws -> NDArray {
    var ignored: [ArrayWarning] = []
    return try apply(op, warnings: &ignored)
  }
}

/// The input (already of the loop dtype) and output of one unary loop.
struct UnaryOperands {
  var x: NDArray
  var out: NDArray
  var layout: LoopLayout

  @inline(__always)
  func map<A, R>(_ a: A.Type, _ r: R.Type, _ f: (A) -> R) {
    withExtendedLifetime((x, out)) {
      mapUnary(x.elementPointer(A.self), out.elementPointer(R.self), layout, f)
    }
  }

  func run(_ op: UnaryUfunc, input: DType) {
    switch input {
    case .bool: runBool(op)
    case .uint8: runInteger(op, UInt8.self)
    case .int8: runInteger(op, Int8.self)
    case .int16: runInteger(op, Int16.self)
    case .uint16: runInteger(op, UInt16.self)
    case .uint32: runInteger(op, UInt32.self)
    case .uint64: runInteger(op, UInt64.self)
    case .int32: runInteger(op, Int32.self)
    case .int64: runInteger(op, Int64.self)
    case .float32: runFloat(op, Float.self)
    case .float64: runFloat(op, Double.self)
    case .complex128: runComplex(op)
    case .unicode: preconditionFailure("string operands are rejected by loop selection")
    }
  }

  private func runCommon<T: UfuncElement>(_ op: UnaryUfunc, _ t: T.Type) -> Bool {
    switch op {
    case .negative: map(T.self, T.self) { T.negative($0) }
    case .positive: map(T.self, T.self) { $0 }
    case .absolute: map(T.self, T.self) { T.absolute($0) }
    case .sign: map(T.self, T.self) { T.sign($0) }
    case .square: map(T.self, T.self) { T.multiply($0, $0) }
    case .reciprocal: map(T.self, T.self) { T.reciprocal($0) }
    default: return false
    }
    return true
  }

  private func runInteger<T: UfuncElement & FixedWidthInteger>(_ op: UnaryUfunc, _ t: T.Type) {
    if runCommon(op, T.self) { return }
    switch op {
    case .floor, .ceil, .trunc: map(T.self, T.self) { $0 }
    case .invert: map(T.self, T.self) { ~$0 }
    case .isnan, .isinf: map(T.self, Bool.self) { _ in false }
    case .isfinite: map(T.self, Bool.self) { _ in true }
    default: preconditionFailure("no integer loop for \(op)")
    }
  }

  private func runFloat<T: FloatUfuncElement>(_ op: UnaryUfunc, _ t: T.Type) {
    if runCommon(op, T.self) { return }
    if let f = op.mathFunction {
      if f == .sqrt {
        map(T.self, T.self) { $0.squareRoot() }
      } else {
        map(T.self, T.self) { T.libm(f, $0) }
      }
      return
    }
    switch op {
    case .floor: map(T.self, T.self) { $0.rounded(.down) }
    case .ceil: map(T.self, T.self) { $0.rounded(.up) }
    case .trunc: map(T.self, T.self) { $0.rounded(.towardZero) }
    case .rint: map(T.self, T.self) { $0.rounded(.toNearestOrEven) }
    case .deg2rad: map(T.self, T.self) { $0 * T.degreesToRadians }
    case .rad2deg: map(T.self, T.self) { $0 * T.radiansToDegrees }
    case .isnan: map(T.self, Bool.self) { $0.isNaN }
    case .isinf: map(T.self, Bool.self) { $0.isInfinite }
    case .isfinite: map(T.self, Bool.self) { $0.isFinite }
    default: preconditionFailure("no float loop for \(op)")
    }
  }

  private func runBool(_ op: UnaryUfunc) {
    switch op {
    case .absolute, .floor, .ceil, .trunc: map(Bool.self, Bool.self) { $0 }
    case .invert, .logicalNot: map(Bool.self, Bool.self) { !$0 }
    case .isnan, .isinf: map(Bool.self, Bool.self) { _ in false }
    case .isfinite: map(Bool.self, Bool.self) { _ in true }
    default: preconditionFailure("no bool loop for \(op)")
    }
  }
}
