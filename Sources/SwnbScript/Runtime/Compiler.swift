/// Compiles the AST into Swift closures with names resolved to slots ahead of time.
final class Compiler {
  let rt: Runtime
  var scope: CompileScope
  /// Compilation depth, bounded so deep trees report RecursionError instead of overflowing.
  var depth = 0
  static let maxDepth = 3000

  let cell: CellInfo?

  init(runtime: Runtime, scope: CompileScope, cell: CellInfo?) {
    self.cell = cell
    rt = runtime
    self.scope = scope
  }

  func enter(_ loc: SourceLocation) throws {
    depth += 1
    if depth > Compiler.maxDepth {
      throw PyError.make(.recursionError, "maximum recursion depth exceeded during compilation")
        .at(loc)
    }
  }

  /// Compiles a statement list into one closure that stops at the first non-normal completion.
  func compileBlock(_ body: [Stmt]) throws -> Exec {
    Compiler.sequence(try body.map { Step(run: try compileStatement($0)) })
  }

  /// Runs `steps` in order, stopping at the first non-normal completion.
  ///
  /// Each closure calls its steps as captured constants: looping over an array of closures
  /// would retain and release every step's context on each run.
  static func sequence(_ steps: [Step]) -> Exec {
    switch steps.count {
    case 0: return { _ in .normal }
    case 1: return steps[0].run
    case 2:
      let (a, b) = (steps[0].run, steps[1].run)
      return { f in
        let c = try a(f)
        if case .normal = c { return try b(f) }
        return c
      }
    case 3:
      let (a, b, c) = (steps[0].run, steps[1].run, steps[2].run)
      return { f in
        var r = try a(f)
        guard case .normal = r else { return r }
        r = try b(f)
        guard case .normal = r else { return r }
        return try c(f)
      }
    default:
      let half = steps.count / 2
      return sequence([Step(run: sequence(Array(steps[..<half]))), Step(run: sequence(Array(steps[half...])))])
    }
  }

  func compileStatement(_ stmt: Stmt) throws -> Exec {
    try enter(stmt.start)
    defer { depth -= 1 }
    let exec = try compileStatementKind(stmt)
    let loc = stmt.start
    switch stmt.kind {
    case .raise, .assert, .delete, .importModules, .importFrom:
      return { f in
        do { return try exec(f) } catch { throw located(error, loc) }
      }
    default: return exec
    }
  }

  private func compileStatementKind(_ stmt: Stmt) throws -> Exec {
    switch stmt.kind {
    case .expression(let e):
      let ev = try compileExpr(e)
      return { f in _ = try ev(f); return .normal }
    case .assign(let targets, let value): return try compileAssign(targets, value)
    case .augAssign(let t, let op, let v): return try compileAugAssign(t, op, v, at: stmt.start)
    case .annotated(let t, let v):
      let assign: Exec = try v.map { try compileAssign([t], $0) } ?? { _ in .normal }
      guard scope.kind == .classBody, case .name(let name) = t.kind else { return assign }
      return { f in
        try Compiler.recordAnnotation(name, in: f)
        return try assign(f)
      }
    case .delete(let targets): return try compileDelete(targets)
    case .pass, .global, .nonlocal: return { _ in .normal }
    case .breakLoop:
      guard scope.loopDepth > 0 else { throw syntax("'break' outside loop", stmt.start) }
      return { _ in .breakLoop }
    case .continueLoop:
      guard scope.loopDepth > 0 else {
        throw syntax("'continue' not properly in loop", stmt.start)
      }
      return { _ in .continueLoop }
    case .returnValue(let e): return try compileReturn(e, stmt.start)
    case .ifElse(let c, let a, let b): return try compileIf(c, a, b)
    case .whileLoop(let c, let body, let orElse): return try compileWhile(c, body, orElse)
    case .forLoop(let t, let it, let body, let orElse): return try compileFor(t, it, body, orElse)
    case .function(let def): return try compileDef(def, stmt.start)
    case .classDef(let name, let bases, let body, let decorators):
      return try compileClass(name, bases, body, decorators, stmt.start)
    case .assert(let test, let message): return try compileAssert(test, message)
    case .raise(let e, let cause): return try compileRaise(e, cause)
    case .tryExcept(let body, let handlers, let orElse, let final):
      return try compileTry(body, handlers, orElse, final)
    case .with(let items, let body): return try compileWith(items, body)
    case .importModules(let names): return try compileImport(names)
    case .importFrom(let module, let names): return try compileImportFrom(module, names)
    case .match(let subject, let cases): return try compileMatch(subject, cases, stmt.start)
    }
  }

  func syntax(_ message: String, _ loc: SourceLocation) -> SyntaxError {
    SyntaxError(message: message, location: loc)
  }

  private func compileReturn(_ e: Expr?, _ loc: SourceLocation) throws -> Exec {
    guard scope.kind == .function else { throw syntax("'return' outside function", loc) }
    guard let e else { return { _ in .returned(.none) } }
    let ev = try compileExpr(e)
    return { f in .returned(try ev(f)) }
  }

  private func compileIf(_ c: Expr, _ a: [Stmt], _ b: [Stmt]) throws -> Exec {
    let cond = try compileCondition(c)
    let then = try compileBlock(a)
    if b.isEmpty {
      return { f in try cond(f) ? try then(f) : .normal }
    }
    let otherwise = try compileBlock(b)
    return { f in try cond(f) ? try then(f) : try otherwise(f) }
  }

  /// Compiles an expression used for its truth value.
  func compileCondition(_ e: Expr) throws -> (Frame) throws -> Bool {
    if case .compare(let first, let rest) = e.kind,
      let test = try compileCompareCondition(first, rest, e.start)
    {
      return test
    }
    let ev = try compileExpr(e)
    let rt = self.rt
    let loc = e.start
    return { f in
      let v = try ev(f)
      switch v {
      case .bool(let b): return b
      case .int(let i): return i != 0
      default:
        do { return try rt.truthy(v) } catch { throw located(error, loc) }
      }
    }
  }

  private func loopBody(_ body: [Stmt]) throws -> Exec {
    scope.loopDepth += 1
    defer { scope.loopDepth -= 1 }
    return try compileBlock(body)
  }

  private func compileWhile(_ c: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> Exec {
    let cond = try compileCondition(c)
    let run = try loopBody(body)
    let otherwise = try compileBlock(orElse)
    let rt = self.rt
    let loc = c.start
    return { f in
      while try cond(f) {
        do { try rt.checkDeadline() } catch { throw located(error, loc) }
        switch try run(f) {
        case .breakLoop: return .normal
        case .returned(let v): return .returned(v)
        case .normal, .continueLoop: continue
        }
      }
      return try otherwise(f)
    }
  }

  private func compileFor(_ t: Expr, _ it: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> Exec {
    let iterable = try compileExpr(it)
    let store = try compileStore(t)
    var localSlot: Int?
    if case .name(let n) = t.kind, case .local(let s) = scope.resolve(n) { localSlot = s }
    let run = try loopBody(body)
    let otherwise = try compileBlock(orElse)
    let rt = self.rt
    let loc = it.start
    return { f in
      let source = try iterable(f)
      if case .range(let start, let stop, let step) = source {
        var i = start
        while step > 0 ? i < stop : i > stop {
          do { try rt.checkDeadline() } catch { throw located(error, loc) }
          if let s = localSlot { f.set(s, .int(i)) } else { try store(f, .int(i)) }
          switch try run(f) {
          case .breakLoop: return .normal
          case .returned(let v): return .returned(v)
          case .normal, .continueLoop: break
          }
          let (next, overflow) = i.addingReportingOverflow(step)
          if overflow { break }
          i = next
        }
        return try otherwise(f)
      }
      var result = Completion.normal
      var broke = false
      do {
        try rt.iterate(source) { item in
          try rt.checkDeadline()
          if let s = localSlot { f.set(s, item) } else { try store(f, item) }
          switch try run(f) {
          case .breakLoop:
            broke = true
            return false
          case .returned(let v):
            result = .returned(v)
            broke = true
            return false
          case .normal, .continueLoop: return true
          }
        }
      } catch { throw located(error, loc) }
      if broke { return result }
      return try otherwise(f)
    }
  }

  private func compileAssert(_ test: Expr, _ message: Expr?) throws -> Exec {
    let cond = try compileCondition(test)
    let msg = try message.map { try compileExpr($0) }
    let rt = self.rt
    return { f in
      if try cond(f) { return .normal }
      let args = try msg.map { [try $0(f)] } ?? []
      throw PyError.object(rt.newException(rt.exceptionType(.assertionError), args: args))
    }
  }

  private func compileRaise(_ e: Expr?, _ cause: Expr?) throws -> Exec {
    let rt = self.rt
    guard let e else {
      return { _ in
        guard let current = rt.handling.last else {
          throw PyError.make(.runtimeError, "No active exception to reraise")
        }
        throw PyError.object(current)
      }
    }
    let ev = try compileExpr(e)
    let causeEv = try cause.map { try compileExpr($0) }
    return { f in
      let exc = try rt.exceptionToRaise(try ev(f))
      if let causeEv { try rt.setCause(exc, try causeEv(f)) }
      throw PyError.object(exc)
    }
  }

  private func compileDelete(_ targets: [Expr]) throws -> Exec {
    let dels = try targets.map { try compileDeleteTarget($0) }
    return { f in
      for d in dels { try d(f) }
      return .normal
    }
  }
}

/// One compiled statement, wrapped so an array holds it without reabstraction.
struct Step {
  let run: Exec
}

/// One compiled expression, wrapped so an array holds it without reabstraction.
struct Operation {
  let eval: Eval
}
