/// CPython's `repr(float)`.
public enum PythonFloat {
  /// `repr(x)`: the shortest round-trip digits, positional for decimal exponents -4…15
  /// (always with a fraction digit: `1.0`), otherwise `1e-05`/`1.5e+16` style;
  /// `inf`, `-inf`, `nan`, `-0.0`.
  public static func repr(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let digits = DecimalDigits.shortest(Swift.abs(x), float32: false)
    let sign = x.sign == .minus ? "-" : ""
    let exponent = digits.isZero ? 0 : digits.pointPosition - 1
    if exponent >= -4 && exponent < 16 {
      return sign + positionalText(digits)
    }
    return sign + scientificText(digits)
  }

  /// Positional digits with at least one digit on each side of the point.
  static func positionalText(_ d: DecimalDigits) -> String {
    var whole = "0"
    if d.pointPosition > 0 && !d.isZero {
      whole = digitsText(d, from: 0, count: d.pointPosition)
    }
    let fractionCount = d.fractionCount
    let fraction =
      fractionCount > 0 ? digitsText(d, from: d.pointPosition, count: fractionCount) : "0"
    return whole + "." + fraction
  }

  /// `d.ddde±XX`: no point when there is one digit, at least two exponent digits.
  static func scientificText(_ d: DecimalDigits) -> String {
    let exponent = d.isZero ? 0 : d.pointPosition - 1
    var text = String(d.digit(at: 0))
    if d.digits.count > 1 { text += "." + digitsText(d, from: 1, count: d.digits.count - 1) }
    let magnitude = String(Swift.abs(exponent))
    return text + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
  }

  private static func digitsText(_ d: DecimalDigits, from start: Int, count: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for index in start..<(start + count) { bytes.append(UInt8(ascii: "0") + d.digit(at: index)) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
