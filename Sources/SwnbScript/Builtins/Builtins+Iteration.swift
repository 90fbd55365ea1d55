/// enumerate, zip, map, filter, sorted, reversed, iter, next, any, all, sum, min, max.
extension Runtime {
  func installIterationBuiltins() {
    define("enumerate") { [unowned self] a in
      let v = try a.bind("enumerate", ["iterable", "start"], required: 1)
      var i = try v[1].map { try self.requireInt($0, "enumerate") } ?? 0
      let it = try self.makeIterator(v[0] ?? .none)
      return .iterator(PyIterator("enumerate") {
        guard let x = try it.next() else { return nil }
        defer { i &+= 1 }
        return .tuple([.int(i), x])
      })
    }
    define("zip") { [unowned self] a in
      let its = try a.positional.map { try self.makeIterator($0) }
      let strict = try a.keyword("strict").map { try self.truthy($0) } ?? false
      return .iterator(PyIterator("zip") {
        if its.isEmpty { return nil }
        var row: [Value] = []
        for (n, it) in its.enumerated() {
          guard let x = try it.next() else {
            guard strict else { return nil }
            // CPython names the first argument that ran out early, or the first that ran on.
            func earlier(_ k: Int) -> String { k == 1 ? "argument 1" : "arguments 1-\(k)" }
            if n > 0 { throw PyError.make(.valueError, "zip() argument \(n + 1) is shorter than \(earlier(n))") }
            for (k, other) in its.enumerated().dropFirst() where try other.next() != nil {
              throw PyError.make(.valueError, "zip() argument \(k + 1) is longer than \(earlier(k))")
            }
            return nil
          }
          row.append(x)
        }
        return .tuple(row)
      })
    }
    define("map") { [unowned self] a in
      guard a.positional.count >= 2 else { throw PyError.make(.typeError, "map() must have at least two arguments.") }
      let f = a.positional[0]
      let its = try a.positional.dropFirst().map { try self.makeIterator($0) }
      return .iterator(PyIterator("map") { [unowned self] in
        var row: [Value] = []
        for it in its {
          guard let x = try it.next() else { return nil }
          row.append(x)
        }
        return try self.call(f, Arguments(row))
      })
    }
    define("filter") { [unowned self] a in
      let v = try a.exactly(2, "filter")
      let it = try self.makeIterator(v[1])
      let f = v[0]
      return .iterator(PyIterator("filter") { [unowned self] in
        while let x = try it.next() {
          let keep: Value
          if case .none = f { keep = x } else { keep = try self.call(f, Arguments([x])) }
          if try self.truthy(keep) { return x }
        }
        return nil
      })
    }
    define("sorted") { [unowned self] a in
      guard a.positional.count == 1 else {
        throw PyError.make(.typeError, "sorted expected 1 argument, got \(a.positional.count)")
      }
      let items = try self.collect(a.positional[0])
      return .list(PyList(try self.sortedValues(items, key: a.keyword("key"), reverse: a.keyword("reverse"))))
    }
    define("reversed") { [unowned self] a in
      let v = try a.exactly(1, "reversed")[0]
      switch v {
      case .list, .tuple, .str, .range:
        let it = self.listIterator(try self.collect(v).reversed())
        it.typeName = Runtime.reversedIteratorName(v)
        return .iterator(it)
      case .dict(let d):
        let it = self.listIterator(d.keys.reversed())
        it.typeName = "dict_reversekeyiterator"
        return .iterator(it)
      case .object(let o) where o.type.lookup("__reversed__") != nil:
        return try self.callMethod(v, "__reversed__", Arguments([]))
      default:
        if case .array = v { return .iterator(self.listIterator(try self.collect(v).reversed())) }
        throw PyError.make(.typeError, "'\(typeName(v))' object is not reversible")
      }
    }
    define("iter") { [unowned self] a in
      let v = try a.exactly(1, "iter")[0]
      let it = try self.makeIterator(v)
      if let name = Runtime.iteratorName(v) { it.typeName = name }
      return .iterator(it)
    }
    define("next") { [unowned self] a in
      guard (1...2).contains(a.positional.count) else {
        throw PyError.make(.typeError, "next expected at least 1 argument, got 0")
      }
      if case .object(let o) = a.positional[0], o.type.lookup("__next__") != nil {
        do { return try self.callMethod(a.positional[0], "__next__", Arguments([])) } catch let e as PyError {
          let stop = self.exceptionObject(e).type.isSubtype(of: self.exceptionType(.stopIteration))
          if stop, a.positional.count == 2 { return a.positional[1] }
          throw e
        }
      }
      guard case .iterator(let it) = a.positional[0] else {
        throw PyError.make(.typeError, "'\(typeName(a.positional[0]))' object is not an iterator")
      }
      if let x = try it.next() { return x }
      if a.positional.count == 2 { return a.positional[1] }
      _ = self
      throw PyError(payload: .pending(.stopIteration, it.generator?.stopArguments ?? []))
    }
    define("any") { [unowned self] a in
      var result = false
      try self.iterate(try a.exactly(1, "any")[0]) { x in
        if try self.truthy(x) { result = true; return false }
        return true
      }
      return .bool(result)
    }
    define("all") { [unowned self] a in
      var result = true
      try self.iterate(try a.exactly(1, "all")[0]) { x in
        if !(try self.truthy(x)) { result = false; return false }
        return true
      }
      return .bool(result)
    }
  }

  /// The type name of `iter(v)` (`list_iterator`...); nil when `v` brings its own iterator.
  static func iteratorName(_ v: Value) -> String? {
    switch v {
    case .list: return "list_iterator"
    case .tuple: return "tuple_iterator"
    case .str(let s): return s.utf8.allSatisfy { $0 < 128 } ? "str_ascii_iterator" : "str_iterator"
    case .range: return "range_iterator"
    case .dict: return "dict_keyiterator"
    case .dictView(.keys, _): return "dict_keyiterator"
    case .dictView(.values, _): return "dict_valueiterator"
    case .dictView(.items, _): return "dict_itemiterator"
    case .set: return "set_iterator"
    default: return nil
    }
  }

  /// The type name of `reversed(v)` for a built-in sequence.
  static func reversedIteratorName(_ v: Value) -> String {
    switch v {
    case .list: return "list_reverseiterator"
    case .range: return "range_iterator"
    default: return "reversed"
    }
  }

  /// Stable sort with an optional key function and Python's `<`.
  func sortedValues(_ items: [Value], key: Value?, reverse: Value?) throws -> [Value] {
    var keyFn: Value?
    if let key, case .none = key {} else { keyFn = key }
    let rev = try reverse.map { try truthy($0) } ?? false
    let keys = try keyFn.map { f in try items.map { try call(f, Arguments([$0])) } } ?? items
    var order = Array(keys.indices)
    try order.sort { i, j in
      rev ? try ordered(.lt, keys[j], keys[i]) : try ordered(.lt, keys[i], keys[j])
    }
    return order.map { items[$0] }
  }

  func installReductionBuiltins() {
    define("sum") { [unowned self] a in
      let v = try a.bind("sum", ["iterable", "start"], required: 1)
      var total = v[1] ?? .int(0)
      if case .str = total { throw PyError.make(.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
      try self.iterate(v[0] ?? .none) { x in
        total = try self.binary(.add, total, x)
        return true
      }
      return total
    }
    define("min") { [unowned self] a in try self.extremum(a, "min", .lt) }
    define("max") { [unowned self] a in try self.extremum(a, "max", .gt) }
  }

  private func extremum(_ a: Arguments, _ name: String, _ op: CompareOperator) throws -> Value {
    var keyFn: Value?
    if let k = a.keyword("key"), !(k.isNone) { keyFn = k }
    let defaultValue = a.keyword("default")
    for (k, _) in a.keywords where k != "key" && k != "default" {
      throw PyError.make(.typeError, "'\(k)' is an invalid keyword argument for \(name)()")
    }
    let items: [Value]
    if a.positional.count == 1 {
      items = try collect(a.positional[0])
    } else if a.positional.isEmpty {
      throw PyError.make(.typeError, "\(name) expected at least 1 argument, got 0")
    } else {
      if defaultValue != nil {
        throw PyError.make(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      items = a.positional
    }
    guard var best = items.first else {
      if let d = defaultValue { return d }
      throw PyError.make(.valueError, "\(name)() arg is an empty sequence")
    }
    var bestKey = try keyFn.map { try call($0, Arguments([best])) } ?? best
    for x in items.dropFirst() {
      let k = try keyFn.map { try call($0, Arguments([x])) } ?? x
      if try ordered(op, k, bestKey) {
        best = x
        bestKey = k
      }
    }
    return best
  }
}

extension Value {
  var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}
