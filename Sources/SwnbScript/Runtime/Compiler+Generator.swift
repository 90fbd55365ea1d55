/// PyGenerator function bodies compiled into resumable statements.
///
/// A statement without `yield` compiles as usual and runs to completion in one step. A
/// statement holding a `yield` (the yield itself, or a block, loop, `try` or `with` around one)
/// compiles into a `ResumableStart`: each run keeps its progress (statement index, loop
/// iterator, pending exception...) in closure state, so the body can pause at any `yield` and
/// continue there on the next `next()`.
extension Compiler {
  /// True when `body` holds a `yield` outside nested functions and classes.
  static func containsYield(_ body: [Stmt]) -> Bool {
    body.contains { containsYield($0) }
  }

  private static func containsYield(_ stmt: Stmt) -> Bool {
    switch stmt.kind {
    case .expression(let e): if case .yield = e.kind { return true }
    case .assign(_, let value): if case .yield = value.kind { return true }
    case .ifElse(_, let a, let b), .whileLoop(_, let a, let b), .forLoop(_, _, let a, let b):
      return containsYield(a) || containsYield(b)
    case .tryExcept(let body, let handlers, let orElse, let final):
      return containsYield(body) || handlers.contains { containsYield($0.body) } || containsYield(orElse)
        || containsYield(final)
    case .with(_, let body): return containsYield(body)
    case .match(_, let cases): return cases.contains { containsYield($0.body) }
    default: return false
    }
    return false
  }

  /// Compiles a statement list that contains `yield`: runs of plain statements become one step.
  func compileResumableBlock(_ body: [Stmt]) throws -> ResumableStart {
    var parts: [ResumableStart] = []
    var plain: [Stmt] = []
    func flushPlain() throws {
      guard !plain.isEmpty else { return }
      let exec = try compileBlock(plain)
      let run: Resume = { f, _ in .finished(try exec(f)) }
      parts.append { run }
      plain = []
    }
    for stmt in body {
      if Compiler.containsYield(stmt) {
        try flushPlain()
        parts.append(try compileResumable(stmt))
      } else {
        plain.append(stmt)
      }
    }
    try flushPlain()
    if parts.count == 1 { return parts[0] }
    return { [parts] in
      var index = 0
      var current: Resume?
      return { f, g in
        while index < parts.count {
          let run = current ?? parts[index]()
          current = run
          switch try run(f, g) {
          case .yielded(let v): return .yielded(v)
          case .finished(.normal):
            index += 1
            current = nil
          case .finished(let c): return .finished(c)
          }
        }
        return .finished(.normal)
      }
    }
  }

  private func compileResumable(_ stmt: Stmt) throws -> ResumableStart {
    try enter(stmt.start)
    defer { depth -= 1 }
    switch stmt.kind {
    case .expression(let e):
      guard case .yield(let value, let isFrom) = e.kind else { break }
      return isFrom ? try compileYieldFrom(value, nil, e.start) : try compileYield(value, nil, e.start)
    case .assign(let targets, let value):
      guard case .yield(let v, let isFrom) = value.kind else { break }
      let stores = try targets.map { try compileStore($0) }
      return isFrom ? try compileYieldFrom(v, stores, value.start) : try compileYield(v, stores, value.start)
    case .ifElse(let c, let a, let b): return try compileResumableIf(c, a, b)
    case .whileLoop(let c, let body, let orElse): return try compileResumableWhile(c, body, orElse)
    case .forLoop(let t, let it, let body, let orElse): return try compileResumableFor(t, it, body, orElse)
    case .tryExcept(let body, let handlers, let orElse, let final):
      return try compileResumableTry(body, handlers, orElse, final)
    case .with(let items, let body): return try compileResumableWith(items, body, stmt.start)
    case .match(let subject, let cases): return try compileResumableMatch(subject, cases, stmt.start)
    default: break
    }
    let exec = try compileStatement(stmt)
    let run: Resume = { f, _ in .finished(try exec(f)) }
    return { run }
  }

  /// `yield value`, or `target = yield value` (`stores` receive what `send` passes in).
  private func compileYield(_ value: Expr?, _ stores: [Store]?, _ loc: SourceLocation) throws -> ResumableStart {
    let ev = try value.map { try compileExpr($0) }
    return {
      var paused = false
      return { f, g in
        if !paused {
          paused = true
          do { return .yielded(try ev?(f) ?? .none) } catch { throw located(error, loc) }
        }
        let sent = try g.resumed(at: loc)
        for store in stores ?? [] { try store(f, sent) }
        return .finished(.normal)
      }
    }
  }

  /// `yield from iterable`: yields each item of the iterable in turn; `stores` receive what
  /// a generator iterable returned.
  private func compileYieldFrom(_ value: Expr?, _ stores: [Store]?, _ loc: SourceLocation) throws -> ResumableStart {
    let ev = try value.map { try compileExpr($0) }
    let rt = self.rt
    return {
      var source: PyIterator?
      return { f, g in
        do {
          let it: PyIterator
          let next: Value?
          if let source {
            it = source
            next = try Compiler.forward(g.takeResumption(), to: it, from: g)
          } else {
            it = try rt.makeIterator(try ev?(f) ?? .none)
            source = it
            next = try it.next()
          }
          if let v = next { return .yielded(v) }
          for store in stores ?? [] { try store(f, it.generator?.returnValue ?? .none) }
          return .finished(.normal)
        } catch { throw located(error, loc) }
      }
    }
  }

  /// What a delegating generator does with how it was resumed: a sent value goes to the inner
  /// generator's `send`, an exception to its `throw`; `close` closes the inner generator, then
  /// raises GeneratorExit in the outer one. A plain iterator just advances (or re-raises).
  private static func forward(_ resumption: PyGenerator.Resumption, to it: PyIterator, from g: PyGenerator) throws
    -> Value?
  {
    switch (resumption, it.generator) {
    case (.sent(let v), let inner?): return try inner.send(v)
    case (.sent, nil): return try it.next()
    case (.thrown(let e), let inner?):
      if g.isGeneratorExit(e) {
        try inner.close()
        throw e
      }
      return try inner.raise(e)
    case (.thrown(let e), nil): throw e
    }
  }

  private func compileResumableIf(_ c: Expr, _ a: [Stmt], _ b: [Stmt]) throws -> ResumableStart {
    let cond = try compileCondition(c)
    let then = try compileResumableBlock(a)
    let otherwise = try compileResumableBlock(b)
    let loc = c.start
    return {
      var branch: Resume?
      return { f, g in
        if let branch { return try branch(f, g) }
        let chosen: Bool
        do { chosen = try cond(f) } catch { throw located(error, loc) }
        let run = chosen ? then() : otherwise()
        branch = run
        return try run(f, g)
      }
    }
  }

  /// `match` whose chosen case holds a `yield`: the subject is tested once, then the case's
  /// body resumes until it ends.
  private func compileResumableMatch(_ subject: Expr, _ cases: [MatchCase], _ loc: SourceLocation) throws
    -> ResumableStart
  {
    let subjectEval = try compileExpr(subject)
    let compiled = try cases.map { c in
      (try compilePattern(c.pattern, loc), try c.guardExpr.map { try compileCondition($0) }, try compileResumableBlock(c.body))
    }
    return {
      var branch: Resume?
      return { f, g in
        if let branch { return try branch(f, g) }
        let v = try subjectEval(f)
        for (test, guardTest, body) in compiled {
          guard try test(f, v) else { continue }
          if let guardTest, !(try guardTest(f)) { continue }
          let run = body()
          branch = run
          return try run(f, g)
        }
        return .finished(.normal)
      }
    }
  }

  private func resumableLoopBody(_ body: [Stmt]) throws -> ResumableStart {
    scope.loopDepth += 1
    defer { scope.loopDepth -= 1 }
    return try compileResumableBlock(body)
  }

  /// Runs one resumable loop: `next` starts the body of the next iteration (false when the
  /// loop is done), then the `else` clause runs unless the body broke out.
  private static func runLoop(
    _ f: Frame, _ g: PyGenerator, body: inout Resume?, tail: inout Resume?,
    start: ResumableStart, orElse: ResumableStart, next: () throws -> Bool
  ) throws -> GeneratorStep {
    if let tail { return try tail(f, g) }
    while true {
      let run: Resume
      if let body {
        run = body
      } else {
        guard try next() else {
          let t = orElse()
          tail = t
          return try t(f, g)
        }
        run = start()
        body = run
      }
      switch try run(f, g) {
      case .yielded(let v): return .yielded(v)
      case .finished(.breakLoop): return .finished(.normal)
      case .finished(.returned(let v)): return .finished(.returned(v))
      case .finished(.normal), .finished(.continueLoop): body = nil
      }
    }
  }

  private func compileResumableWhile(_ c: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> ResumableStart {
    let cond = try compileCondition(c)
    let start = try resumableLoopBody(body)
    let otherwise = try compileResumableBlock(orElse)
    let rt = self.rt
    let loc = c.start
    return {
      var current: Resume?
      var tail: Resume?
      return { f, g in
        try Compiler.runLoop(f, g, body: &current, tail: &tail, start: start, orElse: otherwise) {
          do {
            try rt.checkDeadline()
            return try cond(f)
          } catch { throw located(error, loc) }
        }
      }
    }
  }

  private func compileResumableFor(_ t: Expr, _ it: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> ResumableStart {
    let iterable = try compileExpr(it)
    let store = try compileStore(t)
    let start = try resumableLoopBody(body)
    let otherwise = try compileResumableBlock(orElse)
    let rt = self.rt
    let loc = it.start
    return {
      var source: PyIterator?
      var current: Resume?
      var tail: Resume?
      return { f, g in
        try Compiler.runLoop(f, g, body: &current, tail: &tail, start: start, orElse: otherwise) {
          let item: Value?
          do {
            try rt.checkDeadline()
            let iterator = try source ?? rt.makeIterator(try iterable(f))
            source = iterator
            item = try iterator.next()
          } catch { throw located(error, loc) }
          guard let item else { return false }
          try store(f, item)
          return true
        }
      }
    }
  }

  private func compileResumableWith(_ items: [(Expr, Expr?)], _ body: [Stmt], _ loc: SourceLocation) throws -> ResumableStart {
    guard let (first, target) = items.first else { return try compileResumableBlock(body) }
    let context = try compileExpr(first)
    let store = try target.map { try compileStore($0) }
    let inner =
      items.count > 1 ? try compileResumableWith(Array(items.dropFirst()), body, loc) : try compileResumableBlock(body)
    let rt = self.rt
    return {
      var manager: Value?
      var run: Resume?
      return { f, g in
        let m: Value
        let active: Resume
        if let manager, let run {
          m = manager
          active = run
        } else {
          m = try context(f)
          let entered: Value
          do { entered = try rt.callMethod(m, "__enter__", Arguments([])) } catch { throw located(error, first.start) }
          try store?(f, entered)
          active = inner()
          manager = m
          run = active
        }
        let step: GeneratorStep
        do {
          step = try active(f, g)
        } catch let error as PyError {
          let exc = rt.exceptionObject(error)
          let suppress = try rt.callMethod(m, "__exit__", Arguments([.type(exc.type), .object(exc), .none]))
          if try rt.truthy(suppress) { return .finished(.normal) }
          throw error
        }
        if case .finished = step { _ = try rt.callMethod(m, "__exit__", Arguments([.none, .none, .none])) }
        return step
      }
    }
  }
}
