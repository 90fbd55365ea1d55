/// Attribute get/set/delete.
extension Runtime {
  func getAttribute(_ v: Value, _ name: String) throws -> Value {
    switch v {
    case .object(let o):
      if o.type === superType { return try superAttribute(o, name) }
      if let a = o.attributes[name] { return a }
      if let f = o.type.lookup(name) {
        if let d = try descriptor(f, instance: v, owner: o.type) { return d }
        if case .function(let fn) = f { return .boundMethod(BoundMethod(receiver: v, function: fn, name: name)) }
        if case .builtin(let b) = f, b.isMethod {
          return .builtin(BuiltinFunction(name) { args in
            var a = args
            a.positional.insert(v, at: 0)
            return try b.body(&a)
          })
        }
        return f
      }
      if name == "__class__" { return .type(o.type) }
      if name == "__dict__" { return .dict(try instanceDict(o)) }
      if o.type.isSubtype(of: baseExceptionType) {
        if name == "args" { return .tuple([]) }
        if let chained = chainAttributeDefault(name) { return chained }
      }
      if let hook = o.type.lookup("__getattr__") { return try callBound(hook, v, Arguments([.str(name)])) }
    case .type(let t):
      if let a = t.lookup(name) { return try descriptor(a, instance: nil, owner: t) ?? a }
      if let special = try typeSpecialAttribute(t, name) { return special }
      if let ctor = t.constructor, let staticMethod = try typeAttribute(t, ctor, name) { return staticMethod }
      throw PyError.make(.attributeError, "type object '\(t.name)' has no attribute '\(name)'")
    case .module(let m):
      if let a = m.attributes[name] { return a }
      if name == "__name__" { return .str(m.name) }
      throw PyError.make(.attributeError, "module '\(m.name)' has no attribute '\(name)'")
    case .function(let f):
      if let a = f.attributes[name] { return a }
      if name == "__name__" { return .str(f.name) }
      if name == "__qualname__" { return .str(f.code.qualifiedName) }
      if name == "__doc__" { return f.code.doc.map { .str($0) } ?? .none }
    case .builtin(let b):
      if name == "__name__" { return .str(b.name) }
      if let method = ufuncMethod(b, name) { return method }
    default:
      if let a = try builtinAttribute(v, name) { return a }
      if hasBuiltinMethod(v, name) {
        return .boundMethod(BoundMethod(receiver: v, function: nil, name: name))
      }
    }
    throw PyError.make(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
  }

  /// staticmethod / classmethod / property objects found on a class: their bound form.
  func descriptor(_ f: Value, instance: Value?, owner: PyType) throws -> Value? {
    guard case .object(let d) = f, let kind = DescriptorKind(rawValue: d.type.name), d.type.module == nil,
      let function = d.attributes["__func__"]
    else { return nil }
    switch kind {
    case .staticmethod: return function
    case .classmethod:
      guard case .function(let fn) = function else { return function }
      return .boundMethod(BoundMethod(receiver: .type(owner), function: fn, name: fn.name))
    case .property:
      guard let instance else { return f }
      return try call(function, Arguments([instance]))
    }
  }

  enum DescriptorKind: String, CaseIterable { case staticmethod, classmethod, property }

  func installDescriptorTypes() {
    for kind in DescriptorKind.allCases {
      let t = PyType(name: kind.rawValue, bases: [objectType])
      t.constructor = BuiltinFunction(kind.rawValue) { a in
        let o = PyObject(type: t)
        if kind == .property {
          let v = try a.bind("property", ["fget", "fset", "fdel", "doc"])
          o.attributes["__func__"] = v[0] ?? Value.none
          o.attributes["fset"] = v[1] ?? Value.none
        } else {
          o.attributes["__func__"] = try a.exactly(1, kind.rawValue)[0]
        }
        return .object(o)
      }
      types[kind.rawValue] = t
      builtins[kind.rawValue] = .type(t)
    }
    installPropertyMethods()
  }

  /// `@prop.setter` / `@prop.getter`: a copy of the property with one accessor replaced.
  private func installPropertyMethods() {
    guard let t = types[DescriptorKind.property.rawValue] else { return }
    for (method, slot) in [("getter", "__func__"), ("setter", "fset")] {
      t.attributes[method] = .builtin(BuiltinFunction(method, isMethod: true) { a in
        let v = try a.exactly(2, method)
        guard case .object(let old) = v[0] else { return .none }
        let o = PyObject(type: t)
        o.attributes = old.attributes
        o.attributes[slot] = v[1]
        return .object(o)
      })
    }
  }

  /// Assigning to a property calls its setter; nil when `name` is no property of `o`'s class.
  private func setProperty(_ o: PyObject, _ name: String, _ value: Value) throws -> Bool {
    guard let p = o.type.lookup(name), case .object(let d) = p, d.type.name == DescriptorKind.property.rawValue,
      d.type.module == nil
    else { return false }
    guard let setter = d.attributes["fset"], setter.isNotNone else {
      throw PyError.make(.attributeError, "property '\(name)' of '\(o.type.name)' object has no setter")
    }
    _ = try call(setter, Arguments([.object(o), value]))
    return true
  }

  /// `super()` inside a method: the class that defined it and the first argument.
  func makeSuper(_ frame: Frame) throws -> Value {
    guard let fn = frame.function, let owner = fn.code.ownerClass, frame.slotCount > 0, let me = frame.slots[0] else {
      throw PyError.make(.runtimeError, "super(): no arguments")
    }
    let o = PyObject(type: superType)
    o.attributes["__thisclass__"] = .type(owner)
    o.attributes["__self__"] = me
    return .object(o)
  }

  var superType: PyType {
    if let t = types["super"] { return t }
    let t = PyType(name: "super", bases: [objectType])
    types["super"] = t
    return t
  }

  private func superAttribute(_ o: PyObject, _ name: String) throws -> Value {
    guard case .type(let owner)? = o.attributes["__thisclass__"], let me = o.attributes["__self__"] else {
      throw PyError.make(.runtimeError, "super(): broken proxy")
    }
    let lineage = typeOf(me).lineage
    let start = (lineage.firstIndex { $0 === owner } ?? lineage.count - 1) + 1
    for t in lineage[start...] {
      guard let v = t.attributes[name] else { continue }
      switch v {
      case .function(let fn): return .boundMethod(BoundMethod(receiver: me, function: fn, name: name))
      case .builtin(let b) where b.isMethod:
        return .builtin(BuiltinFunction(name) { args in
          var a = args
          a.positional.insert(me, at: 0)
          return try b.body(&a)
        })
      default: return v
      }
    }
    if name == "__init__" { return .builtin(BuiltinFunction("__init__") { _ in .none }) }
    throw PyError.make(.attributeError, "'super' object has no attribute '\(name)'")
  }

  /// Class-level attributes of built-in types, e.g. `dict.fromkeys`, `str.join`.
  private func typeAttribute(_ t: PyType, _ ctor: BuiltinFunction, _ name: String) throws -> Value? {
    guard let prototype = prototypeValue(t.name), hasBuiltinMethod(prototype, name) else { return nil }
    return .builtin(BuiltinFunction("\(t.name).\(name)") { [unowned self] args in
      if name == "fromkeys" { return try self.builtinMethod(.dict(PyDict()), name, &args) }
      guard !args.positional.isEmpty else {
        throw PyError.make(.typeError, "unbound method \(t.name).\(name)() needs an argument")
      }
      let receiver = args.positional.removeFirst()
      return try self.builtinMethod(receiver, name, &args)
    })
  }

  private func prototypeValue(_ typeName: String) -> Value? {
    switch typeName {
    case "str": return .str("")
    case "list": return .list(PyList([]))
    case "dict": return .dict(PyDict())
    case "int": return .int(0)
    case "float": return .float(0)
    default: return nil
    }
  }

  func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
    switch v {
    case .object(let o):
      if Runtime.chainAttributes.contains(name), o.type.isSubtype(of: baseExceptionType) {
        return try setChainAttribute(o, name, value)
      }
      if try !setProperty(o, name, value), o.attributes.updateValue(value, forKey: name) == nil {
        o.attributeOrder.append(name)
      }
    case .type(let t): t.attributes[name] = value
    case .module(let m): m.attributes[name] = value
    case .function(let f): f.attributes[name] = value
    default:
      if try setExtensionAttribute(v, name, value) { return }
      throw PyError.make(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
    }
  }

  func deleteAttribute(_ v: Value, _ name: String) throws {
    if case .object(let o) = v, o.attributes.removeValue(forKey: name) != nil { return }
    if case .array = v, name == "shape" { throw PyError.make(.attributeError, "Cannot delete array shape") }
    throw PyError.make(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
  }
}
