/// numpy's `SeedSequence`: hashes entropy words into a 4-word pool and expands it into
/// seed state for bit generators (`default_rng`, `PCG64`, `MT19937`).
///
/// Only unspawned sequences are modelled (no `spawn_key`), which is all `default_rng(seed)`
/// uses.
public struct SeedSequence: Sendable, Equatable {
  private static let poolSize = 4
  private static let initA: UInt32 = 0x43B0_D7E5
  private static let multA: UInt32 = 0x931E_8875
  private static let initB: UInt32 = 0x8B51_F9DD
  private static let multB: UInt32 = 0x58F3_8DED
  private static let mixMultL: UInt32 = 0xCA01_F9DD
  private static let mixMultR: UInt32 = 0x4973_F715

  /// The mixed entropy pool (`SeedSequence.pool`).
  public let pool: [UInt32]

  /// Seeds from 32-bit entropy words, as numpy's `_coerce_to_uint32_array` produces them.
  public init(entropyWords: [UInt32]) {
    pool = SeedSequence.mix(entropyWords)
  }

  /// Seeds from a non-negative integer (split into little-endian 32-bit words; 0 is `[0]`).
  /// - Throws: `ValueError: expected non-negative integer` for a negative value.
  public init(entropy: Int) throws(RandomError) {
    self.init(entropyWords: try SeedSequence.words(of: entropy))
  }

  /// Seeds from a sequence of non-negative integers; each contributes its own words.
  /// - Throws: `ValueError: expected non-negative integer` if any element is negative.
  public init(entropy: [Int]) throws(RandomError) {
    var words: [UInt32] = []
    for value in entropy { words += try SeedSequence.words(of: value) }
    self.init(entropyWords: words)
  }

  /// Seeds from 128 bits of operating-system entropy (numpy's `randbits(128)`).
  public static func fromSystemEntropy() -> SeedSequence {
    var system = SystemRandomNumberGenerator()
    return SeedSequence(
      entropyWords: (0..<poolSize).map { _ in UInt32.random(in: .min ... .max, using: &system) })
  }

  static func words(of value: Int) throws(RandomError) -> [UInt32] {
    guard value >= 0 else { throw RandomError.value("expected non-negative integer") }
    var rest = UInt64(value)
    var words = [UInt32(truncatingIfNeeded: rest)]
    rest >>= 32
    while rest > 0 {
      words.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    }
    return words
  }

  /// `generate_state(n_words, np.uint32)`.
  public func generateState(words count: Int) -> [UInt32] {
    var hashConst = SeedSequence.initB
    var out = [UInt32](repeating: 0, count: Swift.max(count, 0))
    for i in out.indices {
      var value = pool[i % SeedSequence.poolSize] ^ hashConst
      hashConst = hashConst &* SeedSequence.multB
      value = value &* hashConst
      value ^= value >> 16
      out[i] = value
    }
    return out
  }

  /// `generate_state(n_words, np.uint64)`: pairs of 32-bit words, low word first.
  public func generateState64(words count: Int) -> [UInt64] {
    let halves = generateState(words: 2 * Swift.max(count, 0))
    return (0..<Swift.max(count, 0)).map {
      UInt64(halves[2 * $0]) | UInt64(halves[2 * $0 + 1]) << 32
    }
  }

  private static func hashmix(_ value: UInt32, _ hashConst: inout UInt32) -> UInt32 {
    var v = value ^ hashConst
    hashConst = hashConst &* multA
    v = v &* hashConst
    return v ^ (v >> 16)
  }

  private static func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
    let result = (mixMultL &* x) &- (mixMultR &* y)
    return result ^ (result >> 16)
  }

  /// `mix_entropy` with a fresh 4-word pool.
  private static func mix(_ entropy: [UInt32]) -> [UInt32] {
    var hashConst = initA
    var pool = (0..<poolSize).map { i in hashmix(i < entropy.count ? entropy[i] : 0, &hashConst) }
    for src in 0..<poolSize {
      for dst in 0..<poolSize where src != dst {
        pool[dst] = mix(pool[dst], hashmix(pool[src], &hashConst))
      }
    }
    for src in poolSize..<Swift.max(poolSize, entropy.count) {
      for dst in 0..<poolSize {
        pool[dst] = mix(pool[dst], hashmix(entropy[src], &hashConst))
      }
    }
    return pool
  }
}
