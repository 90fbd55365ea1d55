/// Structural equality of built-in values (numbers across int/float/bool, containers by content).
func pyEquals(_ a: Value, _ b: Value) -> Bool {
  switch (a, b) {
  case (.none, .none), (.ellipsis, .ellipsis): return true
  case (.int(let x), .int(let y)): return x == y
  case (.str(let x), .str(let y)): return x == y
  case (.float(let x), .float(let y)): return x == y
  case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Double(x) == y && Int(exactly: y) == x
  case (.bool(let x), .bool(let y)): return x == y
  case (.bool(let x), .int(let y)), (.int(let y), .bool(let x)): return (x ? 1 : 0) == y
  case (.bool(let x), .float(let y)), (.float(let y), .bool(let x)): return (x ? 1.0 : 0.0) == y
  case (.list(let x), .list(let y)): return x === y || sequenceEquals(x.items, y.items)
  case (.tuple(let x), .tuple(let y)): return sequenceEquals(x, y)
  case (.dict(let x), .dict(let y)):
    guard x.count == y.count else { return false }
    for (k, v) in x.items {
      guard let w = try? y.get(k), pyEquals(v, w) else { return false }
    }
    return true
  case (.set(let x), .set(let y)):
    return x.items.count == y.items.count && x.items.allSatisfy { (try? y.storage.get($0)) != nil }
  case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
  case (.object(let x), .object(let y)) where x === y: return true
  case (.object(let x), _):
    guard let rt = x.type.runtime else { return false }
    return (try? rt.equals(a, b)) ?? false
  case (_, .object(let y)):
    guard let rt = y.type.runtime else { return false }
    return (try? rt.equals(a, b)) ?? false
  case (.type(let x), .type(let y)): return x === y
  case (.function(let x), .function(let y)): return x === y
  case (.module(let x), .module(let y)): return x === y
  case (.builtin(let x), .builtin(let y)): return x === y
  case (.slice(let a1, let b1, let c1), .slice(let a2, let b2, let c2)):
    return pyEquals(a1, a2) && pyEquals(b1, b2) && pyEquals(c1, c2)
  default: return complexEquals(a, b) ?? extensionEquals(a, b)
  }
}

private func sequenceEquals(_ x: [Value], _ y: [Value]) -> Bool {
  guard x.count == y.count else { return false }
  for (p, q) in zip(x, y) where !pyEquals(p, q) { return false }
  return true
}

extension Runtime {
  func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value {
    if let r = try extensionCompare(op, a, b) { return r }
    switch op {
    case .eq: return .bool(try equals(a, b))
    case .ne: return .bool(!(try equals(a, b)))
    case .lt, .le, .gt, .ge: return .bool(try ordered(op, a, b))
    case .isOp: return .bool(identical(a, b))
    case .isNot: return .bool(!identical(a, b))
    case .inOp: return .bool(try contains(b, a))
    case .notIn: return .bool(!(try contains(b, a)))
    }
  }

  /// `==` including user `__eq__`.
  func equals(_ a: Value, _ b: Value) throws -> Bool {
    if case .object(let o) = a {
      if let f = o.type.lookup("__eq__") {
        let r = try callBound(f, a, Arguments([b]))
        if !returnedNotImplemented(r) { return try truthy(r) }
      }
      if case .object(let p) = b, p !== o, let f = p.type.lookup("__eq__") {
        let r = try callBound(f, b, Arguments([a]))
        if !returnedNotImplemented(r) { return try truthy(r) }
      }
      if case .object(let p) = b { return p === o }
      return extensionEquals(a, b)
    }
    if case .object(let o) = b {
      if let f = o.type.lookup("__eq__") {
        let r = try callBound(f, b, Arguments([a]))
        if !returnedNotImplemented(r) { return try truthy(r) }
      }
      return extensionEquals(a, b)
    }
    return pyEquals(a, b)
  }

  /// Whether `v` is the `NotImplemented` singleton a binary special method returns.
  func returnedNotImplemented(_ v: Value) -> Bool {
    if case .builtin(let b) = v, b.name == "NotImplemented" { return true }
    return false
  }

  func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.str(let x), .str(let y)): return x == y
    case (.list(let x), .list(let y)): return x === y
    case (.dict(let x), .dict(let y)): return x === y
    case (.set(let x), .set(let y)): return x === y
    case (.iterator(let x), .iterator(let y)): return x === y
    case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
    // `is` never calls `__eq__`.
    case (.object(let x), .object(let y)): return x === y
    default: return pyEquals(a, b) && isReference(a)
    }
  }

  private func isReference(_ v: Value) -> Bool {
    switch v {
    case .object, .type, .function, .module, .builtin: return true
    default: return false
    }
  }

  func ordered(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Bool {
    if let r = try extensionCompare(op, a, b) { return try truthy(r) }
    if let x = floatValue(a), let y = floatValue(b) {
      if let i = intValue(a), let j = intValue(b) { return compareResult(op, i < j, i == j) }
      return compareResult(op, x < y, x == y, unordered: x.isNaN || y.isNaN)
    }
    switch (a, b) {
    case (.str(let x), .str(let y)):
      let lt = x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
      return compareResult(op, lt, x == y)
    case (.list(let x), .list(let y)): return try sequenceOrder(op, x.items, y.items)
    case (.tuple(let x), .tuple(let y)): return try sequenceOrder(op, x, y)
    case (.set(let x), .set(let y)):
      let sub = try x.items.allSatisfy { try y.storage.get($0) != nil }
      let sup = try y.items.allSatisfy { try x.storage.get($0) != nil }
      switch op {
      case .le: return sub
      case .lt: return sub && x.items.count < y.items.count
      case .ge: return sup
      default: return sup && x.items.count > y.items.count
      }
    default:
      let names: [CompareOperator: (String, String)] = [
        .lt: ("__lt__", "__gt__"), .le: ("__le__", "__ge__"), .gt: ("__gt__", "__lt__"), .ge: ("__ge__", "__le__"),
      ]
      if let (name, reflected) = names[op] {
        if case .object(let o) = a, let f = o.type.lookup(name) {
          let r = try callBound(f, a, Arguments([b]))
          if !returnedNotImplemented(r) { return try truthy(r) }
        }
        if case .object(let o) = b, let f = o.type.lookup(reflected) {
          let r = try callBound(f, b, Arguments([a]))
          if !returnedNotImplemented(r) { return try truthy(r) }
        }
      }
      throw PyError.make(
        .typeError,
        "'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }
  }

  private func compareResult(_ op: CompareOperator, _ lt: Bool, _ eq: Bool, unordered: Bool = false) -> Bool {
    if unordered { return false }
    switch op {
    case .lt: return lt
    case .le: return lt || eq
    case .gt: return !lt && !eq
    default: return !lt
    }
  }

  private func sequenceOrder(_ op: CompareOperator, _ x: [Value], _ y: [Value]) throws -> Bool {
    for (p, q) in zip(x, y) where !(try equals(p, q)) {
      return try ordered(op, p, q)
    }
    return compareResult(op, x.count < y.count, x.count == y.count)
  }

  /// `item in container`.
  func contains(_ container: Value, _ item: Value) throws -> Bool {
    switch container {
    case .str(let s):
      guard case .str(let sub) = item else {
        throw PyError.make(.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
      }
      return sub.isEmpty || s.contains(sub)
    case .list(let l): return try l.items.contains { try equals($0, item) }
    case .tuple(let t): return try t.contains { try equals($0, item) }
    case .dict(let d), .dictView(.keys, let d): return try d.get(item) != nil
    case .set(let s): return try s.storage.get(item) != nil
    case .range(let start, let stop, let step):
      guard let i = intValue(item) ?? (floatValue(item).flatMap { Int(exactly: $0) }) else { return false }
      if step > 0 ? !(i >= start && i < stop) : !(i <= start && i > stop) { return false }
      let (offset, overflow) = i.subtractingReportingOverflow(start)
      return !overflow && offset % step == 0
    case .object(let o):
      if let f = o.type.lookup("__contains__") { return try truthy(try callBound(f, container, Arguments([item]))) }
      fallthrough
    default:
      if let r = try extensionContains(container, item) { return r }
      var found = false
      do {
        try iterate(container) { x in
          if try equals(x, item) { found = true; return false }
          return true
        }
      } catch let e as PyError {
        if case .pending(.typeError, _) = e.payload {
          throw PyError.make(.typeError, "argument of type '\(typeName(container))' is not iterable")
        }
        throw e
      }
      return found
    }
  }
}
