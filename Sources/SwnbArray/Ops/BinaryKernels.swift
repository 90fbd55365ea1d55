import SwnbKernels

/// The typed loops behind each binary ufunc: one switch on the loop dtype, then one on the
/// operation, each case a single specialized `map` call.
extension BinaryOperands {
  /// Runs `op` with inputs already cast to `input` and the output of the resolved dtype.
  func run(_ op: BinaryUfunc, input: DType) {
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
    case .float64: if !runWideFloat64(op) { runFloat(op, Double.self) }
    case .complex128: runComplex(op)
    case .unicode: preconditionFailure("string operands are rejected by loop selection")
    }
  }

  /// float64 `+ - * /` through SwnbKernels' 256-bit loops when the CPU has them
  /// (`hasWideLoops`), every run writes the output contiguously and reads each input as a run
  /// or one repeated value; false (nothing done) otherwise.
  private func runWideFloat64(_ op: BinaryUfunc) -> Bool {
    let wide: WideArithmetic.Operation
    switch op {
    case .add: wide = .add
    case .subtract: wide = .subtract
    case .multiply: wide = .multiply
    case .trueDivide: wide = .divide
    default: return false
    }
    let (sa, sb) = (layout.innerStride(0), layout.innerStride(1))
    guard hasWideLoops, layout.innerStride(2) == 1, sa == 0 || sa == 1,
      sb == 0 || sb == 1
    else { return false }
    withExtendedLifetime((x, y, out)) {
      let (a, b, r) = (
        x.elementPointer(Double.self), y.elementPointer(Double.self),
        out.elementPointer(Double.self)
      )
      layout.forEachRun { offsets, n in
        WideArithmetic.apply(
          wide, a + offsets[0], aStep: sa, b + offsets[1], bStep: sb, into: r + offsets[2],
          count: n)
      }
    }
    return true
  }

  private func runComparison<T: Comparable>(_ op: BinaryUfunc, _ t: T.Type) -> Bool {
    switch op {
    case .equal: map(T.self, Bool.self) { $0 == $1 }
    case .notEqual: map(T.self, Bool.self) { $0 != $1 }
    case .less: map(T.self, Bool.self) { $0 < $1 }
    case .lessEqual: map(T.self, Bool.self) { $0 <= $1 }
    case .greater: map(T.self, Bool.self) { $0 > $1 }
    case .greaterEqual: map(T.self, Bool.self) { $0 >= $1 }
    default: return false
    }
    return true
  }

  private func runCommon<T: UfuncElement>(_ op: BinaryUfunc, _ t: T.Type) -> Bool {
    if runComparison(op, T.self) { return true }
    switch op {
    case .add: map(T.self, T.self) { T.add($0, $1) }
    case .subtract: map(T.self, T.self) { T.subtract($0, $1) }
    case .multiply: map(T.self, T.self) { T.multiply($0, $1) }
    case .floorDivide: map(T.self, T.self) { T.floorDivide($0, $1) }
    case .remainder: map(T.self, T.self) { T.remainder($0, $1) }
    case .power: map(T.self, T.self) { T.power($0, $1) }
    case .maximum: map(T.self, T.self) { T.maximum($0, $1) }
    case .minimum: map(T.self, T.self) { T.minimum($0, $1) }
    case .fmax: map(T.self, T.self) { T.fmax($0, $1) }
    case .fmin: map(T.self, T.self) { T.fmin($0, $1) }
    default: return false
    }
    return true
  }

  private func runInteger<T: UfuncElement & FixedWidthInteger>(_ op: BinaryUfunc, _ t: T.Type) {
    if runCommon(op, T.self) { return }
    let bits = T(truncatingIfNeeded: T.bitWidth)
    switch op {
    case .bitwiseAnd: map(T.self, T.self) { $0 & $1 }
    case .bitwiseOr: map(T.self, T.self) { $0 | $1 }
    case .bitwiseXor: map(T.self, T.self) { $0 ^ $1 }
    // numpy's npy_lshift/npy_rshift: counts are unsigned, so negative or too-large counts
    // shift everything out (right shifts of negatives leave -1).
    case .leftShift:
      map(T.self, T.self) { a, b in (b >= 0 && b < bits) ? a &<< b : 0 }
    case .rightShift:
      map(T.self, T.self) { a, b in (b >= 0 && b < bits) ? a &>> b : (a < 0 ? 0 &- 1 : 0) }
    default: preconditionFailure("no integer loop for \(op)")
    }
  }

  private func runFloat<T: FloatUfuncElement>(_ op: BinaryUfunc, _ t: T.Type) {
    if op == .power {
      floatPower(T.self)
      return
    }
    if runCommon(op, T.self) { return }
    switch op {
    case .trueDivide: map(T.self, T.self) { $0 / $1 }
    case .arctan2: map(T.self, T.self) { T.libmAtan2($0, $1) }
    case .hypot: map(T.self, T.self) { T.libmHypot($0, $1) }
    default: preconditionFailure("no float loop for \(op)")
    }
  }

  // Bool loops: + and * are `or` and `and`, as numpy's bool add/multiply.
  private func runBool(_ op: BinaryUfunc) {
    switch op {
    case .add, .logicalOr, .bitwiseOr, .maximum, .fmax: map(Bool.self, Bool.self) { $0 || $1 }
    case .multiply, .logicalAnd, .bitwiseAnd, .minimum, .fmin:
      map(Bool.self, Bool.self) { $0 && $1 }
    case .logicalXor, .bitwiseXor, .notEqual: map(Bool.self, Bool.self) { $0 != $1 }
    case .equal: map(Bool.self, Bool.self) { $0 == $1 }
    case .less: map(Bool.self, Bool.self) { !$0 && $1 }
    case .lessEqual: map(Bool.self, Bool.self) { !$0 || $1 }
    case .greater: map(Bool.self, Bool.self) { $0 && !$1 }
    case .greaterEqual: map(Bool.self, Bool.self) { $0 || !$1 }
    default: preconditionFailure("no bool loop for \(op)")
    }
  }

  // numpy's float power loop (POWER_FAST_PATH): when the exponent has stride 0 in the loop
  // and is -1, 0, 0.5, 1 or 2, it uses 1/x, 1, sqrt, x or x*x instead of pow. numpy 2.4's
  // buffered iterator copies exponents broadcast along only some axes, so in practice the
  // fast path applies to a single exponent value (a scalar or a size-1 array).
  private func floatPower<T: FloatUfuncElement>(_ t: T.Type) {
    let (sa, sb, so) = (layout.innerStride(0), layout.innerStride(1), layout.innerStride(2))
    let single = y.size == 1
    withExtendedLifetime((x, y, out)) {
      let (a, b, r) = (
        x.elementPointer(T.self), y.elementPointer(T.self), out.elementPointer(T.self)
      )
      layout.forEachRun { offsets, n in
        let (p, q, o) = (a + offsets[0], b + offsets[1], r + offsets[2])
        let fast = single ? Self.powerFastPath(q[0]) : nil
        for k in 0..<n {
          o[k * so] = fast.map { f in f(p[k * sa]) } ?? T.libmPow(p[k * sa], q[k * sb])
        }
      }
    }
  }

  /// The operation numpy substitutes for `x ** e` with this constant exponent, if any.
  private static func powerFastPath<T: FloatUfuncElement>(_ e: T) -> ((T) -> T)? {
    switch e {
    case -1: { 1 / $0 }
    case 0: { _ in 1 }
    case 0.5: { $0.squareRoot() }
    case 1: { $0 }
    case 2: { $0 * $0 }
    default: nil
    }
  }
}
