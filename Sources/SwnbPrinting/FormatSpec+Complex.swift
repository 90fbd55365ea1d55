extension FormatSpec {
  /// `format(complex(re, im), spec)` (CPython's `format_complex_internal`): each part
  /// formatted as a float of the spec's type and precision, the imaginary part always
  /// signed and followed by `j`, the whole padded to the width. Without a type the parts
  /// use repr digits and the result is parenthesised as `str()` is (`(1+2j)`, `2j`); with
  /// a precision but no type they use `g`.
  /// - Throws: `FormatSpecError` for an invalid spec, zero padding or `=` alignment.
  public static func format(real re: Double, imag im: Double, spec: String) throws -> String {
    if spec.isEmpty { return PythonFloat.complexRepr(re, im) }
    let parsed = try ParsedSpec(spec, defaultType: nil, defaultAlign: ">", typeName: "complex")
    if let width = parsed.width, width > maxLength { throw tooLong }
    switch parsed.type {
    case nil, "e", "E", "f", "F", "g", "G", "n": break
    default: throw ParsedSpec.unknownType(parsed.type, typeName: "complex")
    }
    if parsed.fill == "0" {
      throw FormatSpecError(message: "Zero padding is not allowed in complex format specifier")
    }
    if parsed.align == "=" {
      throw FormatSpecError(message: "'=' alignment flag is not allowed in complex format specifier")
    }
    let bare = parsed.type == nil
    let skipReal = bare && re == 0 && re.sign == .plus
    func part(_ x: Double, sign: String) throws -> String {
      if bare && parsed.precision == nil {
        let text = PythonFloat.repr(x)
        let trimmed = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        let signed = sign == "+" && x.sign == .plus || sign == "+" && x.isNaN
        return (signed ? "+" : sign == " " && x.sign == .plus ? " " : "") + trimmed
      }
      var sub = sign
      if parsed.alternate { sub += "#" }
      if let p = parsed.precision { sub += "." + String(p) }
      sub += parsed.type.map { String(Character($0 == "n" ? "g" : $0)) } ?? "g"
      return try format(x, spec: sub)
    }
    let realSign = parsed.sign.map { String(Character($0)) } ?? ""
    var text = skipReal ? "" : try part(re, sign: realSign)
    text += try part(im, sign: skipReal ? realSign : "+") + "j"
    if bare && !skipReal { text = "(" + text + ")" }
    return pad(text, count: text.unicodeScalars.count, parsed)
  }
}
