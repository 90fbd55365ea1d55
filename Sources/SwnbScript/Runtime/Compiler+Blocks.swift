/// try/except/finally, with, import.
extension Compiler {
  func compileTry(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ final: [Stmt]
  ) throws -> Exec {
    let run = try compileBlock(body)
    let otherwise = try compileBlock(orElse)
    let finalBlock = final.isEmpty ? nil : try compileBlock(final)
    let compiled = try handlers.map { h -> (Eval?, ((Frame, Value) throws -> Void)?, Exec, String?) in
      let type = try h.type.map { try compileExpr($0) }
      let store = try h.name.map { name -> (Frame, Value) throws -> Void in
        try compileStore(Expr(kind: .name(name), start: h.start, end: h.start))
      }
      let del = try h.name.map { try compileDeleteTarget(Expr(kind: .name($0), start: h.start, end: h.start)) }
      let block = try compileBlock(h.body)
      let bodyThenDelete: Exec = { f in
        defer { if let del { try? del(f) } }
        return try block(f)
      }
      return (type, store, bodyThenDelete, h.name)
    }
    let rt = self.rt
    let frameName = handlerFrameName
    let cell = self.cell
    let guarded: Exec = { f in
      let completion: Completion
      do {
        completion = try run(f)
      } catch let error as PyError where !compiled.isEmpty {
        if case .pending(.timeoutError, _) = error.payload, rt.deadlinePassed { throw error }
        let exc = rt.exceptionObject(error)
        for (type, store, block, _) in compiled {
          if let type {
            let t = try type(f)
            guard try rt.exceptionMatches(exc, t) else { continue }
          }
          exc.traceback = error.caughtTrace(in: frameName, cell: cell)
          try store?(f, .object(exc))
          rt.handling.append(exc)
          defer { rt.handling.removeLast() }
          do { return try block(f) } catch var raised as PyError {
            raised.payload = .object(rt.chainContext(rt.exceptionObject(raised), handled: exc))
            throw raised
          }
        }
        var e = error
        e.payload = .object(exc)
        throw e
      }
      if case .normal = completion { return try otherwise(f) }
      return completion
    }
    guard let finalBlock else { return guarded }
    return { f in
      let completion: Completion
      do {
        completion = try guarded(f)
      } catch {
        let c = try finalBlock(f)
        if case .normal = c { throw error }
        return c
      }
      let c = try finalBlock(f)
      if case .normal = c { return completion }
      return c
    }
  }

  /// The name a traceback gives the frame this code runs in (`<module>` or the function's).
  private var handlerFrameName: String {
    guard scope.kind != .module, let name = scope.qualifiedName else { return "<module>" }
    return name.split(separator: ".").last.map(String.init) ?? name
  }

  func compileWith(_ items: [(Expr, Expr?)], _ body: [Stmt]) throws -> Exec {
    guard let (first, target) = items.first else { return try compileBlock(body) }
    let context = try compileExpr(first)
    let store = try target.map { try compileStore($0) }
    let inner: Exec =
      items.count > 1
      ? try compileWith(Array(items.dropFirst()), body) : try compileBlock(body)
    let rt = self.rt
    let loc = first.start
    return { f in
      let manager = try context(f)
      let entered: Value
      do {
        entered = try rt.callMethod(manager, "__enter__", Arguments([]))
      } catch { throw located(error, loc) }
      try store?(f, entered)
      let completion: Completion
      do {
        completion = try inner(f)
      } catch let error as PyError {
        let exc = rt.exceptionObject(error)
        let suppress = try rt.callMethod(
          manager, "__exit__", Arguments([.type(exc.type), .object(exc), .none]))
        if try rt.truthy(suppress) { return .normal }
        throw error
      }
      _ = try rt.callMethod(manager, "__exit__", Arguments([.none, .none, .none]))
      return completion
    }
  }

  func compileImport(_ names: [(name: String, alias: String?)]) throws -> Exec {
    let rt = self.rt
    let steps = try names.map { item -> (Frame) throws -> Void in
      let parts = item.name.split(separator: ".").map(String.init)
      let bindName = item.alias ?? parts[0]
      let store = try compileStore(Expr(kind: .name(bindName), start: SourceLocation(line: 0, column: 0), end: SourceLocation(line: 0, column: 0)))
      let full = item.name
      let top = parts[0]
      let alias = item.alias
      return { f in
        let module = try rt.importModule(full)
        try store(f, alias != nil ? module : try rt.importModule(top))
      }
    }
    return { f in
      for s in steps { try s(f) }
      return .normal
    }
  }

  func compileImportFrom(_ module: String, _ names: [(name: String, alias: String?)]) throws -> Exec {
    let rt = self.rt
    if names.count == 1 && names[0].name == "*" {
      return { _ in
        guard case .module(let m) = try rt.importModule(module) else { return .normal }
        for (k, v) in m.attributes.sorted(by: { $0.key < $1.key }) where !k.hasPrefix("_") {
          rt.globals[k] = v
        }
        return .normal
      }
    }
    let nowhere = SourceLocation(line: 0, column: 0)
    let steps = try names.map { item -> (Frame) throws -> Void in
      let store = try compileStore(Expr(kind: .name(item.alias ?? item.name), start: nowhere, end: nowhere))
      let name = item.name
      return { f in
        let m = try rt.importModule(module)
        do {
          try store(f, try rt.getAttribute(m, name))
        } catch {
          throw PyError.make(
            .importError, "cannot import name '\(name)' from '\(module)' (unknown location)")
        }
      }
    }
    return { f in
      for s in steps { try s(f) }
      return .normal
    }
  }
}
