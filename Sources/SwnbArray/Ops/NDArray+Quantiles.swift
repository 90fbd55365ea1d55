/// median, percentile and quantile (numpy's interpolating methods; the order-statistic
/// methods that pick one element live with the bindings).
extension NDArray {
  /// numpy's `median`: the middle element, or the mean of the two middle ones, of each run
  /// (float64 for integer input); NaN when the run holds a NaN.
  ///
  /// - Throws: axis errors; an empty run gives NaN with numpy's "Mean of empty slice" warning.
  public func median(axis: [Int]? = nil, keepdims: Bool = false, warnings: inout [ArrayWarning])
    throws -> NDArray
  {
    let runs = try QuantileRuns(self, axis: axis)
    if runs.length == 0 {
      warnings.append(ArrayWarning("Mean of empty slice"))
      let name = runs.outerShape.isEmpty && !keepdims ? "scalar divide" : "divide"
      warnings.append(ArrayWarning("invalid value encountered in \(name)"))
    }
    let out: NDArray
    switch runs.data.dtype {
    case .complex128: out = runs.complexMiddles()
    case .float32: out = try runs.map(Float.self, Float.self) { Self.middle($0) }
    case .float64: out = try runs.map(Double.self, Double.self) { Self.middle($0) }
    default: out = try runs.map(Double.self, Double.self) { Self.middle($0) }
    }
    return try out.reshapedForOps(runs.resultShape(keepdims: keepdims, leading: []))
  }

  // numpy takes `mean(part[middle])`: 0 + ((0 + a) [+ b]) divided by 1 or 2.
  private static func middle<T: FloatingPoint>(_ sorted: [T]) -> T {
    let n = sorted.count
    guard n > 0 else { return .nan }
    if let last = sorted.last, last.isNaN { return .nan }
    if n % 2 == 1 { return 0 + (0 + sorted[n / 2]) }
    return (0 + ((0 + sorted[n / 2 - 1]) + sorted[n / 2])) / 2
  }

  /// numpy's `percentile(a, q, axis)`: `quantile` of `q / 100`.
  ///
  /// - Throws: `ValueError` "Percentiles must be in the range [0, 100]"; axis errors.
  public func percentile(
    _ q: Operand, axis: [Int]? = nil, keepdims: Bool = false, method: QuantileMethod = .linear
  ) throws -> NDArray {
    let fractions = try NDArray.apply(.trueDivide, q, .python(.int(100)))
    guard Self.inUnitRange(fractions) else {
      throw ArrayError(.valueError, "Percentiles must be in the range [0, 100]")
    }
    return try quantiles(
      fractions, weak: Self.isPythonScalar(q), axis: axis, keepdims: keepdims, method: method)
  }

  /// numpy's `quantile(a, q, axis)` with linear interpolation between the order statistics
  /// at `(n - 1) * q`, using numpy's `_lerp` (computed from the upper neighbour when
  /// the fraction is at least 0.5). A scalar `q` gives the reduced shape; a 1-d `q` prepends
  /// its length. NaN in a run gives NaN.
  ///
  /// - Throws: `ValueError` "Quantiles must be in the range [0, 1]"; axis errors.
  public func quantile(
    _ q: Operand, axis: [Int]? = nil, keepdims: Bool = false, method: QuantileMethod = .linear
  ) throws -> NDArray {
    let fractions = try q.materialized(as: .float64)
    guard Self.inUnitRange(fractions) else {
      throw ArrayError(.valueError, "Quantiles must be in the range [0, 1]")
    }
    return try quantiles(
      fractions, weak: Self.isPythonScalar(q), axis: axis, keepdims: keepdims, method: method)
  }

  private static func isPythonScalar(_ q: Operand) -> Bool {
    if case .python = q { return true }
    return false
  }

  private static func inUnitRange(_ q: NDArray) -> Bool {
    q.contiguousFloat64().allSatisfy { $0 >= 0 && $0 <= 1 }
  }

  private func quantiles(
    _ q: NDArray, weak: Bool, axis: [Int]?, keepdims: Bool, method: QuantileMethod
  ) throws -> NDArray {
    if dtype.isComplex { throw ArrayError(.typeError, "a must be an array of real numbers") }
    let runs = try QuantileRuns(self, axis: axis)
    // numpy indexes the last sorted element of each run, which an empty run lacks.
    if runs.length == 0 { throw ArrayError(.indexError, "index -1 is out of bounds for axis 0 with size 0") }
    let qs = q.contiguousFloat64()
    var pieces: [NDArray] = []
    for fraction in qs {
      // numpy keeps float32 data in float32 only for a Python-scalar q (weak promotion).
      if dtype == .float32 && weak {
        pieces.append(try runs.map(Float.self, Float.self) { Self.lerp($0, fraction, method) })
      } else if dtype.isFloat {
        pieces.append(try runs.map(Double.self, Double.self) { Self.lerp($0, fraction, method) })
      } else {
        pieces.append(
          try runs.map(Int64.self, Double.self) { Self.lerpIntegers($0, fraction, method) })
      }
    }
    let shape = runs.resultShape(keepdims: keepdims, leading: q.shape)
    if q.ndim == 0, let only = pieces.first { return try only.reshapedForOps(shape) }
    return try NDArray.stack(pieces, axis: 0).reshapedForOps(shape)
  }

  // numpy's _get_indexes + _lerp for one sorted run (NaN last).
  private static func neighbours(_ n: Int, _ q: Double, _ method: QuantileMethod) -> (Int, Int, Double) {
    let virtual = method.virtualIndex(n, q)
    var previous = virtual.rounded(.down)
    var next = previous + 1
    if virtual >= Double(n - 1) { (previous, next) = (Double(n - 1), Double(n - 1)) }
    if virtual < 0 { (previous, next) = (0, 0) }
    let gamma = virtual - (virtual >= Double(n - 1) ? -1 : previous)
    return (Int(previous), Int(next), method.fixedGamma(gamma))
  }

  private static func lerp<T: BinaryFloatingPoint>(
    _ sorted: [T], _ q: Double, _ method: QuantileMethod
  ) -> T {
    guard let last = sorted.last else { return .nan }
    if last.isNaN { return .nan }
    let (i, j, g) = neighbours(sorted.count, q, method)
    let (a, b, t) = (sorted[i], sorted[j], T(g))
    let diff = b - a
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
  }

  private static func lerpIntegers(_ sorted: [Int64], _ q: Double, _ method: QuantileMethod)
    -> Double
  {
    guard !sorted.isEmpty else { return .nan }
    let (i, j, t) = neighbours(sorted.count, q, method)
    let (a, b) = (sorted[i], sorted[j])
    let diff = Double(b &- a)
    return t >= 0.5 ? Double(b) - diff * (1 - t) : Double(a) + diff * t
  }
}

/// The runs a median/quantile reduces: the reduced axes moved last and merged into one.
struct QuantileRuns {
  /// C-contiguous data of shape `outerShape + [length]`.
  let data: NDArray
  let length: Int
  let outerShape: [Int]
  let axes: ReductionAxes
  let sourceShape: [Int]

  init(_ array: NDArray, axis: [Int]?) throws {
    let reduced = try ReductionAxes(axis, ndim: array.ndim, strict: true)
    axes = reduced
    sourceShape = array.shape
    let kept = (0..<array.ndim).filter { !reduced.contains($0) }
    let order = kept + reduced.axes
    let moved = array.view(
      shape: order.map { array.shape[$0] }, strides: order.map { array.strides[$0] })
    outerShape = kept.map { array.shape[$0] }
    length = reduced.count(array.shape)
    data = try moved.converted(to: array.dtype).reshapedForOps(outerShape + [length])
  }

  /// `leading` (the shape of q) + the reduced shape, with 1s for reduced axes if `keepdims`.
  func resultShape(keepdims: Bool, leading: [Int]) -> [Int] {
    leading + axes.resultShape(sourceShape, keepdims: keepdims)
  }

  /// One result per run: `f` gets the run cast to `T` and sorted (NaN last); results are
  /// stored as `R` (Double, Float or Int64).
  func map<T: Comparable, R>(_ t: T.Type, _ r: R.Type, _ f: ([T]) -> R) throws -> NDArray {
    let source = try data.converted(to: DType.holding(T.self))
    let out = try NDArray(zeros: outerShape, dtype: DType.holding(R.self))
    withExtendedLifetime((source, out)) {
      let (p, o) = (source.elementPointer(T.self), out.elementPointer(R.self))
      for k in 0..<outerShape.reduce(1, *) {
        let run = (0..<length).map { p[k * length + $0] }
        // x != x only for NaN: NaN sorts after every number.
        o[k] = f(run.sorted { $0 < $1 || ($1 != $1 && $0 == $0) })
      }
    }
    return out
  }
}

extension QuantileRuns {
  /// numpy's median of complex runs: the middle of each run in complex sort order (the mean
  /// of the two middle values for an even length).
  func complexMiddles() -> NDArray {
    var values: [Complex] = []
    withExtendedLifetime(data) {
      let p = data.elementPointer(Complex.self)
      for k in 0..<outerShape.reduce(1, *) {
        let run = (0..<length).map { p[k * length + $0] }.sorted { ComplexSortKey($0) < ComplexSortKey($1) }
        guard let last = run.last else {
          values.append(Complex(.nan, .nan))
          continue
        }
        if last.isNaN { values.append(Complex(.nan, 0)); continue }
        let n = run.count
        let middle = n % 2 == 1 ? .zero + run[n / 2] : (.zero + run[n / 2 - 1]) + run[n / 2]
        values.append(n % 2 == 1 ? middle : Complex(middle.real / 2, middle.imag / 2))
      }
    }
    return NDArray(complex128: values, shape: outerShape)
  }
}

extension DType {
  /// The dtype whose elements are `T` (Float, Int64 or, otherwise, Double).
  fileprivate static func holding<T>(_ type: T.Type) -> DType {
    if T.self == Float.self { return .float32 }
    if T.self == Int64.self { return .int64 }
    return .float64
  }
}

/// numpy's interpolating quantile methods (Hyndman & Fan): where the virtual index of
/// quantile `q` falls among `n` sorted values, and the interpolation fraction there.
public enum QuantileMethod: String, Sendable, CaseIterable {
  case linear, weibull, hazen
  case interpolatedInvertedCDF = "interpolated_inverted_cdf"
  case medianUnbiased = "median_unbiased"
  case normalUnbiased = "normal_unbiased"
  case averagedInvertedCDF = "averaged_inverted_cdf"

  /// numpy's `get_virtual_index`: `(n - 1)·q` for linear, `n·q - 1` for
  /// averaged_inverted_cdf, else `_compute_virtual_index` with the method's alpha and beta.
  func virtualIndex(_ n: Int, _ q: Double) -> Double {
    let (alpha, beta): (Double, Double)
    switch self {
    case .linear: return Double(n - 1) * q
    case .averagedInvertedCDF: return Double(n) * q - 1
    case .weibull: (alpha, beta) = (0, 0)
    case .hazen: (alpha, beta) = (0.5, 0.5)
    case .interpolatedInvertedCDF: (alpha, beta) = (0, 1)
    case .medianUnbiased: (alpha, beta) = (1 / 3.0, 1 / 3.0)
    case .normalUnbiased: (alpha, beta) = (3 / 8.0, 3 / 8.0)
    }
    return Double(n) * q + (alpha + q * (1 - alpha - beta)) - 1
  }

  /// numpy's `fix_gamma`: averaged_inverted_cdf averages (0.5) on an exact index and takes
  /// the upper neighbour otherwise.
  func fixedGamma(_ gamma: Double) -> Double {
    guard self == .averagedInvertedCDF else { return gamma }
    return gamma == 0 ? 0.5 : 1
  }
}
