#if canImport(Glibc)
  import Glibc
#endif

/// Per-element arithmetic with numpy's semantics for one numeric element type.
///
/// Integers wrap as numpy's C loops do; division by zero gives 0 and raises the
/// floating-point divide-by-zero flag (numpy's `npy_set_floatstatus_divbyzero`), which the
/// ufunc driver turns into a `RuntimeWarning`. Floats follow IEEE 754 and glibc's libm.
protocol UfuncElement: NumericElement, Comparable {
  static var zero: Self { get }
  static var one: Self { get }
  static func add(_ a: Self, _ b: Self) -> Self
  static func subtract(_ a: Self, _ b: Self) -> Self
  static func multiply(_ a: Self, _ b: Self) -> Self
  static func floorDivide(_ a: Self, _ b: Self) -> Self
  static func remainder(_ a: Self, _ b: Self) -> Self
  static func power(_ a: Self, _ b: Self) -> Self
  static func negative(_ a: Self) -> Self
  static func absolute(_ a: Self) -> Self
  static func sign(_ a: Self) -> Self
  static func reciprocal(_ a: Self) -> Self
  /// numpy's `maximum`: NaN in either operand propagates.
  static func maximum(_ a: Self, _ b: Self) -> Self
  /// numpy's `minimum`: NaN in either operand propagates.
  static func minimum(_ a: Self, _ b: Self) -> Self
  /// numpy's `fmax`: a NaN operand is ignored when the other is a number.
  static func fmax(_ a: Self, _ b: Self) -> Self
  /// numpy's `fmin`.
  static func fmin(_ a: Self, _ b: Self) -> Self
  /// True only for a float NaN.
  var isNaNElement: Bool { get }
}

/// Raises the C floating-point exception flags numpy's integer loops raise.
@inline(never)
func raiseFloatingPointFlag(_ flag: Int32) {
  feraiseexcept(flag)
}

extension UfuncElement where Self: FixedWidthInteger {
  static var zero: Self { 0 }
  static var one: Self { 1 }
  @inline(__always) static func add(_ a: Self, _ b: Self) -> Self { a &+ b }
  @inline(__always) static func subtract(_ a: Self, _ b: Self) -> Self { a &- b }
  @inline(__always) static func multiply(_ a: Self, _ b: Self) -> Self { a &* b }

  // numpy's integer floor_divide: Python's rounding, 0 on division by zero, MIN // -1 overflows.
  static func floorDivide(_ a: Self, _ b: Self) -> Self {
    if b == 0 {
      raiseFloatingPointFlag(FloatingPointStatus.divideByZero)
      return 0
    }
    if Self.isSigned && a == Self.min && b == -1 {
      raiseFloatingPointFlag(FloatingPointStatus.overflow)
      return Self.min
    }
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  // numpy's integer remainder: the result takes the divisor's sign; x % 0 is 0.
  static func remainder(_ a: Self, _ b: Self) -> Self {
    if b == 0 {
      raiseFloatingPointFlag(FloatingPointStatus.divideByZero)
      return 0
    }
    if Self.isSigned && b == -1 { return 0 }
    let r = a % b
    return (r != 0 && (r < 0) != (b < 0)) ? r &+ b : r
  }

  // Square-and-multiply with wrapping products; negative exponents are rejected before the loop.
  static func power(_ a: Self, _ b: Self) -> Self {
    var base = a
    var e = b
    var result: Self = 1
    while e > 0 {
      if e & 1 == 1 { result = result &* base }
      e >>= 1
      if e > 0 { base = base &* base }
    }
    return result
  }

  @inline(__always) static func negative(_ a: Self) -> Self { 0 &- a }
  @inline(__always) static func absolute(_ a: Self) -> Self { a < 0 ? 0 &- a : a }
  @inline(__always) static func sign(_ a: Self) -> Self { a > 0 ? 1 : (a < 0 ? 0 &- 1 : 0) }
  // numpy computes an integer reciprocal as 1.0 / x cast back: 1/0 is inf, which casts to
  // the minimum and raises divide-by-zero and invalid.
  static func reciprocal(_ a: Self) -> Self {
    if a == 0 {
      raiseFloatingPointFlag(FloatingPointStatus.divideByZero | FloatingPointStatus.invalid)
      return Self.cast(from: Double.infinity)
    }
    return Self.cast(from: 1.0 / Double(a))
  }
  @inline(__always) static func maximum(_ a: Self, _ b: Self) -> Self { a >= b ? a : b }
  @inline(__always) static func minimum(_ a: Self, _ b: Self) -> Self { a <= b ? a : b }
  @inline(__always) static func fmax(_ a: Self, _ b: Self) -> Self { a >= b ? a : b }
  @inline(__always) static func fmin(_ a: Self, _ b: Self) -> Self { a <= b ? a : b }
  var isNaNElement: Bool { false }
}

extension Int8: UfuncElement {}
extension Int16: UfuncElement {}
extension UInt8: UfuncElement {}
extension UInt16: UfuncElement {}
extension UInt32: UfuncElement {}
extension UInt64: UfuncElement {}
extension Int32: UfuncElement {}
extension Int64: UfuncElement {}

/// The libm functions of one float type (glibc's double or float entry points).
protocol FloatUfuncElement: UfuncElement, BinaryFloatingPoint {
  static func libm(_ f: MathFunction, _ x: Self) -> Self
  static func libmPow(_ a: Self, _ b: Self) -> Self
  static func libmFmod(_ a: Self, _ b: Self) -> Self
  static func libmAtan2(_ a: Self, _ b: Self) -> Self
  static func libmHypot(_ a: Self, _ b: Self) -> Self
  /// numpy's `deg2rad` factor in this precision.
  static var degreesToRadians: Self { get }
  /// numpy's `rad2deg` factor in this precision.
  static var radiansToDegrees: Self { get }
}

/// The one-argument libm functions the ufuncs use.
enum MathFunction {
  case sqrt, exp, log, log2, log10, log1p, expm1, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh
  case asinh, acosh, atanh, cbrt
}

extension UfuncElement where Self: FloatUfuncElement {
  static var zero: Self { 0 }
  static var one: Self { 1 }
  @inline(__always) static func add(_ a: Self, _ b: Self) -> Self { a + b }
  @inline(__always) static func subtract(_ a: Self, _ b: Self) -> Self { a - b }
  @inline(__always) static func multiply(_ a: Self, _ b: Self) -> Self { a * b }

  // numpy's npy_floor_divide: a / b when b == 0, else the quotient of npy_divmod.
  static func floorDivide(_ a: Self, _ b: Self) -> Self {
    if b == 0 { return a / b }
    return divmod(a, b).quotient
  }

  // numpy's npy_remainder: fmod (NaN) when b == 0, else the modulus of npy_divmod.
  static func remainder(_ a: Self, _ b: Self) -> Self {
    if b == 0 { return libmFmod(a, b) }
    return divmod(a, b).modulus
  }

  // Mirrors numpy's npy_divmod (npy_math_internal.h): fmod, fix the sign to Python's
  // convention, then snap the quotient to the nearest integer.
  static func divmod(_ a: Self, _ b: Self) -> (quotient: Self, modulus: Self) {
    var mod = libmFmod(a, b)
    var div = (a - mod) / b
    if mod != 0 {
      if (b < 0) != (mod < 0) {
        mod += b
        div -= 1
      }
    } else {
      mod = b.sign == .minus ? -0.0 : 0.0
    }
    var floordiv: Self
    if div != 0 {
      floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      let q = a / b
      floordiv = q.sign == .minus ? -0.0 : 0.0
    }
    return (floordiv, mod)
  }

  @inline(__always) static func power(_ a: Self, _ b: Self) -> Self { libmPow(a, b) }
  @inline(__always) static func negative(_ a: Self) -> Self { -a }
  @inline(__always) static func absolute(_ a: Self) -> Self { Swift.abs(a) }
  // numpy's float sign: NaN stays NaN and both zeros give +0.
  @inline(__always) static func sign(_ a: Self) -> Self {
    a > 0 ? 1 : (a < 0 ? -1 : (a == 0 ? 0 : a))
  }
  @inline(__always) static func reciprocal(_ a: Self) -> Self { 1 / a }
  @inline(__always) static func maximum(_ a: Self, _ b: Self) -> Self {
    (a >= b || a.isNaN) ? a : b
  }
  @inline(__always) static func minimum(_ a: Self, _ b: Self) -> Self {
    (a <= b || a.isNaN) ? a : b
  }
  @inline(__always) static func fmax(_ a: Self, _ b: Self) -> Self { (a >= b || b.isNaN) ? a : b }
  @inline(__always) static func fmin(_ a: Self, _ b: Self) -> Self { (a <= b || b.isNaN) ? a : b }
  var isNaNElement: Bool { isNaN }
}

extension Double: UfuncElement, FloatUfuncElement {
  static func libm(_ f: MathFunction, _ x: Double) -> Double {
    switch f {
    case .sqrt: x.squareRoot()
    case .exp: Glibc.exp(x)
    case .log: Glibc.log(x)
    case .log2: Glibc.log2(x)
    case .log10: Glibc.log10(x)
    case .log1p: Glibc.log1p(x)
    case .expm1: Glibc.expm1(x)
    case .sin: Glibc.sin(x)
    case .cos: Glibc.cos(x)
    case .tan: Glibc.tan(x)
    case .asin: Glibc.asin(x)
    case .acos: Glibc.acos(x)
    case .atan: Glibc.atan(x)
    case .sinh: Glibc.sinh(x)
    case .cosh: Glibc.cosh(x)
    case .tanh: Glibc.tanh(x)
    case .asinh: Glibc.asinh(x)
    case .acosh: Glibc.acosh(x)
    case .atanh: Glibc.atanh(x)
    case .cbrt: Glibc.cbrt(x)
    }
  }
  static func libmPow(_ a: Double, _ b: Double) -> Double { Glibc.pow(a, b) }
  static func libmFmod(_ a: Double, _ b: Double) -> Double { Glibc.fmod(a, b) }
  static func libmAtan2(_ a: Double, _ b: Double) -> Double { Glibc.atan2(a, b) }
  static func libmHypot(_ a: Double, _ b: Double) -> Double { Glibc.hypot(a, b) }
  static var degreesToRadians: Double { Double.pi / 180.0 }
  static var radiansToDegrees: Double { 180.0 / Double.pi }
}

extension Float: UfuncElement, FloatUfuncElement {
  static func libm(_ f: MathFunction, _ x: Float) -> Float {
    switch f {
    case .sqrt: x.squareRoot()
    case .exp: expf(x)
    case .log: logf(x)
    case .log2: log2f(x)
    case .log10: log10f(x)
    case .log1p: log1pf(x)
    case .expm1: expm1f(x)
    case .sin: sinf(x)
    case .cos: cosf(x)
    case .tan: tanf(x)
    case .asin: asinf(x)
    case .acos: acosf(x)
    case .atan: atanf(x)
    case .sinh: sinhf(x)
    case .cosh: coshf(x)
    case .tanh: tanhf(x)
    case .asinh: asinhf(x)
    case .acosh: acoshf(x)
    case .atanh: atanhf(x)
    case .cbrt: cbrtf(x)
    }
  }
  static func libmPow(_ a: Float, _ b: Float) -> Float { powf(a, b) }
  static func libmFmod(_ a: Float, _ b: Float) -> Float { fmodf(a, b) }
  static func libmAtan2(_ a: Float, _ b: Float) -> Float { atan2f(a, b) }
  static func libmHypot(_ a: Float, _ b: Float) -> Float { hypotf(a, b) }
  // Swift's Float.pi rounds toward zero; numpy's NPY_PIf is pi rounded to nearest.
  static var degreesToRadians: Float { Float(Double.pi) / 180.0 }
  static var radiansToDegrees: Float { 180.0 / Float(Double.pi) }
}
