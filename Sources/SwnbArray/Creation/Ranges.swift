import Foundation

/// numpy's evenly spaced constructors: arange and linspace.
extension NDArray {
  /// `np.arange(start, stop, step, dtype)`; with `stop` nil the range is `[0, start)`.
  ///
  /// Length is `ceil((stop - start) / step)` (empty when not positive). The dtype is int64
  /// when every argument is an integer, else float64; values are `start + i * delta` with
  /// `delta = (start + step) - start`, as numpy fills them.
  /// - Throws: `ZeroDivisionError` "division by zero" for a zero step, `ValueError`
  ///   "Maximum allowed size exceeded" for lengths that do not fit.
  public static func arange(
    _ start: Scalar, _ stop: Scalar? = nil, step: Scalar? = nil, dtype: DType? = nil
  ) throws -> NDArray {
    let (lo, hi) = stop.map { (start, $0) } ?? (.int(0), start)
    let stepValue = step ?? .int(1)
    let allInts = [lo, hi, stepValue].allSatisfy { if case .float = $0 { false } else { true } }
    let s = stepValue.doubleValue
    if s == 0 { throw ArrayError(.zeroDivisionError, "division by zero") }
    let target = dtype ?? (allInts ? .int64 : .float64)
    if allInts, case .int(let a) = lo.asInt, case .int(let b) = hi.asInt,
      case .int(let c) = stepValue.asInt
    {
      return try integerRange(a, b, c, dtype: target)
    }
    let span = (hi.doubleValue - lo.doubleValue) / s
    guard !span.isNaN, span < 9.2e18 else {
      throw ArrayError(.valueError, "Maximum allowed size exceeded")
    }
    let count = span > 0 ? Int(span.rounded(.up)) : 0
    let first = lo.doubleValue
    let delta = (first + s) - first
    if target == .float32 {
      // numpy fills in the target type: the step is taken between the first two float32 values.
      let result = try NDArray(zeros: [count], dtype: .float32)
      guard case .float32(let buffer) = result.storage else { return result }
      let start32 = Float(first)
      let delta32 = Float(first + s) - start32
      for i in 0..<count { buffer.base[i] = start32 + Float(i) * delta32 }
      return result
    }
    let result = try NDArray(zeros: [count], dtype: .float64)
    guard case .float64(let buffer) = result.storage else { return result }
    for i in 0..<count { buffer.base[i] = first + Double(i) * delta }
    return target == .float64 ? result : try result.astype(target)
  }

  private static func integerRange(_ a: Int64, _ b: Int64, _ c: Int64, dtype: DType) throws
    -> NDArray
  {
    let (span, o1) = b.subtractingReportingOverflow(a)
    if o1 { throw ArrayError(.valueError, "Maximum allowed size exceeded") }
    // ceil(span / c) for integers of either sign (Int64.min / -1 is the only overflow).
    let (quotient, o2) = span.dividedReportingOverflow(by: c)
    if o2 { throw ArrayError(.valueError, "Maximum allowed size exceeded") }
    var count = quotient
    if span % c != 0 && (span > 0) == (c > 0) { count += 1 }
    let n = Int(max(count, 0))
    let result = try NDArray(zeros: [n], dtype: dtype)
    if case .int64(let buffer) = result.storage {
      var v = a
      for i in 0..<n {
        buffer.base[i] = v
        v = v &+ c
      }
      return result
    }
    let wide = try NDArray(zeros: [n], dtype: .int64)
    if case .int64(let buffer) = wide.storage {
      for i in 0..<n { buffer.base[i] = a &+ Int64(i) &* c }
    }
    return try wide.astype(dtype)
  }

  /// `np.linspace(start, stop, num, endpoint, dtype)` and its step (`retstep`).
  ///
  /// Mirrors numpy's formula: `step = (stop - start) / div` with `div = num - 1` (or `num`
  /// without endpoint), `y = arange(num) * step + start`, the last value set to `stop` when
  /// `endpoint`; integer dtypes take the floor. The step is NaN when `div` is 0.
  /// - Throws: `ValueError` "Number of samples, -1, must be non-negative."
  public static func linspace(
    _ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true, dtype: DType? = nil
  ) throws -> (array: NDArray, step: Double) {
    guard num >= 0 else {
      throw ArrayError(.valueError, "Number of samples, \(num), must be non-negative.")
    }
    let result = try NDArray(zeros: [num], dtype: .float64)
    guard case .float64(let buffer) = result.storage else { return (result, .nan) }
    let values = buffer.elements
    for i in 0..<num { values[i] = Double(i) }
    let div = endpoint ? num - 1 : num
    let delta = stop - start
    var step = Double.nan
    if div > 0 {
      step = delta / Double(div)
      if step == 0 {
        for i in values.indices { values[i] = values[i] / Double(div) * delta }
      } else {
        for i in values.indices { values[i] *= step }
      }
    } else {
      for i in values.indices { values[i] *= delta }
    }
    for i in values.indices { values[i] += start }
    if endpoint && num > 1 { values[num - 1] = stop }
    let target = dtype ?? .float64
    if target.isInteger { for i in values.indices { values[i] = Foundation.floor(values[i]) } }
    return (target == .float64 ? result : try result.astype(target), step)
  }
}

extension Scalar {
  /// Booleans as integers (arange and friends treat `True` as 1).
  fileprivate var asInt: Scalar {
    if case .bool(let b) = self { return .int(b ? 1 : 0) }
    return self
  }
}
