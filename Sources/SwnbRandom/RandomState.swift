/// numpy's legacy `np.random.RandomState` (and the `np.random.*` module functions): MT19937
/// with the polar-method normal, masked-rejection `randint` and the legacy `choice`.
///
/// Array results are flat, in C order; the caller shapes them. Every `count:` method throws
/// `ValueError: negative dimensions are not allowed` for a negative count, after the
/// argument checks numpy performs first. Single-draw methods (no `count:`) continue the
/// same stream, so `f()` equals the one element of `f(count: 1)`.
public final class RandomState {
  var source: LegacySource

  /// `RandomState(seed)` / `np.random.seed(seed)` with an integer in 0...2**32 - 1.
  /// - Throws: `ValueError: Seed must be between 0 and 2**32 - 1`.
  public init(seed: Int) throws(RandomError) {
    source = LegacySource(mt: MT19937(seed: try RandomState.seedWord(seed)))
  }

  /// `RandomState(None)`: seeded from operating-system entropy.
  public init() {
    source = LegacySource(mt: RandomState.entropyState())
  }

  /// `np.random.seed(seed)` with an integer in 0...2**32 - 1.
  /// - Throws: `ValueError: Seed must be between 0 and 2**32 - 1`.
  public func seed(_ value: Int) throws(RandomError) {
    source = LegacySource(mt: MT19937(seed: try RandomState.seedWord(value)))
  }

  /// `np.random.seed([a, b, ...])`: `init_by_array` over a 1-d integer sequence.
  /// - Throws: `ValueError: Seed must be non-empty` or `Seed must be between 0 and 2**32 - 1`.
  public func seed(array: [Int]) throws(RandomError) {
    if array.isEmpty { throw RandomError.value("Seed must be non-empty") }
    var words: [UInt32] = []
    words.reserveCapacity(array.count)
    for value in array { words.append(try RandomState.seedWord(value)) }
    source = LegacySource(mt: MT19937(keyArray: words))
  }

  /// `np.random.seed(None)`: reseeds from operating-system entropy.
  public func seedFromEntropy() {
    source = LegacySource(mt: RandomState.entropyState())
  }

  private static func seedWord(_ value: Int) throws(RandomError) -> UInt32 {
    guard let word = UInt32(exactly: value) else {
      throw RandomError.value("Seed must be between 0 and 2**32 - 1")
    }
    return word
  }

  // numpy's `_legacy_seeding(None)`: key[0] = 2**31, key[1...] from a fresh SeedSequence.
  private static func entropyState() -> MT19937 {
    var key = SeedSequence.fromSystemEntropy().generateState(words: MT19937.stateLength)
    key[0] = 0x8000_0000
    return MT19937(key: key, pos: MT19937.stateLength) ?? MT19937(seed: 0)
  }

  /// `count` draws from the legacy source, after numpy's negative-size check.
  func draw<T>(_ count: Int, _ body: (inout LegacySource) -> T) throws(RandomError) -> [T] {
    try checkCount(count)
    return source.fill(count, body)
  }

  /// The legacy state tuple `('MT19937', key, pos, has_gauss, cached_gaussian)`.
  public struct State: Sendable, Equatable {
    /// The Mersenne Twister words and position.
    public var generator: MT19937
    /// The cached second polar variate, if any (`has_gauss`, `cached_gaussian`).
    public var cachedGaussian: Double?

    /// Creates a state value.
    public init(generator: MT19937, cachedGaussian: Double?) {
      self.generator = generator
      self.cachedGaussian = cachedGaussian
    }
  }

  /// `get_state()` / `set_state(state)`.
  public var state: State {
    get { State(generator: source.mt, cachedGaussian: source.cachedGauss) }
    set { source = LegacySource(mt: newValue.generator, cachedGauss: newValue.cachedGaussian) }
  }
}

// Uniform, normal and integer draws.
extension RandomState {
  /// `random_sample(size)` / `rand(*shape)` / `random(size)`: doubles in [0, 1).
  public func randomSample(count: Int) throws(RandomError) -> [Double] {
    try checkCount(count)
    return source.fillDoubles(count: count)
  }

  /// `random_sample()`: one double in [0, 1).
  public func randomSample() -> Double {
    source.nextDouble()
  }

  /// `standard_normal(size)` / `randn(*shape)`: polar-method normals (legacy `gauss`).
  public func standardNormal(count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.gauss() }
  }

  /// `standard_normal()`: one polar-method normal.
  public func standardNormal() -> Double {
    source.gauss()
  }

  /// `normal(loc, scale, size)`: `loc + scale * gauss` per draw.
  /// - Throws: `ValueError: scale < 0` for a negative (or -0.0) scale; NaN passes.
  public func normal(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { loc + scale * $0.gauss() }
  }

  /// `normal(loc, scale)`: one draw.
  public func normal(loc: Double, scale: Double) throws(RandomError) -> Double {
    try checkNonNegative(scale, "scale")
    return loc + scale * source.gauss()
  }

  /// `uniform(low, high, size)`: `low + (high - low) * u` per draw (high < low allowed).
  /// - Throws: `OverflowError: Range exceeds valid bounds` when high - low is not finite.
  public func uniform(low: Double, high: Double, count: Int) throws(RandomError) -> [Double] {
    let range = try uniformRange(low, high, message: "Range exceeds valid bounds")
    return try draw(count) { low + range * $0.nextDouble() }
  }

  /// `uniform(low, high)`: one draw.
  public func uniform(low: Double, high: Double) throws(RandomError) -> Double {
    let range = try uniformRange(low, high, message: "Range exceeds valid bounds")
    return low + range * source.nextDouble()
  }

  /// `randint(low, high, size, dtype)`; `high == nil` means `randint(0, low)`. Masked
  /// rejection on 32-bit draws for widths below 2**32 (buffered 8/16/1-bit pieces for the
  /// small dtypes), on 64-bit draws otherwise. Values as `IntegerDType` describes.
  /// - Throws: `ValueError: low is out of bounds for <dtype>` / `high is out of bounds for
  ///   <dtype>` / `high <= 0` / `low >= high` (nothing when `count` is 0).
  public func randint(
    low: Int64, high: Int64?, count: Int, dtype: IntegerDType = .int64
  ) throws(RandomError) -> [Int64] {
    if count == 0 { return [] }
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: false, dtype: dtype)
    try checkCount(count)
    return source.fillBounded(off: off, rng: rng, count: count, masked: true, dtype: dtype)
  }

  /// `randint(low, high, dtype=dtype)`: one draw.
  public func randint(
    low: Int64, high: Int64?, dtype: IntegerDType = .int64
  ) throws(RandomError) -> Int64 {
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: false, dtype: dtype)
    return source.fillBounded(off: off, rng: rng, count: 1, masked: true, dtype: dtype)[0]
  }
}

// Permutations and sampling.
extension RandomState {
  /// `permutation(n)`: a shuffled `arange(n)` (empty for n <= 0). Like every size, `n`
  /// is the caller's to validate first (`RandomError.checkSize(_:)` gives numpy's errors).
  public func permutation(_ n: Int) -> [Int] {
    source.permutation(n)
  }

  /// `shuffle(x)` along the first axis: Fisher–Yates from the end with `random_interval`.
  /// Shuffle a row-index array and gather rows to shuffle an n-d array.
  public func shuffle<T>(_ values: inout [T]) {
    source.shuffle(&values)
  }

  /// Legacy `choice(a, size, replace, p)`: indices into the population.
  ///
  /// With replacement: `randint(0, n, size)`, or with `p` the normalized cdf searched with
  /// `random_sample` draws. Without: a prefix of `permutation(n)`, or with `p` numpy's
  /// repeated weighted draws. `count == nil` means `size=None` (one index).
  /// - Throws: numpy's legacy `choice` errors (see `ChoiceMessages.legacy`).
  public func choice(
    _ population: ChoicePopulation, count: Int?, replace: Bool = true, p: [Double]? = nil
  ) throws(RandomError) -> [Int] {
    let popSize = try validateChoice(
      population, count: count, replace: replace, p: p, messages: .legacy)
    let size = count ?? 1
    if replace {
      if let p {
        let cdf = normalizedCDF(p)
        return try randomSample(count: size).map { searchRight(cdf, $0) }
      }
      return try randint(low: 0, high: Int64(popSize), count: size).map { Int($0) }
    }
    if let p {
      return weightedWithoutReplacement(p: p, size: size) { source.fillDoubles(count: $0) }
    }
    try checkCount(popSize)
    return Array(permutation(popSize).prefix(size))
  }
}
