/// Binary operators, named after Python's `ast` classes.
enum BinaryOperator: String {
  case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
  case matMul = "@", lShift = "<<", rShift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
}

/// Unary operators.
enum UnaryOperator: String { case neg = "-", pos = "+", invert = "~", not = "not" }

/// Comparison operators.
enum CompareOperator: String {
  case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
  case isOp = "is", isNot = "is not", inOp = "in", notIn = "not in"
}

/// An expression node with its source range.
struct Expr {
  var kind: ExprKind
  var start: SourceLocation
  var end: SourceLocation
}

/// Piece of an f-string.
enum FStringPart {
  case literal(String)
  /// `{expr!conversion:spec}`; `spec` may itself contain replacement fields.
  case field(Expr, conversion: Character?, spec: [FStringPart]?)
}

/// Call argument.
enum Argument {
  case positional(Expr)
  case star(Expr)
  case keyword(String, Expr)
  case doubleStar(Expr)
}

/// One `for ... in ... if ...` clause of a comprehension.
struct ComprehensionClause {
  var target: Expr
  var iterable: Expr
  var conditions: [Expr]
}

/// Kind of comprehension.
enum ComprehensionKind { case list, set, dict, generator }

/// Parameters of a `def` or `lambda`.
struct Parameters {
  struct Param {
    var name: String
    var defaultValue: Expr?
  }
  var positional: [Param] = []
  var varArgs: String?
  var keywordOnly: [Param] = []
  var varKeywords: String?

  /// Every parameter name in binding order.
  var allNames: [String] {
    positional.map(\.name) + (varArgs.map { [$0] } ?? []) + keywordOnly.map(\.name)
      + (varKeywords.map { [$0] } ?? [])
  }
}

/// Expression kinds.
indirect enum ExprKind {
  case name(String)
  case int(Int)
  case bigInt(String)
  case float(Double)
  /// `2.5j`: a complex number with zero real part.
  case imaginary(Double)
  case string(String)
  case fstring([FStringPart])
  case bool(Bool)
  case none
  case ellipsis
  case tuple([Expr])
  case list([Expr])
  case set([Expr])
  /// A nil key means `**mapping`.
  case dict([(key: Expr?, value: Expr)])
  case starred(Expr)
  case binary(BinaryOperator, Expr, Expr)
  case unary(UnaryOperator, Expr)
  case boolOp(isAnd: Bool, [Expr])
  case compare(Expr, [(CompareOperator, Expr)])
  case ifElse(condition: Expr, then: Expr, otherwise: Expr)
  case call(Expr, [Argument])
  case attribute(Expr, String)
  case `subscript`(Expr, Expr)
  case slice(Expr?, Expr?, Expr?)
  case lambda(Parameters, Expr)
  case comprehension(ComprehensionKind, element: Expr, value: Expr?, [ComprehensionClause])
  case namedExpr(String, Expr)
  /// `yield value` / `yield from iterable`: a statement, or the value of an assignment.
  case yield(Expr?, isFrom: Bool)
}

/// A statement node with its start position.
struct Stmt {
  var kind: StmtKind
  var start: SourceLocation
  var end: SourceLocation
}

/// `except Type as name:` clause.
struct ExceptHandler {
  var type: Expr?
  var name: String?
  var body: [Stmt]
  var start: SourceLocation
}

/// `def` statement contents.
struct FunctionDef {
  var name: String
  var parameters: Parameters
  var body: [Stmt]
  var decorators: [Expr]
}

/// Statement kinds.
indirect enum StmtKind {
  case expression(Expr)
  case assign(targets: [Expr], value: Expr)
  case augAssign(Expr, BinaryOperator, Expr)
  case annotated(Expr, value: Expr?)
  case delete([Expr])
  case pass
  case breakLoop
  case continueLoop
  case returnValue(Expr?)
  case ifElse(Expr, [Stmt], [Stmt])
  case whileLoop(Expr, [Stmt], orElse: [Stmt])
  case forLoop(target: Expr, iterable: Expr, [Stmt], orElse: [Stmt])
  case function(FunctionDef)
  case classDef(name: String, bases: [Expr], body: [Stmt], decorators: [Expr])
  case global([String])
  case nonlocal([String])
  case assert(Expr, message: Expr?)
  case raise(Expr?, cause: Expr?)
  case tryExcept(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
  case with([(Expr, Expr?)], body: [Stmt])
  case importModules([(name: String, alias: String?)])
  case importFrom(module: String, names: [(name: String, alias: String?)])
  case match(Expr, [MatchCase])
}
