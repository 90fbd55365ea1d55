/// Three-argument `pow(base, exp, mod)` on Python ints, including CPython's modular inverse
/// for negative exponents; products are taken at double width so no step overflows.
extension Runtime {
  func modularPower(_ base: Value, _ exp: Value, _ mod: Value) throws -> Value {
    guard let b = intValue(base), let e = intValue(exp), let m = intValue(mod) else {
      throw PyError.make(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
    }
    if m == 0 { throw PyError.make(.valueError, "pow() 3rd argument cannot be 0") }
    let modulus = UInt64(m.magnitude)
    var residue = Self.residue(b, modulus)
    if e < 0 {
      guard let inverse = Self.inverse(residue, modulus) else {
        throw PyError.make(.valueError, "base is not invertible for the given modulus")
      }
      residue = inverse
    }
    var result: UInt64 = modulus == 1 ? 0 : 1
    var power = UInt64(e.magnitude)
    while power > 0 {
      if power & 1 == 1 { result = Self.multiply(result, residue, modulus) }
      residue = Self.multiply(residue, residue, modulus)
      power >>= 1
    }
    // A negative modulus gives a result in (m, 0], as CPython's does.
    if m < 0, result != 0 { return .int(-Int(modulus - result)) }
    return .int(Int(result))
  }

  /// x mod m in [0, m).
  private static func residue(_ x: Int, _ m: UInt64) -> UInt64 {
    let r = UInt64(x.magnitude) % m
    return x < 0 && r != 0 ? m - r : r
  }

  private static func multiply(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
    m.dividingFullWidth(a.multipliedFullWidth(by: b)).remainder
  }

  /// The inverse of a modulo m by the extended Euclidean algorithm; nil when gcd(a, m) ≠ 1.
  private static func inverse(_ a: UInt64, _ m: UInt64) -> UInt64? {
    // Invariant: oldR ≡ oldS·a and r ≡ s·a (mod m); the coefficients stay within ±m.
    var (oldR, r) = (a, m)
    var (oldS, s): (Int128, Int128) = (1, 0)
    while r != 0 {
      let q = oldR / r
      (oldR, r) = (r, oldR - q * r)
      (oldS, s) = (s, oldS - Int128(q) * s)
    }
    guard oldR == 1 else { return m == 1 ? 0 : nil }
    let modulus = Int128(m)
    return UInt64(((oldS % modulus) + modulus) % modulus)
  }
}
