/// Operands of binary operators and comparisons, specialised by shape at compile time.
///
/// A local variable or a numeric literal is read inline instead of through a closure call, and
/// a literal's case is known to the optimiser, so `i * 2` checks only `i`. Each operator is
/// compiled once per pair of shapes through `OperandShape.pair`.
protocol InlineOperand {
  func get(_ f: Frame) throws -> Value
}

/// A local variable of the running frame.
struct SlotOperand: InlineOperand {
  let slot: Int
  let name: String
  let loc: SourceLocation
  @inline(__always)
  func get(_ f: Frame) throws -> Value {
    // Numbers are matched in place, so reading them copies no reference-counted value.
    switch f.slots[slot] {
    case .int(let i)?: return .int(i)
    case .float(let x)?: return .float(x)
    case let v?: return v
    case nil: throw unboundLocal(name, loc)
    }
  }
}

/// The error of reading a local variable before its first assignment.
func unboundLocal(_ name: String, _ loc: SourceLocation) -> PyError {
  PyError.make(
    .unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value"
  ).at(loc)
}

/// An int literal.
struct IntOperand: InlineOperand {
  let value: Int
  @inline(__always)
  func get(_ f: Frame) -> Value { .int(value) }
}

/// A float literal.
struct FloatOperand: InlineOperand {
  let value: Double
  @inline(__always)
  func get(_ f: Frame) -> Value { .float(value) }
}

/// Any other expression.
struct EvalOperand: InlineOperand {
  let eval: Eval
  @inline(__always)
  func get(_ f: Frame) throws -> Value { try eval(f) }
}

/// Builds the code of one operator for a pair of operand shapes.
protocol OperandPairVisitor {
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code
}

/// Compiled code built by generic helpers. The closures travel in this concrete enum rather than
/// as a generic result, which would wrap every call in reabstraction thunks.
enum Code {
  case eval(Eval)
  case exec(Exec)
  case test((Frame) throws -> Bool)

  /// The code as an expression (statements evaluate to None, tests to a bool).
  var eval: Eval {
    switch self {
    case .eval(let e): return e
    case .exec(let x): return { f in _ = try x(f); return .none }
    case .test(let t): return { f in .bool(try t(f)) }
    }
  }

  /// The code as a statement.
  var exec: Exec {
    switch self {
    case .eval(let e): return { f in _ = try e(f); return .normal }
    case .exec(let x): return x
    case .test(let t): return { f in _ = try t(f); return .normal }
    }
  }
}

/// The shape of a compiled operand.
enum OperandShape {
  case slot(SlotOperand)
  case int(IntOperand)
  case float(FloatOperand)
  case eval(EvalOperand)

  /// Hands both operands, with their concrete types, to `visitor`.
  static func pair<V: OperandPairVisitor>(_ l: OperandShape, _ r: OperandShape, _ visitor: V) -> Code {
    switch l {
    case .slot(let a): return r.withLeft(a, visitor)
    case .int(let a): return r.withLeft(a, visitor)
    case .float(let a): return r.withLeft(a, visitor)
    case .eval(let a): return r.withLeft(a, visitor)
    }
  }

  private func withLeft<A: InlineOperand, V: OperandPairVisitor>(_ a: A, _ visitor: V) -> Code {
    switch self {
    case .slot(let b): return visitor.visit(a, b)
    case .int(let b): return visitor.visit(a, b)
    case .float(let b): return visitor.visit(a, b)
    case .eval(let b): return visitor.visit(a, b)
    }
  }
}

extension Compiler {
  /// Compiles an operand, recognising locals and numeric literals.
  func compileOperand(_ e: Expr) throws -> OperandShape {
    switch e.kind {
    case .name(let n):
      if case .local(let s) = scope.resolve(n) { return .slot(SlotOperand(slot: s, name: n, loc: e.start)) }
    case .int(let v): return .int(IntOperand(value: v))
    case .float(let v): return .float(FloatOperand(value: v))
    default: break
    }
    return .eval(EvalOperand(eval: try compileExpr(e)))
  }
}
