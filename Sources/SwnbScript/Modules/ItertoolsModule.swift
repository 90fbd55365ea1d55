/// The `itertools` module: lazy iterators over `PyIterator`, so the infinite ones (`count`,
/// `cycle`, `repeat`) stop wherever `islice`, `zip` or `break` stop pulling.
extension Runtime {
  func makeItertoolsModule() -> PyModule {
    var attrs: [String: Value] = [:]
    func define(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    define("count") { [unowned self] a in
      let v = try a.bind("count", ["start", "step"])
      var current = v[0] ?? .int(0)
      let step = v[1] ?? .int(1)
      return .iterator(PyIterator { [unowned self] in
        defer { current = (try? self.binary(.add, current, step)) ?? current }
        return current
      })
    }
    define("cycle") { [unowned self] a in
      let it = try self.makeIterator(try a.exactly(1, "cycle")[0])
      var saved: [Value] = []
      var index = -1
      return .iterator(PyIterator {
        if index < 0 {
          if let x = try it.next() {
            saved.append(x)
            return x
          }
          index = 0
        }
        guard !saved.isEmpty else { return nil }
        defer { index = (index + 1) % saved.count }
        return saved[index]
      })
    }
    define("repeat") { [unowned self] a in
      let v = try a.bind("repeat", ["object", "times"], required: 1)
      let item = v[0] ?? .none
      var left = try v[1].map { try self.requireInt($0, "repeat") }
      return .iterator(PyIterator {
        if let n = left {
          guard n > 0 else { return nil }
          left = n - 1
        }
        return item
      })
    }
    define("accumulate") { [unowned self] a in
      let v = try a.bind("accumulate", ["iterable", "func", "initial"], required: 1)
      let it = try self.makeIterator(v[0] ?? .none)
      let f = v[1].flatMap { $0.isNone ? nil : $0 }
      var total = v[2].flatMap { $0.isNone ? nil : $0 }
      var pendingInitial = total != nil
      return .iterator(PyIterator { [unowned self] in
        if pendingInitial {
          pendingInitial = false
          return total
        }
        guard let x = try it.next() else { return nil }
        if let t = total {
          total = try f.map { try self.call($0, Arguments([t, x])) } ?? self.binary(.add, t, x)
        } else {
          total = x
        }
        return total
      })
    }
    let chain = PyType(name: "chain", bases: [], module: "itertools")
    chain.constructor = BuiltinFunction("chain") { [unowned self] a in
      try a.noKeywords("chain")
      return .iterator(self.chained(self.listIterator(a.positional)))
    }
    chain.attributes["from_iterable"] = .builtin(BuiltinFunction("from_iterable") { [unowned self] a in
      .iterator(self.chained(try self.makeIterator(try a.exactly(1, "from_iterable")[0])))
    })
    attrs["chain"] = .type(chain)
    define("compress") { [unowned self] a in
      let v = try a.bind("compress", ["data", "selectors"], required: 2)
      let data = try self.makeIterator(v[0] ?? .none)
      let selectors = try self.makeIterator(v[1] ?? .none)
      return .iterator(PyIterator { [unowned self] in
        while let x = try data.next(), let s = try selectors.next() {
          if try self.truthy(s) { return x }
        }
        return nil
      })
    }
    define("dropwhile") { [unowned self] a in
      let v = try a.exactly(2, "dropwhile")
      let it = try self.makeIterator(v[1])
      var dropping = true
      return .iterator(PyIterator { [unowned self] in
        while let x = try it.next() {
          if dropping, try self.truthy(try self.call(v[0], Arguments([x]))) { continue }
          dropping = false
          return x
        }
        return nil
      })
    }
    define("takewhile") { [unowned self] a in
      let v = try a.exactly(2, "takewhile")
      let it = try self.makeIterator(v[1])
      var done = false
      return .iterator(PyIterator { [unowned self] in
        guard !done, let x = try it.next() else { return nil }
        if try self.truthy(try self.call(v[0], Arguments([x]))) { return x }
        done = true
        return nil
      })
    }
    define("filterfalse") { [unowned self] a in
      let v = try a.exactly(2, "filterfalse")
      let it = try self.makeIterator(v[1])
      return .iterator(PyIterator { [unowned self] in
        while let x = try it.next() {
          let keep = v[0].isNone ? x : try self.call(v[0], Arguments([x]))
          if !(try self.truthy(keep)) { return x }
        }
        return nil
      })
    }
    define("groupby") { [unowned self] a in
      let v = try a.bind("groupby", ["iterable", "key"], required: 1)
      let state = GroupByState(
        try self.makeIterator(v[0] ?? .none), key: v[1].flatMap { $0.isNone ? nil : $0 }, runtime: self)
      return .iterator(PyIterator { try state.nextGroup() })
    }
    define("islice") { [unowned self] a in try self.islice(a) }
    define("starmap") { [unowned self] a in
      let v = try a.exactly(2, "starmap")
      let it = try self.makeIterator(v[1])
      return .iterator(PyIterator { [unowned self] in
        guard let x = try it.next() else { return nil }
        return try self.call(v[0], Arguments(try self.collect(x)))
      })
    }
    define("tee") { [unowned self] a in
      let v = try a.bind("tee", ["iterable", "n"], required: 1)
      let n = try v[1].map { try self.requireInt($0, "tee") } ?? 2
      if n < 0 { throw PyError.make(.valueError, "n must be >= 0") }
      let source = try self.makeIterator(v[0] ?? .none)
      let buffer = TeeBuffer(source)
      return .tuple((0..<n).map { _ in
        var position = 0
        return .iterator(PyIterator {
          defer { position += 1 }
          return try buffer.item(position)
        })
      })
    }
    define("zip_longest") { [unowned self] a in
      let its = try a.positional.map { try self.makeIterator($0) }
      let fill = a.keyword("fillvalue") ?? .none
      var active = Array(repeating: true, count: its.count)
      return .iterator(PyIterator {
        var row: [Value] = []
        for (n, it) in its.enumerated() {
          if active[n], let x = try it.next() {
            row.append(x)
          } else {
            active[n] = false
            row.append(fill)
          }
        }
        return active.contains(true) ? .tuple(row) : nil
      })
    }
    define("product") { [unowned self] a in
      let times = try a.keyword("repeat").map { try self.requireInt($0, "product") } ?? 1
      if times < 0 { throw PyError.make(.valueError, "repeat argument cannot be negative") }
      let pools = try a.positional.map { try self.collect($0) }
      let all = Array((0..<times).map { _ in pools }.joined())
      var indices = Array(repeating: 0, count: all.count)
      var done = all.contains { $0.isEmpty }
      return .iterator(PyIterator {
        guard !done else { return nil }
        let row = Value.tuple(zip(all, indices).map { $0[$1] })
        done = !Runtime.advanceOdometer(&indices, limits: all.map(\.count))
        return row
      })
    }
    define("permutations") { [unowned self] a in
      let v = try a.bind("permutations", ["iterable", "r"], required: 1)
      let pool = try self.collect(v[0] ?? .none)
      let r = try v[1].flatMap { $0.isNone ? nil : try self.requireInt($0, "permutations") } ?? pool.count
      if r < 0 { throw PyError.make(.valueError, "r must be non-negative") }
      return .iterator(self.selections(pool, r, distinct: true, ordered: true))
    }
    for (name, repeats) in [("combinations", false), ("combinations_with_replacement", true)] {
      define(name) { [unowned self] a in
        let v = try a.bind(name, ["iterable", "r"], required: 2)
        let pool = try self.collect(v[0] ?? .none)
        let r = try self.requireInt(v[1] ?? .none, name)
        if r < 0 { throw PyError.make(.valueError, "r must be non-negative") }
        return .iterator(self.selections(pool, r, distinct: !repeats, ordered: false))
      }
    }
    define("pairwise") { [unowned self] a in
      let it = try self.makeIterator(try a.exactly(1, "pairwise")[0])
      var previous = try it.next()
      return .iterator(PyIterator {
        guard let p = previous, let x = try it.next() else { return nil }
        previous = x
        return .tuple([p, x])
      })
    }
    return PyModule(name: "itertools", attributes: attrs)
  }

  /// Items of each iterable pulled from `sources`, one iterable after another.
  private func chained(_ sources: PyIterator) -> PyIterator {
    var current: PyIterator?
    return PyIterator { [unowned self] in
      while true {
        if let c = current, let x = try c.next() { return x }
        guard let next = try sources.next() else { return nil }
        current = try self.makeIterator(next)
      }
    }
  }

  /// `islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
  private func islice(_ a: Arguments) throws -> Value {
    try a.noKeywords("islice")
    guard (2...4).contains(a.positional.count) else {
      throw PyError.make(.typeError, "islice expected at most 4 arguments, got \(a.positional.count)")
    }
    let args = Array(a.positional.dropFirst())
    let rangeRule = "for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    func bound(_ v: Value, _ message: String) throws -> Int? {
      if v.isNone { return nil }
      guard let i = intValue(v), i >= 0 else { throw PyError.make(.valueError, message) }
      return i
    }
    let it = try makeIterator(a.positional[0])
    let start = args.count > 1 ? try bound(args[0], "Indices " + rangeRule) ?? 0 : 0
    let stop = try args.count > 1 ? bound(args[1], "Indices " + rangeRule) : bound(args[0], "Stop argument " + rangeRule)
    let stepMessage = "Step for islice() must be a positive integer or None."
    let step = args.count > 2 ? try bound(args[2], stepMessage) ?? 1 : 1
    if step == 0 { throw PyError.make(.valueError, stepMessage) }
    var position = 0
    var nextWanted = start
    return .iterator(PyIterator {
      while true {
        if let stop, nextWanted >= stop {
          // Consume up to `stop` as CPython does, then finish.
          while position < stop, try it.next() != nil { position += 1 }
          return nil
        }
        guard let x = try it.next() else { return nil }
        position += 1
        if position - 1 == nextWanted {
          nextWanted += step
          return x
        }
      }
    })
  }

  /// Advances a mixed-radix counter (rightmost fastest); false once it wraps around.
  static func advanceOdometer(_ indices: inout [Int], limits: [Int]) -> Bool {
    var i = indices.count - 1
    while i >= 0 {
      indices[i] += 1
      if indices[i] < limits[i] { return true }
      indices[i] = 0
      i -= 1
    }
    return false
  }

  /// Lazily yields index tuples of length `r` over `n` items in lexicographic order:
  /// permutations (distinct, ordered), combinations (distinct, unordered) or combinations
  /// with replacement (repeats, unordered).
  func selections(_ pool: [Value], _ r: Int, distinct: Bool, ordered: Bool) -> PyIterator {
    let n = pool.count
    var row: [Int]? =
      distinct ? (r <= n ? Array(0..<r) : nil) : (n > 0 || r == 0 ? Array(repeating: 0, count: r) : nil)
    return PyIterator {
      guard let current = row else { return nil }
      row = Runtime.successor(current, n, distinct: distinct, ordered: ordered)
      return .tuple(current.map { pool[$0] })
    }
  }

  /// The selection after `row` in lexicographic order, or nil after the last.
  private static func successor(_ row: [Int], _ n: Int, distinct: Bool, ordered: Bool) -> [Int]? {
    var next = row
    for i in stride(from: row.count - 1, through: 0, by: -1) {
      if !ordered {
        let limit = distinct ? n - row.count + i : n - 1
        guard row[i] < limit else { continue }
        next[i] = row[i] + 1
        for j in (i + 1)..<max(i + 1, row.count) { next[j] = distinct ? next[j - 1] + 1 : next[i] }
        return next
      }
      let used = Set(row[..<i])
      guard let bigger = (row[i] + 1..<max(row[i] + 1, n)).first(where: { !used.contains($0) }) else { continue }
      next[i] = bigger
      var free = (0..<n).filter { !used.contains($0) && $0 != bigger }.makeIterator()
      for j in (i + 1)..<max(i + 1, row.count) { next[j] = free.next() ?? 0 }
      return next
    }
    return nil
  }
}

/// The shared position of `groupby` and its groups: advancing to the next group skips what
/// is left of the current one, as in CPython.
private final class GroupByState {
  let source: PyIterator
  let key: Value?
  unowned let runtime: Runtime
  /// The item read ahead and its key; nil once the source is exhausted.
  var current: (value: Value, key: Value)?
  var started = false
  var target: Value?
  var groupSerial = 0

  init(_ source: PyIterator, key: Value?, runtime: Runtime) {
    self.source = source
    self.key = key
    self.runtime = runtime
  }

  private func advance() throws {
    guard let x = try source.next() else {
      current = nil
      return
    }
    current = (x, try key.map { try runtime.call($0, Arguments([x])) } ?? x)
  }

  func nextGroup() throws -> Value? {
    if !started {
      started = true
      try advance()
    }
    while let c = current, let t = target, try runtime.equals(c.key, t) { try advance() }
    guard let c = current else { return nil }
    target = c.key
    groupSerial += 1
    let serial = groupSerial
    var pending = true
    return .tuple([c.key, .iterator(PyIterator { [self] in
      guard serial == groupSerial else { return nil }
      if !pending { try advance() }
      pending = false
      guard let c = current, let t = target, try runtime.equals(c.key, t) else { return nil }
      return c.value
    })])
  }
}

/// The values `tee` has pulled from its source, shared by its iterators.
private final class TeeBuffer {
  let source: PyIterator
  var items: [Value] = []
  var exhausted = false
  init(_ source: PyIterator) { self.source = source }

  func item(_ i: Int) throws -> Value? {
    while items.count <= i && !exhausted {
      if let x = try source.next() { items.append(x) } else { exhausted = true }
    }
    return i < items.count ? items[i] : nil
  }
}
