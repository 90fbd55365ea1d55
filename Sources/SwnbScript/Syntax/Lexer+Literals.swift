/// Number and string literals.
extension Lexer {
  mutating func lexNumber(start: SourceLocation) throws(SyntaxError) {
    if peek() == "0", let p = peek(1), "xXoObB".unicodeScalars.contains(p) {
      pos += 2
      let radix = (p == "x" || p == "X") ? 16 : (p == "o" || p == "O") ? 8 : 2
      // One underscore may follow the prefix: `0x_FF`.
      if peek() == "_", let n = peek(1), n.properties.isASCIIHexDigit { pos += 1 }
      let digits = scanDigits { $0.properties.isASCIIHexDigit }
      guard let value = Int(digits, radix: radix) else {
        if digits.isEmpty || digits.contains(where: { Int(String($0), radix: radix) == nil }) {
          throw SyntaxError(message: "invalid \(radixName(radix)) literal", location: start)
        }
        append(.bigInt(digits), start)
        return
      }
      try rejectTrailingLetter(start)
      append(.int(value), start)
      return
    }
    var text = scanDigits { $0 >= "0" && $0 <= "9" }
    var isFloat = false
    if peek() == ".", !(peek(1) == "." && peek(2) == ".") {
      pos += 1
      isFloat = true
      text += "." + scanDigits { $0 >= "0" && $0 <= "9" }
    }
    if let e = peek(), e == "e" || e == "E",
      let n = peek(1), (n >= "0" && n <= "9") || ((n == "+" || n == "-") && peek(2).map { $0 >= "0" && $0 <= "9" } == true)
    {
      pos += 2
      text += "e" + String(n) + scanDigits { $0 >= "0" && $0 <= "9" }
      isFloat = true
    }
    if let j = peek(), j == "j" || j == "J" {
      pos += 1
      try rejectTrailingLetter(start)
      append(.imaginary(Double(text) ?? .nan), start)
      return
    }
    try rejectTrailingLetter(start)
    if isFloat {
      append(.float(Double(text) ?? .nan), start)
    } else if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
      throw SyntaxError(
        message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        location: start)
    } else if let v = Int(text) {
      append(.int(v), start)
    } else {
      append(.bigInt(text), start)
    }
  }

  private func radixName(_ radix: Int) -> String {
    radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
  }

  private mutating func rejectTrailingLetter(_ start: SourceLocation) throws(SyntaxError) {
    if let c = peek(), c.properties.isXIDStart, !pythonKeywordStart(at: pos) {
      throw SyntaxError(message: "invalid decimal literal", location: start)
    }
  }

  /// `1if x else 2` is legal Python: a keyword may follow a number directly.
  private func pythonKeywordStart(at index: Int) -> Bool {
    var word = ""
    var i = index
    while i < chars.count, chars[i].properties.isXIDContinue { word.unicodeScalars.append(chars[i]); i += 1 }
    return ["if", "else", "and", "or", "in", "is", "not", "for"].contains(word)
  }

  /// Reads digits (and single underscores between them).
  private mutating func scanDigits(_ isDigit: (Unicode.Scalar) -> Bool) -> String {
    var s = ""
    while let c = peek() {
      if isDigit(c) {
        s.unicodeScalars.append(c)
        pos += 1
      } else if c == "_", let n = peek(1), isDigit(n), !s.isEmpty {
        pos += 1
      } else {
        break
      }
    }
    return s
  }

  private mutating func append(_ kind: TokenKind, _ start: SourceLocation) {
    appendToken(Token(kind: kind, start: start, end: currentLocation))
  }

  mutating func lexString(prefix: String, start: SourceLocation) throws(SyntaxError) {
    guard let quote = peek() else { return }
    if prefix.contains("b") {
      throw SyntaxError(message: "bytes literals are not supported in MatrixScript", location: start)
    }
    let triple = peek(1) == quote && peek(2) == quote
    pos += triple ? 3 : 1
    let raw = prefix.contains("r")
    let isF = prefix.contains("f")
    let bodyStart = currentLocation
    var body = ""
    while true {
      guard let c = peek() else {
        throw unterminated(triple: triple, start: start)
      }
      if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) {
        pos += triple ? 3 : 1
        break
      }
      if c == "\n" {
        if !triple { throw unterminated(triple: false, start: start) }
        body.unicodeScalars.append(c)
        pos += 1
        markNewLine()
        continue
      }
      if c == "\\", let n = peek(1) {
        body.unicodeScalars.append(c)
        body.unicodeScalars.append(n)
        pos += 2
        if n == "\n" { markNewLine() }
        continue
      }
      body.unicodeScalars.append(c)
      pos += 1
    }
    if isF {
      var token = Token(kind: .fstring(body, raw: raw), start: start, end: currentLocation)
      token.bodyStart = bodyStart
      appendToken(token)
    } else {
      let value = raw ? body : Lexer.unescape(body)
      appendToken(Token(kind: .string(value), start: start, end: currentLocation))
    }
  }

  private func unterminated(triple: Bool, start: SourceLocation) -> SyntaxError {
    let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
    var line = currentLocation.line
    if pos >= chars.count, pos > 0, chars[pos - 1] == "\n" { line -= 1 }
    return SyntaxError(message: "\(what) (detected at line \(line))", location: start)
  }

  /// Processes backslash escapes of a non-raw string literal.
  static func unescape(_ body: String) -> String {
    guard body.unicodeScalars.contains("\\") else { return body }
    let s = Array(body.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    func hex(_ count: Int) -> Unicode.Scalar? {
      guard i + count < s.count + 0, i + 1 + count <= s.count else { return nil }
      let digits = String(String.UnicodeScalarView(s[(i + 1)...(i + count)]))
      guard let v = UInt32(digits, radix: 16) else { return nil }
      return Unicode.Scalar(v)
    }
    while i < s.count {
      let c = s[i]
      guard c == "\\", i + 1 < s.count else { out.append(c); i += 1; continue }
      i += 1
      let e = s[i]
      switch e {
      case "n": out.append("\n")
      case "t": out.append("\t")
      case "r": out.append("\r")
      case "\\": out.append("\\")
      case "'": out.append("'")
      case "\"": out.append("\"")
      case "a": out.append("\u{07}")
      case "b": out.append("\u{08}")
      case "f": out.append("\u{0C}")
      case "v": out.append("\u{0B}")
      case "\n": break
      case "x", "u", "U":
        let n = e == "x" ? 2 : e == "u" ? 4 : 8
        if let scalar = hex(n) { out.append(scalar); i += n } else { out.append("\\"); out.append(e) }
      case "0"..."7":
        var v: UInt32 = 0
        var n = 0
        while n < 3, i < s.count, s[i] >= "0", s[i] <= "7" {
          v = v * 8 + (s[i].value - 48)
          i += 1
          n += 1
        }
        i -= 1
        out.append(Unicode.Scalar(v) ?? "?")
      default:
        out.append("\\")
        out.append(e)
      }
      i += 1
    }
    return String(out)
  }
}
