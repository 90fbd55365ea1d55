/// The `dataclasses` module: `@dataclass` writes `__init__`, `__repr__`, `__eq__` (and the
/// ordering methods with `order=True`) from the class's annotated fields, as CPython does.
extension Compiler {
  /// `name: annotation` in a class body: the name joins the class's `__annotations__` (the
  /// annotation itself is not evaluated, so `list[int]` or typing names need no support).
  static func recordAnnotation(_ name: String, in frame: Frame) throws {
    guard let namespace = frame.classNamespace else { return }
    let annotations: PyDict
    if case .dict(let d)? = try namespace.get(.str("__annotations__")) {
      annotations = d
    } else {
      annotations = PyDict()
      try namespace.set(.str("__annotations__"), .dict(annotations))
    }
    try annotations.set(.str(name), .none)
  }
}

extension Runtime {
  /// One field of a dataclass.
  private struct DataclassField {
    let name: String
    var defaultValue: Value?
    var factory: Value?
    var inRepr = true
    var compared = true
    var inInit = true
  }

  func makeDataclassesModule() -> PyModule {
    let fieldType = PyType(name: "Field", bases: [objectType], module: "dataclasses")
    let field = BuiltinFunction("field") { a in
      let v = try a.bind("field", ["default", "default_factory", "init", "repr", "compare"])
      let o = PyObject(type: fieldType)
      for (name, value) in zip(["default", "default_factory", "init", "repr", "compare"], v) {
        if let value { o.attributes[name] = value }
      }
      return .object(o)
    }
    let dataclass = BuiltinFunction("dataclass") { [unowned self] a in
      let options = try a.bind("dataclass", ["cls", "init", "repr", "eq", "order", "frozen"])
      let flags = try options.dropFirst().map { try $0.map { try self.truthy($0) } }
      let apply = BuiltinFunction("dataclass") { [unowned self] b in
        guard case .type(let t) = try b.exactly(1, "dataclass")[0] else {
          throw PyError.make(.typeError, "dataclass() should be called on a class")
        }
        try self.makeDataclass(
          t, fieldType: fieldType, initMethod: flags[0] ?? true, reprMethod: flags[1] ?? true, eq: flags[2] ?? true,
          order: flags[3] ?? false, frozen: flags[4] ?? false)
        return .type(t)
      }
      if let cls = options[0] { return try self.call(.builtin(apply), Arguments([cls])) }
      return .builtin(apply)
    }
    let fields = BuiltinFunction("fields") { [unowned self] a in
      let v = try a.exactly(1, "fields")[0]
      let t: PyType
      switch v {
      case .type(let c): t = c
      case .object(let o): t = o.type
      default: throw PyError.make(.typeError, "must be called with a dataclass type or instance")
      }
      return .tuple(try self.dataclassFields(t).map { f in
        let o = PyObject(type: fieldType)
        o.attributes["name"] = .str(f.name)
        return .object(o)
      })
    }
    let asdict = BuiltinFunction("asdict") { [unowned self] a in try self.dataclassAsDict(try a.exactly(1, "asdict")[0]) }
    let astuple = BuiltinFunction("astuple") { [unowned self] a in
      try self.dataclassAsDict(try a.exactly(1, "astuple")[0], asTuple: true)
    }
    let replace = BuiltinFunction("replace") { [unowned self] a in try self.dataclassReplace(a) }
    return PyModule(name: "dataclasses", attributes: [
      "dataclass": .builtin(dataclass), "field": .builtin(field), "fields": .builtin(fields),
      "asdict": .builtin(asdict), "astuple": .builtin(astuple), "replace": .builtin(replace), "Field": .type(fieldType),
    ])
  }

  private func mutableDefault(_ type: String, _ field: String) -> PyError {
    PyError.make(.valueError, "mutable default <class '\(type)'> for field \(field) is not allowed: use default_factory")
  }

  /// The fields of a dataclass: its bases' first, then its own annotations in order.
  private func dataclassFields(_ t: PyType) throws -> [DataclassField] {
    guard case .tuple(let names)? = t.attributes["__dataclass_fields__"] else {
      throw PyError.make(.typeError, "must be called with a dataclass type or instance")
    }
    return names.compactMap { v in
      guard case .str(let n) = v else { return nil }
      return DataclassField(name: n)
    }
  }

  private func makeDataclass(
    _ t: PyType, fieldType: PyType, initMethod: Bool, reprMethod: Bool, eq: Bool, order: Bool, frozen: Bool
  ) throws {
    var fields: [DataclassField] = []
    for base in t.lineage.dropFirst().reversed() {
      if case .tuple(let names)? = base.attributes["__dataclass_fields__"] {
        for case .str(let n) in names where !fields.contains(where: { $0.name == n }) {
          fields.append(DataclassField(name: n, defaultValue: base.lookup(n)))
        }
      }
    }
    if case .dict(let annotations)? = t.attributes["__annotations__"] {
      for case .str(let name) in annotations.keys {
        var f = DataclassField(name: name)
        if let value = t.attributes[name] {
          if case .object(let o) = value, o.type === fieldType {
            f.defaultValue = o.attributes["default"]
            f.factory = o.attributes["default_factory"]
            f.inInit = try o.attributes["init"].map { try truthy($0) } ?? true
            f.inRepr = try o.attributes["repr"].map { try truthy($0) } ?? true
            f.compared = try o.attributes["compare"].map { try truthy($0) } ?? true
            t.attributes[name] = f.defaultValue
          } else {
            if case .list = value { throw mutableDefault("list", name) }
            if case .dict = value { throw mutableDefault("dict", name) }
            if case .set = value { throw mutableDefault("set", name) }
            f.defaultValue = value
          }
        }
        if let i = fields.firstIndex(where: { $0.name == name }) { fields[i] = f } else { fields.append(f) }
      }
    }
    t.attributes["__dataclass_fields__"] = .tuple(fields.map { .str($0.name) })
    if t.attributes["__match_args__"] == nil { t.attributes["__match_args__"] = .tuple(fields.filter(\.inInit).map { .str($0.name) }) }
    if initMethod { t.attributes["__init__"] = .function(try dataclassInit(t, fields)) }
    if reprMethod {
      t.attributes["__repr__"] = .builtin(BuiltinFunction("__repr__", isMethod: true) { [unowned self] a in
        let me = try a.exactly(1, "__repr__")[0]
        let parts = try fields.filter(\.inRepr).map { f in "\(f.name)=\(try self.repr(try self.getAttribute(me, f.name)))" }
        return .str("\(t.name)(\(parts.joined(separator: ", ")))")
      })
    }
    let compared = fields.filter(\.compared).map(\.name)
    let key: (Value) throws -> Value = { [unowned self] v in .tuple(try compared.map { try self.getAttribute(v, $0) }) }
    if eq && frozen && t.attributes["__hash__"] == nil {
      // A frozen dataclass hashes the tuple of its compared fields, as CPython generates.
      t.attributes["__hash__"] = .builtin(BuiltinFunction("__hash__", isMethod: true) { [unowned self] a in
        .int(try self.pythonHash(try key(try a.exactly(1, "__hash__")[0])))
      })
    }
    var comparisons: [(String, CompareOperator)] = []
    if eq { comparisons.append(("__eq__", .eq)) }
    if order { comparisons += [("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] }
    for (method, op) in comparisons {
      t.attributes[method] = .builtin(BuiltinFunction(method, isMethod: true) { [unowned self] a in
        let v = try a.exactly(2, method)
        guard case .object(let x) = v[0], case .object(let y) = v[1], x.type === y.type else {
          return self.builtins["NotImplemented"] ?? .none
        }
        return try self.compare(op, try key(v[0]), try key(v[1]))
      })
    }
  }

  /// The generated `__init__(self, field, field=default, ...)`: a real signature, so missing
  /// or extra arguments raise CPython's messages.
  private func dataclassInit(_ t: PyType, _ fields: [DataclassField]) throws -> PyFunction {
    let params = fields.filter(\.inInit)
    var seenDefault = false
    let nowhere = SourceLocation(line: 0, column: 0)
    var parameters = Parameters()
    parameters.positional.append(Parameters.Param(name: "self", defaultValue: nil))
    var defaults: [Value] = []
    let factoryMarker = Value.builtin(BuiltinFunction("_HAS_DEFAULT_FACTORY") { _ in .none })
    for f in params {
      let hasDefault = f.defaultValue != nil || f.factory != nil
      if !hasDefault && seenDefault {
        throw PyError.make(.typeError, "non-default argument '\(f.name)' follows default argument")
      }
      seenDefault = seenDefault || hasDefault
      parameters.positional.append(
        Parameters.Param(name: f.name, defaultValue: hasDefault ? Expr(kind: .none, start: nowhere, end: nowhere) : nil))
      if hasDefault { defaults.append(f.factory != nil ? factoryMarker : f.defaultValue ?? .none) }
    }
    let body: Eval = { [unowned self] frame in
      guard let me = frame.slots[0] else { return .none }
      for (i, f) in params.enumerated() {
        var value = frame.slots[i + 1] ?? .none
        if let factory = f.factory, self.identical(value, factoryMarker) { value = try self.call(factory, Arguments([])) }
        try self.setAttribute(me, f.name, value)
      }
      for f in fields where !f.inInit {
        if let factory = f.factory {
          try self.setAttribute(me, f.name, try self.call(factory, Arguments([])))
        } else if let d = f.defaultValue {
          try self.setAttribute(me, f.name, d)
        }
      }
      if t.lookup("__post_init__") != nil { _ = try self.callMethod(me, "__post_init__", Arguments([])) }
      return .none
    }
    let code = FunctionCode(
      name: "__init__", parameters: parameters, slotCount: params.count + 1, cell: nil, body: body)
    code.qualifiedName = "\(t.name).__init__"
    return PyFunction(code: code, defaults: defaults, keywordDefaults: [:], closure: moduleFrame)
  }

  /// `dataclasses.asdict`: dataclass instances become dicts, recursively through containers.
  /// `asdict` (`asTuple` false) or `astuple`: the fields' values, recursively through
  /// dataclasses, lists, tuples and dicts.
  private func dataclassAsDict(_ v: Value, asTuple: Bool = false) throws -> Value {
    switch v {
    case .object(let o) where o.type.lookup("__dataclass_fields__") != nil:
      let fields = try dataclassFields(o.type)
      let values = try fields.map { try dataclassAsDict(try getAttribute(v, $0.name), asTuple: asTuple) }
      if asTuple { return .tuple(values) }
      let d = PyDict()
      for (f, value) in zip(fields, values) { try d.set(.str(f.name), value) }
      return .dict(d)
    case .list(let l): return .list(PyList(try l.items.map { try dataclassAsDict($0, asTuple: asTuple) }))
    case .tuple(let items): return .tuple(try items.map { try dataclassAsDict($0, asTuple: asTuple) })
    case .dict(let d):
      let out = PyDict()
      for (k, x) in d.items { try out.set(try dataclassAsDict(k, asTuple: asTuple), try dataclassAsDict(x, asTuple: asTuple)) }
      return .dict(out)
    default: return v
    }
  }

  /// `dataclasses.replace(obj, **changes)`: a new instance from obj's init fields and changes.
  private func dataclassReplace(_ a: Arguments) throws -> Value {
    guard a.positional.count == 1, case .object(let o) = a.positional[0],
      o.type.lookup("__dataclass_fields__") != nil
    else { throw PyError.make(.typeError, "replace() should be called on dataclass instances") }
    var keywords = a.keywords
    for f in try dataclassFields(o.type) where !keywords.contains(where: { $0.name == f.name }) {
      keywords.append((f.name, try getAttribute(.object(o), f.name)))
    }
    return try call(.type(o.type), Arguments([], keywords))
  }
}
