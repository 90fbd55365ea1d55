import Foundation
import SwnbArray
import SwnbPrinting

/// CPython 3.11's `complex` arithmetic and text (Objects/complexobject.c), which differs
/// from numpy's in division (CPython divides, numpy multiplies by a reciprocal) and power.
enum PythonComplex {
  /// `a / b` as `_Py_c_quot`: Smith's method; nil when `b` is zero (the caller raises).
  static func quotient(_ a: Complex, _ b: Complex) -> Complex? {
    let absReal = abs(b.real)
    let absImag = abs(b.imag)
    if absReal >= absImag {
      if absReal == 0 { return nil }
      let ratio = b.imag / b.real
      let denominator = b.real + b.imag * ratio
      return Complex((a.real + a.imag * ratio) / denominator, (a.imag - a.real * ratio) / denominator)
    }
    if absImag >= absReal {
      let ratio = b.real / b.imag
      let denominator = b.real * ratio + b.imag
      return Complex((a.real * ratio + a.imag) / denominator, (a.imag * ratio - a.real) / denominator)
    }
    return Complex(.nan, .nan)  // a part of b is NaN
  }

  /// `a / b`, raising CPython's `ZeroDivisionError: complex division by zero`.
  static func divide(_ a: Complex, _ b: Complex) throws -> Complex {
    guard let q = quotient(a, b) else { throw PyError.make(.zeroDivisionError, "complex division by zero") }
    return q
  }

  /// `a ** b` as `complex_pow`: integral exponents up to 100 in magnitude by repeated
  /// squaring (`c_powi`), others through polar form (`_Py_c_pow`).
  ///
  /// - Throws: `ZeroDivisionError` for zero to a negative or complex power, `OverflowError`
  ///   when a part of the result is infinite.
  static func power(_ a: Complex, _ b: Complex) throws -> Complex {
    let result: Complex?
    if b.imag == 0, b.real == b.real.rounded(.down), abs(b.real) <= 100 {
      let n = Int(b.real)
      result = n >= 0 ? unsignedPower(a, n) : quotient(Complex(1), unsignedPower(a, -n))
    } else {
      result = polarPower(a, b)
    }
    guard let result else {
      throw PyError.make(.zeroDivisionError, "0.0 to a negative or complex power")
    }
    if result.real.isInfinite || result.imag.isInfinite {
      throw PyError.make(.overflowError, "complex exponentiation")
    }
    return result
  }

  private static func unsignedPower(_ x: Complex, _ n: Int) -> Complex {
    var result = Complex(1)
    var square = x
    var mask = 1
    while mask > 0 && n >= mask {
      if n & mask != 0 { result = result * square }
      mask <<= 1
      square = square * square
    }
    return result
  }

  private static func polarPower(_ a: Complex, _ b: Complex) -> Complex? {
    if b.real == 0 && b.imag == 0 { return Complex(1) }
    if a.real == 0 && a.imag == 0 {
      if b.imag != 0 || b.real < 0 { return nil }
      return .zero
    }
    let magnitude = hypot(a.real, a.imag)
    var length = Foundation.pow(magnitude, b.real)
    let angle = atan2(a.imag, a.real)
    var phase = angle * b.real
    if b.imag != 0 {
      length /= Foundation.exp(angle * b.imag)
      phase += b.imag * Foundation.log(magnitude)
    }
    return Complex(length * cos(phase), length * sin(phase))
  }

  /// `abs(z)`, raising `OverflowError: absolute value too large` when finite parts overflow.
  static func absolute(_ z: Complex) throws -> Double {
    let r = z.magnitude
    if r.isInfinite && z.isFinite { throw PyError.make(.overflowError, "absolute value too large") }
    return r
  }

  /// `repr(z)` (see `PythonFloat.complexRepr`).
  static func repr(_ z: Complex) -> String { PythonFloat.complexRepr(z.real, z.imag) }

  /// `complex(text)`: `'1+2j'`, `' (3-j) '`, `'nan'`, `'-1.5e3J'`; nil when malformed.
  static func parse(_ text: String) -> Complex? {
    var s = Substring(text.trimmingCharacters(in: .whitespaces))
    if s.hasPrefix("(") {
      guard s.hasSuffix(")") else { return nil }
      s = Substring(s.dropFirst().dropLast().trimmingCharacters(in: .whitespaces))
    }
    guard !s.isEmpty, !s.contains(" ") else { return nil }
    let isImaginary = s.hasSuffix("j") || s.hasSuffix("J")
    if !isImaginary { return real(s).map { Complex($0) } }
    s = s.dropLast()
    // The split between the parts: the last sign not at the start or after an exponent mark.
    var split = s.startIndex
    var i = s.isEmpty ? s.endIndex : s.index(after: s.startIndex)
    while i < s.endIndex {
      let before = s[s.index(before: i)]
      if (s[i] == "+" || s[i] == "-") && before != "e" && before != "E" { split = i }
      i = s.index(after: i)
    }
    let realText = s[s.startIndex..<split]
    var imagText = s[split...]
    if imagText.isEmpty || imagText == "+" || imagText == "-" { imagText += "1" }
    guard let imag = real(imagText) else { return nil }
    if realText.isEmpty { return Complex(0, imag) }
    guard let re = real(realText) else { return nil }
    return Complex(re, imag)
  }

  /// One real part of a complex literal: Python float syntax (underscores between digits).
  private static func real(_ s: Substring) -> Double? {
    var body = s
    var negative = false
    if let c = body.first, c == "+" || c == "-" {
      negative = c == "-"
      body = body.dropFirst()
    }
    let lower = body.lowercased()
    let value: Double?
    switch lower {
    case "inf", "infinity": value = .infinity
    case "nan": value = .nan
    default:
      guard let first = lower.first, first.isNumber || first == ".",
        lower.allSatisfy({ $0.isASCII && ($0.isNumber || ".e+-_".contains($0)) })
      else { return nil }
      guard !lower.contains("__"), !lower.hasPrefix("_"), !lower.hasSuffix("_") else { return nil }
      value = Double(lower.replacingOccurrences(of: "_", with: ""))
    }
    return value.map { negative ? -$0 : $0 }
  }
}
