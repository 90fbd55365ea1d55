/// A parsed cell: its statements and whether the last one ended with `;`.
struct Module {
  var body: [Stmt]
  var endsWithSemicolon: Bool
}

/// Recursive-descent parser for the MatrixScript subset of Python 3.11's grammar.
///
/// Error messages and positions copy CPython's. Recursion is bounded by `maxDepth`, so
/// deeply nested input yields a SyntaxError instead of exhausting the stack.
struct Parser {
  var tokens: [Token]
  var index = 0
  var depth = 0
  static let maxDepth = 400
  /// The innermost class whose body is being parsed: f-string fields mangle private names
  /// with it (see `NameMangling.swift`).
  var mangleClass: String?

  init(tokens: [Token]) { self.tokens = tokens }

  /// Parses a whole cell.
  static func parse(_ source: String) throws(SyntaxError) -> Module {
    var lexer = Lexer(source)
    let tokens = try lexer.tokenize()
    var parser = Parser(tokens: tokens)
    return try parser.parseModule()
  }

  var current: Token { tokens[min(index, tokens.count - 1)] }
  var kind: TokenKind { current.kind }
  func peekKind(_ offset: Int) -> TokenKind { tokens[min(index + offset, tokens.count - 1)].kind }
  var previousEnd: SourceLocation { index > 0 ? tokens[index - 1].end : current.start }

  mutating func advance() -> Token {
    let t = current
    if index < tokens.count - 1 { index += 1 }
    return t
  }

  func isOp(_ op: String) -> Bool { kind == .op(op) }
  func isKeyword(_ word: String) -> Bool { kind == .keyword(word) }

  mutating func accept(_ op: String) -> Bool {
    if isOp(op) { _ = advance(); return true }
    return false
  }

  mutating func acceptKeyword(_ word: String) -> Bool {
    if isKeyword(word) { _ = advance(); return true }
    return false
  }

  mutating func expect(_ op: String) throws(SyntaxError) {
    guard accept(op) else {
      if op == ":" { throw SyntaxError(message: "expected ':'", location: previousEnd) }
      throw invalidSyntax()
    }
  }

  mutating func expectName() throws(SyntaxError) -> String {
    if case .name(let n) = kind { _ = advance(); return n }
    throw invalidSyntax()
  }

  /// CPython's generic error at the current token.
  func invalidSyntax() -> SyntaxError {
    let t = current
    switch t.kind {
    case .indent:
      var loc = t.start
      loc.column = max(1, loc.column - 1)
      return SyntaxError(kind: "IndentationError", message: "unexpected indent", location: loc)
    case .eof:
      return SyntaxError(message: "invalid syntax", location: t.start)
    default:
      let width = t.end.line == t.start.line ? max(1, t.end.column - t.start.column) : 1
      return SyntaxError(message: "invalid syntax", location: t.start, width: width)
    }
  }

  mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > Self.maxDepth {
      throw SyntaxError(message: "too many nested parentheses", location: current.start)
    }
  }

  mutating func parseModule() throws(SyntaxError) -> Module {
    var body: [Stmt] = []
    var semicolon = false
    while kind != .eof {
      if kind == .newline { _ = advance(); continue }
      if kind == .indent { throw invalidSyntax() }
      let (stmts, endsWithSemicolon) = try parseStatement()
      body += stmts
      semicolon = endsWithSemicolon
    }
    return Module(body: body, endsWithSemicolon: semicolon)
  }

  func expr(_ kind: ExprKind, _ start: SourceLocation) -> Expr {
    Expr(kind: kind, start: start, end: previousEnd)
  }
}
