import SwnbArray

/// `normal` and `uniform` (Generator and legacy) with array parameters: numpy broadcasts the
/// parameters and draws one standard variate per element, in C order.
extension Runtime {
  /// Whether a distribution parameter is array-like (a list, tuple or ndarray).
  func isArrayParameter(_ v: Value?) -> Bool {
    switch v {
    case .list?, .tuple?, .array?: return true
    default: return false
    }
  }

  /// One `draw` per element of the broadcast shape of `first` and `second` (or of `size`),
  /// combined as `combine(first, second, variate)`: `loc + scale * z`, `low + (high - low) * u`.
  /// - Parameter nonNegative: the name of `second` when numpy rejects negative values of it.
  func broadcastDraws(
    _ first: Value, _ second: Value, size: [Int]?, nonNegative: String?,
    draw: (Int) throws -> [Double], combine: (Double, Double, Double) -> Double
  ) throws -> Value {
    let a = try engine { try toArray(first).astype(.float64) }
    let b = try engine { try toArray(second).astype(.float64) }
    if let nonNegative, b.contiguousFloat64().contains(where: { $0 < 0 }) {
      throw PyError.make(.valueError, "\(nonNegative) < 0")
    }
    let shape = try size ?? engine { try Shape.broadcast(a.shape, b.shape) }
    let (x, y) = try engine {
      (try a.broadcast(to: shape).copy().contiguousFloat64(), try b.broadcast(to: shape).copy().contiguousFloat64())
    }
    let variates = try engine { try draw(x.count) }
    let values = (0..<x.count).map { combine(x[$0], y[$0], variates[$0]) }
    return wrap(NDArray(float64: values, shape: shape))
  }
}
