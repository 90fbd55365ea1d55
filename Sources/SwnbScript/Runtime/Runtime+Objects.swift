import Foundation

/// Type names, truthiness, attributes, exceptions, iteration.
func typeName(_ v: Value) -> String {
  switch v {
  case .none: return "NoneType"
  case .bool: return "bool"
  case .int: return "int"
  case .float: return "float"
  case .complex: return "complex"
  case .str: return "str"
  case .list: return "list"
  case .tuple: return "tuple"
  case .dict: return "dict"
  case .set(let s): return s.frozen ? "frozenset" : "set"
  case .range: return "range"
  case .slice: return "slice"
  case .ellipsis: return "ellipsis"
  case .function: return "function"
  case .builtin: return "builtin_function_or_method"
  case .boundMethod(let m): return m.function == nil ? "builtin_function_or_method" : "method"
  case .module: return "module"
  case .type: return "type"
  case .object(let o): return o.type.name
  case .iterator(let it): return it.typeName
  case .array: return "numpy.ndarray"
  case .npScalar(let a): return "numpy." + a.dtype.scalarTypeName
  case .dtype(let d): return "numpy.dtypes.\(d.scalarTypeName.capitalized)DType"
  case .native(let n): return n.typeName
  case .dictView(let kind, _): return kind.rawValue
  }
}

extension Runtime {
  var objectType: PyType { types["object"] ?? baseExceptionType }

  func exceptionType(_ kind: ExceptionKind) -> PyType {
    exceptionTypes[kind] ?? baseExceptionType
  }

  var deadlinePassed: Bool {
    guard let d = deadline else { return false }
    return DispatchTime.now().uptimeNanoseconds > d
  }

  /// Python truthiness; objects may define `__bool__` or `__len__`.
  func truthy(_ v: Value) throws -> Bool {
    switch v {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .complex(let z): return z != .zero
    case .str(let s): return !s.isEmpty
    case .list(let l): return !l.items.isEmpty
    case .tuple(let t): return !t.isEmpty
    case .dict(let d), .dictView(_, let d): return d.count > 0
    case .set(let s): return !s.items.isEmpty
    case .range: return try length(v) > 0
    case .object(let o):
      if o.type.lookup("__bool__") != nil {
        let r = try callMethod(v, "__bool__", Arguments([]))
        guard case .bool(let b) = r else {
          throw PyError.make(.typeError, "__bool__ should return bool, returned \(typeName(r))")
        }
        return b
      }
      if o.type.lookup("__len__") != nil { return try length(v) > 0 }
      return true
    case .array, .npScalar: return try arrayTruthy(v)
    default:
      return true
    }
  }

  /// The type object of a value.
  func typeOf(_ v: Value) -> PyType {
    switch v {
    case .object(let o): return o.type
    case .array: return numpyType("ndarray")
    case .npScalar(let a): return numpyType(a.dtype == .bool ? "bool_" : a.dtype.scalarTypeName)
    default: break
    }
    let name = typeName(v)
    if let t = types[name] { return t }
    let t = PyType(name: name, bases: [objectType])
    types[name] = t
    return t
  }

  func isInstance(_ v: Value, _ t: PyType) -> Bool {
    if case .object(let o) = v { return o.type.isSubtype(of: t) }
    if t === objectType { return true }
    let own = typeOf(v)
    if own.isSubtype(of: t) { return true }
    if case .bool = v, t === types["int"] { return true }
    return false
  }

  func exceptionMatches(_ exc: PyObject, _ spec: Value) throws -> Bool {
    switch spec {
    case .type(let t):
      guard t.isSubtype(of: baseExceptionType) else {
        throw PyError.make(.typeError, "catching classes that do not inherit from BaseException is not allowed")
      }
      return exc.type.isSubtype(of: t)
    case .tuple(let items):
      for i in items where try exceptionMatches(exc, i) { return true }
      return false
    default:
      throw PyError.make(.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }
  }

  /// The exception object `raise value` raises.
  func exceptionToRaise(_ v: Value) throws -> PyObject {
    switch v {
    case .type(let t) where t.isSubtype(of: baseExceptionType):
      guard case .object(let o) = try call(v, Arguments([])) else {
        throw PyError.make(.typeError, "exceptions must derive from BaseException")
      }
      return o
    case .object(let o) where o.type.isSubtype(of: baseExceptionType):
      return o
    default:
      throw PyError.make(.typeError, "exceptions must derive from BaseException")
    }
  }

  func makeSet(_ items: [Value], frozen: Bool = false, constantDisplay: Bool = false) throws -> Value {
    let s = PySet(frozen: frozen)
    for i in items { try s.storage.set(i, .none) }
    if constantDisplay { s.constantPrefix = s.storage.count }
    return .set(s)
  }

  func listIterator(_ items: [Value]) -> PyIterator {
    var i = 0
    return PyIterator {
      guard i < items.count else { return nil }
      i += 1
      return items[i - 1]
    }
  }

  /// Calls `body` with each item; `body` returns false to stop early.
  ///
  /// Ranges and arrays can be long enough to outlast the cell (`sum(range(10**12))`,
  /// `f(*range(10**9))`): the time limit applies between their items, as between an iterator's.
  func iterate(_ v: Value, _ body: (Value) throws -> Bool) throws {
    switch v {
    case .range(let start, let stop, let step):
      var i = start
      while step > 0 ? i < stop : i > stop {
        try checkDeadline()
        if !(try body(.int(i))) { return }
        let (n, o) = i.addingReportingOverflow(step)
        if o { return }
        i = n
      }
    case .list(let l):
      var i = 0
      while i < l.items.count {
        if !(try body(l.items[i])) { return }
        i += 1
      }
    case .tuple(let items): for x in items where !(try body(x)) { return }
    case .str(let s): for c in s.unicodeScalars where !(try body(.str(String(c)))) { return }
    case .dict(let d):
      let size = d.count
      for k in d.keys {
        if !(try body(k)) { return }
        if d.count != size { throw PyError.make(.runtimeError, "dictionary changed size during iteration") }
      }
    case .dictView(let kind, let d): for x in d.viewItems(kind) where !(try body(x)) { return }
    case .set(let s):
      let size = s.storage.count
      for k in SetOrder.items(s) {
        if !(try body(k)) { return }
        if s.storage.count != size { throw PyError.make(.runtimeError, "Set changed size during iteration") }
      }
    case .iterator, .object:
      // Open-ended sources (itertools.count, permutations, user iterators): the cell's time
      // limit applies between items.
      let it = try makeIterator(v)
      while let x = try it.next() {
        try checkDeadline()
        if !(try body(x)) { return }
      }
    case .array(let a):
      guard a.ndim > 0 else { throw PyError.make(.typeError, "iteration over a 0-d array") }
      for i in 0..<a.shape[0] {
        try checkDeadline()
        if !(try body(try arrayItem(a, i))) { return }
      }
    default:
      throw PyError.make(.typeError, "'\(typeName(v))' object is not iterable")
    }
  }

  /// A pull iterator over any iterable (used by `iter`, `next`, `zip`).
  func makeIterator(_ v: Value) throws -> PyIterator {
    switch v {
    case .iterator(let it): return it
    case .object(let o):
      if o.type.lookup("__iter__") != nil {
        let it = try callMethod(v, "__iter__", Arguments([]))
        if case .iterator(let pi) = it { return pi }
        return PyIterator { [unowned self] in
          do { return try self.callMethod(it, "__next__", Arguments([])) } catch let e as PyError {
            if self.exceptionObject(e).type.isSubtype(of: self.exceptionType(.stopIteration)) { return nil }
            throw e
          }
        }
      }
      if o.type.lookup("__getitem__") != nil {
        var i = 0
        return PyIterator { [unowned self] in
          do {
            defer { i += 1 }
            return try self.callMethod(v, "__getitem__", Arguments([.int(i)]))
          } catch let e as PyError {
            if self.exceptionObject(e).type.isSubtype(of: self.exceptionType(.indexError)) { return nil }
            throw e
          }
        }
      }
      throw PyError.make(.typeError, "'\(typeName(v))' object is not iterable")
    case .range(let start, let stop, let step):
      var i = start
      return PyIterator {
        guard step > 0 ? i < stop : i > stop else { return nil }
        defer { i = i.addingReportingOverflow(step).partialValue }
        return .int(i)
      }
    case .list(let l):
      var i = 0
      return PyIterator {
        guard i < l.items.count else { return nil }
        i += 1
        return l.items[i - 1]
      }
    default:
      var items: [Value] = []
      try iterate(v) { items.append($0); return true }
      return listIterator(items)
    }
  }

  /// The longest list MatrixScript builds from a range, a repetition or by draining an
  /// iterator (about 640 MB of values); longer ones raise `MemoryError`.
  static let maxContainerLength = 20_000_000
  /// The longest string (in UTF-8 bytes) repetition or concatenation builds.
  static let maxStringBytes = 100_000_000

  /// Raises `MemoryError` when a container would grow past `maxContainerLength` items.
  @inline(__always)
  static func checkLength(_ count: Int) throws {
    if count > maxContainerLength { throw PyError.make(.memoryError, "") }
  }

  func collect(_ v: Value) throws -> [Value] {
    switch v {
    case .range:
      let n = try length(v)
      if n > Runtime.maxContainerLength { throw PyError.make(.memoryError, "") }
      var items: [Value] = []
      items.reserveCapacity(n)
      try iterate(v) { items.append($0); return true }
      return items
    case .list(let l): return l.items
    case .tuple(let t): return t
    default:
      var items: [Value] = []
      try iterate(v) {
        if items.count >= Runtime.maxContainerLength { throw PyError.make(.memoryError, "") }
        items.append($0)
        return true
      }
      return items
    }
  }

  /// True for the values `iterate` accepts.
  private func isIterable(_ v: Value) -> Bool {
    switch v {
    case .range, .list, .tuple, .str, .dict, .dictView, .set, .iterator, .object, .array: return true
    default: return false
    }
  }

  /// Unpacks for `a, b = v` / `a, *b = v`.
  func unpack(_ v: Value, count: Int, starIndex: Int?) throws -> [Value] {
    var items: [Value] = []
    if starIndex == nil, case .iterator(let it) = v {
      // Reads one item past the targets, as CPython does: an endless iterator still fails.
      while items.count <= count, let x = try it.next() { items.append(x) }
    } else {
      do { items = try collect(v) } catch let e as PyError {
        if case .pending(.typeError, _) = e.payload, !isIterable(v) {
          throw PyError.make(.typeError, "cannot unpack non-iterable \(typeName(v)) object")
        }
        throw e
      }
    }
    guard let star = starIndex else {
      if items.count > count {
        throw PyError.make(.valueError, "too many values to unpack (expected \(count))")
      }
      if items.count < count {
        throw PyError.make(.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
      }
      return items
    }
    let after = count - star - 1
    guard items.count >= count - 1 else {
      throw PyError.make(
        .valueError, "not enough values to unpack (expected at least \(count - 1), got \(items.count))")
    }
    let middle = Array(items[star..<(items.count - after)])
    return Array(items[0..<star]) + [.list(PyList(middle))] + Array(items[(items.count - after)...])
  }
}
