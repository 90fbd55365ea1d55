/// An error from Python's `format()`; `kind` is the exception type (`ValueError`, or
/// `OverflowError` for `'c'` out of range) and `message` CPython's text.
public struct FormatSpecError: Error, Equatable, Sendable {
  /// The Python exception type name.
  public let kind: String
  /// CPython's message, e.g. `Unknown format code 'd' for object of type 'float'`.
  public let message: String

  init(kind: String = "ValueError", message: String) {
    self.kind = kind
    self.message = message
  }
}

/// Python's `format(value, spec)` mini-language for float, int and str (CPython 3.11).
public enum FormatSpec {
  /// The longest width or float precision accepted; CPython would try to allocate more,
  /// this refuses with a MemoryError instead of exhausting memory.
  public static let maxLength = 50_000_000

  static let tooLong = FormatSpecError(kind: "MemoryError", message: "")

  /// Parses `spec` and refuses widths beyond `maxLength`.
  private static func parse(
    _ spec: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar, typeName: String
  ) throws -> ParsedSpec {
    let parsed = try ParsedSpec(
      spec, defaultType: defaultType, defaultAlign: defaultAlign, typeName: typeName)
    if let width = parsed.width, width > maxLength { throw tooLong }
    return parsed
  }

  /// `format(x, spec)` for a float: types `e E f F g G n %` or none (repr-like).
  /// - Throws: `FormatSpecError` for an invalid spec.
  public static func format(_ x: Double, spec: String) throws -> String {
    if spec.isEmpty { return PythonFloat.repr(x) }
    let parsed = try parse(spec, defaultType: nil, defaultAlign: ">", typeName: "float")
    switch parsed.type {
    case nil, "e", "E", "f", "F", "g", "G", "n", "%": return try formatFloat(x, parsed)
    default: throw ParsedSpec.unknownType(parsed.type, typeName: "float")
    }
  }

  /// `format(n, spec)` for an int: types `b c d o x X n`, or a float type (converts).
  /// - Throws: `FormatSpecError` for an invalid spec or a `'c'` code point out of range.
  public static func format(_ x: Int64, spec: String) throws -> String {
    if spec.isEmpty { return String(x) }
    let parsed = try parse(spec, defaultType: "d", defaultAlign: ">", typeName: "int")
    switch parsed.type {
    case "b", "c", "d", "o", "x", "X", "n": return try formatInteger(x, parsed)
    case "e", "E", "f", "F", "g", "G", "%": return try formatFloat(Double(x), parsed)
    default: throw ParsedSpec.unknownType(parsed.type, typeName: "int")
    }
  }

  /// `format(s, spec)` for a str: type `s` only; precision truncates.
  /// - Throws: `FormatSpecError` for an invalid spec.
  public static func format(_ s: String, spec: String) throws -> String {
    if spec.isEmpty { return s }
    let parsed = try parse(spec, defaultType: "s", defaultAlign: "<", typeName: "str")
    guard parsed.type == "s" else { throw ParsedSpec.unknownType(parsed.type, typeName: "str") }
    if let sign = parsed.sign {
      let what = sign == " " ? "Space" : "Sign"
      throw FormatSpecError(message: "\(what) not allowed in string format specifier")
    }
    if parsed.noNegativeZero {
      throw FormatSpecError(
        message: "Negative zero coercion (z) not allowed in string format specifier")
    }
    if parsed.alternate {
      throw FormatSpecError(message: "Alternate form (#) not allowed in string format specifier")
    }
    if parsed.align == "=" {
      throw FormatSpecError(message: "'=' alignment not allowed in string format specifier")
    }
    var scalars = Array(s.unicodeScalars)
    if let precision = parsed.precision, scalars.count > precision {
      scalars = Array(scalars.prefix(precision))
    }
    var body = String.UnicodeScalarView()
    body.append(contentsOf: scalars)
    return pad(String(body), count: scalars.count, parsed)
  }

  /// Pads finished text to the width with the fill character (`calc_padding`).
  static func pad(_ text: String, count: Int, _ spec: ParsedSpec) -> String {
    let total = Swift.max(spec.width ?? 0, count)
    let padding = total - count
    guard padding > 0 else { return text }
    let left: Int
    switch spec.align {
    case ">", "=": left = padding
    case "^": left = padding / 2
    default: left = 0
    }
    let fill = String(Character(spec.fill))
    return String(repeating: fill, count: left) + text
      + String(repeating: fill, count: padding - left)
  }
}
