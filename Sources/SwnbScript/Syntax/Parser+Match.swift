/// The `match` statement (PEP 634). `match` and `case` are soft keywords: a line is a match
/// statement only when `match` starts it, an expression follows and the line ends with `:`.
extension Parser {
  /// True when the current line is a `match` statement rather than a use of the name `match`.
  func startsMatchStatement() -> Bool {
    guard kind == .name("match") else { return false }
    switch peekKind(1) {
    case .name, .int, .float, .imaginary, .bigInt, .string, .fstring: break
    case .keyword(let k) where ["None", "True", "False", "not", "lambda"].contains(k): break
    case .op(let op) where ["(", "[", "{", "-", "+", "~", "*"].contains(op): break
    default: return false
    }
    var j = index + 1
    while j < tokens.count, tokens[j].kind != .newline, tokens[j].kind != .eof { j += 1 }
    return tokens[j - 1].kind == .op(":")
  }

  mutating func parseMatch() throws(SyntaxError) -> Stmt {
    let start = advance().start
    let subject = try parseTestListStar()
    try expect(":")
    guard kind == .newline else { throw invalidSyntax() }
    _ = advance()
    guard kind == .indent else {
      throw SyntaxError(
        kind: "IndentationError", message: "expected an indented block after 'match' statement on line \(start.line)",
        location: current.start)
    }
    _ = advance()
    var cases: [MatchCase] = []
    while kind != .dedent && kind != .eof {
      if kind == .newline {
        _ = advance()
        continue
      }
      guard kind == .name("case") else { throw invalidSyntax() }
      let line = advance().start.line
      let pattern = try parsePatterns()
      let guardExpr = acceptKeyword("if") ? try parseNamedExpressionTest() : nil
      try enter()
      let body = try parseBlock(after: "'case' statement", line: line)
      depth -= 1
      cases.append(MatchCase(pattern: pattern, guardExpr: guardExpr, body: body))
    }
    _ = advance()
    return Stmt(kind: .match(subject, cases), start: start, end: previousEnd)
  }

  /// `p` or the open sequence `p, q, ...`.
  private mutating func parsePatterns() throws(SyntaxError) -> Pattern {
    let first = try parsePattern()
    guard isOp(",") else { return first }
    var items = [first]
    while accept(",") {
      if isOp(":") || isKeyword("if") { break }
      items.append(try parsePattern())
    }
    return .sequence(items)
  }

  private mutating func parsePattern() throws(SyntaxError) -> Pattern {
    try enter()
    defer { depth -= 1 }
    if accept("*") {
      let name = try expectName()
      return .star(name == "_" ? nil : name)
    }
    var options = [try parseClosedPattern()]
    while accept("|") { options.append(try parseClosedPattern()) }
    let p = options.count == 1 ? options[0] : .or(options)
    if acceptKeyword("as") { return .capturing(p, try expectName()) }
    return p
  }

  private mutating func parseClosedPattern() throws(SyntaxError) -> Pattern {
    let start = current.start
    switch kind {
    case .name(let n):
      _ = advance()
      var target = expr(.name(n), start)
      var dotted = false
      while accept(".") {
        target = expr(.attribute(target, try expectName()), start)
        dotted = true
      }
      if isOp("(") { return try parseClassPattern(target) }
      if dotted { return .value(target) }
      return n == "_" ? .wildcard : .capture(n)
    case .op("("):
      _ = advance()
      if accept(")") { return .sequence([]) }
      let first = try parsePattern()
      if accept(")") { return first }
      var items = [first]
      while accept(",") {
        if isOp(")") { break }
        items.append(try parsePattern())
      }
      try expect(")")
      return .sequence(items)
    case .op("["):
      _ = advance()
      var items: [Pattern] = []
      while !isOp("]") {
        items.append(try parsePattern())
        if !accept(",") { break }
      }
      try expect("]")
      return .sequence(items)
    case .op("{"): return try parseMappingPattern()
    default: return .value(try parseLiteralPattern())
    }
  }

  /// Numbers (optionally negative), strings, `None`, `True`, `False`.
  private mutating func parseLiteralPattern() throws(SyntaxError) -> Expr {
    let start = current.start
    switch kind {
    case .op("-"):
      _ = advance()
      switch kind {
      case .int, .float, .imaginary, .bigInt: return expr(.unary(.neg, try parseAtom()), start)
      default: throw invalidSyntax()
      }
    case .int, .float, .imaginary, .bigInt, .string, .keyword("None"), .keyword("True"), .keyword("False"): return try parseAtom()
    case .fstring: throw SyntaxError(message: "patterns may only match literals and attribute lookups", location: start)
    default: throw invalidSyntax()
    }
  }

  private mutating func parseMappingPattern() throws(SyntaxError) -> Pattern {
    _ = advance()
    var keys: [Expr] = []
    var values: [Pattern] = []
    var rest: String?
    while !isOp("}") {
      if accept("**") {
        rest = try expectName()
      } else {
        if case .name = kind {
          guard case .value(let key) = try parseClosedPattern() else { throw invalidSyntax() }
          keys.append(key)
        } else {
          keys.append(try parseLiteralPattern())
        }
        try expect(":")
        values.append(try parsePattern())
      }
      if !accept(",") { break }
    }
    try expect("}")
    return .mapping(keys: keys, values: values, rest: rest)
  }

  private mutating func parseClassPattern(_ cls: Expr) throws(SyntaxError) -> Pattern {
    _ = advance()
    var positional: [Pattern] = []
    var keywords: [(String, Pattern)] = []
    while !isOp(")") {
      if case .name(let n) = kind, peekKind(1) == .op("=") {
        _ = advance()
        _ = advance()
        keywords.append((n, try parsePattern()))
      } else {
        if !keywords.isEmpty {
          throw SyntaxError(message: "positional patterns follow keyword patterns", location: current.start)
        }
        positional.append(try parsePattern())
      }
      if !accept(",") { break }
    }
    try expect(")")
    return .classPattern(cls, positional: positional, keywords: keywords)
  }
}
