import SwnbArray

/// The exact core of the `statistics` module: CPython sums the data as fractions (each float is
/// an integer times a power of two) and rounds once, so `mean`, `variance` and `stdev` print
/// CPython's digits only when computed exactly, as here.
extension Runtime {
  /// The result type CPython's `_coerce` settles on for the data's types.
  private enum StatisticsType { case int, float, numpyFloat }

  /// One finite datum as ±magnitude · 2^exponent.
  private struct Dyadic {
    var negative: Bool
    var magnitude: UInt64
    var exponent: Int
  }

  private func dyadic(_ v: Value, _ type: inout StatisticsType) throws -> Dyadic? {
    switch v {
    case .bool(let b): return Dyadic(negative: false, magnitude: b ? 1 : 0, exponent: 0)
    case .int(let i): return Dyadic(negative: i < 0, magnitude: UInt64(i.magnitude), exponent: 0)
    case .float(let d):
      if type == .int { type = .float }
      return d.isFinite ? Self.dyadic(d) : nil
    case .npScalar(let a) where a.dtype == .float64:
      type = .numpyFloat
      guard let d = floatValue(v) ?? extensionFloat(v) else { return nil }
      return d.isFinite ? Self.dyadic(d) : nil
    case .npScalar:
      throw PyError.make(.typeError, "MatrixScript's statistics takes int, float and numpy.float64 data, not \(typeName(v))")
    default:
      throw PyError.make(.typeError, "can't convert type '\(typeName(v))' to numerator/denominator")
    }
  }

  private static func dyadic(_ d: Double) -> Dyadic {
    var m = d.significandBitPattern
    var e = Int(d.exponentBitPattern)
    if e == 0 { e = 1 } else { m |= 1 << 52 }
    e -= 1075
    if m == 0 { return Dyadic(negative: false, magnitude: 0, exponent: 0) }
    let zeros = m.trailingZeroBitCount
    return Dyadic(negative: d.sign == .minus, magnitude: m >> zeros, exponent: e + zeros)
  }

  /// `_exact(values, ddof, squares, root)`: the exact sum of `values` (or, with `squares`, the
  /// sum of squared deviations from their mean) divided by `len(values) - ddof`, converted as
  /// CPython's `_convert` does, or its correctly rounded square root with `root`. None when
  /// the divisor is below one, so the module raises its own StatisticsError. A fifth argument
  /// `inverted` gives `len(values) / sum` instead (the harmonic mean of the reciprocals).
  func statisticsExact(_ a: inout Arguments) throws -> Value {
    let inverted = try a.positional.count == 5 && truthy(a.positional[4])
    if a.positional.count == 5 { a.positional.removeLast() }
    let v = try a.exactly(4, "_exact")
    let values = try collect(v[0])
    let ddof = try requireInt(v[1], "_exact")
    let squares = try truthy(v[2])
    let root = try truthy(v[3])
    var type = StatisticsType.int
    var finite: [Dyadic] = []
    var nonFinite: Double?
    for item in values {
      if let d = try dyadic(item, &type) {
        finite.append(d)
      } else {
        nonFinite = (nonFinite ?? 0) + (floatValue(item) ?? extensionFloat(item) ?? .nan)
      }
    }
    let divisor = values.count - ddof
    guard divisor >= 1 else { return .none }
    if let total = nonFinite {
      if root { throw PyError.make(.attributeError, "'float' object has no attribute 'numerator'") }
      return statisticsValue(total / Double(divisor), type)
    }
    let base = finite.map(\.exponent).min() ?? 0
    var positive = Natural(0)
    var negative = Natural(0)
    var sumOfSquares = Natural(0)
    for d in finite where d.magnitude != 0 {
      let m = Natural(d.magnitude)
      let shift = d.exponent - base
      if d.negative { negative = negative + m.shiftedLeft(shift) } else { positive = positive + m.shiftedLeft(shift) }
      if squares { sumOfSquares = sumOfSquares + (m * m).shiftedLeft(2 * shift) }
    }
    let isNegative = positive < negative
    let sum = isNegative ? negative - positive : positive - negative
    let ratio: ExactRatio
    if squares {
      // (n·Σx² − (Σx)²) / n, exact; Cauchy–Schwarz keeps it non-negative.
      let n = Natural(UInt64(values.count))
      let scaled = n * sumOfSquares
      let square = sum * sum
      let deviations = square < scaled ? scaled - square : Natural(0)
      ratio = ExactRatio(numerator: deviations, denominator: n * Natural(UInt64(divisor)), exponent: 2 * base)
    } else if inverted {
      if sum.isZero { throw PyError.make(.zeroDivisionError, "division by zero") }
      ratio = ExactRatio(numerator: Natural(UInt64(divisor)), denominator: sum, exponent: -base)
    } else {
      ratio = ExactRatio(numerator: sum, denominator: Natural(UInt64(divisor)), exponent: base)
    }
    if root { return .float(ratio.squareRoot()) }
    let sign: Double = isNegative && !squares ? -1 : 1
    if type == .int, let i = try ratio.integer() { return .int(sign < 0 ? -i : i) }
    return statisticsValue(sign * (try ratio.double()), type)
  }

  private func statisticsValue(_ d: Double, _ type: StatisticsType) -> Value {
    type == .numpyFloat ? .npScalar(NDArray.scalar(.float(d), dtype: .float64)) : .float(d)
  }
}
