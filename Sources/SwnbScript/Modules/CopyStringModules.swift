/// The `copy` module (shallow and deep copies) and the `string` module's constants.
extension Runtime {
  func makeStringModule() -> PyModule {
    let lower = "abcdefghijklmnopqrstuvwxyz"
    let upper = lower.uppercased()
    let digits = "0123456789"
    let punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    let whitespace = " \t\n\r\u{0B}\u{0C}"
    let constants = [
      "ascii_lowercase": lower, "ascii_uppercase": upper, "ascii_letters": lower + upper, "digits": digits,
      "hexdigits": digits + "abcdefABCDEF", "octdigits": "01234567", "punctuation": punctuation,
      "whitespace": whitespace, "printable": digits + lower + upper + punctuation + whitespace,
    ]
    return PyModule(name: "string", attributes: constants.mapValues { .str($0) })
  }

  func makeCopyModule() -> PyModule {
    PyModule(name: "copy", attributes: [
      "copy": .builtin(BuiltinFunction("copy") { [unowned self] a in try self.copyValue(try a.exactly(1, "copy")[0]) }),
      "deepcopy": .builtin(BuiltinFunction("deepcopy") { [unowned self] a in
        var memo: [ObjectIdentifier: Value] = [:]
        return try self.deepCopy(try a.exactly(1, "deepcopy")[0], &memo)
      }),
    ])
  }

  /// `copy.copy`: a new container (or instance) holding the same items.
  private func copyValue(_ v: Value) throws -> Value {
    switch v {
    case .list(let l): return .list(PyList(l.items))
    case .dict(let d): return .dict(d.copy())
    case .set(let s) where !s.frozen: return try makeSet(s.items)
    case .array: return try callMethod(v, "copy", Arguments([]))
    case .object(let o) where o.type.module == "__main__":
      let c = PyObject(type: o.type)
      c.attributes = o.attributes
      c.attributeOrder = o.attributeOrder
      return .object(c)
    default: return v
    }
  }

  /// `copy.deepcopy`: copies containers and instances recursively; shared parts stay shared.
  private func deepCopy(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) throws -> Value {
    try checkDeadline()
    switch v {
    case .list(let l):
      if let done = memo[ObjectIdentifier(l)] { return done }
      let c = PyList([])
      memo[ObjectIdentifier(l)] = .list(c)
      c.items = try l.items.map { try deepCopy($0, &memo) }
      return .list(c)
    case .dict(let d):
      if let done = memo[ObjectIdentifier(d)] { return done }
      let c = PyDict()
      memo[ObjectIdentifier(d)] = .dict(c)
      for (k, x) in d.items { try c.set(try deepCopy(k, &memo), try deepCopy(x, &memo)) }
      return .dict(c)
    case .set(let s) where !s.frozen: return try makeSet(try s.items.map { try deepCopy($0, &memo) })
    case .tuple(let items): return .tuple(try items.map { try deepCopy($0, &memo) })
    case .array: return try callMethod(v, "copy", Arguments([]))
    case .object(let o) where o.type.module == "__main__":
      if let done = memo[ObjectIdentifier(o)] { return done }
      let c = PyObject(type: o.type)
      memo[ObjectIdentifier(o)] = .object(c)
      for (k, x) in o.attributes { c.attributes[k] = try deepCopy(x, &memo) }
      c.attributeOrder = o.attributeOrder
      return .object(c)
    default: return v
    }
  }
}
