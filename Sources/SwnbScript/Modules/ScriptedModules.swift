/// Standard modules written in MatrixScript itself (`collections`, `functools`): each source
/// defines one factory function whose locals are the module's names, so nothing but the
/// module object reaches the notebook's namespace.
extension Runtime {
  /// Builds module `name` from `source`, which defines `factory` returning a dict of names;
  /// `natives` are the factory's leading arguments (Swift helpers the source closes over).
  func makeScriptedModule(_ name: String, source: String, factory: String, natives: [Value] = []) throws -> PyModule {
    let cell = CellInfo(file: "<\(name)>", firstLine: 1, source: source, executionCount: 0)
    let module = try Parser.parse(source)
    let compiler = Compiler(runtime: self, scope: CompileScope(kind: .module, parent: nil), cell: cell)
    for stmt in try module.body.map({ try compiler.compileStatement($0) }) { _ = try stmt(moduleFrame) }
    guard let make = globals[factory] else {
      throw PyError.make(.moduleNotFoundError, "No module named '\(name)'")
    }
    globals[factory] = nil
    guard case .dict(let names) = try call(make, Arguments(natives)) else {
      throw PyError.make(.moduleNotFoundError, "No module named '\(name)'")
    }
    var attrs: [String: Value] = [:]
    for (key, value) in names.items {
      guard case .str(let s) = key else { continue }
      if case .type(let t) = value { t.module = name }
      attrs[s] = value
    }
    return PyModule(name: name, attributes: attrs)
  }
}
