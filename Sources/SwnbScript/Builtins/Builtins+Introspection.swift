/// hex, oct, bin, globals, vars.
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
      case .object(let o)?:
        // Attributes are unordered here; CPython shows assignment order, we show sorted names.
        return .dict(try self.namespaceDict(o.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
      case .module(let m)?:
        return .dict(try self.namespaceDict(m.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
      default:
        throw PyError.make(.typeError, "vars() argument must have __dict__ attribute")
      }
    }
  }

  /// A dict of names to values, in the given order.
  private func namespaceDict(_ pairs: [(String, Value)]) throws -> PyDict {
    let d = PyDict()
    for (k, v) in pairs { try d.set(.str(k), v) }
    return d
  }
}
