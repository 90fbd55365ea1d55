/// Calls (with a direct method-call path) and comprehensions.
extension Compiler {
  typealias ArgsBuilder = (Frame) throws -> Arguments

  func compileArguments(_ args: [Argument]) throws -> ArgsBuilder {
    let simple = args.allSatisfy { if case .positional = $0 { return true } else { return false } }
    if simple {
      let evs = try args.map { arg -> Operation in
        if case .positional(let e) = arg { return Operation(eval: try compileExpr(e)) }
        return Operation { _ in .none }
      }
      switch evs.count {
      case 0: return { _ in Arguments([]) }
      case 1:
        let e0 = evs[0].eval
        return { f in Arguments([try e0(f)]) }
      default:
        return { f in
          var values: [Value] = []
          values.reserveCapacity(evs.count)
          for ev in evs { values.append(try ev.eval(f)) }
          return Arguments(values)
        }
      }
    }
    let rt = self.rt
    enum Part { case pos(Eval), star(Eval), kw(String, Eval), kwStar(Eval, SourceLocation) }
    let parts: [Part] = try args.map { arg in
      switch arg {
      case .positional(let e): return .pos(try compileExpr(e))
      case .star(let e): return .star(try compileExpr(e))
      case .keyword(let n, let e): return .kw(n, try compileExpr(e))
      case .doubleStar(let e): return .kwStar(try compileExpr(e), e.start)
      }
    }
    return { f in
      var a = Arguments([])
      for p in parts {
        switch p {
        case .pos(let e): a.positional.append(try e(f))
        case .star(let e): try rt.iterate(try e(f)) { a.positional.append($0); return true }
        case .kw(let n, let e): a.keywords.append((n, try e(f)))
        case .kwStar(let e, let loc):
          guard case .dict(let d) = try e(f) else {
            throw PyError.make(.typeError, "argument after ** must be a mapping").at(loc)
          }
          for (k, v) in d.items {
            guard case .str(let name) = k else {
              throw PyError.make(.typeError, "keywords must be strings").at(loc)
            }
            a.keywords.append((name, v))
          }
        }
      }
      return a
    }
  }

  func compileCall(_ callee: Expr, _ args: [Argument], _ loc: SourceLocation) throws -> Eval {
    let rt = self.rt
    let site = warningSite(loc)
    if case .attribute(let objExpr, let name) = callee.kind {
      if name == "resize", Compiler.rebindsShape(objExpr) {
        return try compileResizeCall(objExpr, args, loc)
      }
      let obj = try compileExpr(objExpr)
      if name == "append", args.count == 1, case .positional(let itemExpr) = args[0] {
        return try compileAppend(obj, itemExpr, loc, site)
      }
      let buildArgs = try compileArguments(args)
      let cache = ModuleAttributeCache(name)
      return { f in
        let receiver = try obj(f)
        let a = try buildArgs(f)
        site.enter()
        do {
          if case .module(let m) = receiver, let function = cache.lookup(m) { return try rt.call(function, a) }
          return try rt.callMethod(receiver, name, a)
        } catch { throw located(error, loc) }
      }
    }
    if case .name("super") = callee.kind, args.isEmpty, case .global = scope.resolve("super") {
      return { f in
        do { return try rt.makeSuper(f) } catch { throw located(error, loc) }
      }
    }
    let fn = try compileExpr(callee)
    let positional: [Operation]? = try args.allSatisfy({ if case .positional = $0 { true } else { false } })
      ? args.map { arg in
        guard case .positional(let e) = arg else { return Operation { _ in .none } }
        return Operation(eval: try compileExpr(e))
      } : nil
    if let positional {
      let cache = FrameCache()
      // Any callee but a script function whose signature takes exactly these arguments.
      let other: (Frame, Value) throws -> Value = { f, target in
        var values: [Value] = []
        values.reserveCapacity(positional.count)
        for p in positional { values.append(try p.eval(f)) }
        site.enter()
        do { return try rt.call(target, Arguments(values)) } catch { throw located(error, loc) }
      }
      // Arguments are captured one by one: a loop over the array would retain every closure.
      switch positional.count {
      case 0:
        return { f in
          let target = try fn(f)
          guard case .function(let pf) = target, pf.code.simpleArity == 0 else { return try other(f, target) }
          return try rt.invokeCached(pf, cache, loc) { _ in }
        }
      case 1:
        let a0 = positional[0].eval
        return { f in
          let target = try fn(f)
          guard case .function(let pf) = target, pf.code.simpleArity == 1 else { return try other(f, target) }
          return try rt.invokeCached(pf, cache, loc) { frame in frame.set(0, try a0(f)) }
        }
      case 2:
        let (a0, a1) = (positional[0].eval, positional[1].eval)
        return { f in
          let target = try fn(f)
          guard case .function(let pf) = target, pf.code.simpleArity == 2 else { return try other(f, target) }
          return try rt.invokeCached(pf, cache, loc) { frame in
            frame.set(0, try a0(f))
            frame.set(1, try a1(f))
          }
        }
      case 3:
        let (a0, a1, a2) = (positional[0].eval, positional[1].eval, positional[2].eval)
        return { f in
          let target = try fn(f)
          guard case .function(let pf) = target, pf.code.simpleArity == 3 else { return try other(f, target) }
          return try rt.invokeCached(pf, cache, loc) { frame in
            frame.set(0, try a0(f))
            frame.set(1, try a1(f))
            frame.set(2, try a2(f))
          }
        }
      default:
        let arity = positional.count
        return { f in
          let target = try fn(f)
          guard case .function(let pf) = target, pf.code.simpleArity == arity else { return try other(f, target) }
          return try rt.invokeCached(pf, cache, loc) { frame in
            for (i, p) in positional.enumerated() { frame.set(i, try p.eval(f)) }
          }
        }
      }
    }
    let buildArgs = try compileArguments(args)
    return { f in
      let target = try fn(f)
      let a = try buildArgs(f)
      site.enter()
      do { return try rt.call(target, a) } catch { throw located(error, loc) }
    }
  }

  /// `receiver.append(item)`: lists append directly, anything else is an ordinary method call.
  private func compileAppend(_ obj: @escaping Eval, _ itemExpr: Expr, _ loc: SourceLocation, _ site: WarningSite) throws -> Eval {
    let item = try compileExpr(itemExpr)
    let rt = self.rt
    return { f in
      let receiver = try obj(f)
      let v = try item(f)
      if case .list(let l) = receiver {
        do { try Runtime.checkLength(l.items.count + 1) } catch { throw located(error, loc) }
        l.items.append(v)
        return .none
      }
      site.enter()
      do { return try rt.callMethod(receiver, "append", Arguments([v])) } catch { throw located(error, loc) }
    }
  }

  func compileComprehension(
    _ kind: ComprehensionKind, _ element: Expr, _ value: Expr?, _ clauses: [ComprehensionClause],
    at start: SourceLocation
  ) throws -> Eval {
    guard let firstClause = clauses.first else { throw syntax("invalid syntax", element.start) }
    let firstIterable = try compileExpr(firstClause.iterable)
    let compScope = CompileScope(kind: .comprehension, parent: scope)
    for c in clauses { bindTargets(c.target, compScope) }
    let saved = scope
    scope = compScope
    defer { scope = saved }
    let rt = self.rt
    var compiled: [CompiledClause] = []
    for (i, c) in clauses.enumerated() {
      let iterable = i == 0 ? nil : try compileExpr(c.iterable)
      compiled.append(CompiledClause(
        iterable: iterable, store: try compileStore(c.target),
        conditions: try c.conditions.map { try compileCondition($0) }, loc: c.iterable.start))
    }
    let elementEv = try compileExpr(element)
    let valueEv = try value.map { try compileExpr($0) }
    let slotCount = compScope.slotCount
    let frameName: String
    switch kind {
    case .list: frameName = "<listcomp>"
    case .set: frameName = "<setcomp>"
    case .dict: frameName = "<dictcomp>"
    case .generator: frameName = "<genexpr>"
    }
    let cell = self.cell
    if kind == .generator {
      return { [compiled] f in
        let first = try rt.makeIterator(try firstIterable(f))
        let frame = Frame.make(slotCount: slotCount, parent: f.lexical)
        let g = GeneratorExpression(rt: rt, frame: frame, first: first, clauses: compiled, element: elementEv, cell: cell)
        return .iterator(PyIterator(g.next))
      }
    }
    return { f in
      let source = try firstIterable(f)
      let frame = Frame.make(slotCount: slotCount, parent: f.lexical)
      var results: [Value] = []
      let dict = kind == .dict ? PyDict() : nil
      func run(_ level: Int, _ iterable: Value) throws {
        let clause = compiled[level]
        do {
          try rt.iterate(iterable) { item in
            try rt.checkDeadline()
            try clause.store(frame, item)
            for cond in clause.conditions where !(try cond(frame)) { return true }
            if level + 1 < compiled.count {
              let next = compiled[level + 1]
              try run(level + 1, try next.iterable?(frame) ?? .none)
            } else if let dict, let valueEv {
              let k = try elementEv(frame)
              try dict.set(k, try valueEv(frame))
            } else {
              results.append(try elementEv(frame))
            }
            return true
          }
        } catch { throw located(error, clause.loc) }
      }
      do {
        try run(0, source)
      } catch var e as PyError {
        // CPython 3.11 runs comprehensions as functions: their frame shows in tracebacks.
        if let inner = e.location {
          e.trace.append(TraceEntry(function: frameName, location: inner, cell: cell))
        }
        e.location = nil
        throw e.at(start)
      }
      switch kind {
      case .list: return .list(PyList(results))
      case .set: return try rt.makeSet(results)
      case .dict: return .dict(dict ?? PyDict())
      case .generator: return .iterator(rt.listIterator(results))  // not reached: lazy above
      }
    }
  }

  private func bindTargets(_ e: Expr, _ s: CompileScope) {
    switch e.kind {
    case .name(let n): s.addLocal(n)
    case .tuple(let items), .list(let items): for i in items { bindTargets(i, s) }
    case .starred(let inner): bindTargets(inner, s)
    default: return
    }
  }
}
