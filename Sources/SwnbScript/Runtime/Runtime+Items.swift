extension UInt {
  /// The value as an Int, saturating at `Int.max`.
  var clampedInt: Int { self > UInt(Int.max) ? Int.max : Int(self) }
}

/// Subscripts: `x[i]`, `x[a:b:c]`, assignment and deletion.
extension Runtime {
  /// Python's `slice.indices(length)`: normalised start, stop, step and element count.
  func sliceIndices(_ s: (Value, Value, Value), length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
    func index(_ v: Value) throws -> Int? {
      if case .none = v { return nil }
      if let i = intValue(v) { return i }
      if let i = try indexValue(v) ?? userIndex(v) { return i }
      throw PyError.make(.typeError, "slice indices must be integers or None or have an __index__ method")
    }
    // CPython clamps the step to -sys.maxsize so that negating it cannot overflow.
    let step = max(try index(s.2) ?? 1, -Int.max)
    if step == 0 { throw PyError.make(.valueError, "slice step cannot be zero") }
    func clamp(_ v: Int?, _ defaultValue: Int) -> Int {
      guard var i = v else { return defaultValue }
      if i < 0 {
        i += length
        if i < 0 { i = step < 0 ? -1 : 0 }
      } else if i >= length {
        i = step < 0 ? length - 1 : length
      }
      return i
    }
    let start = clamp(try index(s.0), step < 0 ? length - 1 : 0)
    let stop = clamp(try index(s.1), step < 0 ? -1 : length)
    var count = 0
    if step > 0, start < stop { count = (stop - start - 1) / step + 1 }
    if step < 0, stop < start { count = (start - stop - 1) / (-step) + 1 }
    return (start, stop, step, count)
  }

  private func sliced<T>(_ items: [T], _ s: (Value, Value, Value)) throws -> [T] {
    let (start, _, step, count) = try sliceIndices(s, length: items.count)
    if step == 1 { return Array(items[start..<(start + count)]) }
    var out: [T] = []
    out.reserveCapacity(count)
    var i = start
    for _ in 0..<count {
      out.append(items[i])
      i &+= step  // past the last element this may leave the Int range; it is never read then
    }
    return out
  }

  private func normalizedIndex(_ index: Value, count: Int, what: String) throws -> Int {
    let asIndex = try indexValue(index) ?? userIndex(index)
    guard var i = intValue(index) ?? asIndex else {
      throw PyError.make(.typeError, "\(what) indices must be integers or slices, not \(typeName(index))")
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else { throw PyError.make(.indexError, "\(what) index out of range") }
    return i
  }

  /// `__index__` of an instance of a class that defines it (nil for other values).
  func userIndex(_ v: Value) throws -> Int? {
    guard case .object(let o) = v, let f = o.type.lookup("__index__") else { return nil }
    let r = try callBound(f, v, Arguments([]))
    guard let i = intValue(r) else { throw PyError.make(.typeError, "__index__ returned non-int (type \(typeName(r)))") }
    return i
  }

  func getItem(_ container: Value, _ index: Value) throws -> Value {
    switch container {
    case .list(let l):
      if case .int(let i) = index, i >= 0, i < l.items.count { return l.items[i] }
      if case .slice(let a, let b, let c) = index { return .list(PyList(try sliced(l.items, (a, b, c)))) }
      return l.items[try normalizedIndex(index, count: l.items.count, what: "list")]
    case .tuple(let t):
      if case .slice(let a, let b, let c) = index { return .tuple(try sliced(t, (a, b, c))) }
      return t[try normalizedIndex(index, count: t.count, what: "tuple")]
    case .str(let s):
      let scalars = Array(s.unicodeScalars)
      if case .slice(let a, let b, let c) = index {
        return .str(String(String.UnicodeScalarView(try sliced(scalars, (a, b, c)))))
      }
      let asIndex = try indexValue(index) ?? userIndex(index)
      guard intValue(index) != nil || asIndex != nil else {
        throw PyError.make(.typeError, "string indices must be integers, not '\(typeName(index))'")
      }
      return .str(String(scalars[try normalizedIndex(index, count: scalars.count, what: "string")]))
    case .dict(let d):
      if let v = try d.get(index) { return v }
      throw PyError(payload: .pending(.keyError, [index]))
    case .range(let start, _, let step):
      let n = try length(container)
      if case .slice(let a, let b, let c) = index {
        let (s0, _, st, count) = try sliceIndices((a, b, c), length: n)
        let first = start &+ s0 &* step
        return .range(start: first, stop: first &+ count &* st &* step, step: st &* step)
      }
      let i = try normalizedIndex(index, count: n, what: "range object")
      return .int(start &+ i &* step)
    case .object(let o):
      if let f = o.type.lookup("__getitem__") { return try callBound(f, container, Arguments([index])) }
    case .type(let t):
      return .type(t)
    default:
      if let r = try extensionGetItem(container, index) { return r }
    }
    throw PyError.make(.typeError, "'\(typeName(container))' object is not subscriptable")
  }

  func setItem(_ container: Value, _ index: Value, _ value: Value) throws {
    switch container {
    case .list(let l):
      if case .slice(let a, let b, let c) = index {
        try assignSlice(l, (a, b, c), try collect(value))
        return
      }
      l.items[try normalizedIndex(index, count: l.items.count, what: "list assignment")] = value
    case .dict(let d): try d.set(index, value)
    case .object(let o):
      guard let f = o.type.lookup("__setitem__") else { fallthrough }
      _ = try callBound(f, container, Arguments([index, value]))
    default:
      if try extensionSetItem(container, index, value) { return }
      throw PyError.make(.typeError, "'\(typeName(container))' object does not support item assignment")
    }
  }

  private func assignSlice(_ l: PyList, _ s: (Value, Value, Value), _ values: [Value]) throws {
    let (start, stop, step, count) = try sliceIndices(s, length: l.items.count)
    if step == 1 {
      l.items.replaceSubrange(start..<max(start, stop), with: values)
      return
    }
    guard values.count == count else {
      throw PyError.make(
        .valueError, "attempt to assign sequence of size \(values.count) to extended slice of size \(count)")
    }
    var i = start
    for v in values {
      l.items[i] = v
      i &+= step  // as in `sliced`
    }
  }

  func deleteItem(_ container: Value, _ index: Value) throws {
    switch container {
    case .list(let l):
      if case .slice(let a, let b, let c) = index {
        let (start, _, step, count) = try sliceIndices((a, b, c), length: l.items.count)
        let doomed = Set((0..<count).map { start + $0 * step })
        l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map(\.element)
        return
      }
      l.items.remove(at: try normalizedIndex(index, count: l.items.count, what: "list assignment"))
    case .dict(let d):
      if try d.remove(index) == nil { throw PyError(payload: .pending(.keyError, [index])) }
    case .object(let o):
      guard let f = o.type.lookup("__delitem__") else { fallthrough }
      _ = try callBound(f, container, Arguments([index]))
    default:
      throw PyError.make(.typeError, "'\(typeName(container))' object doesn't support item deletion")
    }
  }

  /// `len(v)`.
  func length(_ v: Value) throws -> Int {
    switch v {
    case .str(let s): return s.unicodeScalars.count
    case .list(let l): return l.items.count
    case .tuple(let t): return t.count
    case .dict(let d), .dictView(_, let d): return d.count
    case .set(let s): return s.items.count
    case .range(let start, let stop, let step):
      let (span, overflow) = step > 0 ? stop.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(stop)
      if overflow { throw PyError.make(.overflowError, "Python int too large to convert to C ssize_t") }
      if span <= 0 { return 0 }
      return (span - 1) / step.magnitude.clampedInt + 1
    case .object(let o):
      if let f = o.type.lookup("__len__") {
        let r = try callBound(f, v, Arguments([]))
        guard let n = intValue(r) else {
          throw PyError.make(.typeError, "'\(typeName(r))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw PyError.make(.valueError, "__len__() should return >= 0") }
        return n
      }
    default:
      if let n = try extensionLength(v) { return n }
    }
    throw PyError.make(.typeError, "object of type '\(typeName(v))' has no len()")
  }
}
