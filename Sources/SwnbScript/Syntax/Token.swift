/// What a token is; payloads hold literal values.
enum TokenKind: Equatable {
  case name(String)
  case int(Int)
  /// An integer literal that does not fit in 64 bits (kept as text; using it raises OverflowError).
  case bigInt(String)
  case float(Double)
  /// An imaginary literal (`2j`): the coefficient of j.
  case imaginary(Double)
  case string(String)
  /// An f-string: raw body text and the location of its first body character.
  case fstring(String, raw: Bool)
  case op(String)
  case keyword(String)
  case newline
  case indent
  case dedent
  case eof
}

/// One token with its start and end position in the cell.
struct Token {
  var kind: TokenKind
  var start: SourceLocation
  var end: SourceLocation
  /// For f-strings: location of the first character of the body.
  var bodyStart: SourceLocation = SourceLocation(line: 0, column: 0)
}

/// Python's hard keywords.
let pythonKeywords: Set<String> = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
  "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
  "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
  "try", "while", "with", "yield",
]
