import SwnbRandom

/// The legacy MT19937 streams (`np.random.RandomState`) the initialisations draw from, chosen
/// as scikit-learn's `check_random_state` does: an integer seed gives a fresh
/// `RandomState(seed)` at each use; a shared instance (numpy's global stream, or a
/// `RandomState` passed as `random_state`) is drawn from and advanced; nothing gives a stream
/// seeded from system entropy.
struct LegacyRandom {
  let seed: UInt32?
  let shared: RandomState?

  func stream() throws -> RandomState {
    if let seed {
      do {
        return try RandomState(seed: Int(seed))
      } catch {
        throw NMFError(.valueError, error.message)
      }
    }
    return shared ?? RandomState()
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
