/// A parsed format-spec mini-language string:
/// `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
///
/// Mirrors CPython 3.11's `parse_internal_render_format_spec` (Python/formatter_unicode.c),
/// including its error messages and the '0' flag's "fill 0, align =" shortcut for numbers.
struct ParsedSpec {
  enum Grouping: Equatable {
    case none, comma, underscore, underscoreFour
  }

  var fill: Unicode.Scalar = " "
  var align: Unicode.Scalar
  var sign: Unicode.Scalar? = nil
  var noNegativeZero = false
  var alternate = false
  var width: Int? = nil
  var grouping = Grouping.none
  var precision: Int? = nil
  var type: Unicode.Scalar?

  /// Parses `spec` for an object of Python type `typeName`.
  /// - Throws: `FormatSpecError` with CPython's ValueError messages.
  init(
    _ spec: String, defaultType: Unicode.Scalar?, defaultAlign: Unicode.Scalar,
    typeName: String
  ) throws {
    align = defaultAlign
    type = defaultType
    let s = Array(spec.unicodeScalars)
    var pos = 0
    parseFlags(s, &pos, defaultAlign: defaultAlign)
    width = try Self.integer(s, &pos)
    try parseGrouping(s, &pos)
    if pos < s.count && s[pos] == "." {
      pos += 1
      guard let value = try Self.integer(s, &pos) else {
        throw FormatSpecError(message: "Format specifier missing precision")
      }
      precision = value
    }
    if s.count - pos > 1 {
      throw FormatSpecError(
        message: "Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    if pos < s.count { type = s[pos] }
    try checkGroupingType()
  }

  /// `[[fill]align][sign][z][#][0]`.
  private mutating func parseFlags(
    _ s: [Unicode.Scalar], _ pos: inout Int, defaultAlign: Unicode.Scalar
  ) {
    var fillSpecified = false
    var alignSpecified = false
    if s.count >= 2 && Self.isAlign(s[1]) {
      (fill, align) = (s[0], s[1])
      (fillSpecified, alignSpecified) = (true, true)
      pos = 2
    } else if s.count >= 1 && Self.isAlign(s[0]) {
      align = s[0]
      alignSpecified = true
      pos = 1
    }
    if pos < s.count && ["+", "-", " "].contains(s[pos]) {
      sign = s[pos]
      pos += 1
    }
    if pos < s.count && s[pos] == "z" {
      noNegativeZero = true
      pos += 1
    }
    if pos < s.count && s[pos] == "#" {
      alternate = true
      pos += 1
    }
    if !fillSpecified && pos < s.count && s[pos] == "0" {
      fill = "0"
      if !alignSpecified && defaultAlign == ">" { align = "=" }
      pos += 1
    }
  }

  private mutating func parseGrouping(_ s: [Unicode.Scalar], _ pos: inout Int) throws {
    if pos < s.count && s[pos] == "," {
      grouping = .comma
      pos += 1
    }
    if pos < s.count && s[pos] == "_" {
      if grouping != .none { throw Self.commaAndUnderscore }
      grouping = .underscore
      pos += 1
    }
    if pos < s.count && s[pos] == "," && grouping == .underscore { throw Self.commaAndUnderscore }
  }

  private mutating func checkGroupingType() throws {
    guard grouping != .none else { return }
    switch type {
    case nil, "d", "e", "f", "g", "E", "G", "%", "F": return
    case "b", "o", "x", "X":
      if grouping == .underscore {
        grouping = .underscoreFour
        return
      }
    default: break
    }
    let separator = grouping == .comma ? "," : "_"
    let code =
      type.map {
        $0.value > 32 && $0.value < 128 ? String($0) : "\\x" + String($0.value, radix: 16)
      } ?? ""
    throw FormatSpecError(message: "Cannot specify '\(separator)' with '\(code)'.")
  }

  private static let commaAndUnderscore = FormatSpecError(
    message: "Cannot specify both ',' and '_'.")

  private static func isAlign(_ c: Unicode.Scalar) -> Bool {
    c == "<" || c == ">" || c == "=" || c == "^"
  }

  /// Reads decimal digits; nil when there are none.
  private static func integer(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
    var value = 0
    var consumed = false
    while pos < s.count, let digit = Int(String(s[pos])), s[pos].isASCII {
      if value > (Int.max - digit) / 10 {
        throw FormatSpecError(message: "Too many decimal digits in format string")
      }
      value = value * 10 + digit
      consumed = true
      pos += 1
    }
    return consumed ? value : nil
  }

  /// CPython's `unknown_presentation_type` error.
  static func unknownType(_ type: Unicode.Scalar?, typeName: String) -> FormatSpecError {
    let code =
      type.map {
        $0.value > 32 && $0.value < 128 ? String($0) : "\\x" + String($0.value, radix: 16)
      } ?? ""
    return FormatSpecError(
      message: "Unknown format code '\(code)' for object of type '\(typeName)'")
  }
}
