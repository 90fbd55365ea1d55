import SwnbPrinting
import Foundation

/// The built-in classes (`int`, `float`, `str`, `list`, ...) and their constructors.
extension Runtime {
  func installBuiltinTypes() {
    let object = PyType(name: "object", bases: [])
    types["object"] = object
    builtins["object"] = .type(object)
    func add(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      let t = PyType(name: name, bases: [object])
      t.constructor = BuiltinFunction(name, body)
      types[name] = t
      builtins[name] = .type(t)
    }
    object.constructor = BuiltinFunction("object") { _ in .object(PyObject(type: object)) }
    add("int") { [unowned self] a in try self.makeInt(a) }
    add("float") { [unowned self] a in try self.makeFloat(a) }
    add("complex") { [unowned self] a in try self.makeComplex(a) }
    add("str") { [unowned self] a in
      let v = try a.bind("str", ["object"])
      return .str(try v[0].map { try self.str($0) } ?? "")
    }
    types["str"]?.attributes["maketrans"] = .builtin(BuiltinFunction("maketrans") { [unowned self] a in
      try self.makeTranslation(a)
    })
    add("bool") { [unowned self] a in .bool(try self.truthy(try a.bind("bool", ["x"])[0] ?? .bool(false))) }
    add("list") { [unowned self] a in
      let v = try a.bind("list", ["iterable"])
      return .list(PyList(try v[0].map { try self.collect($0) } ?? []))
    }
    add("tuple") { [unowned self] a in
      let v = try a.bind("tuple", ["iterable"])
      return .tuple(try v[0].map { try self.collect($0) } ?? [])
    }
    add("set") { [unowned self] a in
      let v = try a.bind("set", ["iterable"])
      return try self.makeSet(try v[0].map { try self.collect($0) } ?? [])
    }
    add("frozenset") { [unowned self] a in
      let v = try a.bind("frozenset", ["iterable"])
      return try self.makeSet(try v[0].map { try self.collect($0) } ?? [], frozen: true)
    }
    add("dict") { [unowned self] a in try self.makeDict(a) }
    add("range") { [unowned self] a in try self.makeRange(a) }
    add("slice") { a in
      try a.noKeywords("slice")
      let p = a.positional
      switch p.count {
      case 1: return .slice(.none, p[0], .none)
      case 2: return .slice(p[0], p[1], .none)
      case 3: return .slice(p[0], p[1], p[2])
      default: throw PyError.make(.typeError, "slice expected at least 1 argument, got \(p.count)")
      }
    }
    add("type") { [unowned self] a in
      if a.positional.count == 3 { return try self.makeClass(a.positional) }
      guard a.positional.count == 1, a.keywords.isEmpty else {
        throw PyError.make(.typeError, "type() takes 1 or 3 arguments")
      }
      return .type(self.typeOf(a.positional[0]))
    }
    for kind in ExceptionKind.allCases {
      if let t = exceptionTypes[kind], kind.base == nil { _ = t }
    }
  }

  /// `type(name, bases, namespace)`: a class built at run time, as a `class` statement would.
  private func makeClass(_ v: [Value]) throws -> Value {
    guard case .str(let name) = v[0] else {
      throw PyError.make(.typeError, "type.__new__() argument 1 must be str, not \(typeName(v[0]))")
    }
    guard case .tuple(let baseValues) = v[1] else {
      throw PyError.make(.typeError, "type.__new__() argument 2 must be tuple, not \(typeName(v[1]))")
    }
    guard case .dict(let namespace) = v[2] else {
      throw PyError.make(.typeError, "type.__new__() argument 3 must be dict, not \(typeName(v[2]))")
    }
    var bases: [PyType] = []
    for b in baseValues {
      guard case .type(let t) = b else { throw PyError.make(.typeError, "bases must be types") }
      bases.append(t)
    }
    var attributes: [String: Value] = [:]
    for (k, x) in namespace.items { if case .str(let s) = k { attributes[s] = x } }
    let t = PyType(name: name, bases: bases.isEmpty ? [objectType] : bases, attributes: attributes, module: "__main__")
    t.runtime = self
    return .type(t)
  }

  private func makeInt(_ a: Arguments) throws -> Value {
    let v = try a.bind("int", ["x", "base"])
    guard let x = v[0] else { return .int(0) }
    if let b = v[1] {
      guard case .str(let s) = x else {
        throw PyError.make(.typeError, "int() can't convert non-string with explicit base")
      }
      return .int(try parseInt(s, base: try requireInt(b, "int")))
    }
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .int(try Numbers.toInt(d))
    case .str(let s): return .int(try parseInt(s, base: 10))
    default:
      try checkZeroDimensional(x)
      if let i = try indexValue(x) { return .int(i) }
      if let d = extensionFloat(x) { return .int(try Numbers.toInt(d)) }
      if case .object(let o) = x, let f = o.type.lookup("__int__") {
        let r = try callBound(f, x, Arguments([]))
        guard case .int = r else { throw PyError.make(.typeError, "__int__ returned non-int (type \(typeName(r)))") }
        return r
      }
      if let i = try userIndex(x) { return .int(i) }
      throw PyError.make(
        .typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }
  }

  func parseInt(_ text: String, base: Int) throws -> Int {
    guard base == 0 || (2...36).contains(base) else {
      throw PyError.make(.valueError, "int() base must be >= 2 and <= 36, or 0")
    }
    var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
    let invalid = PyError.make(.valueError, "invalid literal for int() with base \(base): \(PythonString.repr(text))")
    var negative = false
    if s.hasPrefix("-") || s.hasPrefix("+") {
      negative = s.hasPrefix("-")
      s.removeFirst()
    }
    var radix = base
    let lower = s.lowercased()
    for (prefix, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (base == r || base == 0) {
      s.removeFirst(2)
      radix = r
    }
    if radix == 0 { radix = 10 }
    if s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw invalid }
    s = s.replacingOccurrences(of: "_", with: "")
    guard !s.isEmpty, (2...36).contains(radix) else { throw invalid }
    guard let magnitude = UInt(s, radix: radix) else {
      if s.allSatisfy({ $0.isHexDigit }) && s.allSatisfy({ Int(String($0), radix: radix) != nil }) { throw Numbers.tooLarge }
      throw invalid
    }
    if negative {
      guard magnitude <= UInt(Int.max) + 1 else { throw Numbers.tooLarge }
      return magnitude == UInt(Int.max) + 1 ? Int.min : -Int(magnitude)
    }
    guard magnitude <= UInt(Int.max) else { throw Numbers.tooLarge }
    return Int(magnitude)
  }

  private func makeFloat(_ a: Arguments) throws -> Value {
    let v = try a.bind("float", ["x"])
    guard let x = v[0] else { return .float(0) }
    if let d = floatValue(x) { return .float(d) }
    try checkZeroDimensional(x)
    if let d = extensionFloat(x) { return .float(d) }
    if case .str(let s) = x {
      let t = s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: "_", with: "")
      switch t {
      case "nan", "+nan", "-nan": return .float(.nan)
      case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
      case "-inf", "-infinity": return .float(-.infinity)
      default:
        if let d = Double(t), !t.contains("x"), !t.isEmpty { return .float(d) }
        throw PyError.make(.valueError, "could not convert string to float: \(PythonString.repr(s))")
      }
    }
    if case .object(let o) = x, let f = o.type.lookup("__float__") {
      let r = try callBound(f, x, Arguments([]))
      guard case .float = r else {
        throw PyError.make(.typeError, "\(o.type.name).__float__ returned non-float (type \(typeName(r)))")
      }
      return r
    }
    throw PyError.make(.typeError, "float() argument must be a string or a real number, not '\(typeName(x))'")
  }

  private func makeDict(_ a: Arguments) throws -> Value {
    let d = PyDict()
    if let source = a.positional.first {
      if case .dict(let other) = source {
        for (k, v) in other.items { try d.set(k, v) }
      } else if case .object(let o) = source, o.type.lookup("keys") != nil {
        // The mapping protocol (Counter, defaultdict, ...): keys() then [key].
        try iterate(try callMethod(source, "keys", Arguments([]))) { key in
          try d.set(key, try callMethod(source, "__getitem__", Arguments([key])))
          return true
        }
      } else {
        var index = 0
        try iterate(source) { item in
          let pair = try collect(item)
          guard pair.count == 2 else {
            throw PyError.make(
              .valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
          }
          try d.set(pair[0], pair[1])
          index += 1
          return true
        }
      }
    }
    for (k, v) in a.keywords { try d.set(.str(k), v) }
    return .dict(d)
  }

  private func makeRange(_ a: Arguments) throws -> Value {
    try a.noKeywords("range")
    let p = try a.positional.map { try requireInt($0, "range") }
    switch p.count {
    case 1: return .range(start: 0, stop: p[0], step: 1)
    case 2: return .range(start: p[0], stop: p[1], step: 1)
    case 3:
      if p[2] == 0 { throw PyError.make(.valueError, "range() arg 3 must not be zero") }
      return .range(start: p[0], stop: p[1], step: p[2])
    default:
      throw PyError.make(.typeError, p.isEmpty ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got \(p.count)")
    }
  }
}
