/// Atoms: names, literals, displays, comprehensions, f-strings.
extension Parser {
  mutating func parseAtom() throws(SyntaxError) -> Expr {
    let start = current.start
    switch kind {
    case .name(let n): _ = advance(); return expr(.name(n), start)
    case .int(let v): _ = advance(); return expr(.int(v), start)
    case .bigInt(let v): _ = advance(); return expr(.bigInt(v), start)
    case .float(let v): _ = advance(); return expr(.float(v), start)
    case .imaginary(let v): _ = advance(); return expr(.imaginary(v), start)
    case .string, .fstring: return try parseStrings()
    case .keyword("True"): _ = advance(); return expr(.bool(true), start)
    case .keyword("False"): _ = advance(); return expr(.bool(false), start)
    case .keyword("None"): _ = advance(); return expr(.none, start)
    case .op("..."): _ = advance(); return expr(.ellipsis, start)
    case .op("("): return try parseParenthesized()
    case .op("["): return try parseListDisplay()
    case .op("{"): return try parseBraceDisplay()
    case .keyword("yield"): return try unsupportedYield()
    default: throw invalidSyntax()
    }
  }

  /// Adjacent string literals concatenate; any f-string makes the result an f-string.
  mutating func parseStrings() throws(SyntaxError) -> Expr {
    let start = current.start
    var parts: [FStringPart] = []
    var isF = false
    while true {
      if case .string(let s) = kind {
        parts.append(.literal(s))
      } else if case .fstring(let body, let raw) = kind {
        isF = true
        do {
          parts += try parseFString(body, raw: raw, at: current.bodyStart)
        } catch {
          var e = error
          if e.message.hasPrefix("f-string") { e.location = current.end }
          throw e
        }
      } else {
        break
      }
      _ = advance()
    }
    if !isF {
      var text = ""
      for case .literal(let s) in parts { text += s }
      return expr(.string(text), start)
    }
    return expr(.fstring(parts), start)
  }

  mutating func parseParenthesized() throws(SyntaxError) -> Expr {
    let start = advance().start
    try enter()
    defer { depth -= 1 }
    if accept(")") { return expr(.tuple([]), start) }
    if isKeyword("yield") { return try unsupportedYield() }
    let first = try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseNamedExpressionTest() }
    if isKeyword("for") {
      let gen = try parseComprehension(.generator, element: first, value: nil, start: start)
      try expect(")")
      return gen
    }
    if accept(")") {
      var e = first
      e.start = start
      e.end = previousEnd
      if case .tuple = first.kind { return first }
      return first
    }
    guard isOp(",") else {
      if startsTest() { throw forgotComma(from: first.start) }
      throw invalidSyntax()
    }
    var items = [first]
    while accept(",") {
      if isOp(")") { break }
      items.append(try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseNamedExpressionTest() })
    }
    if !isOp(")"), startsTest(), let last = items.last { throw forgotComma(from: last.start) }
    try expect(")")
    return expr(.tuple(items), start)
  }

  mutating func parseListDisplay() throws(SyntaxError) -> Expr {
    let start = advance().start
    try enter()
    defer { depth -= 1 }
    if accept("]") { return expr(.list([]), start) }
    let first = try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseNamedExpressionTest() }
    if isKeyword("for") {
      let comp = try parseComprehension(.list, element: first, value: nil, start: start)
      try expect("]")
      return comp
    }
    let items = try parseRestOfItems(first, closing: "]")
    return expr(.list(items), start)
  }

  mutating func parseRestOfItems(_ first: Expr, closing: String) throws(SyntaxError) -> [Expr] {
    var items = [first]
    while accept(",") {
      if isOp(closing) { break }
      items.append(try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseNamedExpressionTest() })
    }
    if !isOp(closing), startsTest(), let last = items.last { throw forgotComma(from: last.start) }
    try expect(closing)
    return items
  }

  mutating func parseBraceDisplay() throws(SyntaxError) -> Expr {
    let start = advance().start
    try enter()
    defer { depth -= 1 }
    if accept("}") { return expr(.dict([]), start) }
    if accept("**") {
      let spread = try parseBitOr()
      return try parseDictRest(first: (nil, spread), start: start)
    }
    let first = try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseTest() }
    if accept(":") {
      let value = try parseTest()
      if isKeyword("for") {
        let comp = try parseComprehension(.dict, element: first, value: value, start: start)
        try expect("}")
        return comp
      }
      return try parseDictRest(first: (first, value), start: start)
    }
    if isKeyword("for") {
      let comp = try parseComprehension(.set, element: first, value: nil, start: start)
      try expect("}")
      return comp
    }
    return expr(.set(try parseRestOfItems(first, closing: "}")), start)
  }

  mutating func parseDictRest(first: (Expr?, Expr), start: SourceLocation) throws(SyntaxError) -> Expr {
    var entries: [(key: Expr?, value: Expr)] = [first]
    while accept(",") {
      if isOp("}") { break }
      if accept("**") {
        entries.append((nil, try parseBitOr()))
        continue
      }
      let key = try parseTest()
      guard accept(":") else {
        throw SyntaxError(message: "':' expected after dictionary key", location: key.start)
      }
      entries.append((key, try parseTest()))
    }
    try expect("}")
    return expr(.dict(entries), start)
  }

  mutating func parseComprehension(
    _ kind: ComprehensionKind, element: Expr, value: Expr?, start: SourceLocation
  ) throws(SyntaxError) -> Expr {
    var clauses: [ComprehensionClause] = []
    while acceptKeyword("for") {
      let target = try parseTargetList()
      try checkTarget(target, deletion: false)
      guard acceptKeyword("in") else { throw invalidSyntax() }
      let iterable = try parseOr()
      var conditions: [Expr] = []
      while acceptKeyword("if") { conditions.append(try parseOr()) }
      clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
    }
    return expr(.comprehension(kind, element: element, value: value, clauses), start)
  }
}
