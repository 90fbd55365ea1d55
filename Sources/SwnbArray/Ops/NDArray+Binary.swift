/// Binary ufunc entry points: NEP 50 type resolution, broadcasting, the loop, and warnings.
extension NDArray {
  /// numpy's `op(a, b)`: elementwise with broadcasting and dtype promotion.
  ///
  /// Python scalars are weak (NEP 50): `int64_array * 2.5` is float64, `float32_array * 2.0`
  /// float32. Integer division by zero gives 0 and, as float division by zero, a
  /// `RuntimeWarning` ("divide by zero encountered in divide") appended to `warnings`. The
  /// result is a new array laid out in the memory order of the first full-shape operand.
  ///
  /// - Throws: `ValueError` "operands could not be broadcast together with shapes (2,3) (4,) ",
  ///   `OverflowError` "Python integer 300 out of bounds for uint8", `ValueError` "Integers to
  ///   negative integer powers are not allowed.", numpy's `TypeError`s for unsupported types.
  public static func apply(
    _ op: BinaryUfunc, _ a: Operand, _ b: Operand, warnings: inout [ArrayWarning]
  ) throws -> NDArray {
    if let fast = try contiguousFloat64(op, a, b, warnings: &warnings) { return fast }
    let types = try resolvedLoop(op, a, b)
    let shape = try Shape.broadcast(a.shape, b.shape)
    let x = try a.materialized(as: types.input)
    let y = try b.materialized(as: types.input)
    if op == .power && types.input.isInteger { try checkNonNegativeExponents(y) }
    let like = [x, y].first { $0.shape == shape && !$0.strides.contains(0) }?.strides
    let out = try NDArray(
      uninitialized: shape, dtype: types.output,
      strides: LoopLayout.kOrderStrides(shape: shape, like: like))
    try runLoop(op, BinaryOperands(x, y, out: out), input: types.input, warnings: &warnings)
    return out
  }

  /// Arrays up to this many elements are small: layout planning would cost more than the loop.
  private static let smallSize = 4096

  /// `a + b`, `a - b` or `a * b` for two small C-contiguous float64 arrays of one shape: one
  /// plain loop, no layout planning; nil when the case does not apply. Overflow and invalid
  /// results warn from the floating-point flags, as in the general loop.
  private static func contiguousFloat64(
    _ op: BinaryUfunc, _ a: Operand, _ b: Operand, warnings: inout [ArrayWarning]
  ) throws -> NDArray? {
    guard op == .add || op == .subtract || op == .multiply,
      case .array(let x) = a, case .array(let y) = b, x.shape == y.shape,
      x.size <= smallSize, x.isContiguous, y.isContiguous,
      case .float64(let p) = x.storage, case .float64(let q) = y.storage
    else { return nil }
    let out = try NDArray(uninitialized: x.shape, dtype: .float64)
    guard case .float64(let o) = out.storage else { return nil }
    let (u, v, w) = (p.base + x.offset, q.base + y.offset, o.base + out.offset)
    let n = x.size
    FloatingPointStatus.clear()
    switch op {
    case .add: for i in 0..<n { w[i] = u[i] + v[i] }
    case .subtract: for i in 0..<n { w[i] = u[i] - v[i] }
    default: for i in 0..<n { w[i] = u[i] * v[i] }
    }
    warnings += FloatingPointStatus.warnings(in: op.name)
    return out
  }

  /// Python's `a ** b` on arrays: numpy's `fast_scalar_power` first turns a float array to
  /// the power of the Python scalar -1, 2 or 0.5 into `reciprocal`, `square` or `sqrt` (so
  /// warnings name those ufuncs); everything else is `power`.
  ///
  /// - Throws: as `apply`.
  public static func pythonPower(_ a: Operand, _ b: Operand, warnings: inout [ArrayWarning])
    throws -> NDArray
  {
    if case .array(let base) = a, base.dtype.isFloat, case .python(let e) = b {
      switch e {
      case .int(-1): return try base.apply(.reciprocal, warnings: &warnings)
      case .int(2): return try base.apply(.square, warnings: &warnings)
      case .float(0.5): return try base.apply(.sqrt, warnings: &warnings)
      default: break
      }
    }
    return try apply(.power, a, b, warnings: &warnings)
  }

  /// Python's `a **= b`: the in-place form of `pythonPower` (numpy's `fast_scalar_power`
  /// with `inplace`), writing into this array.
  ///
  /// - Throws: as `applyInPlace`.
  public func pythonPowerInPlace(_ exponent: Operand, warnings: inout [ArrayWarning]) throws {
    if dtype.isFloat, case .python(let e) = exponent {
      let fast: UnaryUfunc? =
        switch e {
        case .int(-1): .reciprocal
        case .int(2): .square
        case .float(0.5): .sqrt
        default: nil
        }
      if let fast {
        try checkWritable()
        try copyElements(from: apply(fast, warnings: &warnings))
        return
      }
    }
    try applyInPlace(.power, exponent, warnings: &warnings)
  }

  /// `apply` for callers that ignore warnings.
  public static func apply(_ op: BinaryUfunc, _ a: Operand, _ b: Operand) throws -> NDArray {
    var ignored: [ArrayWarning] = []
    return try apply(op, a, b, warnings: &ignored)
  }

  /// numpy's in-place `self op= other` (`a += b`), writing into this array's storage.
  ///
  /// The result is cast back to `self.dtype` under numpy's 'same_kind' rule.
  ///
  /// - Throws: `UFuncTypeError` "Cannot cast ufunc 'add' output from dtype('float64') to
  ///   dtype('int64') with casting rule 'same_kind'"; `ValueError` "non-broadcastable output
  ///   operand with shape (3,) doesn't match the broadcast shape (2,3)"; read-only arrays;
  ///   and everything `apply` throws.
  public func applyInPlace(_ op: BinaryUfunc, _ other: Operand, warnings: inout [ArrayWarning])
    throws
  {
    let types = try NDArray.resolvedLoop(op, .array(self), other)
    guard types.output.canCastSameKind(to: dtype) else {
      throw ArrayError.outputCast(op.name, from: types.output, to: dtype)
    }
    let shape = try Shape.broadcast(self.shape, other.shape)
    guard shape == self.shape else {
      throw ArrayError(
        .valueError,
        "non-broadcastable output operand with shape \(Shape.compactText(self.shape)) doesn't "
          + "match the broadcast shape \(Shape.compactText(shape))")
    }
    try checkWritable()
    let x = try converted(to: types.input)
    let y = try other.materialized(as: types.input)
    if op == .power && types.input.isInteger { try NDArray.checkNonNegativeExponents(y) }
    // Write straight into self when no cast is needed and no input overlaps it differently.
    let overlaps = [x, y].contains { $0.sharesStorage(with: self) && !$0.isSameView(as: self) }
    if types.output == dtype && !overlaps {
      try NDArray.runLoop(
        op, BinaryOperands(x, y, out: self), input: types.input, warnings: &warnings)
      return
    }
    let result = try NDArray(
      uninitialized: shape, dtype: types.output,
      strides: LoopLayout.kOrderStrides(shape: shape, like: strides))
    try NDArray.runLoop(
      op, BinaryOperands(x, y, out: result), input: types.input, warnings: &warnings)
    try copyElements(from: result)
  }

  /// The input and output dtypes of `op` for these operands (NEP 50).
  ///
  /// - Throws: `OverflowError` for a Python int outside the loop's integer dtype, except in
  ///   comparisons, which numpy evaluates exactly (then in int64 here).
  static func resolvedLoop(_ op: BinaryUfunc, _ a: Operand, _ b: Operand) throws -> LoopTypes {
    let ta: DType
    let tb: DType
    switch (a, b) {
    case (.array(let x), .array(let y)): (ta, tb) = (x.dtype, y.dtype)
    case (.array(let x), .python(let v)):
      (ta, tb) = (x.dtype, Operand.weakDType(of: v, next: x.dtype))
    case (.python(let v), .array(let y)):
      (ta, tb) = (Operand.weakDType(of: v, next: y.dtype), y.dtype)
    case (.python(let v), .python(let w)): (ta, tb) = (v.inferredDType, w.inferredDType)
    }
    var types = try op.loopTypes(ta, tb)
    do {
      try a.checkFits(types.input)
      try b.checkFits(types.input)
    } catch let error as ArrayError {
      guard op.isComparison else { throw error }
      types.input = .int64
    }
    return types
  }

  private static func runLoop(
    _ op: BinaryUfunc, _ operands: BinaryOperands, input: DType, warnings: inout [ArrayWarning]
  ) throws {
    guard op.reportsFloatingPointErrors else {
      operands.run(op, input: input)
      return
    }
    FloatingPointStatus.clear()
    operands.run(op, input: input)
    warnings += FloatingPointStatus.warnings(in: op.name)
  }

  // numpy's integer power loop rejects any negative exponent.
  private static func checkNonNegativeExponents(_ y: NDArray) throws {
    var negative = false
    switch y.storage {
    case .int64(let b): y.forEachOffset { if b.base[$0] < 0 { negative = true } }
    case .int32(let b): y.forEachOffset { if b.base[$0] < 0 { negative = true } }
    case .int16(let b): y.forEachOffset { if b.base[$0] < 0 { negative = true } }
    case .int8(let b): y.forEachOffset { if b.base[$0] < 0 { negative = true } }
    default: break
    }
    if negative {
      throw ArrayError(.valueError, "Integers to negative integer powers are not allowed.")
    }
  }

  /// True when `other` addresses exactly the same elements in the same order.
  func isSameView(as other: NDArray) -> Bool {
    sharesStorage(with: other) && offset == other.offset && shape == other.shape
      && strides == other.strides
  }
}

extension DType {
  /// numpy's `can_cast(self, target, 'same_kind')`: safe casts, or casts within one kind.
  func canCastSameKind(to target: DType) -> Bool {
    if self == target || self == .bool { return true }
    let order: [Character] = ["b", "u", "i", "f"]
    guard let k = order.firstIndex(of: kind), let t = order.firstIndex(of: target.kind) else {
      return false
    }
    if k == t { return true }
    if k > t { return false }
    // uint8 -> signed integers always fits; any integer -> float is 'same_kind' safe upward.
    return true
  }
}

extension ArrayError {
  /// numpy's `_UFuncOutputCastingError` message (a UFuncTypeError, subclass of TypeError).
  static func outputCast(_ ufunc: String, from: DType, to: DType) -> ArrayError {
    ArrayError(
      .ufuncTypeError,
      "Cannot cast ufunc '\(ufunc)' output from dtype('\(from.name)') to dtype('\(to.name)') "
        + "with casting rule 'same_kind'")
  }
}
