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

  /// `count` draws from the PCG64 source, after numpy's negative-size check.
  func draw<T>(_ count: Int, _ body: (inout PCG64) -> T) throws(RandomError) -> [T] {
    try checkCount(count)
    return bits.fill(count, body)
  }

  /// The bit generator's current state (for copying or restoring a stream).
  public var bitGenerator: PCG64 {
    get { bits }
    set { bits = newValue }
  }
}

// Uniform, normal and integer draws.
extension Generator {
  /// `random(size)`: doubles in [0, 1).
  public func random(count: Int) throws(RandomError) -> [Double] {
    try checkCount(count)
    return bits.fillDoubles(count: count)
  }

  /// `random(size, dtype=np.float32)`: floats in [0, 1) from the top 24 bits of 32-bit draws
  /// (numpy's `next_float`).
  public func randomFloat32(count: Int) throws(RandomError) -> [Float] {
    try draw(count) { Float($0.next32() >> 8) * (1.0 / 16777216.0) }
  }

  /// `random()`: one double in [0, 1).
  public func random() -> Double {
    bits.nextDouble()
  }

  /// `standard_normal(size)`: ziggurat normals.
  public func standardNormal(count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.zigguratNormal() }
  }

  /// `standard_normal()`: one ziggurat normal.
  public func standardNormal() -> Double {
    bits.zigguratNormal()
  }

  /// `normal(loc, scale, size)`: `loc + scale * z` per draw.
  /// - Throws: `ValueError: scale < 0` for a negative (or -0.0) scale; NaN passes.
  public func normal(loc: Double, scale: Double, count: Int) throws(RandomError) -> [Double] {
    try checkNonNegative(scale, "scale")
    return try draw(count) { loc + scale * $0.zigguratNormal() }
  }

  /// `normal(loc, scale)`: one draw.
  public func normal(loc: Double, scale: Double) throws(RandomError) -> Double {
    try checkNonNegative(scale, "scale")
    return loc + scale * bits.zigguratNormal()
  }

  /// `uniform(low, high, size)`: `low + (high - low) * u` per draw.
  /// - Throws: `OverflowError: high - low range exceeds valid bounds`.
  public func uniform(low: Double, high: Double, count: Int) throws(RandomError) -> [Double] {
    let range = try uniformRange(low, high, message: "high - low range exceeds valid bounds")
    return try draw(count) { low + range * $0.nextDouble() }
  }

  /// `uniform(low, high)`: one draw.
  public func uniform(low: Double, high: Double) throws(RandomError) -> Double {
    let range = try uniformRange(low, high, message: "high - low range exceeds valid bounds")
    return low + range * bits.nextDouble()
  }

  /// `integers(low, high, size, endpoint=endpoint, dtype=dtype)` (Lemire's method; buffered
  /// 32-bit draws for widths below 2**32, buffered 8/16/1-bit pieces for the small dtypes);
  /// `high == nil` means `[0, low)`. Values as `IntegerDType` describes.
  /// - Throws: `ValueError: low/high is out of bounds for <dtype>`, `high <= 0` / `low >= high`
  ///   (or `high < 0` / `low > high` with `endpoint`); no error when `count` is 0.
  public func integers(
    low: Int64, high: Int64?, count: Int, endpoint: Bool = false, dtype: IntegerDType = .int64
  ) throws(RandomError) -> [Int64] {
    if count == 0 { return [] }
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: endpoint, dtype: dtype)
    try checkCount(count)
    return bits.fillBounded(off: off, rng: rng, count: count, masked: false, dtype: dtype)
  }

  /// `integers(low, high, endpoint=endpoint, dtype=dtype)`: one draw.
  public func integers(
    low: Int64, high: Int64?, endpoint: Bool = false, dtype: IntegerDType = .int64
  ) throws(RandomError) -> Int64 {
    let (off, rng) = try boundedRange(low: low, high: high, endpoint: endpoint, dtype: dtype)
    return bits.fillBounded(off: off, rng: rng, count: 1, masked: false, dtype: dtype)[0]
  }
}
