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
    define("dir") { [unowned self] a in
      try a.noKeywords("dir")
      guard a.positional.count <= 1 else {
        throw PyError.make(.typeError, "dir expected at most 1 argument, got \(a.positional.count)")
      }
      return .list(PyList(self.directory(a.positional.first).map { .str($0) }))
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

  /// The special names every object has (`dir(object())` in CPython 3.11).
  static let objectDunders: [String] = [
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__",
    "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
  ]

  /// `dir(v)`: sorted attribute names. Complete for modules, script classes and their
  /// instances; for built-in values, the object specials and the public methods.
  func directory(_ v: Value?) -> [String] {
    var names: Set<String> = []
    switch v {
    case nil: names = Set(globals.names.filter { globals[$0] != nil })
    case .module(let m)?:
      names = Set(m.attributes.keys).union(["__doc__", "__loader__", "__name__", "__package__", "__spec__"])
    case .object(let o)?:
      names = classDirectory(o.type).union(o.attributes.keys)
    case .type(let t)?:
      names = classDirectory(t)
    case let value?:
      names = Set(Runtime.objectDunders)
      switch value {
      case .list: names.formUnion(Runtime.listMethods)
      case .dict: names.formUnion(Runtime.dictMethods)
      case .set: names.formUnion(Runtime.setMethods)
      case .tuple: names.formUnion(Runtime.tupleMethods)
      case .str: names.formUnion(Runtime.stringMethods)
      case .int, .float, .bool: names.formUnion(Runtime.numberMethods)
      default: break
      }
    }
    return names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  /// The names `dir` shows for a class: its own and inherited attributes and the specials.
  private func classDirectory(_ t: PyType) -> Set<String> {
    var names = Set(Runtime.objectDunders)
    for c in t.lineage {
      names.formUnion(c.attributes.keys)
      if c.module != nil { names.formUnion(["__dict__", "__module__", "__weakref__"]) }
    }
    if t.isSubtype(of: baseExceptionType) {
      names.formUnion([
        "__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__", "__traceback__", "add_note",
        "args", "with_traceback",
      ])
    }
    return names
  }

  /// An instance's attributes as a dict: assignment order, then any set natively, sorted.
  func instanceDict(_ o: PyObject) throws -> PyDict {
    var seen: Set<String> = []
    var names = o.attributeOrder.filter { o.attributes[$0] != nil && seen.insert($0).inserted }
    names += o.attributes.keys.filter { !seen.contains($0) && !Runtime.chainAttributes.contains($0) }.sorted()
    // An exception's args live in a slot, not in its __dict__.
    if o.type.isSubtype(of: baseExceptionType) { names.removeAll { $0 == "args" && !o.attributeOrder.contains("args") } }
    return try namespaceDict(names.compactMap { n in o.attributes[n].map { (n, $0) } })
  }

  /// `cls.__name__`, `__module__`, `__bases__`, `__mro__`, `__doc__`; nil for other names.
  func typeSpecialAttribute(_ t: PyType, _ name: String) throws -> Value? {
    switch name {
    case "__name__", "__qualname__": return .str(t.name)
    case "__module__": return .str(t.module ?? "builtins")
    case "__bases__": return .tuple(t.bases.map { .type($0) })
    case "__base__": return t.bases.first.map { .type($0) } ?? Value.none
    case "__mro__":
      // Exception classes are rooted at BaseException here; every class ends at object.
      let lineage = t.lineage.last === objectType ? t.lineage : t.lineage + [objectType]
      return .tuple(lineage.map { .type($0) })
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
