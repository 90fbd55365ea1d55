import SwnbRandom

/// The legacy MT19937 streams (`np.random.RandomState(seed)`) the initialisations draw from.
enum LegacyRandom {
  static func stream(_ seed: UInt32) throws -> RandomState {
    do {
      return try RandomState(seed: Int(seed))
    } catch {
      throw NMFError(.valueError, error.message)
    }
  }

  /// `count` standard normals (the polar method with its cached second variate).
  static func normals(_ rng: RandomState, _ count: Int) -> [Double] {
    (0..<count).map { _ in rng.standardNormal() }
  }

  /// `count` uniforms in [0, 1) (`random_sample`, 53 bits from two draws).
  static func uniforms(_ rng: RandomState, _ count: Int) -> [Double] {
    (0..<count).map { _ in rng.randomSample() }
  }
}
