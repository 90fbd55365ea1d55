/// hex, oct, bin, globals, vars; `__dict__` and the special attributes of classes.
extension Runtime {
  func installIntrospectionBuiltins() {
    for (name, prefix, radix) in [("hex", "0x", 16), ("oct", "0o", 8), ("bin", "0b", 2)] {
      define(name) { [unowned self] a in
        let n = try self.requireInt(try a.exactly(1, name)[0], name)
        let digits = String(n.magnitude, radix: radix)
        return .str((n < 0 ? "-" : "") + prefix + digits)
      }
    }
    define("globals") { [unowned self] a in
      _ = try a.exactly(0, "globals")
      return .dict(try self.namespaceDict(self.globals.names.compactMap { n in self.globals[n].map { (n, $0) } }))
    }
    define("vars") { [unowned self] a in
      try a.noKeywords("vars")
      guard a.positional.count <= 1 else {
        throw PyError.make(.typeError, "vars expected at most 1 argument, got \(a.positional.count)")
      }
      switch a.positional.first {
      case nil:
        return .dict(try self.namespaceDict(self.globals.names.compactMap { n in self.globals[n].map { (n, $0) } }))
      case .object(let o)?: return .dict(try self.instanceDict(o))
      case .module(let m)?:
        return .dict(try self.namespaceDict(m.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
      default:
        throw PyError.make(.typeError, "vars() argument must have __dict__ attribute")
      }
    }
  }

  /// An instance's attributes as a dict: assignment order, then any set natively, sorted.
  func instanceDict(_ o: PyObject) throws -> PyDict {
    var seen: Set<String> = []
    var names = o.attributeOrder.filter { o.attributes[$0] != nil && seen.insert($0).inserted }
    names += o.attributes.keys.filter { !seen.contains($0) }.sorted()
    return try namespaceDict(names.compactMap { n in o.attributes[n].map { (n, $0) } })
  }

  /// `cls.__name__`, `__module__`, `__bases__`, `__mro__`, `__doc__`; nil for other names.
  func typeSpecialAttribute(_ t: PyType, _ name: String) throws -> Value? {
    switch name {
    case "__name__", "__qualname__": return .str(t.name)
    case "__module__": return .str(t.module ?? "builtins")
    case "__bases__": return .tuple(t.bases.map { .type($0) })
    case "__base__": return t.bases.first.map { .type($0) } ?? Value.none
    case "__mro__": return .tuple(t.lineage.map { .type($0) })
    case "__doc__": return Value.none
    default: return nil
    }
  }

  /// A dict of names to values, in the given order.
  private func namespaceDict(_ pairs: [(String, Value)]) throws -> PyDict {
    let d = PyDict()
    for (k, v) in pairs { try d.set(.str(k), v) }
    return d
  }
}
