#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How trailing zeros are trimmed: the two of numpy's `trim` modes arrays use.
enum TrimMode {
  /// Keep trailing zeros and the decimal point ('k').
  case keep
  /// Trim trailing zeros, keep the point ('.').
  case point
}

/// The text of one finite float split where numpy's FloatingFormat measures it.
struct FloatPieces {
  /// Sign and whole digits (or the single leading digit in scientific notation).
  var whole: String
  /// Digits after the point (numpy always prints the point).
  var fraction: String
  /// Exponent sign and digits (`"-05"`), scientific notation only.
  var exponent: String?

  /// Joins the pieces, padding the whole part on the left and the fraction on the right.
  func render(padLeft: Int = 0, padRight: Int = 0) -> String {
    var text = ""
    let wholeCount = whole.utf8.count
    if padLeft > wholeCount { text += String(repeating: " ", count: padLeft - wholeCount) }
    text += whole
    text += "." + fraction
    if let exponent { text += "e" + exponent }
    let fractionCount = fraction.utf8.count
    if padRight > fractionCount { text += String(repeating: " ", count: padRight - fractionCount) }
    return text
  }
}

/// Digit requests in numpy's Dragon4 vocabulary (`dragon4_positional`/`dragon4_scientific`).
///
/// Mirrors numpy/_core/src/multiarray/dragon4.c: in unique mode the shortest round-trip
/// digits are used when they fit within `precision`; otherwise (or when `minDigits` asks
/// for more) the exact binary value is rounded, ties to even, which is what Dragon4's
/// cut-off loop computes.
struct Dragon4 {
  var precision: Int? = nil
  var minDigits: Int? = nil
  var unique = true
  var trim = TrimMode.keep
  var plusSign = false
  var float32 = false

  /// Positional notation with `precision` counting digits after the point.
  func positional(_ x: Double) -> FloatPieces {
    let magnitude = Swift.abs(x)
    let digits = positionalDigits(magnitude)
    let whole: String
    if digits.pointPosition <= 0 || digits.isZero {
      whole = "0"
    } else {
      whole = digitString(digits, from: 0, count: digits.pointPosition)
    }
    let fraction = digitString(digits, from: digits.pointPosition, count: digits.fractionCount)
    return FloatPieces(whole: signText(x) + whole, fraction: trimmed(fraction), exponent: nil)
  }

  /// Scientific notation with `precision` counting digits after the point of the mantissa.
  func scientific(_ x: Double, exponentDigits: Int? = nil) -> FloatPieces {
    let digits = scientificDigits(Swift.abs(x))
    let lead = digits.isZero ? "0" : String(digits.digit(at: 0))
    var fraction = ""
    if digits.digits.count > 1 {
      fraction = digitString(digits, from: 1, count: digits.digits.count - 1)
    }
    let exponent = digits.isZero ? 0 : digits.pointPosition - 1
    var exponentText = String(Swift.abs(exponent))
    let width = Swift.max(exponentDigits ?? 2, 1)
    if exponentText.count < width {
      exponentText = String(repeating: "0", count: width - exponentText.count) + exponentText
    }
    let exponentSign = exponent < 0 ? "-" : "+"
    return FloatPieces(
      whole: signText(x) + lead, fraction: trimmed(fraction), exponent: exponentSign + exponentText)
  }

  private func signText(_ x: Double) -> String {
    x.sign == .minus ? "-" : (plusSign ? "+" : "")
  }

  private func positionalDigits(_ magnitude: Double) -> DecimalDigits {
    let shortest = DecimalDigits.shortest(magnitude, float32: float32)
    guard unique else { return exact(magnitude, shortest, fractionDigits: precision ?? 0) }
    if let precision, shortest.fractionCount > precision {
      return exact(magnitude, shortest, fractionDigits: precision)
    }
    // With min_digits, Dragon4 generates exact digits down to 10^-minDigits, which also
    // replaces the zeros of a large shortest value ("15e25") by the exact integer digits.
    if let minDigits, shortest.pointPosition - shortest.digits.count > -minDigits,
      !shortest.isZero
    {
      return exact(magnitude, shortest, fractionDigits: minDigits)
    }
    return shortest
  }

  private func scientificDigits(_ magnitude: Double) -> DecimalDigits {
    let shortest = DecimalDigits.shortest(magnitude, float32: float32)
    guard unique else { return exact(magnitude, shortest, significantDigits: (precision ?? 0) + 1) }
    let count = Swift.max(shortest.digits.count - 1, 0)
    if let precision, count > precision {
      return exact(magnitude, shortest, significantDigits: precision + 1)
    }
    if let minDigits, count < minDigits {
      return exact(magnitude, shortest, significantDigits: minDigits + 1)
    }
    return shortest
  }

  /// The exact value rounded to `p` fraction digits, from the shortest digits when they
  /// provably give the same answer (the fast path), else from glibc's exact printf.
  private func exact(_ magnitude: Double, _ shortest: DecimalDigits, fractionDigits p: Int)
    -> DecimalDigits
  {
    if shortest.isZero { return shortest }
    let (keep, overflow) = shortest.pointPosition.addingReportingOverflow(p)
    if !overflow && keep < shortest.digits.count {
      if let rounded = shortest.roundedShortest(keeping: keep) { return rounded }
    } else if !overflow && gridIsCoarse(magnitude, spacingExponent: -p) {
      return shortest
    }
    return .rounded(magnitude, fractionDigits: p)
  }

  /// The exact value rounded to `n` significant digits; fast path as `exact(_:_:fractionDigits:)`.
  private func exact(_ magnitude: Double, _ shortest: DecimalDigits, significantDigits n: Int)
    -> DecimalDigits
  {
    if shortest.isZero { return shortest }
    if n < shortest.digits.count {
      if let rounded = shortest.roundedShortest(keeping: n) { return rounded }
    } else if gridIsCoarse(magnitude, spacingExponent: shortest.pointPosition - 1 - n) {
      return shortest
    }
    return .rounded(magnitude, significantDigits: n)
  }

  /// True when decimal steps of 10^k are so much wider than the value's ulp that the
  /// shortest digits are also the nearest point of that grid to the exact value.
  private func gridIsCoarse(_ magnitude: Double, spacingExponent k: Int) -> Bool {
    guard k > -300 && k < 300 else { return false }
    let ulp = float32 ? Double(Float(magnitude).ulp) : magnitude.ulp
    return pow(10, Double(k)) > 4 * ulp
  }

  /// Pads or trims the generated fraction digits according to the trim mode.
  private func trimmed(_ fraction: String) -> String {
    switch trim {
    case .keep:
      let target = Swift.max(minDigits ?? 0, unique ? 0 : (precision ?? 0))
      let count = fraction.utf8.count
      if count < target { return fraction + String(repeating: "0", count: target - count) }
      return fraction
    case .point: return fraction
    }
  }
}

/// `count` digits starting at digit index `start`, with zeros beyond the stored digits.
private func digitString(_ d: DecimalDigits, from start: Int, count: Int) -> String {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(Swift.max(count, 0))
  for index in start..<(start + Swift.max(count, 0)) {
    bytes.append(UInt8(ascii: "0") + d.digit(at: index))
  }
  return String(decoding: bytes, as: UTF8.self)
}
