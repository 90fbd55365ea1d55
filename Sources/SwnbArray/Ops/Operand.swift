/// One input of a ufunc: an array (including 0-d arrays and numpy scalars, which are
/// "strong") or a Python scalar, which is "weak" under NEP 50.
///
/// A weak scalar adopts the array's dtype when its kind fits: `int64_array * 2.5` is
/// float64, `float32_array * 2.0` stays float32, `uint8_array + 300` raises OverflowError.
public enum Operand {
  /// An ndarray (0-d arrays and numpy scalars included): its dtype always counts.
  case array(NDArray)
  /// A Python bool, int or float literal/value: adapts to the array's dtype (NEP 50).
  case python(Scalar)

  /// The array dtype, or nil for a Python scalar.
  var arrayDType: DType? {
    if case .array(let a) = self { return a.dtype }
    return nil
  }

  /// The shape the operand broadcasts as (`[]` for a scalar).
  var shape: [Int] {
    if case .array(let a) = self { return a.shape }
    return []
  }
}

extension Operand {
  /// The dtype a Python scalar takes next to an array of `other` (NEP 50 weak promotion).
  ///
  /// An int keeps the array's integer dtype here; `checkFits(_:)` later checks the value
  /// against the dtype the loop actually computes in.
  static func weakDType(of value: Scalar, next other: DType) -> DType {
    switch value {
    case .bool: return other
    case .int: return other == .bool ? .int64 : other
    case .float: return other.isFloat || other.isComplex ? other : .float64
    // complex64 is not supported: float32 arrays with a Python complex give complex128.
    case .complex: return .complex128
    case .str(let s): return .unicode(s.count)
    }
  }

  /// Checks that a weak Python int fits the integer dtype the loop computes in.
  ///
  /// - Throws: `OverflowError` "Python integer 300 out of bounds for uint8".
  func checkFits(_ loopType: DType) throws {
    guard case .python(.int(let i)) = self, loopType.isInteger, !loopType.contains(i) else {
      return
    }
    throw ArrayError(.overflowError, "Python integer \(i) out of bounds for \(loopType.name)")
  }

  /// The operand as an array of `dtype` (a Python scalar becomes a 0-d array).
  func materialized(as dtype: DType) throws -> NDArray {
    switch self {
    case .array(let a): return try a.converted(to: dtype, keepingOrder: true)
    case .python(let value):
      let out = try NDArray(zeros: [], dtype: dtype)
      try out.storage.store(value, at: 0, width: dtype.unicodeWidth)
      return out
    }
  }
}

extension DType {
  /// True when the integer `value` is representable in this integer dtype.
  func contains(_ value: Int64) -> Bool {
    guard let (low, high) = integerBounds else { return true }
    return value >= low && value <= high
  }

  /// The smallest and largest values of an integer dtype as Int64 (uint64 capped at
  /// Int64.max, the largest Python int the interpreter holds); nil for other dtypes.
  public var integerBounds: (Int64, Int64)? {
    guard isInteger else { return nil }
    if itemsize == 8 { return kind == "u" ? (0, Int64.max) : (Int64.min, Int64.max) }
    let bits = Int64(itemsize * 8)
    if kind == "u" { return (0, (Int64(1) << bits) - 1) }
    let half: Int64 = 1 << (bits - 1)
    return (-half, half - 1)
  }
}
