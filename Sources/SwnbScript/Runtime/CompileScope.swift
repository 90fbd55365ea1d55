/// Compile-time view of one scope: which names are locals and in which slot they live.
final class CompileScope {
  enum Kind { case module, function, comprehension, classBody }
  let kind: Kind
  let parent: CompileScope?
  var slots: [String: Int] = [:]
  var declaredGlobal: Set<String> = []
  var declaredNonlocal: Set<String> = []
  var loopDepth = 0
  /// The qualified name of the function or class this scope belongs to (`C.f.<locals>.g`).
  var qualifiedName: String?

  init(kind: Kind, parent: CompileScope?) {
    self.kind = kind
    self.parent = parent
  }

  var slotCount: Int { slots.count }

  /// The `__qualname__` of a function or class named `name` defined in this scope.
  func qualify(_ name: String) -> String {
    switch kind {
    case .module: return name
    case .classBody: return (qualifiedName.map { $0 + "." } ?? "") + name
    case .function, .comprehension:
      return qualifiedName.map { "\($0).<locals>.\(name)" } ?? (parent?.qualify(name) ?? name)
    }
  }

  @discardableResult
  func addLocal(_ name: String) -> Int {
    if let s = slots[name] { return s }
    let s = slots.count
    slots[name] = s
    return s
  }

  /// Where a name lives, seen from this scope.
  enum Reference {
    case local(Int)
    case outer(depth: Int, slot: Int)
    case global(String)
    case classBody(String)
  }

  func resolve(_ name: String) -> Reference {
    switch kind {
    case .module: return .global(name)
    case .classBody:
      return declaredGlobal.contains(name) ? .global(name) : .classBody(name)
    case .function, .comprehension:
      if declaredGlobal.contains(name) { return .global(name) }
      if !declaredNonlocal.contains(name), let s = slots[name] { return .local(s) }
      return resolveOuter(name)
    }
  }

  private func resolveOuter(_ name: String) -> Reference {
    var depth = 0
    var scope = parent
    while let s = scope {
      switch s.kind {
      case .module: return .global(name)
      case .classBody: break
      case .function, .comprehension:
        depth += 1
        if s.declaredGlobal.contains(name) { return .global(name) }
        if !s.declaredNonlocal.contains(name), let slot = s.slots[name] {
          return .outer(depth: depth, slot: slot)
        }
      }
      scope = s.parent
    }
    return .global(name)
  }
}

/// Finds the names a function body binds (its locals), without entering nested scopes.
enum LocalNames {
  static func collect(_ body: [Stmt], into scope: CompileScope) {
    for stmt in body { visit(stmt, scope) }
  }

  private static func visit(_ stmt: Stmt, _ scope: CompileScope) {
    switch stmt.kind {
    case .assign(let targets, let value):
      for t in targets { target(t, scope) }
      expression(value, scope)
    case .augAssign(let t, _, let v): target(t, scope); expression(v, scope)
    case .annotated(let t, let v): target(t, scope); if let v { expression(v, scope) }
    case .delete(let ts): for t in ts { target(t, scope) }
    case .expression(let e): expression(e, scope)
    case .returnValue(let e): if let e { expression(e, scope) }
    case .ifElse(let c, let a, let b):
      expression(c, scope)
      collect(a, into: scope)
      collect(b, into: scope)
    case .whileLoop(let c, let a, let b):
      expression(c, scope)
      collect(a, into: scope)
      collect(b, into: scope)
    case .forLoop(let t, let it, let a, let b):
      target(t, scope)
      expression(it, scope)
      collect(a, into: scope)
      collect(b, into: scope)
    case .function(let def): bind(def.name, scope)
    case .classDef(let name, _, _, _): bind(name, scope)
    case .global(let names): scope.declaredGlobal.formUnion(names)
    case .nonlocal(let names): scope.declaredNonlocal.formUnion(names)
    case .tryExcept(let body, let handlers, let orElse, let final):
      collect(body, into: scope)
      for h in handlers {
        if let n = h.name { bind(n, scope) }
        collect(h.body, into: scope)
      }
      collect(orElse, into: scope)
      collect(final, into: scope)
    case .with(let items, let body):
      for (_, t) in items { if let t { target(t, scope) } }
      collect(body, into: scope)
    case .importModules(let names):
      for n in names { bind(n.alias ?? String(n.name.split(separator: ".")[0]), scope) }
    case .importFrom(_, let names):
      for n in names where n.name != "*" { bind(n.alias ?? n.name, scope) }
    case .match(let subject, let cases):
      expression(subject, scope)
      for c in cases {
        for n in c.pattern.boundNames { bind(n, scope) }
        collect(c.body, into: scope)
      }
    case .pass, .breakLoop, .continueLoop, .assert, .raise: return
    }
  }

  private static func bind(_ name: String, _ scope: CompileScope) {
    if scope.declaredGlobal.contains(name) || scope.declaredNonlocal.contains(name) { return }
    scope.addLocal(name)
  }

  private static func target(_ e: Expr, _ scope: CompileScope) {
    switch e.kind {
    case .name(let n): bind(n, scope)
    case .tuple(let items), .list(let items): for i in items { target(i, scope) }
    case .starred(let inner): target(inner, scope)
    default: return
    }
  }

  /// Walrus targets inside expressions bind in the enclosing function scope.
  private static func expression(_ e: Expr, _ scope: CompileScope) {
    if case .namedExpr(let n, _) = e.kind { bind(n, scope) }
  }
}
