/// def, lambda, class.
extension Compiler {
  /// Compiles a function body in its own scope; returns the code object.
  func compileFunctionCode(
    name: String, parameters: Parameters, body: [Stmt]?, expression: Expr?
  ) throws -> FunctionCode {
    let fnScope = CompileScope(kind: .function, parent: scope)
    fnScope.qualifiedName = scope.qualify(name)
    for p in parameters.allNames { fnScope.addLocal(p) }
    if let body { LocalNames.collect(body, into: fnScope) }
    if let expression { collectWalrus(expression, fnScope) }
    let saved = scope
    scope = fnScope
    defer { scope = saved }
    let run: Eval
    var generatorStart: ResumableStart?
    if expression == nil, let body, Compiler.containsYield(body) {
      generatorStart = try compileResumableBlock(body)
      run = { _ in .none }
    } else if let returned = expression ?? Compiler.singleReturn(body) {
      run = try compileExpr(returned)
    } else {
      let block = try compileBlock(body ?? [])
      run = { f in
        if case .returned(let v) = try block(f) { return v }
        return .none
      }
    }
    let code = FunctionCode(
      name: name, parameters: parameters, slotCount: fnScope.slotCount, cell: cell, body: run)
    code.generatorStart = generatorStart
    code.qualifiedName = fnScope.qualifiedName ?? name
    if case .expression(let first)? = body?.first?.kind, case .string(let text) = first.kind { code.doc = text }
    return code
  }

  /// The expression of a body that is exactly one `return expression` statement.
  private static func singleReturn(_ body: [Stmt]?) -> Expr? {
    guard let body, body.count == 1, case .returnValue(let e?) = body[0].kind else { return nil }
    return e
  }

  private func collectWalrus(_ e: Expr, _ s: CompileScope) {
    if case .namedExpr(let n, _) = e.kind { s.addLocal(n) }
  }

  /// Evaluates defaults at definition time and builds the function value.
  func makeFunction(_ code: FunctionCode, _ parameters: Parameters) throws -> Eval {
    let defaults = try parameters.positional.compactMap { try $0.defaultValue.map { try compileExpr($0) } }
    let kwDefaults = try parameters.keywordOnly.compactMap { p in
      try p.defaultValue.map { (p.name, try compileExpr($0)) }
    }
    return { f in
      let d = try defaults.map { try $0(f) }
      var kw: [String: Value] = [:]
      for (n, e) in kwDefaults { kw[n] = try e(f) }
      return .function(PyFunction(code: code, defaults: d, keywordDefaults: kw, closure: f.lexical))
    }
  }

  func compileDef(_ def: FunctionDef, _ loc: SourceLocation) throws -> Exec {
    let decorators = try def.decorators.map { try compileExpr($0) }
    let code = try compileFunctionCode(
      name: def.name, parameters: def.parameters, body: def.body, expression: nil)
    let make = try makeFunction(code, def.parameters)
    let store = try compileStore(Expr(kind: .name(def.name), start: loc, end: loc))
    let rt = self.rt
    return { f in
      var fn = try make(f)
      for d in decorators.reversed() {
        do { fn = try rt.call(try d(f), Arguments([fn])) } catch { throw located(error, loc) }
      }
      try store(f, fn)
      return .normal
    }
  }

  func compileLambda(_ parameters: Parameters, _ body: Expr) throws -> Eval {
    let code = try compileFunctionCode(
      name: "<lambda>", parameters: parameters, body: nil, expression: body)
    return try makeFunction(code, parameters)
  }

  func compileClass(
    _ name: String, _ bases: [Expr], _ body: [Stmt], _ decorators: [Expr], _ loc: SourceLocation
  ) throws -> Exec {
    let baseEvals = try bases.map { try compileExpr($0) }
    let decoratorEvals = try decorators.map { try compileExpr($0) }
    let classScope = CompileScope(kind: .classBody, parent: scope)
    classScope.qualifiedName = scope.qualify(name)
    let saved = scope
    scope = classScope
    let run = try compileBlock(body)
    scope = saved
    let store = try compileStore(Expr(kind: .name(name), start: loc, end: loc))
    let rt = self.rt
    return { f in
      var baseTypes: [PyType] = []
      for b in baseEvals {
        guard case .type(let t) = try b(f) else {
          throw PyError.make(.typeError, "bases must be types").at(loc)
        }
        // Instances of built-in types are Swift values, not objects a class can extend.
        if t.constructor != nil, t !== rt.objectType {
          throw PyError.make(.typeError, "MatrixScript cannot subclass the built-in type '\(t.name)'").at(loc)
        }
        baseTypes.append(t)
      }
      let namespace = PyDict()
      let classFrame = Frame.make(slotCount: 0, parent: f, classNamespace: namespace)
      _ = try run(classFrame)
      var attributes: [String: Value] = [:]
      for (k, v) in namespace.items { if case .str(let s) = k { attributes[s] = v } }
      let type = PyType(
        name: name, bases: baseTypes.isEmpty ? [rt.objectType] : baseTypes,
        attributes: attributes, module: "__main__")
      type.runtime = rt
      for case .function(let fn) in attributes.values where fn.code.ownerClass == nil {
        fn.code.ownerClass = type
      }
      var decorated = Value.type(type)
      for d in decoratorEvals.reversed() {
        do { decorated = try rt.call(try d(f), Arguments([decorated])) } catch { throw located(error, loc) }
      }
      try store(f, decorated)
      return .normal
    }
  }
}
