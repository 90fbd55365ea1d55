/// CPython's `PyOS_double_to_string` + `format_float_short` (Python/pystrtod.c): the digits
/// of a float in `e`, `f`, `g` or `r` (repr) presentation, with the sign but no padding.
enum PythonFloatFormat {
  /// - Parameters:
  ///   - type: `e`, `f`, `g` or `r` (lowercase).
  ///   - precision: digits after the point (`e`, `f`) or significant digits (`g`).
  ///   - alternate: `#`: keep the point and, for `g`, trailing zeros.
  ///   - addDotZero: no explicit type: integers keep `.0`, `g` switches one digit earlier.
  ///   - noNegativeZero: `z`: a value that rounds to zero loses its minus sign.
  ///   - upper: `E`, `F`, `G`: upper-case exponent, `INF`, `NAN`.
  // swiftlint:disable:next function_parameter_count
  static func text(
    _ x: Double, type: Unicode.Scalar, precision: Int, alternate: Bool, addDotZero: Bool,
    noNegativeZero: Bool, upper: Bool
  ) -> String {
    if x.isNaN { return upper ? "NAN" : "nan" }
    let negative = x.sign == .minus
    if x.isInfinite { return (negative ? "-" : "") + (upper ? "INF" : "inf") }
    var precision = precision
    let magnitude = Swift.abs(x)
    let decimal: DecimalDigits
    switch type {
    case "e":
      precision += 1
      decimal = .rounded(magnitude, significantDigits: precision)
    case "f": decimal = .rounded(magnitude, fractionDigits: precision)
    case "g":
      if precision == 0 { precision = 1 }
      decimal = .rounded(magnitude, significantDigits: precision)
    default: decimal = .shortest(magnitude, float32: false)
    }
    let digits: [UInt8] = decimal.isZero ? [0] : decimal.digits
    var point = decimal.isZero ? 1 : decimal.pointPosition
    var end = digits.count
    var useExponent = false
    switch type {
    case "e":
      useExponent = true
      end = precision
    case "f": end = point + precision
    case "g":
      if point <= -4 || point > (addDotZero ? precision - 1 : precision) { useExponent = true }
      if alternate { end = precision }
    default:
      if point <= -4 || point > 16 { useExponent = true }
    }
    var exponent = 0
    if useExponent {
      exponent = point - 1
      point = 1
    }
    let start = point <= 0 ? point - 1 : 0
    end = Swift.max(end, (!useExponent && addDotZero) ? point + 1 : point)
    var text = render(digits, point: point, start: start, end: end)
    if text.last == "." && !alternate { text.removeLast() }
    if useExponent {
      let magnitude = String(Swift.abs(exponent))
      text += (upper ? "E" : "e") + (exponent < 0 ? "-" : "+")
        + (magnitude.count < 2 ? "0" : "") + magnitude
    }
    let dropSign = noNegativeZero && decimal.isZero
    return (negative && !dropSign ? "-" : "") + text
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
