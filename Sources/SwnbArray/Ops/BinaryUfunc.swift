/// numpy's two-input elementwise functions (ufuncs) that swnb implements.
public enum BinaryUfunc: String, CaseIterable, Sendable {
  case add, subtract, multiply
  case trueDivide = "divide"
  case floorDivide = "floor_divide"
  case remainder, power, maximum, minimum, fmax, fmin, arctan2, hypot
  case logicalAnd = "logical_and"
  case logicalOr = "logical_or"
  case logicalXor = "logical_xor"
  case bitwiseAnd = "bitwise_and"
  case bitwiseOr = "bitwise_or"
  case bitwiseXor = "bitwise_xor"
  case leftShift = "left_shift"
  case rightShift = "right_shift"
  case equal
  case notEqual = "not_equal"
  case less
  case lessEqual = "less_equal"
  case greater
  case greaterEqual = "greater_equal"

  /// numpy's `ufunc.__name__`, used in warnings and error messages (`divide` for `/`).
  public var name: String { rawValue }

  /// True for the six comparisons, whose result is bool.
  var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
    default: false
    }
  }

  /// True for logical_and/or/xor, which compute on truth values.
  var isLogical: Bool { self == .logicalAnd || self == .logicalOr || self == .logicalXor }

  /// True when numpy's loop checks floating-point flags (arithmetic, not comparisons/min/max).
  var reportsFloatingPointErrors: Bool {
    switch self {
    case .add, .subtract, .multiply, .trueDivide, .floorDivide, .remainder, .power, .arctan2,
      .hypot:
      true
    default: false
    }
  }
}

/// The dtypes one ufunc call computes in and returns.
struct LoopTypes: Equatable {
  /// Both inputs are cast to this dtype before the loop.
  var input: DType
  /// The result dtype.
  var output: DType
}

extension BinaryUfunc {
  /// numpy's loop selection for two input dtypes (already NEP 50-resolved).
  ///
  /// - Throws: numpy's `TypeError`s for boolean subtract and for bitwise/shift ufuncs on
  ///   floats, and a TypeError for strings.
  func loopTypes(_ a: DType, _ b: DType) throws -> LoopTypes {
    guard a.isNumeric && b.isNumeric else { throw ArrayError.noLoop(self, a, b) }
    let common = DType.promote(a, b)
    if common == .complex128 { return try complexLoopTypes(a, b) }
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return LoopTypes(input: common, output: .bool)
    case .logicalAnd, .logicalOr, .logicalXor:
      return LoopTypes(input: .bool, output: .bool)
    case .subtract where common == .bool:
      throw ArrayError(
        .typeError,
        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` "
          + "operator, or the logical_xor function instead.")
    case .trueDivide:
      // numpy's true-division type resolver divides every integer type in float64.
      let f = common.isFloat ? common : DType.float64
      return LoopTypes(input: f, output: f)
    case .arctan2, .hypot:
      let f = common.floatLoopType
      return LoopTypes(input: f, output: f)
    case .floorDivide, .remainder, .power, .leftShift, .rightShift:
      // numpy computes bool here in int8, which swnb lacks: int64 is the nearest stand-in.
      if (self == .leftShift || self == .rightShift) && common.isFloat {
        throw ArrayError.noLoop(self, a, b)
      }
      let t = common == .bool ? DType.int64 : common
      return LoopTypes(input: t, output: t)
    case .bitwiseAnd, .bitwiseOr, .bitwiseXor:
      if common.isFloat { throw ArrayError.noLoop(self, a, b) }
      return LoopTypes(input: common, output: common)
    default:
      return LoopTypes(input: common, output: common)
    }
  }
}

extension BinaryUfunc {
  /// Loop selection when the inputs promote to complex128: numpy's TypeError for the ufuncs
  /// numpy has no complex loop for.
  private func complexLoopTypes(_ a: DType, _ b: DType) throws -> LoopTypes {
    switch self {
    case _ where !hasComplexLoop: throw ArrayError.noLoop(self, a, b)
    case _ where isLogical: return LoopTypes(input: .bool, output: .bool)
    case _ where isComparison: return LoopTypes(input: .complex128, output: .bool)
    default: return LoopTypes(input: .complex128, output: .complex128)
    }
  }
}

extension DType {
  /// The float dtype numpy's float-only ufuncs (sqrt, divide, sin, ...) compute in.
  ///
  /// numpy uses float16 for bool and 8-bit inputs; swnb has no float16 and uses float32.
  var floatLoopType: DType {
    switch self {
    case .float32, .bool, .int8, .uint8, .int16, .uint16: .float32
    default: .float64
    }
  }
}

extension ArrayError {
  /// numpy's "ufunc 'bitwise_and' not supported for the input types, ..." TypeError.
  static func noLoop(_ op: BinaryUfunc, _ a: DType, _ b: DType) -> ArrayError {
    ArrayError(
      .typeError,
      "ufunc '\(op.name)' not supported for the input types, and the inputs could not be safely "
        + "coerced to any supported types according to the casting rule ''safe''")
  }
}
