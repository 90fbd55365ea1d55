/// The pieces of a formatted number before padding and grouping (`calc_number_widths`).
struct NumberParts {
  var sign = ""
  var prefix = ""
  /// The integer digits that grouping and zero padding apply to.
  var digits = ""
  /// Everything after the integer digits: point, fraction, exponent, `%`.
  var remainder = ""
}

extension FormatSpec {
  /// Float presentation (CPython's `format_float_internal`).
  static func formatFloat(_ value: Double, _ spec: ParsedSpec) throws -> String {
    var type = spec.type ?? "r"
    var precision = spec.precision
    var x = value
    var percent = false
    if type == "n" { type = "g" }
    if type == "%" {
      type = "f"
      x *= 100
      percent = true
    }
    if precision == nil && spec.type != nil { precision = 6 }
    if precision != nil && type == "r" { type = "g" }
    if let precision, precision > maxLength { throw tooLong }
    let upper = ["E", "F", "G"].contains(type)
    let format = PythonFloatFormat(
      type: Unicode.Scalar(String(type).lowercased()) ?? type, precision: precision ?? 0,
      alternate: spec.alternate, addDotZero: spec.type == nil,
      noNegativeZero: spec.noNegativeZero, upper: upper)
    var body = format.text(x)
    if percent { body += "%" }
    return layoutNumber(splitFloat(body, sign: spec.sign), spec)
  }

  /// Integer presentation (CPython's `format_long_internal`).
  static func formatInteger(_ x: Int64, _ spec: ParsedSpec) throws -> String {
    if spec.precision != nil {
      throw FormatSpecError(message: "Precision not allowed in integer format specifier")
    }
    if spec.noNegativeZero {
      throw FormatSpecError(
        message: "Negative zero coercion (z) not allowed in integer format specifier")
    }
    if spec.type == "c" { return try formatCharacter(x, spec) }
    var parts = NumberParts()
    let radix: Int
    switch spec.type {
    case "b":
      radix = 2
      parts.prefix = "0b"
    case "o":
      radix = 8
      parts.prefix = "0o"
    case "x":
      radix = 16
      parts.prefix = "0x"
    case "X":
      radix = 16
      parts.prefix = "0X"
    default: radix = 10
    }
    if !spec.alternate || radix == 10 { parts.prefix = "" }
    parts.digits = String(x.magnitude, radix: radix, uppercase: spec.type == "X")
    parts.sign = x < 0 ? "-" : signText(spec.sign)
    return layoutNumber(parts, spec)
  }

  private static func formatCharacter(_ x: Int64, _ spec: ParsedSpec) throws -> String {
    if spec.sign != nil {
      throw FormatSpecError(message: "Sign not allowed with integer format specifier 'c'")
    }
    if spec.alternate {
      throw FormatSpecError(
        message: "Alternate form (#) not allowed with integer format specifier 'c'")
    }
    guard x >= 0, x <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(x)) else {
      throw FormatSpecError(kind: "OverflowError", message: "%c arg not in range(0x110000)")
    }
    var parts = NumberParts()
    parts.remainder = String(Character(scalar))
    return layoutNumber(parts, spec)
  }

  private static func signText(_ sign: Unicode.Scalar?) -> String {
    sign == "+" ? "+" : (sign == " " ? " " : "")
  }

  /// Splits `-123.45e+06` into sign, integer digits and remainder (`parse_number`).
  private static func splitFloat(_ body: String, sign: Unicode.Scalar?) -> NumberParts {
    var parts = NumberParts()
    var rest = Substring(body)
    if rest.first == "-" {
      parts.sign = "-"
      rest = rest.dropFirst()
    } else {
      parts.sign = signText(sign)
    }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    parts.digits = String(digits)
    parts.remainder = String(rest.dropFirst(digits.count))
    return parts
  }

  /// Zero padding, grouping and alignment of a number (`calc_number_widths`/`fill_number`).
  static func layoutNumber(_ parts: NumberParts, _ spec: ParsedSpec) -> String {
    let fixed = parts.sign.count + parts.prefix.count + parts.remainder.unicodeScalars.count
    var minWidth = 0
    if spec.fill == "0" && spec.align == "=" { minWidth = (spec.width ?? 0) - fixed }
    let grouped = group(parts.digits, spec.grouping, minWidth: minWidth)
    let count = fixed + grouped.count
    let padding = Swift.max((spec.width ?? 0) - count, 0)
    let fill = String(Character(spec.fill))
    var left = 0
    var middle = 0
    switch spec.align {
    case "<": break
    case "^": left = padding / 2
    case "=": middle = padding
    default: left = padding
    }
    let right = padding - left - middle
    return String(repeating: fill, count: left) + parts.sign + parts.prefix
      + String(repeating: fill, count: middle) + grouped + parts.remainder
      + String(repeating: fill, count: right)
  }

  /// Inserts separators every 3 (or 4) digits from the right, zero-filling to `minWidth`
  /// characters as CPython's `_PyUnicode_InsertThousandsGrouping` does.
  private static func group(
    _ digits: String, _ grouping: ParsedSpec.Grouping, minWidth: Int
  ) -> String {
    let separator: String
    let size: Int
    // inf and nan have no digits: CPython zero-fills them without separators.
    if digits.isEmpty { return String(repeating: "0", count: Swift.max(minWidth, 0)) }
    switch grouping {
    case .none:
      let zeros = Swift.max(minWidth - digits.count, 0)
      return String(repeating: "0", count: zeros) + digits
    case .comma: (separator, size) = (",", 3)
    case .underscore: (separator, size) = ("_", 3)
    case .underscoreFour: (separator, size) = ("_", 4)
    }
    var chunks: [String] = []
    var remaining = Array(digits)
    var width = minWidth
    while true {
      let length = Swift.min(size, Swift.max(remaining.count, width, 1))
      let taken = Swift.min(remaining.count, length)
      let chars = String(remaining.suffix(taken))
      remaining.removeLast(taken)
      chunks.append(String(repeating: "0", count: length - taken) + chars)
      width -= length
      if remaining.isEmpty && width <= 0 { break }
      width -= separator.count
    }
    return chunks.reversed().joined(separator: separator)
  }
}
