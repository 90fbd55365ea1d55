/// CPython's `PyOS_double_to_string` + `format_float_short` (Python/pystrtod.c): the digits
/// of a float in `e`, `f`, `g` or `r` (repr) presentation, with the sign but no padding.
struct PythonFloatFormat {
  /// `e`, `f`, `g` or `r` (lowercase).
  var type: Unicode.Scalar
  /// Digits after the point (`e`, `f`) or significant digits (`g`); unused by `r`.
  var precision: Int
  /// `#`: keep the point and, for `g`, trailing zeros.
  var alternate = false
  /// No explicit type: integers keep `.0`, and `g` switches to exponent one digit earlier.
  var addDotZero = false
  /// `z`: a value that rounds to zero loses its minus sign.
  var noNegativeZero = false
  /// `E`, `F`, `G`: upper-case exponent, `INF`, `NAN`.
  var upper = false

  /// The text of `x`.
  func text(_ x: Double) -> String {
    if x.isNaN { return upper ? "NAN" : "nan" }
    let negative = x.sign == .minus
    if x.isInfinite { return (negative ? "-" : "") + (upper ? "INF" : "inf") }
    let (decimal, digitCount) = digits(Swift.abs(x))
    let body = layout(decimal, digitCount: digitCount)
    let dropSign = noNegativeZero && decimal.isZero
    return (negative && !dropSign ? "-" : "") + body
  }

  /// `_Py_dg_dtoa`'s digits: mode 0 for `r`, mode 2 (significant) for `e`/`g`, mode 3
  /// (fraction digits) for `f`; also the effective digit count for `e`/`g`.
  private func digits(_ magnitude: Double) -> (DecimalDigits, Int) {
    switch type {
    case "e":
      return (.rounded(magnitude, significantDigits: precision + 1), precision + 1)
    case "f": return (.rounded(magnitude, fractionDigits: precision), precision)
    case "g":
      let count = Swift.max(precision, 1)
      return (.rounded(magnitude, significantDigits: count), count)
    default: return (.shortest(magnitude, float32: false), 0)
    }
  }

  /// `format_float_short`'s placement of the point, zero padding and exponent.
  private func layout(_ decimal: DecimalDigits, digitCount: Int) -> String {
    let digits: [UInt8] = decimal.isZero ? [0] : decimal.digits
    var point = decimal.isZero ? 1 : decimal.pointPosition
    var end = digits.count
    var useExponent = false
    switch type {
    case "e":
      useExponent = true
      end = digitCount
    case "f": end = point + digitCount
    case "g":
      useExponent = point <= -4 || point > (addDotZero ? digitCount - 1 : digitCount)
      if alternate { end = digitCount }
    default: useExponent = point <= -4 || point > 16
    }
    var exponent = 0
    if useExponent {
      exponent = point - 1
      point = 1
    }
    let start = point <= 0 ? point - 1 : 0
    end = Swift.max(end, (!useExponent && addDotZero) ? point + 1 : point)
    var text = Self.render(digits, point: point, start: start, end: end)
    if text.last == "." && !alternate { text.removeLast() }
    if useExponent {
      let magnitude = String(Swift.abs(exponent))
      text +=
        (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "")
        + magnitude
    }
    return text
  }

  /// Digits with the point at `point`, zero-padded to cover `start..<end`.
  private static func render(_ digits: [UInt8], point: Int, start: Int, end: Int) -> String {
    var out = ""
    let text = String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    if point <= 0 {
      out += String(repeating: "0", count: point - start) + "."
      out += String(repeating: "0", count: -point)
    }
    if point > 0 && point <= digits.count {
      out += text.prefix(point) + "." + text.dropFirst(point)
    } else {
      out += text
    }
    if digits.count < point {
      out += String(repeating: "0", count: point - digits.count) + "."
      out += String(repeating: "0", count: Swift.max(end - point, 0))
    } else {
      out += String(repeating: "0", count: Swift.max(end - digits.count, 0))
    }
    return out
  }
}
