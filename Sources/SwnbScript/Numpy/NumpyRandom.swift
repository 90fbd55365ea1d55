import SwnbArray
import SwnbRandom

/// `numpy.random`: the legacy global RandomState functions and `default_rng` Generators.
extension Runtime {
  static let legacyRandomFunctions: Set<String> = Set([
    "seed", "rand", "randn", "random", "random_sample", "sample", "ranf", "randint", "normal",
    "uniform", "choice", "permutation", "shuffle", "standard_normal", "multivariate_normal",
  ]).union(sharedDistributionNames)
  static let generatorMethods: Set<String> = Set([
    "random", "standard_normal", "normal", "uniform", "integers", "choice", "permutation",
    "shuffle", "multivariate_normal", "permuted",
  ]).union(sharedDistributionNames)

  func makeRandomModule() -> PyModule {
    var attrs: [String: Value] = [:]
    for name in Runtime.legacyRandomFunctions {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        try self.legacyRandom(self.randomState, name, a) ?? .none
      })
    }
    attrs["default_rng"] = .builtin(BuiltinFunction("default_rng") { [unowned self] a in
      let v = try a.bind("default_rng", ["seed"])
      let generator: SwnbRandom.Generator
      if let s = v[0], !s.isNone {
        if case .list = s {
          generator = try self.engine { try SwnbRandom.Generator(seedArray: try self.collect(s).map { try self.requireInt($0, "seed") }) }
        } else {
          generator = try self.engine { try SwnbRandom.Generator(seed: try self.requireInt(s, "seed")) }
        }
      } else {
        generator = try self.engine { try SwnbRandom.Generator(seed: nil) }
      }
      return .native(NativeObject(.generator(generator)))
    })
    attrs["RandomState"] = .builtin(BuiltinFunction("RandomState") { [unowned self] a in
      let v = try a.bind("RandomState", ["seed"])
      if let s = v[0], !s.isNone {
        return .native(NativeObject(.randomState(try self.engine { try RandomState(seed: try self.requireInt(s, "seed")) })))
      }
      return .native(NativeObject(.randomState(RandomState())))
    })
    return PyModule(name: "numpy.random", attributes: attrs)
  }

  /// The `size` argument: nil for a scalar draw.
  func sizeArgument(_ v: Value?) throws -> [Int]? {
    guard let v, !v.isNone else { return nil }
    return try shapeArgument(v)
  }

  func count(_ shape: [Int]) throws -> Int {
    try engine { try Shape.checkedSize(shape) }
  }

  func doubles(_ shape: [Int]?, _ draw: (Int) throws -> [Double]) throws -> Value {
    guard let shape else { return .float(try engine { try draw(1) }.first ?? 0) }
    let values = try engine { try draw(try count(shape)) }
    return .array(NDArray(float64: values, shape: shape))
  }

  func ints(_ shape: [Int]?, dtype: DType = .int64, scalar: (Int64) -> Value, _ draw: (Int) throws -> [Int64]) throws -> Value {
    guard let shape else { return scalar(try engine { try draw(1) }.first ?? 0) }
    let values = try engine { try draw(try count(shape)) }
    let array = NDArray(int64: values, shape: shape)
    return .array(dtype == .int64 ? array : try engine { try array.astype(dtype) })
  }

  /// The `dtype=` of `integers` / `randint`: the random stream's width and the result dtype.
  private func integerDType(_ v: Value?, _ name: String) throws -> (IntegerDType, DType) {
    guard let dt = try dtypeArgument(v) else { return (.int64, .int64) }
    guard let r = IntegerDType(rawValue: dt.name) else {
      throw PyError.make(.typeError, "Unsupported dtype dtype('\(dt.name)') for \(name)")
    }
    return (r, dt)
  }

  /// Legacy `np.random.*` calls on a RandomState.
  func legacyRandom(_ r: RandomState, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "seed":
      let v = try a.bind("seed", ["seed"])
      if let s = v[0], !s.isNone {
        if case .list = s {
          try engine { try r.seed(array: try collect(s).map { try requireInt($0, "seed") }) }
        } else {
          try engine { try r.seed(try requireInt(s, "seed")) }
        }
      } else {
        r.seedFromEntropy()
      }
      return Value.none
    case "rand", "randn":
      try a.noKeywords(name)
      let shape = a.positional.isEmpty ? nil : try a.positional.map { try requireInt($0, name) }
      return try doubles(shape) { name == "rand" ? try r.randomSample(count: $0) : try r.standardNormal(count: $0) }
    case "random", "random_sample", "sample", "ranf":
      let shape = try sizeArgument(try a.bind(name, ["size"])[0])
      return try doubles(shape) { try r.randomSample(count: $0) }
    case "standard_normal":
      let shape = try sizeArgument(try a.bind(name, ["size"])[0])
      return try doubles(shape) { try r.standardNormal(count: $0) }
    case "normal":
      let v = try a.bind(name, ["loc", "scale", "size"])
      if isArrayParameter(v[0]) || isArrayParameter(v[1]) {
        return try broadcastDraws(
          v[0] ?? .float(0), v[1] ?? .float(1), size: try sizeArgument(v[2]), nonNegative: "scale",
          draw: { try r.normal(loc: 0, scale: 1, count: $0) }, combine: { $0 + $1 * $2 })
      }
      let loc = try v[0].map { try requireFloat($0, name) } ?? 0
      let scale = try v[1].map { try requireFloat($0, name) } ?? 1
      return try doubles(try sizeArgument(v[2])) { try r.normal(loc: loc, scale: scale, count: $0) }
    case "uniform":
      let v = try a.bind(name, ["low", "high", "size"])
      if isArrayParameter(v[0]) || isArrayParameter(v[1]) {
        return try broadcastDraws(
          v[0] ?? .float(0), v[1] ?? .float(1), size: try sizeArgument(v[2]), nonNegative: nil,
          draw: { try r.uniform(low: 0, high: 1, count: $0) }, combine: { $0 + ($1 - $0) * $2 })
      }
      let low = try v[0].map { try requireFloat($0, name) } ?? 0
      let high = try v[1].map { try requireFloat($0, name) } ?? 1
      return try doubles(try sizeArgument(v[2])) { try r.uniform(low: low, high: high, count: $0) }
    case "randint":
      let v = try a.bind(name, ["low", "high", "size", "dtype"], required: 1)
      let low = Int64(try requireInt(v[0] ?? .none, name))
      let high = try v[1].flatMap { $0.isNone ? nil : Int64(try requireInt($0, name)) }
      let (rdt, dt) = try integerDType(v[3], name)
      return try ints(try sizeArgument(v[2]), dtype: dt, scalar: { dt == .int64 ? .int(Int($0)) : .npScalar(NDArray.scalar(.int($0), dtype: dt)) }) {
        try r.randint(low: low, high: high, count: $0, dtype: rdt)
      }
    case "choice":
      let v = try a.bind(name, ["a", "size", "replace", "p"], required: 1)
      return try choice(v) { pop, count, replace, p in try r.choice(pop, count: count, replace: replace, p: p) }
    case "permutation":
      let x = try a.exactly(1, name)[0]
      if let n = intValue(x) {
        try engine { try MemoryCap.process.check(count: max(n, 0), dtype: .int64, shape: [n]) }
        return .array(NDArray(int64: r.permutation(n).map { Int64($0) }, shape: [max(n, 0)]))
      }
      return try shuffled(try toArray(x)) { r.shuffle(&$0) }
    case "shuffle":
      try shuffleInPlace(try a.exactly(1, name)[0]) { r.shuffle(&$0) }
      return Value.none
    case "multivariate_normal":
      return try multivariateNormal(a, legacy: true) { try r.standardNormal(count: $0) }
    default: return try sharedDistribution(r, name, a)
    }
  }

  /// `Generator` methods (`rng.random`, `rng.integers`, ...).
  func generatorMethod(_ g: SwnbRandom.Generator, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "random":
      let v = try a.bind(name, ["size", "dtype", "out"])
      if try dtypeArgument(v[1]) == .float32 {
        let shape = try sizeArgument(v[0])
        let values = try engine { try g.randomFloat32(count: try count(shape ?? [])) }
        // numpy returns a Python float for a single draw.
        if shape == nil { return .float(Double(values.first ?? 0)) }
        let array = try engine { try NDArray(float64: values.map { Double($0) }, shape: shape ?? []).astype(.float32) }
        return wrap(array)
      }
      return try doubles(try sizeArgument(v[0])) { try g.random(count: $0) }
    case "standard_normal":
      return try doubles(try sizeArgument(try a.bind(name, ["size", "dtype", "out"])[0])) { try g.standardNormal(count: $0) }
    case "normal":
      let v = try a.bind(name, ["loc", "scale", "size"])
      if isArrayParameter(v[0]) || isArrayParameter(v[1]) {
        return try broadcastDraws(
          v[0] ?? .float(0), v[1] ?? .float(1), size: try sizeArgument(v[2]), nonNegative: "scale",
          draw: { try g.normal(loc: 0, scale: 1, count: $0) }, combine: { $0 + $1 * $2 })
      }
      let loc = try v[0].map { try requireFloat($0, name) } ?? 0
      let scale = try v[1].map { try requireFloat($0, name) } ?? 1
      return try doubles(try sizeArgument(v[2])) { try g.normal(loc: loc, scale: scale, count: $0) }
    case "uniform":
      let v = try a.bind(name, ["low", "high", "size"])
      if isArrayParameter(v[0]) || isArrayParameter(v[1]) {
        return try broadcastDraws(
          v[0] ?? .float(0), v[1] ?? .float(1), size: try sizeArgument(v[2]), nonNegative: nil,
          draw: { try g.uniform(low: 0, high: 1, count: $0) }, combine: { $0 + ($1 - $0) * $2 })
      }
      let low = try v[0].map { try requireFloat($0, name) } ?? 0
      let high = try v[1].map { try requireFloat($0, name) } ?? 1
      return try doubles(try sizeArgument(v[2])) { try g.uniform(low: low, high: high, count: $0) }
    case "integers":
      let v = try a.bind(name, ["low", "high", "size", "dtype", "endpoint"], required: 1)
      let low = Int64(try requireInt(v[0] ?? .none, name))
      let high = try v[1].flatMap { $0.isNone ? nil : Int64(try requireInt($0, name)) }
      let endpoint = try v[4].map { try truthy($0) } ?? false
      let (rdt, dt) = try integerDType(v[3], name)
      return try ints(try sizeArgument(v[2]), dtype: dt, scalar: { .npScalar(NDArray.scalar(.int($0), dtype: dt)) }) {
        try g.integers(low: low, high: high, count: $0, endpoint: endpoint, dtype: rdt)
      }
    case "choice":
      let v = try a.bind(name, ["a", "size", "replace", "p", "axis", "shuffle"], required: 1)
      let shuffle = try v[5].map { try truthy($0) } ?? true
      let axis = try optionalInt(v[4], name) ?? 0
      return try choice(v, axis: axis) { pop, count, replace, p in
        try g.choice(pop, count: count, replace: replace, p: p, shuffle: shuffle)
      }
    case "permutation":
      let x = try a.exactly(1, name)[0]
      if let n = intValue(x) {
        try engine { try MemoryCap.process.check(count: max(n, 0), dtype: .int64, shape: [n]) }
        return .array(NDArray(int64: g.permutation(n).map { Int64($0) }, shape: [max(n, 0)]))
      }
      return try shuffled(try toArray(x)) { g.shuffle(&$0) }
    case "shuffle":
      try shuffleInPlace(try a.exactly(1, name)[0]) { g.shuffle(&$0) }
      return Value.none
    case "permuted":
      let v = try a.bind(name, ["x", "axis", "out"], required: 1)
      let x = try toArray(v[0] ?? .none)
      guard v[1].map({ $0.isNone }) ?? true else {
        throw PyError.make(.notImplementedError, "MatrixScript supports Generator.permuted with axis=None only")
      }
      // numpy shuffles a flat copy in place.
      guard case .array(let flat) = try shuffled(try engine { try x.flattened() }, { g.shuffle(&$0) }) else { return Value.none }
      return .array(try engine { try flat.reshaped(x.shape) })
    case "multivariate_normal":
      return try multivariateNormal(a, legacy: false) { try g.standardNormal(count: $0) }
    default: return try sharedDistribution(g, name, a)
    }
  }

  /// `choice` over an integer population or the slices of an array along `axis`; a nil
  /// `axis` is the legacy `RandomState.choice`, which takes 1-d arrays only.
  private func choice(
    _ v: [Value?], axis: Int? = nil, _ draw: (ChoicePopulation, Int?, Bool, [Double]?) throws -> [Int]
  ) throws -> Value {
    let source = v[0] ?? .none
    let shape = try sizeArgument(v[1])
    let replace = try v[2].map { try truthy($0) } ?? true
    var p: [Double]?
    if let pv = v[3], !pv.isNone { p = try toArray(pv).contiguousFloat64() }
    let count = try shape.map { try self.count($0) }
    if let n = intValue(source) {
      let idx = try engine { try draw(.integer(n), count, replace, p) }
      guard let shape else { return .int(idx.first ?? 0) }
      return .array(NDArray(int64: idx.map { Int64($0) }, shape: shape))
    }
    let arr = try toArray(source)
    if axis == nil && arr.ndim != 1 { throw PyError.make(.valueError, "a must be 1-dimensional") }
    guard arr.ndim >= 1 else { throw PyError.make(.valueError, "a must be 1-dimensional or an integer") }
    let ax = try engine { try Shape.normalizeAxis(axis ?? 0, ndim: arr.ndim) }
    let idx = try engine { try draw(.arrayLength(arr.shape[ax]), count, replace, p) }
    let indices = NDArray(int64: idx.map { Int64($0) }, shape: shape ?? [])
    return wrap(try engine { try arr.take(indices, axis: ax) })
  }

  private func shuffled(_ arr: NDArray, _ shuffle: (inout [Int]) -> Void) throws -> Value {
    guard arr.ndim >= 1 else { throw PyError.make(.indexError, "x must be an integer or at least 1-dimensional") }
    var order = Array(0..<arr.shape[0])
    shuffle(&order)
    return .array(try engine { try arr.get([.intArray(NDArray(int64: order.map { Int64($0) }, shape: [order.count]))]) })
  }

  private func shuffleInPlace(_ x: Value, _ shuffle: (inout [Int]) -> Void) throws {
    switch x {
    case .list(let l):
      var order = Array(l.items.indices)
      shuffle(&order)
      let items = l.items
      l.items = order.map { items[$0] }
    case .array(let arr):
      guard case .array(let s) = try shuffled(arr, shuffle) else { return }
      try engine { try arr.assign(s) }
    default:
      throw PyError.make(.typeError, "shuffle() argument must be a list or an array")
    }
  }
}
