import Foundation

/// The `operator` module: the operators as functions (`operator.add`, `operator.lt`, ...) and
/// the callable getters `itemgetter`, `attrgetter` and `methodcaller` used as sort keys and
/// with `functools.reduce`.
extension Runtime {
  func makeOperatorModule() -> PyModule {
    var attrs: [String: Value] = [:]
    func add(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    let binaries: [(String, BinaryOperator)] = [
      ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .div), ("floordiv", .floorDiv), ("mod", .mod),
      ("pow", .pow), ("matmul", .matMul), ("lshift", .lShift), ("rshift", .rShift), ("and_", .bitAnd),
      ("or_", .bitOr), ("xor", .bitXor),
    ]
    for (name, op) in binaries {
      add(name) { [unowned self] a in
        let v = try a.exactly(2, name)
        return try self.binary(op, v[0], v[1])
      }
      let inplaceName = "i" + name.replacingOccurrences(of: "_", with: "")
      add(inplaceName) { [unowned self] a in
        let v = try a.exactly(2, inplaceName)
        return try self.inplace(op, v[0], v[1])
      }
    }
    let comparisons: [(String, CompareOperator)] = [
      ("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge), ("is_", .isOp),
      ("is_not", .isNot),
    ]
    for (name, op) in comparisons {
      add(name) { [unowned self] a in
        let v = try a.exactly(2, name)
        return try self.compare(op, v[0], v[1])
      }
    }
    let unaries: [(String, UnaryOperator)] = [("neg", .neg), ("pos", .pos), ("invert", .invert), ("inv", .invert)]
    for (name, op) in unaries {
      add(name) { [unowned self] a in try self.unary(op, try a.exactly(1, name)[0]) }
    }
    add("not_") { [unowned self] a in .bool(!(try self.truthy(try a.exactly(1, "not_")[0]))) }
    add("truth") { [unowned self] a in .bool(try self.truthy(try a.exactly(1, "truth")[0])) }
    add("abs") { [unowned self] a in try self.absolute(try a.exactly(1, "abs")[0]) }
    add("index") { [unowned self] a in
      let v = try a.exactly(1, "index")[0]
      guard let i = self.intValue(v) else {
        throw PyError.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
      }
      return .int(i)
    }
    add("concat") { [unowned self] a in
      let v = try a.exactly(2, "concat")
      try self.requireSequence(v[0])
      return try self.binary(.add, v[0], v[1])
    }
    add("iconcat") { [unowned self] a in
      let v = try a.exactly(2, "iconcat")
      try self.requireSequence(v[0])
      return try self.inplace(.add, v[0], v[1])
    }
    add("contains") { [unowned self] a in
      let v = try a.exactly(2, "contains")
      return .bool(try self.contains(v[0], v[1]))
    }
    add("countOf") { [unowned self] a in
      let v = try a.exactly(2, "countOf")
      var n = 0
      try self.iterate(v[0]) { x in
        if try self.identical(x, v[1]) || self.equals(x, v[1]) { n += 1 }
        return true
      }
      return .int(n)
    }
    add("indexOf") { [unowned self] a in
      let v = try a.exactly(2, "indexOf")
      var i = 0
      var found: Int?
      try self.iterate(v[0]) { x in
        if try self.identical(x, v[1]) || self.equals(x, v[1]) {
          found = i
          return false
        }
        i += 1
        return true
      }
      guard let found else { throw PyError.make(.valueError, "sequence.index(x): x not in sequence") }
      return .int(found)
    }
    add("getitem") { [unowned self] a in
      let v = try a.exactly(2, "getitem")
      return try self.getItem(v[0], v[1])
    }
    add("setitem") { [unowned self] a in
      let v = try a.exactly(3, "setitem")
      try self.setItem(v[0], v[1], v[2])
      return .none
    }
    add("delitem") { [unowned self] a in
      let v = try a.exactly(2, "delitem")
      try self.deleteItem(v[0], v[1])
      return .none
    }
    add("length_hint") { [unowned self] a in
      let v = try a.bind("length_hint", ["obj", "default"], required: 1)
      return .int((try? self.length(v[0] ?? .none)) ?? (v[1].flatMap { self.intValue($0) } ?? 0))
    }
    for getter in OperatorGetter.Kind.allCases {
      attrs[getter.rawValue] = .type(operatorGetterType(getter))
    }
    return PyModule(name: "operator", attributes: attrs)
  }

  private func requireSequence(_ v: Value) throws {
    switch v {
    case .list, .tuple, .str: return
    default: throw PyError.make(.typeError, "'\(typeName(v))' object can't be concatenated")
    }
  }

  /// The class `operator.itemgetter` (or `attrgetter`, `methodcaller`): calling it makes a
  /// getter object, which calling applies.
  private func operatorGetterType(_ kind: OperatorGetter.Kind) -> PyType {
    let t = PyType(name: kind.rawValue, bases: [objectType], module: "operator")
    t.constructor = BuiltinFunction(kind.rawValue) { a in
      let o = PyObject(type: t)
      o.native = try OperatorGetter(kind, a)
      return .object(o)
    }
    t.attributes["__call__"] = .builtin(BuiltinFunction("__call__", isMethod: true) { [unowned self] a in
      guard case .object(let o)? = a.positional.first, let g = o.native as? OperatorGetter else {
        throw PyError.make(.typeError, "descriptor '__call__' requires a '\(kind.rawValue)' object")
      }
      var rest = a
      rest.positional.removeFirst()
      return try g.apply(rest, self)
    })
    t.attributes["__repr__"] = .builtin(BuiltinFunction("__repr__", isMethod: true) { [unowned self] a in
      guard case .object(let o)? = a.positional.first, let g = o.native as? OperatorGetter else { return .str("") }
      return .str(try g.repr(self))
    })
    return t
  }
}

/// The state of an `itemgetter`, `attrgetter` or `methodcaller` object.
final class OperatorGetter {
  enum Kind: String, CaseIterable {
    case itemgetter, attrgetter, methodcaller
  }
  let kind: Kind
  let items: [Value]
  let arguments: Arguments

  init(_ kind: Kind, _ a: Arguments) throws {
    self.kind = kind
    switch kind {
    case .itemgetter, .attrgetter:
      try a.noKeywords(kind.rawValue)
      guard !a.positional.isEmpty else {
        throw PyError.make(.typeError, "\(kind.rawValue) expected 1 argument, got 0")
      }
      if kind == .attrgetter {
        for v in a.positional {
          guard case .str = v else { throw PyError.make(.typeError, "attribute name must be a string") }
        }
      }
      items = a.positional
      arguments = Arguments([])
    case .methodcaller:
      guard case .str? = a.positional.first else {
        throw PyError.make(.typeError, a.positional.isEmpty ? "methodcaller needs at least one argument, the method name" : "method name must be a string")
      }
      items = [a.positional[0]]
      arguments = Arguments(Array(a.positional.dropFirst()), a.keywords)
    }
  }

  func apply(_ a: Arguments, _ rt: Runtime) throws -> Value {
    let target = try a.exactly(1, kind.rawValue)[0]
    switch kind {
    case .itemgetter:
      if items.count == 1 { return try rt.getItem(target, items[0]) }
      return .tuple(try items.map { try rt.getItem(target, $0) })
    case .attrgetter:
      func resolve(_ name: Value) throws -> Value {
        guard case .str(let path) = name else { return .none }
        var v = target
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
          v = try rt.getAttribute(v, String(part))
        }
        return v
      }
      if items.count == 1 { return try resolve(items[0]) }
      return .tuple(try items.map(resolve))
    case .methodcaller:
      guard case .str(let name) = items[0] else { return .none }
      return try rt.callMethod(target, name, arguments)
    }
  }

  func repr(_ rt: Runtime) throws -> String {
    var parts = try items.map { try rt.repr($0) }
    if kind == .methodcaller {
      parts += try arguments.positional.map { try rt.repr($0) }
      parts += try arguments.keywords.map { "\($0.name)=\(try rt.repr($0.value))" }
    }
    return "operator.\(kind.rawValue)(\(parts.joined(separator: ", ")))"
  }
}
