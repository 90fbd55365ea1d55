/// Python's private name mangling: inside a class body (methods and nested functions
/// included), an identifier `__name` that does not end in `__` becomes `_Class__name`, the
/// class name stripped of its leading underscores. CPython does this while compiling; here the
/// parser rewrites the body's name tokens before parsing them, so every identifier position
/// (names, attributes, parameters, keyword arguments, `def` names) is covered alike. A nested
/// class mangles its own body with its own name.
extension Parser {
  /// The mangled form of `name` inside class `className`, or nil when it stays as written.
  static func mangled(_ name: String, in className: String) -> String? {
    guard name.hasPrefix("__"), !name.hasSuffix("__") else { return nil }
    let stripped = className.drop { $0 == "_" }
    guard !stripped.isEmpty else { return nil }
    return "_" + String(stripped) + name
  }

  /// Mangles the name tokens of the class body whose `:` is at token `colon`, leaving the
  /// bodies of nested classes to their own class.
  mutating func mangleClassBody(colon: Int, className: String) {
    var i = colon + 1
    let end = blockEnd(colon: colon)
    while i < end {
      if tokens[i].kind == .keyword("class") {
        var j = i + 1
        var brackets = 0
        while j < end {
          let k = tokens[j].kind
          if k == .op(":"), brackets == 0 { break }
          if k == .op("(") || k == .op("[") || k == .op("{") { brackets += 1 }
          if k == .op(")") || k == .op("]") || k == .op("}") { brackets -= 1 }
          mangleToken(j, className)
          j += 1
        }
        i = j < end ? blockEnd(colon: j) : end
        continue
      }
      mangleToken(i, className)
      i += 1
    }
  }

  /// Mangles every name token (the tokens of an f-string field inside a class).
  static func mangleAll(_ tokens: inout [Token], className: String) {
    for i in tokens.indices {
      if case .name(let n) = tokens[i].kind, let m = mangled(n, in: className) { tokens[i].kind = .name(m) }
    }
  }

  private mutating func mangleToken(_ i: Int, _ className: String) {
    if case .name(let n) = tokens[i].kind, let m = Parser.mangled(n, in: className) { tokens[i].kind = .name(m) }
  }

  /// The index just past the block that follows the `:` at token `colon`: the rest of the
  /// line for a one-line body, else through the DEDENT closing its INDENT.
  private func blockEnd(colon: Int) -> Int {
    var i = colon + 1
    guard i < tokens.count else { return tokens.count }
    if tokens[i].kind != .newline {
      while i < tokens.count, tokens[i].kind != .newline, tokens[i].kind != .eof { i += 1 }
      return i
    }
    var depth = 0
    i += 1
    while i < tokens.count {
      switch tokens[i].kind {
      case .indent: depth += 1
      case .dedent:
        depth -= 1
        if depth <= 0 { return i + 1 }
      case .eof: return i
      default: break
      }
      i += 1
    }
    return tokens.count
  }
}
