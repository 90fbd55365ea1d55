/// Expressions by precedence climbing, from `lambda` down to atoms.
extension Parser {
  /// `a, *b, c` (tuple when a comma appears).
  mutating func parseTestListStar() throws(SyntaxError) -> Expr {
    let start = current.start
    let first = try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseNamedExpressionTest() }
    guard isOp(",") else {
      if case .starred = first.kind {
        throw SyntaxError(message: "can't use starred expression here", location: first.start)
      }
      return first
    }
    var items = [first]
    while accept(",") {
      if !startsTest() { break }
      items.append(try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseTest() })
    }
    return expr(.tuple(items), start)
  }

  /// Whether the current token can begin an expression.
  func startsTest() -> Bool {
    switch kind {
    case .name, .int, .bigInt, .float, .imaginary, .string, .fstring: return true
    case .keyword(let k): return ["not", "lambda", "None", "True", "False", "await"].contains(k)
    case .op(let o): return ["(", "[", "{", "-", "+", "~", "*", "..."].contains(o)
    default: return false
    }
  }

  mutating func parseStarOr(_ inner: (inout Parser) throws(SyntaxError) -> Expr) throws(SyntaxError) -> Expr {
    if isOp("*") {
      let start = advance().start
      let value = try parseBitOr()
      return expr(.starred(value), start)
    }
    return try inner(&self)
  }

  mutating func parseNamedExpressionTest() throws(SyntaxError) -> Expr {
    if case .name(let n) = kind, peekKind(1) == .op(":=") {
      let start = advance().start
      _ = advance()
      let value = try parseTest()
      return expr(.namedExpr(n, value), start)
    }
    return try parseTest()
  }

  mutating func parseTest() throws(SyntaxError) -> Expr {
    try enter()
    defer { depth -= 1 }
    if isKeyword("lambda") { return try parseLambda() }
    let start = current.start
    let body = try parseOr()
    guard isKeyword("if") else { return body }
    _ = advance()
    let condition = try parseOr()
    guard acceptKeyword("else") else {
      throw SyntaxError(message: "expected 'else' after 'if' expression", location: start,
        width: max(1, previousEnd.column - start.column))
    }
    let otherwise = try parseTest()
    return expr(.ifElse(condition: condition, then: body, otherwise: otherwise), start)
  }

  mutating func parseLambda() throws(SyntaxError) -> Expr {
    let start = advance().start
    let params = try parseParameters(closing: ":")
    try expect(":")
    let body = try parseTest()
    return expr(.lambda(params, body), start)
  }

  /// Parameter list up to `closing` (not consumed).
  mutating func parseParameters(closing: String) throws(SyntaxError) -> Parameters {
    var params = Parameters()
    var sawDefault = false
    var afterStar = false
    while !isOp(closing) {
      if accept("/") {
      } else if accept("**") {
        params.varKeywords = try expectName()
      } else if accept("*") {
        afterStar = true
        if case .name = kind { params.varArgs = try expectName() }
      } else {
        let nameStart = current.start
        let name = try expectName()
        if closing == ")" && accept(":") { _ = try parseTest() }
        var def: Expr?
        if accept("=") { def = try parseTest() }
        if afterStar {
          params.keywordOnly.append(.init(name: name, defaultValue: def))
        } else {
          if def == nil && sawDefault {
            throw SyntaxError(
              message: "non-default argument follows default argument", location: nameStart,
              width: name.count)
          }
          sawDefault = sawDefault || def != nil
          params.positional.append(.init(name: name, defaultValue: def))
        }
      }
      if !accept(",") { break }
    }
    let names = params.allNames
    if Set(names).count != names.count, let dup = names.first(where: { n in names.filter { $0 == n }.count > 1 }) {
      throw SyntaxError(message: "duplicate argument '\(dup)' in function definition", location: current.start)
    }
    return params
  }

  mutating func parseOr() throws(SyntaxError) -> Expr {
    let start = current.start
    let first = try parseAnd()
    guard isKeyword("or") else { return first }
    var items = [first]
    while acceptKeyword("or") { items.append(try parseAnd()) }
    return expr(.boolOp(isAnd: false, items), start)
  }

  mutating func parseAnd() throws(SyntaxError) -> Expr {
    let start = current.start
    let first = try parseNot()
    guard isKeyword("and") else { return first }
    var items = [first]
    while acceptKeyword("and") { items.append(try parseNot()) }
    return expr(.boolOp(isAnd: true, items), start)
  }

  mutating func parseNot() throws(SyntaxError) -> Expr {
    if isKeyword("not") {
      try enter()
      defer { depth -= 1 }
      let start = advance().start
      let operand = try parseNot()
      return expr(.unary(.not, operand), start)
    }
    return try parseComparison()
  }

  mutating func comparisonOperator() -> CompareOperator? {
    switch kind {
    case .op(let o): return CompareOperator(rawValue: o)
    case .keyword("in"): return .inOp
    case .keyword("is"): return peekKind(1) == .keyword("not") ? .isNot : .isOp
    case .keyword("not"): return peekKind(1) == .keyword("in") ? .notIn : nil
    default: return nil
    }
  }

  mutating func parseComparison() throws(SyntaxError) -> Expr {
    let start = current.start
    let first = try parseBitOr()
    var rest: [(CompareOperator, Expr)] = []
    while let op = comparisonOperator() {
      _ = advance()
      if op == .isNot || op == .notIn { _ = advance() }
      rest.append((op, try parseBitOr()))
    }
    return rest.isEmpty ? first : expr(.compare(first, rest), start)
  }

  mutating func parseBinary(
    _ ops: [String: BinaryOperator], _ next: (inout Parser) throws(SyntaxError) -> Expr
  ) throws(SyntaxError) -> Expr {
    let start = current.start
    var left = try next(&self)
    while case .op(let o) = kind, let op = ops[o] {
      _ = advance()
      let right = try next(&self)
      left = expr(.binary(op, left, right), start)
    }
    return left
  }

  mutating func parseBitOr() throws(SyntaxError) -> Expr {
    try parseBinary(["|": .bitOr]) { (p: inout Parser) throws(SyntaxError) in
      try p.parseBinary(["^": .bitXor]) { (p: inout Parser) throws(SyntaxError) in
        try p.parseBinary(["&": .bitAnd]) { (p: inout Parser) throws(SyntaxError) in
          try p.parseBinary(["<<": .lShift, ">>": .rShift]) { (p: inout Parser) throws(SyntaxError) in
            try p.parseBinary(["+": .add, "-": .sub]) { (p: inout Parser) throws(SyntaxError) in
              try p.parseBinary(
                ["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]
              ) { (p: inout Parser) throws(SyntaxError) in try p.parseFactor() }
            }
          }
        }
      }
    }
  }

  mutating func parseFactor() throws(SyntaxError) -> Expr {
    let unary: UnaryOperator? = isOp("-") ? .neg : isOp("+") ? .pos : isOp("~") ? .invert : nil
    guard let op = unary else { return try parsePower() }
    try enter()
    defer { depth -= 1 }
    let start = advance().start
    let operand = try parseFactor()
    return expr(.unary(op, operand), start)
  }

  mutating func parsePower() throws(SyntaxError) -> Expr {
    let start = current.start
    let base = try parsePrimary()
    guard accept("**") else { return base }
    let exponent = try parseFactor()
    return expr(.binary(.pow, base, exponent), start)
  }

  mutating func parsePrimary() throws(SyntaxError) -> Expr {
    let start = current.start
    var e = try parseAtom()
    while true {
      if accept(".") {
        let name = try expectName()
        e = expr(.attribute(e, name), start)
      } else if isOp("(") {
        try enter()
        _ = advance()
        let args = try parseArguments()
        try expect(")")
        depth -= 1
        e = expr(.call(e, args), start)
      } else if isOp("[") {
        try enter()
        _ = advance()
        let index = try parseSubscriptList()
        try expect("]")
        depth -= 1
        e = expr(.subscript(e, index), start)
      } else {
        return e
      }
    }
  }

  mutating func parseArguments() throws(SyntaxError) -> [Argument] {
    var args: [Argument] = []
    var sawKeyword = false
    var keywords: Set<String> = []
    while !isOp(")") {
      if accept("*") {
        args.append(.star(try parseTest()))
      } else if accept("**") {
        sawKeyword = true
        args.append(.doubleStar(try parseTest()))
      } else if case .name(let n) = kind, peekKind(1) == .op("=") {
        if !keywords.insert(n).inserted {
          throw SyntaxError(message: "keyword argument repeated: \(n)", location: current.start)
        }
        _ = advance()
        _ = advance()
        sawKeyword = true
        args.append(.keyword(n, try parseTest()))
      } else {
        let argStart = current.start
        var value = try parseNamedExpressionTest()
        if isKeyword("for") {
          value = try parseComprehension(.generator, element: value, value: nil, start: argStart)
        } else if isOp("=") {
          throw SyntaxError(
            message: "expression cannot contain assignment, perhaps you meant \"==\"?",
            location: value.start, width: max(1, current.end.column - value.start.column))
        }
        if sawKeyword {
          throw SyntaxError(
            message: "positional argument follows keyword argument", location: value.end)
        }
        args.append(.positional(value))
      }
      if !accept(",") {
        if !isOp(")"), startsTest(), let last = args.last, case .positional(let e) = last {
          throw forgotComma(from: e.start)
        }
        break
      }
    }
    return args
  }

  mutating func parseSubscriptList() throws(SyntaxError) -> Expr {
    let start = current.start
    let first = try parseSubscript()
    guard isOp(",") else { return first }
    var items = [first]
    while accept(",") {
      if isOp("]") { break }
      items.append(try parseSubscript())
    }
    return expr(.tuple(items), start)
  }

  mutating func parseSubscript() throws(SyntaxError) -> Expr {
    let start = current.start
    if isOp("*") { return try parseStarOr { (p: inout Parser) throws(SyntaxError) in try p.parseTest() } }
    var lower: Expr?
    if !isOp(":") {
      lower = try parseNamedExpressionTest()
      if !isOp(":") { return lower ?? expr(.none, start) }
    }
    _ = advance()
    var upper: Expr?
    var step: Expr?
    if !isOp(":") && !isOp("]") && !isOp(",") { upper = try parseTest() }
    if accept(":") {
      if !isOp("]") && !isOp(",") { step = try parseTest() }
    }
    return expr(.slice(lower, upper, step), start)
  }
}
