import Foundation

/// Python's int and float arithmetic (floor semantics, overflow checks, exact messages).
enum Numbers {
  static let tooLarge = PyError.make(.overflowError, "int too large")

  static func floorDiv(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw PyError.make(.zeroDivisionError, "integer division or modulo by zero") }
    if a == Int.min && b == -1 { throw tooLarge }
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
  }

  static func mod(_ a: Int, _ b: Int) throws -> Int {
    if b == 0 { throw PyError.make(.zeroDivisionError, "integer modulo by zero") }
    if b == -1 { return 0 }
    let r = a % b
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
  }

  static func floatMod(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw PyError.make(.zeroDivisionError, "float modulo") }
    var r = fmod(a, b)
    if r != 0 {
      if (b < 0) != (r < 0) { r += b }
    } else {
      r = copysign(0, b)
    }
    return r
  }

  /// CPython's float_floor_div algorithm (via divmod).
  static func floatFloorDiv(_ a: Double, _ b: Double) throws -> Double {
    if b == 0 { throw PyError.make(.zeroDivisionError, "float floor division by zero") }
    var m = fmod(a, b)
    var div = (a - m) / b
    if m != 0 {
      if (b < 0) != (m < 0) {
        m += b
        div -= 1
      }
    }
    if div != 0 {
      var floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1 }
      return floordiv
    }
    return copysign(0, a / b)
  }

  static func intPow(_ base: Int, _ exp: Int) throws -> Value {
    if exp < 0 {
      if base == 0 {
        throw PyError.make(.zeroDivisionError, "0.0 cannot be raised to a negative power")
      }
      return .float(Foundation.pow(Double(base), Double(exp)))
    }
    var result = 1
    var b = base
    var e = exp
    while e > 0 {
      if e & 1 == 1 {
        let (r, o) = result.multipliedReportingOverflow(by: b)
        if o { throw tooLarge }
        result = r
      }
      e >>= 1
      if e > 0 {
        let (sq, o) = b.multipliedReportingOverflow(by: b)
        if o { throw tooLarge }
        b = sq
      }
    }
    return .int(result)
  }

  static func floatPow(_ a: Double, _ b: Double) throws -> Double {
    if a == 0 && b < 0 {
      throw PyError.make(.zeroDivisionError, "0.0 cannot be raised to a negative power")
    }
    if a < 0 && b != b.rounded() && a.isFinite && b.isFinite {
      throw PyError.make(.valueError, "complex results are not supported by MatrixScript")
    }
    let r = Foundation.pow(a, b)
    if r.isInfinite && a.isFinite && b.isFinite {
      throw PyError.make(.overflowError, "(34, 'Numerical result out of range')")
    }
    return r
  }

  static func shift(_ a: Int, _ b: Int, left: Bool) throws -> Int {
    if b < 0 { throw PyError.make(.valueError, "negative shift count") }
    if !left { return b >= 64 ? (a < 0 ? -1 : 0) : a >> b }
    if a == 0 { return 0 }
    if b >= 63 { throw tooLarge }
    let r = a << b
    if r >> b != a { throw tooLarge }
    return r
  }

  /// Python's round-half-even `round(x)` for floats, returning an int.
  static func roundToInt(_ x: Double) throws -> Int {
    if x.isNaN { throw PyError.make(.valueError, "cannot convert float NaN to integer") }
    if x.isInfinite { throw PyError.make(.overflowError, "cannot convert float infinity to integer") }
    let r = x.rounded(.toNearestOrEven)
    guard let i = Int(exactly: r) else { throw tooLarge }
    return i
  }

  /// `round(x, n)` for floats: correctly rounded through decimal text, as CPython does.
  static func round(_ x: Double, digits n: Int) -> Double {
    if !x.isFinite || x == 0 { return x }
    if n > 308 { return x }
    if n < -308 { return copysign(0, x) }
    let text = String(format: "%.\(max(0, n))f", x)
    if n >= 0 { return Double(text) ?? x }
    let p = Foundation.pow(10.0, Double(-n))
    let y = (x / p).rounded(.toNearestOrEven) * p
    return y
  }

  static func toInt(_ x: Double) throws -> Int {
    if x.isNaN { throw PyError.make(.valueError, "cannot convert float NaN to integer") }
    if x.isInfinite { throw PyError.make(.overflowError, "cannot convert float infinity to integer") }
    guard let i = Int(exactly: x.rounded(.towardZero)) else { throw tooLarge }
    return i
  }
}
