/// Python operator semantics for the built-in types; objects dispatch to dunder methods.
extension Runtime {
  static let dunder: [BinaryOperator: (String, String)] = [
    .add: ("__add__", "__radd__"), .sub: ("__sub__", "__rsub__"), .mul: ("__mul__", "__rmul__"),
    .div: ("__truediv__", "__rtruediv__"), .floorDiv: ("__floordiv__", "__rfloordiv__"),
    .mod: ("__mod__", "__rmod__"), .pow: ("__pow__", "__rpow__"), .matMul: ("__matmul__", "__rmatmul__"),
    .lShift: ("__lshift__", "__rlshift__"), .rShift: ("__rshift__", "__rrshift__"),
    .bitAnd: ("__and__", "__rand__"), .bitOr: ("__or__", "__ror__"), .bitXor: ("__xor__", "__rxor__"),
  ]

  func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    if case .array(let p) = a, case .array(let q) = b, let r = try arrayBinary(op, p, q) { return r }
    if let r = try numericBinary(op, a, b) { return r }
    if let r = try complexBinary(op, a, b) { return r }
    if let r = try extensionBinary(op, a, b) { return r }
    if let r = try sequenceBinary(op, a, b) { return r }
    if let (name, reflected) = Runtime.dunder[op] {
      if case .object(let o) = a, let f = o.type.lookup(name) {
        let r = try callBound(f, a, Arguments([b]))
        if !isNotImplemented(r) { return r }
      }
      if case .object(let o) = b, let f = o.type.lookup(reflected) {
        let r = try callBound(f, b, Arguments([a]))
        if !isNotImplemented(r) { return r }
      }
    }
    if op == .add, case .str = a {
      throw PyError.make(.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
    }
    if op == .add, case .list = a {
      throw PyError.make(.typeError, "can only concatenate list (not \"\(typeName(b))\") to list")
    }
    if op == .add, case .tuple = a {
      throw PyError.make(.typeError, "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
    }
    if op == .mul, isSequence(a) || isSequence(b) {
      let other = isSequence(a) ? b : a
      throw PyError.make(.typeError, "can't multiply sequence by non-int of type '\(typeName(other))'")
    }
    let symbol = op == .pow ? "** or pow()" : op.rawValue
    throw PyError.make(
      .typeError, "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
  }

  private func isNotImplemented(_ v: Value) -> Bool {
    if case .builtin(let b) = v, b.name == "NotImplemented" { return true }
    return false
  }

  private func isSequence(_ v: Value) -> Bool {
    switch v {
    case .str, .list, .tuple: return true
    default: return false
    }
  }

  /// int/bool/float arithmetic; nil when an operand is not a number.
  func numericBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    if case .bool(let p) = a, case .bool(let q) = b {
      switch op {
      case .bitAnd: return .bool(p && q)
      case .bitOr: return .bool(p || q)
      case .bitXor: return .bool(p != q)
      default: break
      }
    }
    if let i = intValue(a), let j = intValue(b) { return try intBinary(op, i, j) }
    guard let x = floatValue(a), let y = floatValue(b) else { return nil }
    switch op {
    case .add: return .float(x + y)
    case .sub: return .float(x - y)
    case .mul: return .float(x * y)
    case .div:
      if y == 0 { throw PyError.make(.zeroDivisionError, "float division by zero") }
      return .float(x / y)
    case .floorDiv: return .float(try Numbers.floatFloorDiv(x, y))
    case .mod: return .float(try Numbers.floatMod(x, y))
    case .pow:
      // A negative base to a fractional power is complex in Python 3.
      if x < 0, y != y.rounded(), x.isFinite, y.isFinite { return try complexPower(x, y) }
      return .float(try Numbers.floatPow(x, y))
    default: return nil
    }
  }

  private func intBinary(_ op: BinaryOperator, _ i: Int, _ j: Int) throws -> Value? {
    switch op {
    case .add:
      let (r, o) = i.addingReportingOverflow(j)
      if o { throw Numbers.tooLarge }
      return .int(r)
    case .sub:
      let (r, o) = i.subtractingReportingOverflow(j)
      if o { throw Numbers.tooLarge }
      return .int(r)
    case .mul:
      let (r, o) = i.multipliedReportingOverflow(by: j)
      if o { throw Numbers.tooLarge }
      return .int(r)
    case .div:
      if j == 0 { throw PyError.make(.zeroDivisionError, "division by zero") }
      return .float(Double(i) / Double(j))
    case .floorDiv: return .int(try Numbers.floorDiv(i, j))
    case .mod: return .int(try Numbers.mod(i, j))
    case .pow: return try Numbers.intPow(i, j)
    case .lShift: return .int(try Numbers.shift(i, j, left: true))
    case .rShift: return .int(try Numbers.shift(i, j, left: false))
    case .bitAnd: return .int(i & j)
    case .bitOr: return .int(i | j)
    case .bitXor: return .int(i ^ j)
    case .matMul: return nil
    }
  }

  func intValue(_ v: Value) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  func floatValue(_ v: Value) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d): return d
    default: return nil
    }
  }

  private func sequenceBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    switch (op, a, b) {
    case (.add, .str(let x), .str(let y)):
      if x.utf8.count + y.utf8.count > Runtime.maxStringBytes { throw PyError.make(.memoryError, "") }
      return .str(x + y)
    case (.add, .list(let x), .list(let y)):
      try Runtime.checkLength(x.items.count + y.items.count)
      return .list(PyList(x.items + y.items))
    case (.add, .tuple(let x), .tuple(let y)):
      try Runtime.checkLength(x.count + y.count)
      return .tuple(x + y)
    case (.mul, _, _):
      if let n = try intValue(b) ?? indexValue(b), let r = try repeatSequence(a, n) { return r }
      if let n = try intValue(a) ?? indexValue(a), let r = try repeatSequence(b, n) { return r }
      return nil
    case (.mod, .str(let format), _): return .str(try percentFormat(format, b))
    case (.bitOr, .set(let x), .set(let y)):
      return try makeSet(x.items + y.items, frozen: x.frozen)
    case (.bitAnd, .set(let x), .set(let y)):
      return try makeSet(try x.items.filter { try y.storage.get($0) != nil }, frozen: x.frozen)
    case (.sub, .set(let x), .set(let y)):
      return try makeSet(try x.items.filter { try y.storage.get($0) == nil }, frozen: x.frozen)
    case (.bitXor, .set(let x), .set(let y)):
      let left = try x.items.filter { try y.storage.get($0) == nil }
      let right = try y.items.filter { try x.storage.get($0) == nil }
      return try makeSet(left + right, frozen: x.frozen)
    case (.bitOr, .dict(let x), .dict(let y)):
      let d = x.copy()
      for (k, v) in y.items { try d.set(k, v) }
      return .dict(d)
    default: return nil
    }
  }

  private func repeatSequence(_ s: Value, _ n: Int) throws -> Value? {
    let count = max(0, n)
    func checkSize(_ length: Int, limit: Int = Runtime.maxContainerLength) throws {
      let (total, o) = length.multipliedReportingOverflow(by: count)
      if o || total > limit { throw PyError.make(.memoryError, "") }
    }
    switch s {
    case .str(let x):
      try checkSize(x.utf8.count, limit: Runtime.maxStringBytes)
      return .str(String(repeating: x, count: count))
    case .list(let x):
      try checkSize(x.items.count)
      return .list(PyList(Array([[Value]](repeating: x.items, count: count).joined())))
    case .tuple(let x):
      try checkSize(x.count)
      return .tuple(Array([[Value]](repeating: x, count: count).joined()))
    default: return nil
    }
  }

  /// `a op= b`: lists extend in place; arrays write through; everything else rebinds.
  func inplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
    if case .list(let l) = a {
      if op == .add {
        let items = try collect(b)
        try Runtime.checkLength(l.items.count + items.count)
        l.items.append(contentsOf: items)
        return a
      }
      if op == .mul, let n = intValue(b) {
        let items = l.items
        if n > 1 {
          let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
          if overflow { throw PyError.make(.memoryError, "") }
          try Runtime.checkLength(total)
        }
        l.items = n <= 0 ? [] : Array([[Value]](repeating: items, count: n).joined())
        return a
      }
    }
    if case .object(let o) = a, let (name, _) = Runtime.dunder[op], let f = o.type.lookup("__i" + name.dropFirst(2)) {
      let r = try callBound(f, a, Arguments([b]))
      if !isNotImplemented(r) { return r }
    }
    if let r = try extensionInplace(op, a, b) { return r }
    return try binary(op, a, b)
  }

  func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
    switch (op, v) {
    case (.neg, .int(let i)):
      if i == Int.min { throw Numbers.tooLarge }
      return .int(-i)
    case (.neg, .bool(let b)): return .int(b ? -1 : 0)
    case (.neg, .float(let d)): return .float(-d)
    case (.pos, .int), (.pos, .float): return v
    case (.pos, .bool(let b)): return .int(b ? 1 : 0)
    case (.invert, .int(let i)): return .int(~i)
    case (.invert, .bool(let b)): return .int(b ? -2 : -1)
    case (.not, _): return .bool(!(try truthy(v)))
    default:
      if let r = complexUnary(op, v) { return r }
      if let r = try extensionUnary(op, v) { return r }
      let names: [UnaryOperator: String] = [.neg: "__neg__", .pos: "__pos__", .invert: "__invert__"]
      if case .object(let o) = v, let n = names[op], let f = o.type.lookup(n) {
        return try callBound(f, v, Arguments([]))
      }
      throw PyError.make(.typeError, "bad operand type for unary \(op.rawValue): '\(typeName(v))'")
    }
  }
}
