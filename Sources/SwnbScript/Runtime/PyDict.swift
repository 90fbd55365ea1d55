/// A dictionary key with Python's equality: `1 == 1.0 == True`, tuples by content.
struct HashKey: Hashable {
  let value: Value

  /// Wraps a hashable value; lists, dicts and sets raise TypeError "unhashable type".
  init(_ value: Value) throws {
    try HashKey.check(value)
    self.value = value
  }

  private static func check(_ v: Value) throws {
    switch v {
    case .list, .dict: throw PyError.make(.typeError, "unhashable type: '\(typeName(v))'")
    case .array: throw PyError.make(.typeError, "unhashable type: 'numpy.ndarray'")
    case .set(let s) where !s.frozen: throw PyError.make(.typeError, "unhashable type: 'set'")
    case .tuple(let items): for item in items { try check(item) }
    case .object(let o) where o.type.module != nil && o.type.lookup("__hash__") == nil && o.type.lookup("__eq__") != nil:
      // A class that defines __eq__ without __hash__ has __hash__ = None, as in Python.
      throw PyError.make(.typeError, "unhashable type: '\(o.type.name)'")
    default: return
    }
  }

  static func == (a: HashKey, b: HashKey) -> Bool { pyEquals(a.value, b.value) }

  func hash(into hasher: inout Hasher) { HashKey.hash(value, into: &hasher) }

  /// Integral floats hash like the equal int, as in Python.
  private static func hashNumber(_ d: Double, into hasher: inout Hasher) {
    if d == d.rounded(), abs(d) < 9.2e18 { hasher.combine(Int(d)) } else { hasher.combine(d) }
  }

  private static func hash(_ v: Value, into hasher: inout Hasher) {
    switch v {
    case .none: hasher.combine(0)
    case .bool(let b): hasher.combine(b ? 1 : 0)
    case .int(let i): hasher.combine(i)
    case .float(let d): hashNumber(d, into: &hasher)
    case .complex(let z):
      hashNumber(z.real, into: &hasher)
      if z.imag != 0 { hasher.combine(z.imag) }
    case .npScalar(let a):
      switch try? a.item() {
      case .int(let i)?: hasher.combine(Int(i))
      case .float(let d)?: hashNumber(d, into: &hasher)
      case .bool(let b)?: hasher.combine(b ? 1 : 0)
      case .str(let s)?: hasher.combine(s)
      case .complex(let z)?:
        hashNumber(z.real, into: &hasher)
        if z.imag != 0 { hasher.combine(z.imag) }
      case nil: hasher.combine(0)
      }
    case .str(let s): hasher.combine(s)
    case .tuple(let items):
      hasher.combine(items.count)
      for item in items { hash(item, into: &hasher) }
    case .set(let s): hasher.combine(s.items.count)
    case .type(let t): hasher.combine(ObjectIdentifier(t))
    case .object(let o): hasher.combine(ObjectIdentifier(o))
    case .function(let f): hasher.combine(ObjectIdentifier(f))
    case .range(let a, let b, let c): hasher.combine(a); hasher.combine(b); hasher.combine(c)
    default: hasher.combine(typeName(v))
    }
  }
}

/// An insertion-ordered Python dict.
final class PyDict {
  private(set) var keys: [Value] = []
  private(set) var values: [Value] = []
  private var index: [HashKey: Int] = [:]

  init() {}

  var count: Int { keys.count }

  func get(_ key: Value) throws -> Value? {
    guard let i = index[try HashKey(key)] else { return nil }
    return values[i]
  }

  func set(_ key: Value, _ value: Value) throws {
    let k = try HashKey(key)
    if let i = index[k] {
      values[i] = value
    } else {
      try Runtime.checkLength(keys.count + 1)
      index[k] = keys.count
      keys.append(key)
      values.append(value)
    }
  }

  /// Removes a key; returns its value, or nil when absent.
  func remove(_ key: Value) throws -> Value? {
    let k = try HashKey(key)
    guard let i = index.removeValue(forKey: k) else { return nil }
    let v = values[i]
    keys.remove(at: i)
    values.remove(at: i)
    for j in i..<keys.count { if let hk = try? HashKey(keys[j]) { index[hk] = j } }
    return v
  }

  func removeAll() {
    keys = []
    values = []
    index = [:]
  }

  func copy() -> PyDict {
    let d = PyDict()
    d.keys = keys
    d.values = values
    d.index = index
    return d
  }

  var items: [(Value, Value)] { Array(zip(keys, values)) }
}
