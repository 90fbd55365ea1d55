/// f-string bodies: literal text, `{expr!conv:spec}` fields, `{{`/`}}` escapes, `{x=}`.
extension Parser {
  func parseFString(_ body: String, raw: Bool, at origin: SourceLocation) throws(SyntaxError)
    -> [FStringPart]
  {
    let chars = Array(body.unicodeScalars)
    var i = 0
    return try parseFStringParts(chars, &i, raw: raw, origin: origin, inSpec: false)
  }

  private func location(_ origin: SourceLocation, _ chars: [Unicode.Scalar], _ offset: Int)
    -> SourceLocation
  {
    var loc = origin
    for c in chars[0..<min(offset, chars.count)] {
      if c == "\n" { loc.line += 1; loc.column = 1 } else { loc.column += 1 }
    }
    return loc
  }

  private func parseFStringParts(
    _ chars: [Unicode.Scalar], _ i: inout Int, raw: Bool, origin: SourceLocation, inSpec: Bool
  ) throws(SyntaxError) -> [FStringPart] {
    var parts: [FStringPart] = []
    var literal = ""
    func flush() {
      if !literal.isEmpty { parts.append(.literal(raw ? literal : Lexer.unescape(literal))) }
      literal = ""
    }
    while i < chars.count {
      let c = chars[i]
      if c == "{" {
        if !inSpec, i + 1 < chars.count, chars[i + 1] == "{" {
          literal += "{"
          i += 2
          continue
        }
        flush()
        i += 1
        parts += try parseField(chars, &i, raw: raw, origin: origin)
        continue
      }
      if c == "}" {
        if inSpec { break }
        if i + 1 < chars.count, chars[i + 1] == "}" {
          literal += "}"
          i += 2
          continue
        }
        throw SyntaxError(
          message: "f-string: single '}' is not allowed", location: location(origin, chars, i))
      }
      literal.unicodeScalars.append(c)
      i += 1
    }
    flush()
    return parts
  }

  /// Parses one replacement field; `i` is just after `{`.
  private func parseField(
    _ chars: [Unicode.Scalar], _ i: inout Int, raw: Bool, origin: SourceLocation
  ) throws(SyntaxError) -> [FStringPart] {
    let exprStart = i
    var nesting = 0
    var quote: Unicode.Scalar?
    while i < chars.count {
      let c = chars[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "'" || c == "\"" {
        quote = c
      } else if c == "(" || c == "[" || c == "{" {
        nesting += 1
      } else if c == ")" || c == "]" || c == "}" {
        if nesting == 0 { break }
        nesting -= 1
      } else if nesting == 0 && (c == ":" || c == "!") {
        if c == "!", i + 1 < chars.count, chars[i + 1] == "=" { i += 2; continue }
        break
      } else if nesting == 0 && c == "=", i > exprStart, !"=!<>".unicodeScalars.contains(chars[i - 1]),
        let after = chars[(i + 1)...].firstIndex(where: { $0 != " " }), "}!:".unicodeScalars.contains(chars[after])
      {
        break
      }
      i += 1
    }
    let fieldLoc = location(origin, chars, exprStart)
    guard i < chars.count else {
      throw SyntaxError(message: "f-string: expecting '}'", location: fieldLoc)
    }
    let text = String(String.UnicodeScalarView(chars[exprStart..<i]))
    if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" }) {
      throw SyntaxError(message: "f-string: empty expression not allowed", location: fieldLoc)
    }
    let value = try Parser.parseFieldExpression(text, at: fieldLoc, mangling: mangleClass)
    var parts: [FStringPart] = []
    var conversion: Character?
    if chars[i] == "=" {
      var echo = text + "="
      i += 1
      while i < chars.count, chars[i] == " " {
        echo += " "
        i += 1
      }
      parts.append(.literal(echo))
      conversion = "r"
    }
    if i < chars.count, chars[i] == "!" {
      guard i + 1 < chars.count, "rsa".unicodeScalars.contains(chars[i + 1]) else {
        throw SyntaxError(
          message: "f-string: invalid conversion character: expected 's', 'r', or 'a'",
          location: location(origin, chars, i))
      }
      conversion = Character(chars[i + 1])
      i += 2
    }
    var spec: [FStringPart]?
    if i < chars.count, chars[i] == ":" {
      i += 1
      spec = try parseFStringParts(chars, &i, raw: raw, origin: origin, inSpec: true)
      if conversion == "r" && parts.count == 1 { conversion = nil }
    }
    guard i < chars.count, chars[i] == "}" else {
      throw SyntaxError(message: "f-string: expecting '}'", location: fieldLoc)
    }
    i += 1
    parts.append(.field(value, conversion: conversion, spec: spec))
    return parts
  }

  static func parseFieldExpression(_ text: String, at loc: SourceLocation, mangling className: String?)
    throws(SyntaxError) -> Expr
  {
    var lexer = Lexer("(" + text + ")", line: loc.line, column: loc.column - 1)
    var tokens = try lexer.tokenize()
    tokens.removeAll { $0.kind == .newline || $0.kind == .indent || $0.kind == .dedent }
    if let className { Parser.mangleAll(&tokens, className: className) }
    var parser = Parser(tokens: tokens)
    parser.mangleClass = className
    let e = try parser.parseTestListStar()
    guard parser.kind == .eof else { throw parser.invalidSyntax() }
    return e
  }
}
