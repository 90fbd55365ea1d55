/// Simple and compound statements.
extension Parser {
  mutating func parseStatement() throws(SyntaxError) -> ([Stmt], Bool) {
    switch kind {
    case .keyword("if"): return ([try parseIf(keyword: "if")], false)
    case .keyword("while"): return ([try parseWhile()], false)
    case .keyword("for"): return ([try parseFor()], false)
    case .keyword("def"): return ([try parseDef(decorators: [])], false)
    case .keyword("class"): return ([try parseClass(decorators: [])], false)
    case .keyword("try"): return ([try parseTry()], false)
    case .keyword("with"): return ([try parseWith()], false)
    case .op("@"): return ([try parseDecorated()], false)
    case .name("match") where startsMatchStatement(): return ([try parseMatch()], false)
    default: return try parseSimpleLine()
    }
  }

  /// `small (; small)* [;] NEWLINE`
  mutating func parseSimpleLine() throws(SyntaxError) -> ([Stmt], Bool) {
    var stmts: [Stmt] = []
    var semicolon = false
    while true {
      stmts.append(try parseSmallStatement())
      semicolon = false
      if accept(";") {
        semicolon = true
        if kind == .newline || kind == .eof { break }
        continue
      }
      break
    }
    guard kind == .newline || kind == .eof else {
      throw try errorAfterStatement(stmts.last)
    }
    _ = advance()
    return (stmts, semicolon)
  }

  /// CPython's message when a statement is followed by junk, e.g. `print "x"`.
  func errorAfterStatement(_ stmt: Stmt?) throws(SyntaxError) -> SyntaxError {
    if let stmt, case .expression(let e) = stmt.kind, case .name(let n) = e.kind,
      n == "print" || n == "exec", case .string = kind
    {
      return SyntaxError(
        message: "Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?",
        location: e.start, width: max(1, previousEnd.column - e.start.column))
    }
    if let stmt, case .expression(let e) = stmt.kind, startsExpression(kind) {
      return forgotComma(from: e.start)
    }
    return invalidSyntax()
  }

  func startsExpression(_ k: TokenKind) -> Bool {
    switch k {
    case .name, .int, .float, .imaginary, .string, .fstring, .bigInt: return true
    default: return false
    }
  }

  func forgotComma(from start: SourceLocation) -> SyntaxError {
    let end = current.end
    let width = end.line == start.line ? max(1, end.column - start.column) : 1
    return SyntaxError(
      message: "invalid syntax. Perhaps you forgot a comma?", location: start, width: width)
  }

  mutating func parseSmallStatement() throws(SyntaxError) -> Stmt {
    let start = current.start
    func make(_ k: StmtKind) -> Stmt { Stmt(kind: k, start: start, end: previousEnd) }
    switch kind {
    case .keyword("pass"): _ = advance(); return make(.pass)
    case .keyword("break"): _ = advance(); return make(.breakLoop)
    case .keyword("continue"): _ = advance(); return make(.continueLoop)
    case .keyword("return"):
      _ = advance()
      if kind == .newline || kind == .eof || isOp(";") { return make(.returnValue(nil)) }
      return make(.returnValue(try parseTestListStar()))
    case .keyword("global"), .keyword("nonlocal"):
      let isGlobal = isKeyword("global")
      _ = advance()
      var names = [try expectName()]
      while accept(",") { names.append(try expectName()) }
      return make(isGlobal ? .global(names) : .nonlocal(names))
    case .keyword("del"):
      _ = advance()
      var targets = [try parseBitOr()]
      while accept(",") {
        if kind == .newline { break }
        targets.append(try parseBitOr())
      }
      for t in targets { try checkTarget(t, deletion: true) }
      return make(.delete(targets))
    case .keyword("assert"):
      _ = advance()
      let test = try parseTest()
      let msg = accept(",") ? try parseTest() : nil
      return make(.assert(test, message: msg))
    case .keyword("raise"):
      _ = advance()
      if kind == .newline || kind == .eof || isOp(";") { return make(.raise(nil, cause: nil)) }
      let exc = try parseTest()
      let cause = acceptKeyword("from") ? try parseTest() : nil
      return make(.raise(exc, cause: cause))
    case .keyword("yield"):
      return make(.expression(try parseYield()))
    case .keyword("import"): return try parseImport(start)
    case .keyword("from"): return try parseFromImport(start)
    default: return try parseExpressionStatement(start)
    }
  }

  mutating func parseExpressionStatement(_ start: SourceLocation) throws(SyntaxError) -> Stmt {
    let first = try parseTestListStar()
    if isOp("=") {
      var targets = [first]
      var value = first
      while accept("=") {
        if isKeyword("yield") {
          value = try parseYield()
          if kind != .newline && kind != .eof && !isOp(";") { _ = try unsupportedYield() }
        } else {
          value = try parseTestListStar()
        }
        targets.append(value)
      }
      targets.removeLast()
      for t in targets { try checkTarget(t, deletion: false) }
      return Stmt(kind: .assign(targets: targets, value: value), start: start, end: previousEnd)
    }
    if case .op(let op) = kind, op.count >= 2, op.hasSuffix("="), op != "==", op != "<=",
      op != ">=", op != "!=", let bin = BinaryOperator(rawValue: String(op.dropLast()))
    {
      try checkAugTarget(first)
      _ = advance()
      let value = try parseTestListStar()
      return Stmt(kind: .augAssign(first, bin, value), start: start, end: previousEnd)
    }
    if accept(":") {
      _ = try parseTest()
      let value = accept("=") ? try parseTestListStar() : nil
      try checkTarget(first, deletion: false)
      return Stmt(kind: .annotated(first, value: value), start: start, end: previousEnd)
    }
    return Stmt(kind: .expression(first), start: start, end: previousEnd)
  }

  /// `yield [value]` or `yield from iterable`, as a statement or the value of an assignment.
  mutating func parseYield() throws(SyntaxError) -> Expr {
    let start = current.start
    _ = advance()
    let isFrom = acceptKeyword("from")
    let value = kind == .newline || kind == .eof || isOp(";") ? nil : try parseTestListStar()
    if isFrom && value == nil { throw invalidSyntax() }
    return expr(.yield(value, isFrom: isFrom), start)
  }

  func unsupportedYield() throws(SyntaxError) -> Expr {
    throw SyntaxError(
      message: "MatrixScript supports 'yield' only as a statement", location: current.start)
  }

  /// Rejects non-assignable targets with CPython's wording.
  func checkTarget(_ e: Expr, deletion: Bool) throws(SyntaxError) {
    switch e.kind {
    case .name, .attribute, .subscript: return
    case .tuple(let items), .list(let items):
      for item in items { try checkTarget(item, deletion: deletion) }
    case .starred(let inner) where !deletion: try checkTarget(inner, deletion: deletion)
    default:
      let what = describe(e)
      let width = e.end.line == e.start.line ? max(1, e.end.column - e.start.column) : 1
      let message =
        deletion
        ? "cannot delete \(what)"
        : "cannot assign to \(what) here. Maybe you meant '==' instead of '='?"
      throw SyntaxError(message: message, location: e.start, width: width)
    }
  }

  func checkAugTarget(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name, .attribute, .subscript: return
    default:
      let width = e.end.line == e.start.line ? max(1, e.end.column - e.start.column) : 1
      throw SyntaxError(
        message: "'\(describe(e))' is an illegal expression for augmented assignment",
        location: e.start, width: width)
    }
  }

  /// CPython's noun for an expression in target errors.
  func describe(_ e: Expr) -> String {
    switch e.kind {
    case .int, .float, .imaginary, .string, .bigInt, .bool, .none, .ellipsis: return "literal"
    case .fstring: return "f-string expression"
    case .call: return "function call"
    case .binary, .unary: return "expression"
    case .boolOp, .ifElse: return "expression"
    case .compare: return "comparison"
    case .lambda: return "lambda"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .comprehension(let k, _, _, _):
      switch k {
      case .list: return "list comprehension"
      case .set: return "set comprehension"
      case .dict: return "dict comprehension"
      case .generator: return "generator expression"
      }
    case .namedExpr: return "named expression"
    default: return "expression"
    }
  }

  mutating func parseDottedName() throws(SyntaxError) -> String {
    var name = try expectName()
    while accept(".") { name += "." + (try expectName()) }
    return name
  }

  mutating func parseImport(_ start: SourceLocation) throws(SyntaxError) -> Stmt {
    _ = advance()
    var names: [(name: String, alias: String?)] = []
    repeat {
      let name = try parseDottedName()
      let alias = acceptKeyword("as") ? try expectName() : nil
      names.append((name, alias))
    } while accept(",")
    return Stmt(kind: .importModules(names), start: start, end: previousEnd)
  }

  mutating func parseFromImport(_ start: SourceLocation) throws(SyntaxError) -> Stmt {
    _ = advance()
    var module = ""
    while isOp(".") || isOp("...") { module += isOp(".") ? "." : "..."; _ = advance() }
    if case .name = kind { module += try parseDottedName() }
    guard acceptKeyword("import") else { throw invalidSyntax() }
    var names: [(name: String, alias: String?)] = []
    if accept("*") {
      names.append(("*", nil))
    } else {
      let paren = accept("(")
      repeat {
        if paren && isOp(")") { break }
        let name = try expectName()
        let alias = acceptKeyword("as") ? try expectName() : nil
        names.append((name, alias))
      } while accept(",")
      if paren { try expect(")") }
    }
    return Stmt(kind: .importFrom(module: module, names: names), start: start, end: previousEnd)
  }

  /// `: NEWLINE INDENT stmts DEDENT` or `: simple_stmts`.
  mutating func parseBlock(after what: String, line: Int) throws(SyntaxError) -> [Stmt] {
    try expect(":")
    if kind != .newline {
      return try parseSimpleLine().0
    }
    _ = advance()
    guard kind == .indent else {
      throw SyntaxError(
        kind: "IndentationError",
        message: "expected an indented block after \(what) on line \(line)",
        location: current.start)
    }
    _ = advance()
    var body: [Stmt] = []
    while kind != .dedent && kind != .eof {
      if kind == .newline { _ = advance(); continue }
      if kind == .indent { throw invalidSyntax() }
      try enter()
      body += try parseStatement().0
      depth -= 1
    }
    _ = advance()
    return body
  }

  mutating func parseIf(keyword: String) throws(SyntaxError) -> Stmt {
    let start = advance().start
    let test = try parseNamedExpressionTest()
    if isOp("=") {
      throw SyntaxError(
        message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        location: test.start, width: max(1, current.end.column - test.start.column))
    }
    let body = try parseBlock(after: "'\(keyword)' statement", line: start.line)
    var orElse: [Stmt] = []
    if isKeyword("elif") {
      orElse = [try parseIf(keyword: "elif")]
    } else if isKeyword("else") {
      let elseLine = advance().start.line
      orElse = try parseBlock(after: "'else' statement", line: elseLine)
    }
    return Stmt(kind: .ifElse(test, body, orElse), start: start, end: previousEnd)
  }

  mutating func parseElse() throws(SyntaxError) -> [Stmt] {
    guard isKeyword("else") else { return [] }
    let line = advance().start.line
    return try parseBlock(after: "'else' statement", line: line)
  }

  mutating func parseWhile() throws(SyntaxError) -> Stmt {
    let start = advance().start
    let test = try parseNamedExpressionTest()
    let body = try parseBlock(after: "'while' statement", line: start.line)
    let orElse = try parseElse()
    return Stmt(kind: .whileLoop(test, body, orElse: orElse), start: start, end: previousEnd)
  }

  mutating func parseFor() throws(SyntaxError) -> Stmt {
    let start = advance().start
    let target = try parseTargetList()
    try checkTarget(target, deletion: false)
    guard acceptKeyword("in") else { throw invalidSyntax() }
    let iterable = try parseTestListStar()
    let body = try parseBlock(after: "'for' statement", line: start.line)
    let orElse = try parseElse()
    return Stmt(
      kind: .forLoop(target: target, iterable: iterable, body, orElse: orElse), start: start,
      end: previousEnd)
  }

  /// Targets of `for` and comprehensions: `a`, `a, b`, `(a, b)`, `a[i]`.
  mutating func parseTargetList() throws(SyntaxError) -> Expr {
    let start = current.start
    var items = [try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseBitOr() }]
    var trailing = false
    while accept(",") {
      trailing = true
      if isKeyword("in") { break }
      items.append(try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseBitOr() })
      trailing = false
    }
    if items.count == 1 && !trailing { return items[0] }
    return expr(.tuple(items), start)
  }

  mutating func parseDecorated() throws(SyntaxError) -> Stmt {
    var decorators: [Expr] = []
    while accept("@") {
      decorators.append(try parseNamedExpressionTest())
      guard kind == .newline else { throw invalidSyntax() }
      _ = advance()
    }
    if isKeyword("def") { return try parseDef(decorators: decorators) }
    if isKeyword("class") { return try parseClass(decorators: decorators) }
    throw invalidSyntax()
  }

  mutating func parseDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
    let start = advance().start
    let name = try expectName()
    guard accept("(") else {
      throw SyntaxError(message: "expected '('", location: current.start)
    }
    let params = try parseParameters(closing: ")")
    try expect(")")
    if accept("->") { _ = try parseTest() }
    let body = try parseBlock(after: "function definition", line: start.line)
    let def = FunctionDef(name: name, parameters: params, body: body, decorators: decorators)
    return Stmt(kind: .function(def), start: start, end: previousEnd)
  }

  mutating func parseClass(decorators: [Expr]) throws(SyntaxError) -> Stmt {
    let start = advance().start
    let name = try expectName()
    var bases: [Expr] = []
    if accept("(") {
      while !isOp(")") {
        bases.append(try parseTest())
        if !accept(",") { break }
      }
      try expect(")")
    }
    mangleClassBody(colon: index, className: name)
    let enclosing = mangleClass
    mangleClass = name
    defer { mangleClass = enclosing }
    let body = try parseBlock(after: "class definition", line: start.line)
    return Stmt(
      kind: .classDef(name: name, bases: bases, body: body, decorators: decorators), start: start,
      end: previousEnd)
  }

  mutating func parseTry() throws(SyntaxError) -> Stmt {
    let start = advance().start
    let body = try parseBlock(after: "'try' statement", line: start.line)
    var handlers: [ExceptHandler] = []
    while isKeyword("except") {
      let hStart = advance().start
      var type: Expr?
      var name: String?
      if !isOp(":") {
        type = try parseTest()
        if accept(",") {
          var items = [type].compactMap { $0 }
          repeat { items.append(try parseTest()) } while accept(",")
          type = expr(.tuple(items), hStart)
          throw SyntaxError(
            message: "multiple exception types must be parenthesized", location: items[0].start)
        }
        if acceptKeyword("as") { name = try expectName() }
      }
      let hBody = try parseBlock(after: "'except' statement", line: hStart.line)
      handlers.append(ExceptHandler(type: type, name: name, body: hBody, start: hStart))
    }
    let orElse = try parseElse()
    var final: [Stmt] = []
    if isKeyword("finally") {
      let line = advance().start.line
      final = try parseBlock(after: "'finally' statement", line: line)
    }
    if handlers.isEmpty && final.isEmpty {
      throw SyntaxError(message: "expected 'except' or 'finally' block", location: current.start)
    }
    return Stmt(
      kind: .tryExcept(body: body, handlers: handlers, orElse: orElse, finally: final),
      start: start, end: previousEnd)
  }

  mutating func parseWith() throws(SyntaxError) -> Stmt {
    let start = advance().start
    var items: [(Expr, Expr?)] = []
    repeat {
      let context = try parseTest()
      var target: Expr?
      if acceptKeyword("as") {
        let t = try parseTargetAtom()
        try checkTarget(t, deletion: false)
        target = t
      }
      items.append((context, target))
    } while accept(",")
    let body = try parseBlock(after: "'with' statement", line: start.line)
    return Stmt(kind: .with(items, body: body), start: start, end: previousEnd)
  }

  mutating func parseTargetAtom() throws(SyntaxError) -> Expr { try parseBitOr() }
}
