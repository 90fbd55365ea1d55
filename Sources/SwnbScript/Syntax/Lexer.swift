/// Turns a cell's text into tokens: INDENT/DEDENT, numbers, strings, operators.
///
/// Mirrors CPython's tokenizer: newlines inside brackets are ignored, a backslash joins lines,
/// blank and comment-only lines do not affect indentation, and bracket nesting is capped at
/// 200 levels ("too many nested parentheses") so hostile input cannot exhaust the stack.
struct Lexer {
  let chars: [Unicode.Scalar]
  var pos = 0
  private var line = 1
  private var lineStart = 0
  private var tokens: [Token] = []
  private var indents: [Int] = [0]
  private var brackets: [(Unicode.Scalar, SourceLocation)] = []
  /// The source lines, for error carets.
  let lines: [String]

  static let maxNesting = 200

  init(_ source: String, line: Int = 1, column: Int = 1) {
    self.line = line
    self.lineStart = -(column - 1)
    chars = Array(source.unicodeScalars)
    lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  private var location: SourceLocation { SourceLocation(line: line, column: pos - lineStart + 1) }
  var currentLocation: SourceLocation { location }
  mutating func appendToken(_ token: Token) { tokens.append(token) }
  /// Records a newline consumed inside a literal (the newline is at `pos - 1`).
  mutating func markNewLine() {
    line += 1
    lineStart = pos
  }
  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    pos + offset < chars.count ? chars[pos + offset] : nil
  }

  /// Tokenizes the whole source.
  mutating func tokenize() throws(SyntaxError) -> [Token] {
    var atLineStart = true
    while true {
      if atLineStart {
        atLineStart = false
        if try handleIndentation() { continue }
      }
      guard let c = peek() else { break }
      if c == " " || c == "\t" || c == "\u{0C}" || c == "\r" { pos += 1; continue }
      if c == "#" {
        while let d = peek(), d != "\n" { pos += 1 }
        continue
      }
      if c == "\\" {
        if peek(1) == "\n" { pos += 2; newLine(); continue }
        if peek(1) == "\r" && peek(2) == "\n" { pos += 3; newLine(); continue }
        throw SyntaxError(
          message: "unexpected character after line continuation character", location: location)
      }
      if c == "\n" {
        if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
          tokens.append(Token(kind: .newline, start: location, end: location))
        }
        pos += 1
        newLine()
        if brackets.isEmpty { atLineStart = true }
        continue
      }
      try lexToken(c)
    }
    if let (open, loc) = brackets.last {
      throw SyntaxError(message: "'\(open)' was never closed", location: loc)
    }
    let end = location
    if let last = tokens.last, last.kind != .newline {
      tokens.append(Token(kind: .newline, start: end, end: end))
    }
    while indents.count > 1 {
      indents.removeLast()
      tokens.append(Token(kind: .dedent, start: end, end: end))
    }
    tokens.append(Token(kind: .eof, start: end, end: end))
    return tokens
  }

  private mutating func newLine() {
    line += 1
    lineStart = pos
  }

  /// Measures the indentation of a logical line; returns true when the line was blank.
  private mutating func handleIndentation() throws(SyntaxError) -> Bool {
    var width = 0
    while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
      // A form feed resets the column, as in CPython's tokenizer.
      width = c == "\t" ? (width / 8 + 1) * 8 : c == "\u{0C}" ? 0 : width + 1
      pos += 1
    }
    guard let c = peek() else { return false }
    if c == "#" || c == "\n" || c == "\r" { return false }
    if c == "\\" { return false }
    let loc = location
    if width > (indents.last ?? 0) {
      indents.append(width)
      tokens.append(Token(kind: .indent, start: loc, end: loc))
    } else {
      while width < (indents.last ?? 0) {
        indents.removeLast()
        tokens.append(Token(kind: .dedent, start: loc, end: loc))
      }
      if width != (indents.last ?? 0) {
        var end = loc
        end.column = lines.indices.contains(line - 1) ? lines[line - 1].unicodeScalars.count + 1 : loc.column
        throw SyntaxError(
          kind: "IndentationError",
          message: "unindent does not match any outer indentation level", location: end)
      }
    }
    return false
  }

  private mutating func lexToken(_ c: Unicode.Scalar) throws(SyntaxError) {
    let start = location
    if c.properties.isXIDStart || c == "_" {
      var word = ""
      while let d = peek(), d.properties.isXIDContinue || d == "_" {
        word.unicodeScalars.append(d)
        pos += 1
      }
      if let q = peek(), q == "'" || q == "\"", let prefix = stringPrefix(word) {
        try lexString(prefix: prefix, start: start)
        return
      }
      let kind: TokenKind = pythonKeywords.contains(word) ? .keyword(word) : .name(word)
      tokens.append(Token(kind: kind, start: start, end: location))
      return
    }
    if isDigit(c) || (c == "." && peek(1).map(isDigit) == true) {
      try lexNumber(start: start)
      return
    }
    if c == "'" || c == "\"" {
      try lexString(prefix: "", start: start)
      return
    }
    try lexOperator(c, start: start)
  }

  private func stringPrefix(_ word: String) -> String? {
    let lower = word.lowercased()
    let allowed: Set<String> = ["r", "u", "f", "b", "rb", "br", "fr", "rf"]
    return allowed.contains(lower) ? lower : nil
  }

  private func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  private static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
  private static let twoCharOps: Set<String> = [
    "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
    "^=", "@=", "->", ":=",
  ]
  private static let oneCharOps: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{",
    "}", "&", "|", "^", "~",
  ]

  private mutating func lexOperator(_ c: Unicode.Scalar, start: SourceLocation) throws(SyntaxError) {
    func text(_ n: Int) -> String {
      var s = ""
      for i in 0..<n { if let ch = peek(i) { s.unicodeScalars.append(ch) } }
      return s
    }
    var op: String
    if Self.threeCharOps.contains(text(3)) {
      op = text(3)
    } else if Self.twoCharOps.contains(text(2)) {
      op = text(2)
    } else if Self.oneCharOps.contains(c) {
      op = String(c)
    } else if c == "\u{0}" {
      throw SyntaxError(message: "source code string cannot contain null bytes", location: start)
    } else if c == "!" || c.isASCII {
      throw SyntaxError(message: "invalid syntax", location: start)
    } else {
      let hex = String(c.value, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      if !Self.isPrintable(c) {
        throw SyntaxError(message: "invalid non-printable character U+\(padded)", location: start)
      }
      throw SyntaxError(message: "invalid character '\(c)' (U+\(padded))", location: start)
    }
    pos += op.unicodeScalars.count
    try trackBracket(op, at: start)
    tokens.append(Token(kind: .op(op), start: start, end: location))
  }

  /// Python's `str.isprintable` for one character: not a control, format, surrogate,
  /// private-use, unassigned or separator character (the ASCII space aside).
  private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return c == " "
    default: return true
    }
  }

  private mutating func trackBracket(_ op: String, at start: SourceLocation) throws(SyntaxError) {
    guard let c = op.unicodeScalars.first, op.unicodeScalars.count == 1 else { return }
    switch c {
    case "(", "[", "{":
      if brackets.count >= Self.maxNesting {
        throw SyntaxError(message: "too many nested parentheses", location: start)
      }
      brackets.append((c, start))
    case ")", "]", "}":
      guard let (open, openLoc) = brackets.popLast() else {
        throw SyntaxError(message: "unmatched '\(c)'", location: start)
      }
      let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
      if expected != c {
        let names: [Unicode.Scalar: String] = ["(": "(", "[": "[", "{": "{"]
        let suffix = openLoc.line != start.line ? " on line \(openLoc.line)" : ""
        throw SyntaxError(
          message: "closing parenthesis '\(c)' does not match opening parenthesis '\(names[open] ?? "")'\(suffix)",
          location: start)
      }
    default: break
    }
  }
}
