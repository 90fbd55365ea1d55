import Testing

@testable import SwnbScript

/// Tokens and AST positions: the parts of the front end the golden programs do not show.
@Suite struct LexerParserTests {
  func kinds(_ source: String) throws -> [TokenKind] {
    var lexer = Lexer(source)
    return try lexer.tokenize().map(\.kind)
  }

  @Test func indentationBecomesIndentAndDedentTokens() throws {
    let k = try kinds("if x:\n    y = 1\n\n    # comment\nz\n")
    #expect(k.filter { $0 == .indent }.count == 1)
    #expect(k.filter { $0 == .dedent }.count == 1)
    #expect(k.last == .eof)
  }

  @Test func bracketsSuppressNewlinesAndIndentation() throws {
    let k = try kinds("x = [1,\n        2,\n  3]\n")
    #expect(!k.contains(.indent))
    #expect(k.filter { $0 == .newline }.count == 1)
  }

  @Test func numberForms() throws {
    #expect(try kinds("1_000")[0] == .int(1000))
    #expect(try kinds("0x1F")[0] == .int(31))
    #expect(try kinds("0b101")[0] == .int(5))
    #expect(try kinds("1e-4")[0] == .float(1e-4))
    #expect(try kinds(".5")[0] == .float(0.5))
    #expect(try kinds("99999999999999999999")[0] == .bigInt("99999999999999999999"))
  }

  @Test func stringForms() throws {
    #expect(try kinds("'a\\tb'")[0] == .string("a\tb"))
    #expect(try kinds("r'a\\tb'")[0] == .string("a\\tb"))
    #expect(try kinds("'''x\ny'''")[0] == .string("x\ny"))
    #expect(try kinds("f'{x!r:>{w}}'")[0] == .fstring("{x!r:>{w}}", raw: false))
  }

  @Test func everyStatementCarriesItsPosition() throws {
    let module = try Parser.parse("a = 1\nif a:\n    b = a + 2\n")
    #expect(module.body.map(\.start) == [SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1)])
    guard case .ifElse(_, let body, _) = module.body[1].kind, case .assign(_, let value) = body[0].kind else {
      Issue.record("unexpected tree")
      return
    }
    #expect(body[0].start == SourceLocation(line: 3, column: 5))
    #expect(value.start == SourceLocation(line: 3, column: 9))
    #expect(value.end == SourceLocation(line: 3, column: 14))
  }

  @Test func precedenceFollowsPython() throws {
    let module = try Parser.parse("-2 ** 2\n")
    guard case .expression(let e) = module.body[0].kind, case .unary(.neg, let inner) = e.kind,
      case .binary(.pow, _, _) = inner.kind
    else {
      Issue.record("-2 ** 2 must parse as -(2 ** 2)")
      return
    }
  }

  @Test func trailingSemicolonIsRecorded() throws {
    #expect(try Parser.parse("x = 1\nx;\n").endsWithSemicolon)
    #expect(try !Parser.parse("x;\nx\n").endsWithSemicolon)
  }

  @Test func neverClosedBracketPointsAtTheBracket() {
    #expect(throws: SyntaxError(message: "'(' was never closed", location: SourceLocation(line: 2, column: 5))) {
      try Parser.parse("x = 1\ny = (1,\n")
    }
  }
}
