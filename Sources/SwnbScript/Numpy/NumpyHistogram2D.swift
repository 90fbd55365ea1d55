import SwnbArray
import SwnbPrinting

/// `np.histogram2d`: numpy's `histogramdd` for two coordinates — per-axis edges (evenly
/// spaced over the data or `range`, or given), `searchsorted(side='right')` bin numbers with
/// the last edge closed, float64 counts, optional weights and density.
extension Runtime {
  func installHistogram2D(_ attrs: inout [String: Value]) {
    attrs["histogram2d"] = .builtin(BuiltinFunction("histogram2d") { [unowned self] a in
      let v = try a.bind("histogram2d", ["x", "y", "bins", "range", "density", "weights"], required: 2)
      let x = try self.engine { try self.toArray(v[0] ?? .none).raveled() }
      let y = try self.engine { try self.toArray(v[1] ?? .none).raveled() }
      guard x.size == y.size else {
        throw PyError.make(.valueError, "x and y must have the same length.")
      }
      let bins = try self.histogram2DBins(v[2] ?? .int(10))
      let ranges: [Value?] = try v[3].flatMap { $0.isNone ? nil : try self.collect($0).map { Optional($0) } } ?? [nil, nil]
      let edges = try (0..<2).map { i in
        try self.histogram2DEdges([x, y][i], bins[i], ranges.count > i ? ranges[i] : nil, axis: i)
      }
      let weights = try v[5].flatMap { $0.isNone ? nil : try self.toArray($0).contiguousFloat64() }
      if let weights, weights.count != x.size {
        throw PyError.make(.valueError, "weights should have the same shape as a.")
      }
      let density = try v[4].map { $0.isNone ? false : try self.truthy($0) } ?? false
      let hist = Runtime.histogram2DCounts(
        [x.contiguousFloat64(), y.contiguousFloat64()], edges.map { $0.contiguousFloat64() }, weights: weights,
        density: density)
      let shape = edges.map { $0.size - 1 }
      return .tuple([.array(NDArray(float64: hist, shape: shape)), .array(edges[0]), .array(edges[1])])
    })
  }

  // `bins` as one entry per axis: a count or an edge array (one array: the same edges twice).
  private func histogram2DBins(_ bins: Value) throws -> [Value] {
    switch bins {
    case .int, .npScalar: return [bins, bins]
    default:
      let items = try collect(bins)
      if items.count == 2 { return items }
      if items.count == 1 {
        throw PyError.make(.valueError, "The dimension of bins must be equal to the dimension of the sample x.")
      }
      return [bins, bins]
    }
  }

  // numpy's per-axis edges: `linspace(first, last, count + 1)` over the data or the range
  // (widened by 0.5 each way when the two meet), or the given monotonic edges.
  private func histogram2DEdges(_ data: NDArray, _ bins: Value, _ range: Value?, axis: Int) throws -> NDArray {
    if let count = intValue(bins) {
      guard count >= 1 else { throw PyError.make(.valueError, "`bins[\(axis)]` must be positive, when an integer") }
      var (first, last): (Double, Double)
      if let pair = try histogramRange(range, "histogram2d") {
        (first, last) = pair
        guard first.isFinite && last.isFinite else {
          throw PyError.make(.valueError, "supplied range of [\(PythonFloat.repr(first)), \(PythonFloat.repr(last))] is not finite")
        }
      } else if data.size == 0 {
        (first, last) = (0, 1)
      } else {
        let values = data.contiguousFloat64()
        // numpy's min/max: NaN when any value is NaN.
        let hasNaN = values.contains { $0.isNaN }
        (first, last) = hasNaN ? (.nan, .nan) : (values.min() ?? 0, values.max() ?? 1)
        guard first.isFinite && last.isFinite else {
          throw PyError.make(.valueError, "autodetected range of [\(PythonFloat.repr(first)), \(PythonFloat.repr(last))] is not finite")
        }
      }
      if first == last { (first, last) = (first - 0.5, last + 0.5) }
      return try engine { try NDArray.linspace(first, last, num: count + 1).array }
    }
    let edges = try engine { try toArray(bins).raveled() }
    let values = edges.contiguousFloat64()
    if zip(values, values.dropFirst()).contains(where: { $0 > $1 }) {
      throw PyError.make(.valueError, "`bins[\(axis)]` must be monotonically increasing, when an array")
    }
    return edges
  }

  // Bin numbers by searchsorted(side='right') with the last edge closed; samples outside
  // either axis are dropped. Density divides by each axis's widths, then by the total.
  private static func histogram2DCounts(
    _ samples: [[Double]], _ edges: [[Double]], weights: [Double]?, density: Bool
  ) -> [Double] {
    let (nx, ny) = (edges[0].count - 1, edges[1].count - 1)
    var hist = [Double](repeating: 0, count: nx * ny)
    func bin(_ value: Double, _ e: [Double]) -> Int? {
      // NaN sorts past the end, as searchsorted orders it.
      var index = value.isNaN ? e.count : firstEdge(above: value, e)
      if value == e.last { index -= 1 }
      return index >= 1 && index <= e.count - 1 ? index - 1 : nil
    }
    for k in samples[0].indices {
      guard let i = bin(samples[0][k], edges[0]), let j = bin(samples[1][k], edges[1]) else { continue }
      hist[i * ny + j] += weights?[k] ?? 1
    }
    guard density else { return hist }
    // numpy's hist.sum(): pairwise, as the engine's sum.
    let total = (try? NDArray(float64: hist, shape: [hist.count]).sum().item().doubleValue) ?? .nan
    return hist.indices.map { p in
      let (i, j) = (p / ny, p % ny)
      return hist[p] / (edges[0][i + 1] - edges[0][i]) / (edges[1][j + 1] - edges[1][j]) / total
    }
  }
}
