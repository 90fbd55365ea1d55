/// numpy's `np.random.Generator` over `PCG64`, as `np.random.default_rng(seed)` builds it.
///
/// Array results are flat, in C order; the caller shapes them. Every `count:` method throws
/// `ValueError: negative dimensions are not allowed` for a negative count, after the
/// argument checks numpy performs first.
public final class Generator {
  var bits: PCG64

  /// `default_rng(seed)` with a non-negative integer seed, or `nil` for OS entropy.
  /// - Throws: `ValueError: expected non-negative integer`.
  public convenience init(seed: Int?) throws(RandomError) {
    if let seed {
      self.init(seedSequence: try SeedSequence(entropy: seed))
    } else {
      self.init(seedSequence: SeedSequence.fromSystemEntropy())
    }
  }

  /// `default_rng([a, b, ...])` with non-negative integers.
  /// - Throws: `ValueError: expected non-negative integer`.
  public convenience init(seedArray: [Int]) throws(RandomError) {
    self.init(seedSequence: try SeedSequence(entropy: seedArray))
  }

  /// `Generator(PCG64(seed_sequence))`.
  public init(seedSequence: SeedSequence) {
    bits = PCG64(seedSequence: seedSequence)
  }

  /// The bit generator's current state (for copying or restoring a stream).
  public var bitGenerator: PCG64 {
    get { bits }
    set { bits = newValue }
  }
}

// Distributions.
extension Generator {
  /// `random(size)`: doubles in [0, 1).
  public func random(count: Int) throws(RandomError) -> [Double] {
    try checkCount(count)
    return bits.fillDoubles(count: count)
  }

  /// `random()`: one double in [0, 1).
  public func random() -> Double {
    bits.nextDouble()
  }

  /// `standard_normal(size)`: ziggurat normals.
  public func standardNormal(count: Int) throws(RandomError) -> [Double] {
    try checkCount(count)
    return [Double](unsafeUninitializedCapacity: count) { buf, initialized in
      for i in 0..<count { buf[i] = bits.zigguratNormal() }
      initialized = count
    }
  }

  /// `standard_normal()`: one ziggurat normal.
  public func standardNormal() -> Double {
    bits.zigguratNormal()
  }

  /// `normal(loc, scale, size)`: `loc + scale * z` per draw.
  /// - Throws: `ValueError: scale < 0` for a negative (or -0.0) scale; NaN passes.
  public func normal(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale)
    var values = try standardNormal(count: count)
    for i in values.indices { values[i] = loc + scale * values[i] }
    return values
  }

  /// `normal(loc, scale)`: one draw.
  public func normal(loc: Double, scale: Double) throws(RandomError) -> Double {
    try checkNonNegative(scale)
    return loc + scale * bits.zigguratNormal()
  }

  /// `uniform(low, high, size)`: `low + (high - low) * u` per draw.
  /// - Throws: `OverflowError: high - low range exceeds valid bounds`.
  public func uniform(low: Double, high: Double, count: Int) throws(RandomError) -> [Double] {
    let range = try uniformRange(low, high, message: "high - low range exceeds valid bounds")
    try checkCount(count)
    var values = bits.fillDoubles(count: count)
    for i in values.indices { values[i] = low + range * values[i] }
    return values
  }

  /// `uniform(low, high)`: one draw.
  public func uniform(low: Double, high: Double) throws(RandomError) -> Double {
    let range = try uniformRange(low, high, message: "high - low range exceeds valid bounds")
    return low + range * bits.nextDouble()
  }

  /// `integers(low, high, size, endpoint=endpoint)` with int64 results (Lemire's method;
  /// buffered 32-bit draws for widths below 2**32); `high == nil` means `[0, low)`.
  /// - Throws: `ValueError: high <= 0` / `low >= high` (or `high < 0` / `low > high` with
  ///   `endpoint`); no error when `count` is 0.
  public func integers(
    low: Int64, high: Int64?, count: Int, endpoint: Bool = false
  ) throws(RandomError) -> [Int64] {
    if count == 0 { return [] }
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: endpoint)
    try checkCount(count)
    return bits.fillBounded(off: off, rng: rng, count: count, masked: false)
  }

  /// `integers(low, high, endpoint=endpoint)`: one draw.
  public func integers(low: Int64, high: Int64?, endpoint: Bool = false) throws(RandomError)
    -> Int64
  {
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: endpoint)
    return bits.fillBounded(off: off, rng: rng, count: 1, masked: false)[0]
  }
}

// Permutations and sampling.
extension Generator {
  /// `permutation(n)`: a shuffled `arange(n)` (empty for n <= 0).
  public func permutation(_ n: Int) -> [Int] {
    var values = Array(0..<Swift.max(n, 0))
    shuffle(&values)
    return values
  }

  /// `shuffle(x)` along the first axis: Fisher–Yates from the end with `random_interval`.
  /// Shuffle a row-index array and gather rows to shuffle an n-d array.
  public func shuffle<T>(_ values: inout [T]) {
    for i in values.indices.dropFirst().reversed() {
      values.swapAt(i, Int(bits.interval(UInt64(i))))
    }
  }

  /// `Generator.choice(a, size, replace, p, shuffle=shuffle)`: indices into the population.
  ///
  /// With replacement: `integers(0, n, size)`, or with `p` the normalized cdf searched with
  /// `random` draws. Without replacement and without `p`: a tail shuffle of `arange(n)` when
  /// n > 10000 and size > n / 50 (n / 20 when not shuffling), otherwise Floyd's algorithm
  /// followed by a shuffle. `count == nil` means `size=None` (one index).
  /// - Throws: numpy's `Generator.choice` errors (see `ChoiceMessages.generator`).
  public func choice(
    _ population: ChoicePopulation, count: Int?, replace: Bool = true, p: [Double]? = nil,
    shuffle: Bool = true
  ) throws(RandomError) -> [Int] {
    let popSize = try validateChoice(
      population, count: count, replace: replace, p: p, messages: .generator)
    let size = count ?? 1
    if replace {
      if let p {
        let cdf = normalizedCDF(p)
        return try random(count: size).map { searchRight(cdf, $0) }
      }
      return try integers(low: 0, high: Int64(popSize), count: size).map { Int($0) }
    }
    if let p {
      return weightedWithoutReplacement(p: p, size: size) { bits.fillDoubles(count: $0) }
    }
    let cutoff = shuffle ? 50 : 20
    if popSize > 10000 && size > popSize / cutoff {
      return tailShuffle(popSize: popSize, size: size)
    }
    var picked = floydSample(popSize: popSize, size: size)
    if shuffle { shuffleInts(&picked, first: 1) }
    return picked
  }

  /// `_shuffle_int`: Fisher–Yates down to `first` with Lemire-bounded draws.
  private func shuffleInts(_ values: inout [Int], first: Int) {
    var i = values.count - 1
    while i >= first {
      values.swapAt(i, Int(bits.boundedLemire(UInt64(i))))
      i -= 1
    }
  }

  private func tailShuffle(popSize: Int, size: Int) -> [Int] {
    var all = Array(0..<popSize)
    shuffleInts(&all, first: Swift.max(popSize - size, 1))
    return Array(all[(popSize - size)...])
  }

  /// Floyd's algorithm with numpy's open-addressing hash set (a power-of-two table of at
  /// least 1.2 * size slots, linear probing).
  private func floydSample(popSize: Int, size: Int) -> [Int] {
    let empty = UInt64.max
    let mask = bitMask(covering: UInt64(1.2 * Double(size)))
    var table = [UInt64](repeating: empty, count: Int(mask) + 1)
    var out = [Int](repeating: 0, count: size)
    for j in (popSize - size)..<popSize {
      let value = bits.boundedLemire(UInt64(j))
      var loc = Int(value & mask)
      while table[loc] != empty && table[loc] != value { loc = (loc + 1) & Int(mask) }
      if table[loc] == empty {
        table[loc] = value
        out[j - popSize + size] = Int(value)
      } else {
        loc = j & Int(mask)
        while table[loc] != empty { loc = (loc + 1) & Int(mask) }
        table[loc] = UInt64(j)
        out[j - popSize + size] = j
      }
    }
    return out
  }
}
