/// A dictionary key with Python's equality: `1 == 1.0 == True`, tuples by content, and
/// instances of user classes by their own `__eq__` and `__hash__`.
enum HashKey: Hashable {
  /// A built-in value, or an instance hashed and compared by identity.
  case plain(Value)
  /// An instance whose class defines `__eq__` (and so `__hash__`): the hash computed when the
  /// key was made, as CPython's dict stores it; equality calls `__eq__`.
  case user(PyObject, Int)

  /// Wraps a hashable value; lists, dicts and sets raise TypeError "unhashable type".
  init(_ value: Value) throws {
    if case .object(let o) = value, o.type.module != nil, let rt = o.type.runtime {
      self = try rt.userHashKey(o) ?? .plain(value)
      return
    }
    try HashKey.check(value)
    self = .plain(value)
  }

  /// The key's value.
  var value: Value {
    switch self {
    case .plain(let v): return v
    case .user(let o, _): return .object(o)
    }
  }

  private static func check(_ v: Value) throws {
    switch v {
    case .list, .dict: throw PyError.make(.typeError, "unhashable type: '\(typeName(v))'")
    case .array: throw PyError.make(.typeError, "unhashable type: 'numpy.ndarray'")
    case .set(let s) where !s.frozen: throw PyError.make(.typeError, "unhashable type: 'set'")
    case .tuple(let items): for item in items { try check(item) }
    case .object(let o) where o.type.module != nil:
      // Inside a tuple: the class's own hash must exist (its result is not used here).
      if let rt = o.type.runtime { _ = try rt.userHashKey(o) }
    default: return
    }
  }

  static func == (a: HashKey, b: HashKey) -> Bool {
    switch (a, b) {
    case (.plain(let x), .plain(let y)): return pyEquals(x, y)
    case (.user(let x, _), .user(let y, _)) where x === y: return true
    case (.user(let x, _), _): return x.type.runtime?.userKeyEquals(x, b.value) ?? false
    case (_, .user(let y, _)): return y.type.runtime?.userKeyEquals(y, a.value) ?? false
    }
  }

  func hash(into hasher: inout Hasher) {
    switch self {
    case .plain(let v): HashKey.hash(v, into: &hasher)
    case .user(_, let h): hasher.combine(h)
    }
  }

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
    case .object(let o):
      if let h = o.type.runtime.flatMap({ try? $0.userHashKey(o) }), case .user(_, let n) = h {
        hasher.combine(n)
      } else {
        hasher.combine(ObjectIdentifier(o))
      }
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

extension Runtime {
  /// The `__hash__` that applies to instances of `t`: the nearest class defining `__hash__`
  /// decides, and a script class defining `__eq__` alone has `__hash__ = None`, as in Python.
  /// nil when only `object`'s identity hash applies.
  private func hashMethod(_ t: PyType) -> Value? {
    for c in t.lineage {
      if let h = c.attributes["__hash__"] { return h }
      if c.module != nil, c.attributes["__eq__"] != nil { return Value.none }
    }
    return nil
  }

  /// The dict key of an instance of a script class: nil when it hashes and compares by
  /// identity; raises TypeError when the class is unhashable or `__hash__` returns no int.
  func userHashKey(_ o: PyObject) throws -> HashKey? {
    guard let h = hashMethod(o.type) else {
      return o.type.lookup("__eq__") == nil ? nil : .user(o, ObjectIdentifier(o).hashValue)
    }
    if case .none = h { throw PyError.make(.typeError, "unhashable type: '\(o.type.name)'") }
    switch try callBound(h, .object(o), Arguments([])) {
    case .int(let n): return .user(o, n == -1 ? -2 : n)
    case .bool(let b): return .user(o, b ? 1 : 0)
    default: throw PyError.make(.typeError, "__hash__ method should return an integer")
    }
  }

  /// `hash(v)`: CPython's value for numbers, tuples of them (see `SetOrder.hash`) and classes
  /// with their own `__hash__`; for strings and identity-hashed objects (random or
  /// address-based in CPython too) a value consistent within the session.
  func pythonHash(_ v: Value) throws -> Int {
    if case .object(let o) = v, o.type.module != nil, case .user(_, let h)? = try userHashKey(o) { return h }
    if let h = SetOrder.hash(v) { return h }
    return try HashKey(v).hashValue
  }

  /// Key equality for an instance of a script class (its `__eq__`); errors count as unequal,
  /// since a dict probe cannot raise here.
  func userKeyEquals(_ o: PyObject, _ other: Value) -> Bool {
    if case .object(let p) = other, p === o { return true }
    return (try? equals(.object(o), other)) ?? false
  }
}
