import Foundation
import SwnbArray

/// `np.histogram`, `np.histogram_bin_edges`, `np.cov`, `np.corrcoef`, `np.polyfit`, `np.polyval`, `np.logspace` and
/// `np.geomspace`, computed with numpy's formulas so results match to the last digit.
extension Runtime {
  func installFitting(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("histogram") { [unowned self] a in
      try self.rejectComplexArguments(a, "histogram")
      let v = try a.bind("histogram", ["a", "bins", "range", "density", "weights"], required: 1)
      let x = try self.engine { try self.toArray(v[0] ?? .none).raveled() }
      let density = try v[3].map { $0.isNone ? false : try self.truthy($0) } ?? false
      let weights = try v[4].flatMap { $0.isNone ? nil : try self.toArray($0).contiguousFloat64() }
      if let weights, weights.count != x.size { throw PyError.make(.valueError, "weights should have the same shape as a.") }
      let edgeArray = try self.histogramEdges(x, v[1] ?? .int(10), v[2], weighted: weights != nil)
      let edges = edgeArray.contiguousFloat64()
      let counts = Runtime.histogramCounts(x.contiguousFloat64(), edges, weights: weights)
      let n = counts.count
      if density {
        let total = counts.reduce(0, +)
        let values = (0..<n).map { counts[$0] / (edges[$0 + 1] - edges[$0]) / total }
        return .tuple([.array(NDArray(float64: values, shape: [n])), .array(edgeArray)])
      }
      if weights != nil { return .tuple([.array(NDArray(float64: counts, shape: [n])), .array(edgeArray)]) }
      return .tuple([.array(NDArray(int64: counts.map { Int64($0) }, shape: [n])), .array(edgeArray)])
    }
    def("histogram_bin_edges") { [unowned self] a in
      let v = try a.bind("histogram_bin_edges", ["a", "bins", "range", "weights"], required: 1)
      let x = try self.engine { try self.toArray(v[0] ?? .none).raveled() }
      let weighted = !(v[3] ?? .none).isNone
      return .array(try self.histogramEdges(x, v[1] ?? .int(10), v[2], weighted: weighted))
    }
    def("cov") { [unowned self] a in
      try self.rejectComplexArguments(a, "cov")
      let v = try a.bind("cov", ["m", "y", "rowvar", "bias", "ddof"], required: 1)
      let rowvar = try v[2].map { try self.truthy($0) } ?? true
      let bias = try v[3].map { try self.truthy($0) } ?? false
      let ddof = try v[4].flatMap { $0.isNone ? nil : try self.requireInt($0, "cov") }
      // numpy's squeeze leaves a 0-d array (not a scalar) for a single variable.
      return .array(try self.covariance(v[0] ?? .none, v[1], rowvar: rowvar, ddof: ddof ?? (bias ? 0 : 1)))
    }
    def("corrcoef") { [unowned self] a in
      try self.rejectComplexArguments(a, "corrcoef")
      let v = try a.bind("corrcoef", ["x", "y", "rowvar"], required: 1)
      let rowvar = try v[2].map { try self.truthy($0) } ?? true
      let c = try self.covariance(v[0] ?? .none, v[1], rowvar: rowvar, ddof: 1)
      return self.wrap(try self.engine {
        if c.ndim == 0 { return try NDArray.apply(.trueDivide, .array(c), .array(c)) }
        let d = try c.diagonal().apply(.sqrt)
        let rows = try NDArray.apply(.trueDivide, .array(c), .array(try d.reshaped([d.size, 1])))
        let both = try NDArray.apply(.trueDivide, .array(rows), .array(try d.reshaped([1, d.size])))
        return try both.clipped(min: .python(.float(-1)), max: .python(.float(1)))
      })
    }
    def("polyval") { [unowned self] a in
      let v = try a.bind("polyval", ["p", "x"], required: 2)
      return self.wrap(try self.polyval(try self.toArray(v[0] ?? .none), try self.toArray(v[1] ?? .none)))
    }
    installPoly1d(&attrs)
    installPolynomialFunctions(&attrs)
    def("polyfit") { [unowned self] a in
      let v = try a.bind("polyfit", ["x", "y", "deg", "rcond", "full", "w", "cov"], required: 3)
      let x = try self.toArray(v[0] ?? .none)
      let y = try self.toArray(v[1] ?? .none)
      let deg = try self.requireInt(v[2] ?? .none, "polyfit")
      let rcond = try v[3].flatMap { $0.isNone ? nil : try self.requireFloat($0, "polyfit") }
      let w = try v[5].flatMap { $0.isNone ? nil : try self.toArray($0) }
      let fit = try self.polyfit(x, y, deg, rcond: rcond, weights: w)
      let full = try v[4].map { try self.truthy($0) } ?? false
      if !full, let cov = v[6], try self.truthy(cov) {
        let unscaled = if case .str("unscaled") = cov { true } else { false }
        return .tuple([.array(fit.coefficients), .array(try self.polyfitCovariance(fit, points: x.size, order: deg + 1, unscaled: unscaled, columns: y.ndim == 2))])
      }
      guard full else { return .array(fit.coefficients) }
      // numpy's `full=True`: coefficients, residuals, rank, singular values and rcond.
      return .tuple([.array(fit.coefficients), .array(fit.residuals), .npScalar(NDArray.scalar(.int(Int64(fit.rank)), dtype: .int32)), .array(fit.singularValues), .npScalar(NDArray.scalar(.float(fit.rcond), dtype: .float64))])
    }
    for name in ["logspace", "geomspace"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, name == "logspace" ? ["start", "stop", "num", "endpoint", "base", "dtype"] : ["start", "stop", "num", "endpoint", "dtype"], required: 2)
        let start = try self.requireFloat(v[0] ?? .none, name)
        let stop = try self.requireFloat(v[1] ?? .none, name)
        let num = try v[2].map { try self.requireInt($0, name) } ?? 50
        let endpoint = try v[3].map { try self.truthy($0) } ?? true
        if name == "logspace" {
          let base = try v[4].map { try self.requireFloat($0, name) } ?? 10
          let exponents = try self.engine { try NDArray.linspace(start, stop, num: num, endpoint: endpoint).array }
          return .array(try self.engine { try NDArray.apply(.power, .python(.float(base)), .array(exponents)) })
        }
        return .array(try self.geomspace(start, stop, num: num, endpoint: endpoint))
      }
    }
  }

  /// numpy's `polyval`: Horner's scheme from `zeros_like(x)`.
  func polyval(_ p: NDArray, _ x: NDArray) throws -> NDArray {
    try engine {
      var y = try NDArray.zerosLike(x)
      let coefficients = try p.raveled()
      for k in 0..<p.size {
        let product = try NDArray.apply(.multiply, .array(y), .array(x))
        y = try NDArray.apply(.add, .array(product), .array(try coefficients.get([.int(k)])))
      }
      return y
    }
  }

  /// numpy's `geomspace` for positive or negative real endpoints: 10 ** linspace(log10(start),
  /// log10(stop)), with the endpoints set exactly.
  private func geomspace(_ start: Double, _ stop: Double, num: Int, endpoint: Bool) throws -> NDArray {
    guard start != 0, stop != 0 else { throw PyError.make(.valueError, "Geometric sequence cannot include zero") }
    let sign: Double = start < 0 && stop < 0 ? -1 : 1
    guard (start < 0) == (stop < 0) else {
      throw PyError.make(.notImplementedError, "MatrixScript has no complex numbers: np.geomspace with endpoints of opposite signs")
    }
    let (s, e) = (abs(start), abs(stop))
    let exponents = try engine { try NDArray.linspace(log10(s), log10(e), num: num, endpoint: endpoint).array }
    var values = try engine { try NDArray.apply(.power, .python(.float(10)), .array(exponents)) }.contiguousFloat64()
    if num > 0 { values[0] = s }
    if num > 1 && endpoint { values[num - 1] = e }
    return NDArray(float64: values.map { sign * $0 }, shape: [num])
  }

  /// The bin edges: `bins` equal bins over the data range (or `range`), a named estimator's
  /// count of equal bins ('auto', 'fd', ...), or explicit edges (returned as given, in their
  /// own dtype).
  private func histogramEdges(_ x: NDArray, _ bins: Value, _ range: Value?, weighted: Bool) throws -> NDArray {
    let name: String? = if case .str(let s) = bins { s } else { nil }
    let given = try intValue(bins) ?? indexValue(bins)
    if name != nil || given != nil {
      if let given, given < 1 { throw PyError.make(.valueError, "`bins` must be positive, when an integer") }
      let data = x.contiguousFloat64()
      var (first, last) = (data.min() ?? 0, data.max() ?? 1)
      if let pair = try histogramRange(range, "histogram") { (first, last) = pair }
      if !first.isFinite || !last.isFinite {
        throw PyError.make(.valueError, "autodetected range of [\(first), \(last)] is not finite")
      }
      if first == last { (first, last) = (first - 0.5, last + 0.5) }
      var n = given ?? 1
      if let name {
        guard Runtime.histogramEstimators.contains(name) else {
          throw PyError.make(.valueError, "'\(name)' is not a valid estimator for `bins`")
        }
        if weighted {
          throw PyError.make(.typeError, "Automated estimation of the number of bins is not supported for weighted data")
        }
        var kept = x
        if let range, !range.isNone {
          let (lo, hi) = (first, last)
          let keep = NDArray(bool: data.map { $0 >= lo && $0 <= hi }, shape: [data.count])
          kept = try engine { try x.get([.boolMask(keep)]) }
        }
        n = try estimatedBinCount(name, kept, first: first, last: last)
      }
      guard n < Int.max else { throw engineError("ValueError", ArrayError.tooBig.message) }
      return try engine { try NDArray.linspace(first, last, num: n + 1).array }
    }
    let edgeArray = try toArray(bins)
    let edges = edgeArray.contiguousFloat64()
    if zip(edges, edges.dropFirst()).contains(where: { $0 > $1 }) {
      throw PyError.make(.valueError, "`bins` must increase monotonically, when an array")
    }
    return edgeArray
  }

  /// Counts (or weight sums) per bin; the last bin includes its right edge.
  static func histogramCounts(_ data: [Double], _ edges: [Double], weights: [Double]?) -> [Double] {
    let n = edges.count - 1
    var counts = [Double](repeating: 0, count: max(n, 0))
    guard n > 0, let lo = edges.first, let hi = edges.last else { return counts }
    for (i, value) in data.enumerated() where value >= lo && value <= hi {
      counts[min(firstEdge(above: value, edges) - 1, n - 1)] += weights?[i] ?? 1
    }
    return counts
  }

  /// The index of the first edge above `value` (`searchsorted(edges, value, side='right')`;
  /// `edges.count` for a value at or past the last edge).
  static func firstEdge(above value: Double, _ edges: [Double]) -> Int {
    var (low, high) = (0, edges.count)
    while low < high {
      let mid = (low + high) / 2
      if edges[mid] <= value { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// A histogram's `range=(min, max)` argument, checked as numpy does; nil when absent.
  func histogramRange(_ range: Value?, _ name: String) throws -> (Double, Double)? {
    guard let range, !range.isNone else { return nil }
    let pair = try collect(range).map { try requireFloat($0, name) }
    guard pair.count == 2 else { throw PyError.make(.valueError, "too many values to unpack (expected 2)") }
    if pair[0] > pair[1] { throw PyError.make(.valueError, "max must be larger than min in range parameter.") }
    return (pair[0], pair[1])
  }

  /// numpy's `cov`: centred rows, `dot(X, X.T) * (1 / fact)`, squeezed.
  private func covariance(_ m: Value, _ y: Value?, rowvar: Bool, ddof: Int) throws -> NDArray {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    return try engine {
      func rows(_ v: Value) throws -> NDArray {
        var x = try toArray(v).astype(.float64)
        guard x.ndim <= 2 else { throw PyError.make(.valueError, "m has more than 2 dimensions") }
        x = x.atLeast2D()
        return !rowvar && x.shape[0] != 1 ? x.T : x
      }
      var x = try rows(m)
      if let y, !y.isNone { x = try NDArray.concatenate([x, try rows(y)], axis: 0) }
      let mean = try x.mean(axis: [1], keepdims: true, warnings: &warnings)
      let centered = try NDArray.apply(.subtract, .array(x), .array(mean), warnings: &warnings)
      let fact = x.shape[1] - ddof
      if fact <= 0 { warnings.append(ArrayWarning("Degrees of freedom <= 0 for slice")) }
      let product = try NDArray.dot(centered, centered.T)
      let scale = try NDArray.apply(.trueDivide, .python(.int(1)), .python(.int(Int64(fact))), warnings: &warnings)
      let c = try NDArray.apply(.multiply, .array(product), .array(scale), warnings: &warnings)
      return try c.squeezed()
    }
  }

  /// numpy's `polyfit`: a column-scaled Vandermonde least-squares fit.
  /// numpy's `polyfit(..., cov=True)`: `inv(lhsᵀ·lhs) / outer(scale, scale)` of the scaled
  /// design matrix, times `residuals / (points - order)` unless `unscaled`.
  private func polyfitCovariance(_ fit: PolyfitResult, points: Int, order: Int, unscaled: Bool, columns: Bool) throws -> NDArray {
    if !unscaled && points <= order {
      throw PyError.make(.valueError, "the number of data points must exceed order to scale the covariance matrix")
    }
    return try engine {
      let gram = try NDArray.dot(try fit.design.transposed(), fit.design)
      let scale = NDArray(float64: fit.scale, shape: [fit.scale.count])
      let base = try NDArray.apply(.trueDivide, .array(gram.inv()), .array(NDArray.outer(scale, scale)))
      if unscaled { return base }
      let factor = try NDArray.apply(.trueDivide, .array(fit.residuals), .python(.int(Int64(points - order))))
      if !columns { return try NDArray.apply(.multiply, .array(base), .array(factor)) }
      return try NDArray.apply(.multiply, .array(base.reshaped(base.shape + [1])), .array(factor))
    }
  }

  /// A least-squares polynomial fit with the scaled design matrix and column scales numpy's
  /// covariance uses.
  struct PolyfitResult {
    var coefficients: NDArray, residuals: NDArray, rank: Int, singularValues: NDArray, rcond: Double
    var design: NDArray, scale: [Double]
  }

  private func polyfit(_ x: NDArray, _ y: NDArray, _ deg: Int, rcond given: Double?, weights: NDArray?) throws -> PolyfitResult {
    guard deg >= 0 else { throw PyError.make(.valueError, "expected deg >= 0") }
    guard x.ndim == 1 else { throw PyError.make(.typeError, "expected 1D vector for x") }
    guard x.size > 0 else { throw PyError.make(.typeError, "expected non-empty vector for x") }
    guard y.ndim == 1 || y.ndim == 2 else { throw PyError.make(.typeError, "expected 1D or 2D array for y") }
    guard y.shape[0] == x.size else { throw PyError.make(.typeError, "expected x and y to have same length") }
    guard deg < Int.max else { throw PyError.make(.valueError, "Maximum allowed dimension exceeded") }
    let order = deg + 1
    let xs = try engine { try x.astype(.float64) }.contiguousFloat64()
    try engine {
      let size = try Shape.checkedSize([xs.count, order])
      try MemoryCap.process.check(count: size, dtype: .float64, shape: [xs.count, order])
    }
    var lhs = [Double](repeating: 0, count: xs.count * order)
    for (i, xi) in xs.enumerated() {
      var p = 1.0
      for j in 0..<order {
        lhs[i * order + (order - 1 - j)] = p
        p *= xi
      }
    }
    var rhs = try engine { try y.astype(.float64) }
    if let weights {
      // numpy's weighted fit: rows of the design matrix and of y scaled by w.
      guard weights.ndim == 1 else { throw PyError.make(.typeError, "expected a 1-d array for weights") }
      guard weights.size == xs.count else { throw PyError.make(.typeError, "expected w and y to have the same length") }
      let w = try engine { try weights.astype(.float64) }.contiguousFloat64()
      for i in lhs.indices { lhs[i] *= w[i / order] }
      let column = try engine { try NDArray(float64: w, shape: [w.count]).reshaped(y.ndim == 2 ? [w.count, 1] : [w.count]) }
      rhs = try engine { try NDArray.apply(.multiply, .array(rhs), .array(column)) }
    }
    let squares = NDArray(float64: lhs.map { $0 * $0 }, shape: [xs.count, order])
    return try engine {
      let norms = try squares.sum(axis: [0]).contiguousFloat64().map { $0.squareRoot() }
      let scaled = NDArray(float64: lhs.enumerated().map { $0.element / norms[$0.offset % order] }, shape: [xs.count, order])
      let rcond = given ?? Double(xs.count) * Double.ulpOfOne
      let fit = try NDArray.lstsq(scaled, rhs, rcond: rcond)
      let normArray = NDArray(float64: norms, shape: y.ndim == 1 ? [order] : [order, 1])
      let coefficients = try NDArray.apply(.trueDivide, .array(fit.x), .array(normArray))
      return PolyfitResult(
        coefficients: coefficients, residuals: fit.residuals, rank: fit.rank, singularValues: fit.singularValues,
        rcond: rcond, design: scaled, scale: norms)
    }
  }
}
