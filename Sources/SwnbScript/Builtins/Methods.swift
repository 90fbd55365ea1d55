/// Methods of the built-in containers, dispatched by receiver type and name.
extension Runtime {
  static let listMethods: Set<String> = [
    "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear",
  ]
  static let dictMethods: Set<String> = [
    "get", "keys", "values", "items", "pop", "update", "setdefault", "copy", "clear", "popitem", "fromkeys",
  ]
  static let setMethods: Set<String> = [
    "add", "remove", "discard", "union", "intersection", "difference", "symmetric_difference", "issubset",
    "issuperset", "isdisjoint", "copy", "clear", "pop", "update",
  ]
  static let tupleMethods: Set<String> = ["index", "count"]
  static let numberMethods: Set<String> = ["is_integer", "bit_length", "conjugate", "as_integer_ratio", "hex"]

  func hasBuiltinMethod(_ v: Value, _ name: String) -> Bool {
    switch v {
    case .list: return Runtime.listMethods.contains(name)
    case .dict: return Runtime.dictMethods.contains(name)
    case .set: return Runtime.setMethods.contains(name)
    case .tuple: return Runtime.tupleMethods.contains(name)
    case .str: return Runtime.stringMethods.contains(name)
    case .int, .float, .bool: return Runtime.numberMethods.contains(name)
    case .complex: return name == "conjugate"
    case .range: return name == "index" || name == "count"
    case .iterator(let it) where it.generator != nil: return Runtime.generatorObjectMethods.contains(name)
    default: return hasExtensionMethod(v, name)
    }
  }

  func builtinMethod(_ receiver: Value, _ name: String, _ a: inout Arguments) throws -> Value {
    switch receiver {
    case .list(let l) where Runtime.listMethods.contains(name): return try listMethod(l, name, a)
    case .dict(let d) where Runtime.dictMethods.contains(name): return try dictMethod(d, name, a)
    case .set(let s) where Runtime.setMethods.contains(name): return try setMethod(s, name, a)
    case .str(let s) where Runtime.stringMethods.contains(name): return try stringMethod(s, name, a)
    case .tuple, .range:
      if name == "index" || name == "count" { return try sequenceSearch(try collect(receiver), name, a, typeName(receiver)) }
    case .int, .float, .bool:
      if Runtime.numberMethods.contains(name) { return try numberMethod(receiver, name, a) }
    case .complex(let z):
      if let r = try complexMethod(z, name, a) { return r }
    case .iterator(let it):
      if let g = it.generator, let r = try generatorMethod(g, name, a) { return r }
    default:
      if let r = try extensionMethod(receiver, name, &a) { return r }
    }
    let attribute = try getAttribute(receiver, name)
    if case .boundMethod(let m) = attribute, m.function == nil {
      throw PyError.make(.attributeError, "'\(typeName(receiver))' object has no attribute '\(name)'")
    }
    return try call(attribute, a)
  }

  private func sequenceSearch(_ items: [Value], _ name: String, _ a: Arguments, _ type: String) throws -> Value {
    guard let x = a.positional.first else {
      throw PyError.make(.typeError, "\(name)() takes at least 1 argument (0 given)")
    }
    if name == "count" { return .int(try items.filter { try equals($0, x) }.count) }
    let start = try a.positional.count > 1 ? requireInt(a.positional[1], "index") : 0
    let lo = start < 0 ? max(0, items.count + start) : min(start, items.count)
    for i in lo..<items.count where try equals(items[i], x) { return .int(i) }
    if type == "list" { throw PyError.make(.valueError, "\(try repr(x)) is not in list") }
    throw PyError.make(.valueError, "\(type).index(x): x not in \(type)")
  }

  private func listMethod(_ l: PyList, _ name: String, _ a: Arguments) throws -> Value {
    switch name {
    case "append":
      let item = try a.exactly(1, "list.append")[0]
      try Runtime.checkLength(l.items.count + 1)
      l.items.append(item)
    case "extend":
      let items = try collect(try a.exactly(1, "list.extend")[0])
      try Runtime.checkLength(l.items.count + items.count)
      l.items.append(contentsOf: items)
    case "insert":
      let v = try a.exactly(2, "insert")
      var i = try requireInt(v[0], "insert")
      if i < 0 { i = max(0, i + l.items.count) }
      l.items.insert(v[1], at: min(i, l.items.count))
    case "pop":
      guard !l.items.isEmpty else { throw PyError.make(.indexError, "pop from empty list") }
      var i = try a.positional.first.map { try requireInt($0, "pop") } ?? -1
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw PyError.make(.indexError, "pop index out of range") }
      return l.items.remove(at: i)
    case "remove":
      let x = try a.exactly(1, "list.remove")[0]
      guard let i = try l.items.firstIndex(where: { try equals($0, x) }) else {
        throw PyError.make(.valueError, "list.remove(x): x not in list")
      }
      l.items.remove(at: i)
    case "index", "count": return try sequenceSearch(l.items, name, a, "list")
    case "sort":
      if !a.positional.isEmpty { throw PyError.make(.typeError, "sort() takes no positional arguments") }
      l.items = try sortedValues(l.items, key: a.keyword("key"), reverse: a.keyword("reverse"))
    case "reverse": l.items.reverse()
    case "copy": return .list(PyList(l.items))
    default: l.items.removeAll()
    }
    return .none
  }

  private func dictMethod(_ d: PyDict, _ name: String, _ a: Arguments) throws -> Value {
    switch name {
    case "get":
      guard (1...2).contains(a.positional.count) else {
        throw PyError.make(.typeError, "get expected at most 2 arguments, got \(a.positional.count)")
      }
      return try d.get(a.positional[0]) ?? (a.positional.count > 1 ? a.positional[1] : .none)
    case "keys": return .dictView(.keys, d)
    case "values": return .dictView(.values, d)
    case "items": return .dictView(.items, d)
    case "pop":
      guard let key = a.positional.first else { throw PyError.make(.typeError, "pop expected at least 1 argument, got 0") }
      if let v = try d.remove(key) { return v }
      if a.positional.count > 1 { return a.positional[1] }
      throw PyError(payload: .pending(.keyError, [key]))
    case "popitem":
      guard let k = d.keys.last else { throw PyError.make(.keyError, "popitem(): dictionary is empty") }
      let v = try d.remove(k) ?? .none
      return .tuple([k, v])
    case "update":
      if case .dict(let merged) = try call(.type(types["dict"] ?? objectType), a) {
        for (k, v) in merged.items { try d.set(k, v) }
      }
    case "setdefault":
      guard let key = a.positional.first else { throw PyError.make(.typeError, "setdefault expected at least 1 argument, got 0") }
      if let v = try d.get(key) { return v }
      let v = a.positional.count > 1 ? a.positional[1] : .none
      try d.set(key, v)
      return v
    case "copy": return .dict(d.copy())
    case "fromkeys":
      let out = PyDict()
      let value = a.positional.count > 1 ? a.positional[1] : .none
      try iterate(a.positional.first ?? .none) { try out.set($0, value); return true }
      return .dict(out)
    default: d.removeAll()
    }
    return .none
  }

  private func setMethod(_ s: PySet, _ name: String, _ a: Arguments) throws -> Value {
    let needsOthers: Set<String> = ["add", "remove", "discard"]
    let others = needsOthers.contains(name) ? [] : try a.positional.map { try collect($0) }
    func otherSet(_ i: Int) throws -> PySet {
      guard case .set(let o) = try makeSet(i < others.count ? others[i] : []) else { return PySet() }
      return o
    }
    switch name {
    case "add": try s.storage.set(try a.exactly(1, "set.add")[0], .none)
    case "remove":
      let x = try a.exactly(1, "set.remove")[0]
      if try s.storage.remove(x) == nil { throw PyError(payload: .pending(.keyError, [x])) }
    case "discard": _ = try s.storage.remove(try a.exactly(1, "set.discard")[0])
    case "union": return try makeSet(s.items + others.flatMap { $0 }, frozen: s.frozen)
    case "update": for o in others { for x in o { try s.storage.set(x, .none) } }
    case "intersection":
      var items = s.items
      for i in others.indices {
        let o = try otherSet(i)
        items = try items.filter { try o.storage.get($0) != nil }
      }
      return try makeSet(items, frozen: s.frozen)
    case "difference":
      var items = s.items
      for i in others.indices {
        let o = try otherSet(i)
        items = try items.filter { try o.storage.get($0) == nil }
      }
      return try makeSet(items, frozen: s.frozen)
    case "symmetric_difference": return try binary(.bitXor, .set(s), .set(try otherSet(0)))
    case "issubset": return try compare(.le, .set(s), .set(try otherSet(0)))
    case "issuperset": return try compare(.ge, .set(s), .set(try otherSet(0)))
    case "isdisjoint":
      let o = try otherSet(0)
      return .bool(try s.items.allSatisfy { try o.storage.get($0) == nil })
    case "copy": return try makeSet(s.items, frozen: s.frozen)
    case "pop":
      guard let first = SetOrder.items(s).first else { throw PyError.make(.keyError, "pop from an empty set") }
      _ = try s.storage.remove(first)
      return first
    default:
      s.storage.removeAll()
      s.constantPrefix = 0
    }
    return .none
  }

  private func numberMethod(_ v: Value, _ name: String, _ a: Arguments) throws -> Value {
    switch (name, v) {
    case ("is_integer", .float(let d)): return .bool(d.isFinite && d == d.rounded())
    case ("is_integer", _): return .bool(true)
    case ("bit_length", _):
      let i = intValue(v) ?? 0
      return .int(i == 0 ? 0 : Int.bitWidth - i.magnitude.leadingZeroBitCount)
    case ("conjugate", _): return v
    case ("as_integer_ratio", .float(let d)):
      guard d.isFinite else { throw PyError.make(.overflowError, "cannot convert Infinity to integer ratio") }
      var num = d
      var den = 1
      while num != num.rounded() && den < (1 << 60) { num *= 2; den *= 2 }
      return .tuple([.int(try Numbers.toInt(num)), .int(den)])
    case ("as_integer_ratio", _): return .tuple([.int(intValue(v) ?? 0), .int(1)])
    default:
      throw PyError.make(.attributeError, "'\(typeName(v))' object has no attribute '\(name)'")
    }
  }
}

