import SwnbArray

/// Numerical helpers tutorials use: cross, kron, convolve, digitize, nan_to_num, average,
/// bincount, interp, trapezoid, unique's options and the 1-d set operations.
extension Runtime {
  func installNumerics(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    attrs["degrees"] = attrs["rad2deg"]
    attrs["radians"] = attrs["deg2rad"]
    def("fabs") { [unowned self] a in
      let x = try self.toArray(try a.bind("fabs", ["x", "out"], required: 1)[0] ?? .none)
      try self.rejectComplex("fabs", x)
      return self.wrap(try self.engine { try (x.dtype.isFloat ? x : x.astype(.float64)).apply(.absolute) })
    }
    def("cross") { [unowned self] a in
      let v = try a.bind("cross", ["a", "b"], required: 2)
      return try self.cross(try self.toArray(v[0] ?? .none), try self.toArray(v[1] ?? .none))
    }
    def("kron") { [unowned self] a in
      let v = try a.exactly(2, "kron")
      return .array(try self.kron(try self.toArray(v[0]), try self.toArray(v[1])))
    }
    def("convolve") { [unowned self] a in
      try self.rejectComplexArguments(a, "convolve")
      let v = try a.bind("convolve", ["a", "v", "mode"], required: 2)
      var mode = "full"
      if let m = v[2], case .str(let s) = m { mode = s }
      return .array(try self.convolve(try self.toArray(v[0] ?? .none), try self.toArray(v[1] ?? .none), mode: mode))
    }
    def("digitize") { [unowned self] a in
      let v = try a.bind("digitize", ["x", "bins", "right"], required: 2)
      let bins = try self.toArray(v[1] ?? .none)
      let right = try v[2].map { try self.truthy($0) } ?? false
      guard let x = try self.operand(v[0] ?? .none) else { throw PyError.make(.typeError, "digitize: x must be array-like") }
      let edges = bins.contiguousFloat64()
      let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 <= $1 }
      let decreasing = zip(edges, edges.dropFirst()).allSatisfy { $0 >= $1 }
      guard bins.ndim == 1, increasing || decreasing else {
        throw PyError.make(.valueError, bins.ndim == 1 ? "bins must be monotonically increasing or decreasing" : "object too deep for desired array")
      }
      return self.wrap(try self.engine {
        let side = right ? "left" : "right"
        if increasing { return try bins.searchsorted(x, side: side) }
        let found = try bins.flipped().searchsorted(x, side: side)
        return try NDArray.apply(.subtract, .python(.int(Int64(bins.size))), .array(found))
      })
    }
    def("nan_to_num") { [unowned self] a in
      try self.rejectComplexArguments(a, "nan_to_num")
      let v = try a.bind("nan_to_num", ["x", "copy", "nan", "posinf", "neginf"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      guard x.dtype.isFloat else { return self.wrap(try self.engine { try x.copy() }) }
      let big = x.dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
      let nan = try v[2].map { try self.requireFloat($0, "nan_to_num") } ?? 0
      let posinf = try v[3].flatMap { $0.isNone ? nil : try self.requireFloat($0, "nan_to_num") } ?? big
      let neginf = try v[4].flatMap { $0.isNone ? nil : try self.requireFloat($0, "nan_to_num") } ?? -big
      return self.wrap(try self.engine {
        let values = x.contiguousFloat64().map { $0.isNaN ? nan : $0 == .infinity ? posinf : $0 == -.infinity ? neginf : $0 }
        return try NDArray(float64: values, shape: x.shape).astype(x.dtype)
      })
    }
    def("average") { [unowned self] a in
      let v = try a.bind("average", ["a", "axis", "weights", "returned", "keepdims"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let w = try v[2].flatMap { $0.isNone ? nil : try self.toArray($0) }
      var warnings: [ArrayWarning] = []
      defer { self.warn(warnings) }
      let keep = try v[4].map { try self.truthy($0) } ?? false
      let axis = try self.axisArgument(v[1])
      let average = try self.engine { try x.average(axis: axis, weights: w, keepdims: keep, warnings: &warnings) }
      guard let r = v[3], try self.truthy(r) else { return self.wrap(average) }
      // `returned=True` adds the sum of the weights (the count without weights), shaped as
      // the average.
      let total: NDArray = try self.engine {
        guard let w else {
          let count = Double(x.size) / Double(max(average.size, 1))
          return try NDArray.scalar(.float(count), dtype: average.dtype).broadcast(to: average.shape).copy()
        }
        let sums = try w.sum(axis: w.shape == x.shape ? axis : nil, keepdims: keep, dtype: average.dtype, warnings: &warnings)
        return try sums.broadcast(to: average.shape).copy()
      }
      return .tuple([self.wrap(average), self.wrap(total)])
    }
    def("bincount") { [unowned self] a in
      let v = try a.bind("bincount", ["x", "weights", "minlength"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      guard x.ndim == 1 else { throw PyError.make(.valueError, "object too deep for desired array") }
      guard x.dtype.isInteger || x.dtype == .bool || x.size == 0 else {
        throw PyError.make(.typeError, "Cannot cast array data from dtype('\(x.dtype.name)') to dtype('int64') according to the rule 'safe'")
      }
      let values = try indexIntegers(x)
      if values.contains(where: { $0 < 0 }) { throw PyError.make(.valueError, "'list' argument must have no negative elements") }
      let minlength = try v[2].flatMap { $0.isNone ? nil : try self.requireInt($0, "bincount") } ?? 0
      if minlength < 0 { throw PyError.make(.valueError, "'minlength' must not be negative") }
      let top = values.max() ?? -1
      guard top < Int.max else { throw self.engineError("ValueError", ArrayError.tooBig.message) }
      let n = max(top + 1, minlength)
      try self.engine {
        _ = try Shape.checkedSize([n], itemsize: 8)
        try MemoryCap.process.check(count: n, dtype: .int64, shape: [n])
      }
      if let wv = v[1], !wv.isNone {
        let w = try self.toArray(wv).contiguousFloat64()
        guard w.count == values.count else { throw PyError.make(.valueError, "The weights and list don't have the same length.") }
        var out = [Double](repeating: 0, count: n)
        for (i, k) in values.enumerated() { out[k] += w[i] }
        return .array(NDArray(float64: out, shape: [n]))
      }
      var out = [Int64](repeating: 0, count: n)
      for k in values { out[k] += 1 }
      return .array(NDArray(int64: out, shape: [n]))
    }
    def("interp") { [unowned self] a in
      try self.rejectComplexArguments(a, "interp")
      let v = try a.bind("interp", ["x", "xp", "fp", "left", "right", "period"], required: 3)
      let x = try self.toArray(v[0] ?? .none)
      let xp = try self.toArray(v[1] ?? .none).contiguousFloat64()
      let fp = try self.toArray(v[2] ?? .none).contiguousFloat64()
      guard !xp.isEmpty else { throw PyError.make(.valueError, "array of sample points is empty") }
      guard xp.count == fp.count else { throw PyError.make(.valueError, "fp and xp are not of the same length.") }
      let left = try v[3].flatMap { $0.isNone ? nil : try self.requireFloat($0, "interp") } ?? fp[0]
      let right = try v[4].flatMap { $0.isNone ? nil : try self.requireFloat($0, "interp") } ?? fp[fp.count - 1]
      let out = x.contiguousFloat64().map { Runtime.interpolate($0, xp, fp, left, right) }
      return self.wrap(NDArray(float64: out, shape: x.shape))
    }
    for name in ["trapezoid", "trapz"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["y", "x", "dx", "axis"], required: 1)
        let y = try self.toArray(v[0] ?? .none)
        let axis = try v[3].map { try self.requireInt($0, name) } ?? -1
        return try self.trapezoid(y, x: try v[1].flatMap { $0.isNone ? nil : try self.toArray($0) }, dx: try v[2].map { try self.requireFloat($0, name) } ?? 1, axis: axis)
      }
    }
    def("unique") { [unowned self] a in
      let v = try a.bind("unique", ["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let flags = try (1...3).map { try v[$0].map { try self.truthy($0) } ?? false }
      if let ax = v[4], !ax.isNone {
        return try self.uniqueSlices(x, axis: try self.requireInt(ax, "unique"), flags: flags)
      }
      let equalNaN = try v[5].map { try self.truthy($0) } ?? true
      var values = try self.uniqueParts(x, flags: flags, equalNaN: equalNaN).map { Value.array($0) }
      // numpy 2 gives the inverse the input's shape.
      if flags[1] {
        let k = flags[0] ? 2 : 1
        if case .array(let inv) = values[k] { values[k] = .array(try self.engine { try inv.reshaped(x.shape) }) }
      }
      return values.count == 1 ? values[0] : .tuple(values)
    }
    // numpy 2's array-API unique functions (sorted, NaNs kept apart).
    let arrayAPI: [(String, String, [String], [Bool])] = [
      ("unique_counts", "UniqueCountsResult", ["values", "counts"], [false, false, true]),
      ("unique_inverse", "UniqueInverseResult", ["values", "inverse_indices"], [false, true, false]),
      ("unique_all", "UniqueAllResult", ["values", "indices", "inverse_indices", "counts"], [true, true, true]),
    ]
    for (name, tuple, fields, flags) in arrayAPI {
      def(name) { [unowned self] a in
        let x = try self.toArray(try a.exactly(1, name)[0])
        var parts = try self.uniqueParts(x, flags: flags, equalNaN: false)
        if flags[1] {
          let k = flags[0] ? 2 : 1
          parts[k] = try self.engine { try parts[k].reshaped(x.shape) }
        }
        return self.resultTuple(tuple, zip(fields, parts).map { ($0, .array($1)) })
      }
    }
    for name in ["intersect1d", "union1d", "setdiff1d", "setxor1d"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["ar1", "ar2", "assume_unique"], required: 2)
        return .array(try self.setOperation(name, try self.toArray(v[0] ?? .none), try self.toArray(v[1] ?? .none)))
      }
    }
    def("lexsort") { [unowned self] a in
      let v = try a.bind("lexsort", ["keys", "axis"], required: 1)
      // Each key as its stable sort ranks (ties share a rank), so string keys order as text.
      let keys = try self.collect(v[0] ?? .none).map { try self.lexsortRanks(try self.toArray($0)) }
      guard let n = keys.first?.count, keys.allSatisfy({ $0.count == n }) else {
        if keys.isEmpty { throw PyError.make(.typeError, "need sequence of keys with len > 0 in lexsort") }
        throw PyError.make(.valueError, "all keys need to be the same shape")
      }
      let order = (0..<n).sorted { i, j in
        for key in keys.reversed() where key[i] != key[j] { return key[i] < key[j] }
        return i < j
      }
      return .array(NDArray(int64: order.map { Int64($0) }, shape: [n]))
    }
  }

  /// The rank of each element of `key` in sorted order (equal elements share a rank).
  private func lexsortRanks(_ key: NDArray) throws -> [Int] {
    let flat = try engine { try key.raveled() }
    let order = try engine { try flat.argsort() }.scalars()
    let values = flat.scalars()
    var ranks = [Int](repeating: 0, count: values.count)
    var (rank, previous) = (0, nil as Scalar?)
    for (k, o) in order.enumerated() {
      guard case .int(let i) = o else { continue }
      let value = values[Int(i)]
      if k > 0, value != previous { rank += 1 }
      (ranks[Int(i)], previous) = (rank, value)
    }
    return ranks
  }

  /// numpy's `interp` for one point (its C loop's formula and NaN fallback).
  static func interpolate(_ x: Double, _ xp: [Double], _ fp: [Double], _ left: Double, _ right: Double) -> Double {
    let n = xp.count
    if x.isNaN { return x }
    if x > xp[n - 1] { return right }
    if x < xp[0] { return left }
    if x == xp[n - 1] { return fp[n - 1] }
    var (lo, hi) = (0, n)
    while lo < hi {
      let mid = (lo + hi) / 2
      if xp[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    let j = max(lo - 1, 0)
    if j >= n - 1 { return fp[n - 1] }
    if xp[j] == x { return fp[j] }
    let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
    let r = slope * (x - xp[j]) + fp[j]
    if r.isNaN { return slope * (x - xp[j + 1]) + fp[j + 1] }
    return r
  }

  private func cross(_ x: NDArray, _ y: NDArray) throws -> Value {
    guard let m = x.shape.last, let n = y.shape.last, [2, 3].contains(m), [2, 3].contains(n) else {
      throw PyError.make(.valueError, "incompatible dimensions for cross product\n(dimension must be 2 or 3)")
    }
    return try engine {
      func c(_ a: NDArray, _ i: Int) throws -> Operand {
        i < a.shape[a.ndim - 1] ? .array(try a.get([.ellipsis, .int(i)])) : .python(.int(0))
      }
      func term(_ i: Int, _ j: Int) throws -> NDArray {
        try NDArray.apply(.subtract, .array(try NDArray.apply(.multiply, try c(x, i), try c(y, j))),
          .array(try NDArray.apply(.multiply, try c(x, j), try c(y, i))))
      }
      if m == 2 && n == 2 {
        warn([ArrayWarning("Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors instead. (deprecated in NumPy 2.0)", category: "DeprecationWarning")])
        return .array(try term(0, 1))
      }
      let parts = [try term(1, 2), try term(2, 0), try term(0, 1)]
      return wrap(try NDArray.stack(parts, axis: -1))
    }
  }

  private func kron(_ x: NDArray, _ y: NDArray) throws -> NDArray {
    try engine {
      let nd = max(x.ndim, y.ndim)
      let xs = [Int](repeating: 1, count: nd - x.ndim) + x.shape
      let ys = [Int](repeating: 1, count: nd - y.ndim) + y.shape
      let a = try x.reshaped(xs.flatMap { [$0, 1] })
      let b = try y.reshaped(ys.flatMap { [1, $0] })
      let product = try NDArray.apply(.multiply, .array(a), .array(b))
      return try product.reshaped(zip(xs, ys).map { $0 * $1 })
    }
  }

  /// numpy's flat `unique` with the index/inverse/counts `flags`; with `equalNaN` false every
  /// NaN is its own value (sorted last, in input order).
  private func uniqueParts(_ x: NDArray, flags: [Bool], equalNaN: Bool) throws -> [NDArray] {
    let hasNaN = try x.dtype.isFloat && engine { try x.apply(.isnan).any().item() } == .bool(true)
    if equalNaN || !hasNaN {
      return try engine { try x.unique(returnIndex: flags[0], returnInverse: flags[1], returnCounts: flags[2]) }
    }
    let flat = try engine { try x.raveled() }
    let order = try engine { try flat.argsort() }.scalars().compactMap { s -> Int? in
      if case .int(let i) = s { return Int(i) } else { return nil }
    }
    let values = flat.scalars()
    // Scalar equality is false for NaN, so each NaN starts a group.
    let runs = EqualRuns(order: order, count: values.count) { values[$0] == values[$1] }
    let indices = runs.firstIndices
    var out = [try engine { try flat.take(indices, axis: 0) }]
    if flags[0] { out.append(indices) }
    if flags[1] { out.append(NDArray(int64: runs.inverse, shape: [values.count])) }
    if flags[2] { out.append(NDArray(int64: runs.counts, shape: [runs.counts.count])) }
    return out
  }

  /// `np.unique(a, axis=k)`: the distinct slices along `axis` in lexicographic order, with
  /// the first index, inverse and counts numpy returns on request.
  private func uniqueSlices(_ x: NDArray, axis: Int, flags: [Bool]) throws -> Value {
    let ax = try engine { try Shape.normalizeAxis(axis, ndim: x.ndim) }
    let moved = try engine { try x.moveaxis(ax, 0) }
    let count = x.shape[ax]
    let rows = try (0..<count).map { i in try engine { try moved.get([.int(i)]) }.scalars() }
    func less(_ p: [Scalar], _ q: [Scalar]) -> Bool {
      for (a, b) in zip(p, q) where a != b {
        if case .str(let s) = a, case .str(let t) = b { return s < t }
        return a.doubleValue < b.doubleValue
      }
      return false
    }
    let order = (0..<count).sorted { less(rows[$0], rows[$1]) || (rows[$0] == rows[$1] && $0 < $1) }
    let runs = EqualRuns(order: order, count: count) { rows[$0] == rows[$1] }
    let picked = try engine { try moved.take(runs.firstIndices, axis: 0).moveaxis(0, ax) }
    var out: [Value] = [.array(picked)]
    if flags[0] { out.append(.array(runs.firstIndices)) }
    if flags[1] { out.append(.array(NDArray(int64: runs.inverse, shape: [count]))) }
    if flags[2] { out.append(.array(NDArray(int64: runs.counts, shape: [runs.counts.count]))) }
    return out.count == 1 ? out[0] : .tuple(out)
  }

  func convolve(_ x: NDArray, _ y: NDArray, mode: String) throws -> NDArray {
    guard x.ndim <= 1, y.ndim <= 1 else { throw PyError.make(.valueError, "object too deep for desired array") }
    guard x.size > 0 else { throw PyError.make(.valueError, "a cannot be empty") }
    guard y.size > 0 else { throw PyError.make(.valueError, "v cannot be empty") }
    guard ["full", "same", "valid"].contains(mode) else {
      throw PyError.make(.valueError, "mode must be one of 'full', 'same', or 'valid' (got '\(mode)')")
    }
    let dtype = DType.promote(x.dtype, y.dtype)
    let (long, short) = x.size >= y.size ? (x, y) : (y, x)
    let a = try engine { try long.astype(dtype == .bool ? .int64 : dtype).raveled() }
    let b = try engine { try short.astype(dtype == .bool ? .int64 : dtype).raveled() }
    let n = a.size
    let k = b.size
    let full = n + k - 1
    let (start, count) = mode == "full" ? (0, full) : mode == "same" ? ((k - 1) / 2, n) : (k - 1, n - k + 1)
    func sums<T: Numeric>(_ p: [T], _ q: [T]) -> [T] {
      (start..<(start + count)).map { i in
        var s: T = 0
        for j in max(0, i - (k - 1))...min(i, n - 1) { s += p[j] * q[i - j] }
        return s
      }
    }
    if dtype.isFloat {
      return try engine { try NDArray(float64: sums(a.contiguousFloat64(), b.contiguousFloat64()), shape: [count]).astype(dtype) }
    }
    let p = a.scalars().map { Int64($0.doubleValue) }
    let q = b.scalars().map { Int64($0.doubleValue) }
    let r = (start..<(start + count)).map { i in
      var s: Int64 = 0
      for j in max(0, i - (k - 1))...min(i, n - 1) { s &+= p[j] &* q[i - j] }
      return s
    }
    return try engine { try NDArray(int64: r, shape: [count]).astype(dtype == .bool ? .int64 : dtype) }
  }

  private func trapezoid(_ y: NDArray, x: NDArray?, dx: Double, axis: Int) throws -> Value {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    return wrap(try engine {
      let ax = try Shape.normalizeAxis(axis, ndim: y.ndim)
      func part(_ a: NDArray, _ s: Int?, _ e: Int?) throws -> NDArray {
        var items = [IndexItem](repeating: .all, count: a.ndim)
        items[a.ndim == 1 ? 0 : ax] = .slice(start: s, stop: e, step: nil)
        return try a.get(items)
      }
      var d: Operand = .python(.float(dx))
      if let x {
        var diff = try x.diff(axis: x.ndim == 1 ? 0 : ax)
        if x.ndim == 1 && y.ndim > 1 {
          var shape = [Int](repeating: 1, count: y.ndim)
          shape[ax] = diff.size
          diff = try diff.reshaped(shape)
        }
        d = .array(diff)
      }
      let pairs = try NDArray.apply(.add, .array(try part(y, 1, nil)), .array(try part(y, nil, -1)), warnings: &warnings)
      let scaled = try NDArray.apply(.multiply, d, .array(pairs), warnings: &warnings)
      let halves = try NDArray.apply(.trueDivide, .array(scaled), .python(.float(2)), warnings: &warnings)
      return try halves.sum(axis: [ax], warnings: &warnings)
    })
  }

  /// intersect1d / union1d / setdiff1d / setxor1d on the flattened inputs (sorted results).
  private func setOperation(_ name: String, _ x: NDArray, _ y: NDArray) throws -> NDArray {
    try engine {
      let dtype = DType.promote(x.dtype, y.dtype)
      let ux = try x.astype(dtype).unique()[0]
      let uy = try y.astype(dtype).unique()[0]
      switch name {
      case "union1d":
        return try NDArray.concatenate([ux, uy], axis: 0).unique()[0]
      case "setdiff1d":
        return try ux.get([.boolMask(ux.isin(uy, invert: true))])
      case "intersect1d":
        return try ux.get([.boolMask(ux.isin(uy))])
      default:
        let left = try ux.get([.boolMask(ux.isin(uy, invert: true))])
        let right = try uy.get([.boolMask(uy.isin(ux, invert: true))])
        return try NDArray.concatenate([left, right], axis: 0).unique()[0]
      }
    }
  }
}

/// Indices in sorted order grouped into runs of equal items, as `np.unique` reports them.
private struct EqualRuns {
  /// The first index of each run.
  private(set) var firsts: [Int] = []
  /// Each run's length.
  private(set) var counts: [Int64] = []
  /// For every index, the number of its run.
  private(set) var inverse: [Int64]

  init(order: [Int], count: Int, same: (Int, Int) -> Bool) {
    inverse = [Int64](repeating: 0, count: count)
    for i in order {
      if let last = firsts.last, same(last, i) {
        counts[counts.count - 1] += 1
      } else {
        firsts.append(i)
        counts.append(1)
      }
      inverse[i] = Int64(firsts.count - 1)
    }
  }

  /// `firsts` as an int64 array.
  var firstIndices: NDArray { NDArray(int64: firsts.map { Int64($0) }, shape: [firsts.count]) }
}
