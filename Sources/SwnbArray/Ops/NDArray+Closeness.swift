/// isclose, allclose and array_equal.
extension NDArray {
  /// numpy's `isclose`: `|a - b| <= atol + rtol * |b|` where `b` is finite, or `a == b`
  /// (and, with `equalNaN`, both NaN). `b` is computed in float (`result_type(b, 1.0)`).
  ///
  /// - Throws: broadcasting errors.
  public static func isclose(
    _ a: Operand, _ b: Operand, rtol: Double = 1e-05, atol: Double = 1e-08, equalNaN: Bool = false
  ) throws -> NDArray {
    let y: Operand
    switch b {
    case .array(let arr):
      y = .array(try arr.converted(to: arr.dtype.isFloat || arr.dtype.isComplex ? arr.dtype : .float64))
    case .python(.complex(let v)): y = .array(NDArray(complex128: [v], shape: []))
    case .python(let v): y = .python(.float(v.doubleValue))
    }
    var ignored: [ArrayWarning] = []
    let x = a
    let distance = try apply(.subtract, x, y, warnings: &ignored).apply(.absolute)
    // A Python-float `b` keeps the tolerance a Python float (weak), as numpy computes it.
    let tolerance: Operand
    if case .python(let v) = y {
      tolerance = .python(.float(atol + rtol * Swift.abs(v.doubleValue)))
    } else {
      let scaled = try apply(.multiply, .python(.float(rtol)), .array(yArray(y).apply(.absolute)))
      tolerance = .array(try apply(.add, .python(.float(atol)), .array(scaled), warnings: &ignored))
    }
    let within = try apply(.lessEqual, .array(distance), tolerance)
    let finite = try yArray(y).apply(.isfinite)
    var result = try apply(
      .logicalOr, .array(apply(.logicalAnd, .array(within), .array(finite))),
      .array(apply(.equal, x, y)))
    if equalNaN {
      let bothNaN = try apply(
        .logicalAnd, .array(xArray(x).apply(.isnan)), .array(yArray(y).apply(.isnan)))
      result = try apply(.logicalOr, .array(result), .array(bothNaN))
    }
    return result
  }

  private static func yArray(_ y: Operand) throws -> NDArray {
    switch y {
    case .array(let a): return a
    case .python(let v): return try NDArray.pythonScalar(.float(v.doubleValue), dtype: .float64)
    }
  }

  private static func xArray(_ x: Operand) throws -> NDArray {
    switch x {
    case .array(let a): return a
    case .python(let v): return NDArray.scalar(v)
    }
  }

  /// numpy's `allclose`: `all(isclose(...))` as a Python bool.
  public static func allclose(
    _ a: Operand, _ b: Operand, rtol: Double = 1e-05, atol: Double = 1e-08, equalNaN: Bool = false
  ) throws -> Bool {
    let close = try isclose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN)
    return try close.all().item() == .bool(true)
  }

  /// numpy's `array_equal`: same shape and equal elements (NaNs equal with `equalNaN`).
  public static func arrayEqual(_ a: NDArray, _ b: NDArray, equalNaN: Bool = false) throws -> Bool {
    guard a.shape == b.shape else { return false }
    var equal = try apply(.equal, .array(a), .array(b))
    if equalNaN && (a.dtype.isFloat || b.dtype.isFloat) {
      let bothNaN = try apply(.logicalAnd, .array(a.apply(.isnan)), .array(b.apply(.isnan)))
      equal = try apply(.logicalOr, .array(equal), .array(bothNaN))
    }
    return try equal.all().item() == .bool(true)
  }
}
