import TestSupport
import Testing

@testable import SwnbArray

/// The `axis` keyword of a golden case: absent/null, an int, or a list.
func goldenAxes(_ kw: GoldenJSON) -> [Int]? {
  guard let axis = kw["axis"].present else { return nil }
  if let i = axis.int { return [i] }
  return axis.ints
}

func goldenAxis(_ kw: GoldenJSON) -> Int? {
  kw["axis"].int
}

@Suite struct OpsReductionTests {
  static let names: Set<String> = [
    "sum", "prod", "mean", "std", "var", "min", "max", "argmin", "argmax", "any", "all", "cumsum",
    "cumprod", "count_nonzero", "ptp", "average",
  ]
  static let reductionCases = OpsGoldens.cases(for: names)

  @Test(arguments: reductionCases)
  func reductionMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, kw, warnings in
      guard case .array(let a)? = args.first else { throw GoldenError.bad(c.id) }
      let axes = goldenAxes(kw)
      let keep = kw["keepdims"].bool ?? false
      let ddof = kw["ddof"].int ?? 0
      switch c.fn {
      case "sum":
        let dtype = kw["dtype"].string.flatMap(DType.init(name:))
        return .array(try a.sum(axis: axes, keepdims: keep, dtype: dtype, warnings: &warnings))
      case "prod": return .array(try a.prod(axis: axes, keepdims: keep, warnings: &warnings))
      case "mean": return .array(try a.mean(axis: axes, keepdims: keep, warnings: &warnings))
      case "var":
        return .array(try a.variance(axis: axes, ddof: ddof, keepdims: keep, warnings: &warnings))
      case "std":
        return .array(try a.std(axis: axes, ddof: ddof, keepdims: keep, warnings: &warnings))
      case "min": return .array(try a.amin(axis: axes, keepdims: keep))
      case "max": return .array(try a.amax(axis: axes, keepdims: keep))
      case "argmin": return .array(try a.argmin(axis: goldenAxis(kw), keepdims: keep))
      case "argmax": return .array(try a.argmax(axis: goldenAxis(kw), keepdims: keep))
      case "any": return .array(try a.any(axis: axes, keepdims: keep))
      case "all": return .array(try a.all(axis: axes, keepdims: keep))
      case "cumsum": return .array(try a.cumsum(axis: goldenAxis(kw)))
      case "cumprod": return .array(try a.cumprod(axis: goldenAxis(kw)))
      case "count_nonzero": return .array(try a.countNonzero(axis: axes, keepdims: keep))
      case "ptp": return .array(try a.ptp(axis: axes, keepdims: keep))
      case "average":
        let weights = kw["weights"].present.map { w in
          NDArray(float64: w.array.compactMap(\.double), shape: [w.array.count])
        }
        let typed = try weights.map { w in
          a.dtype.isInteger
            && kw["weights"].array.allSatisfy({ $0.double == $0.double?.rounded() })
            ? try w.converted(to: .int64) : w
        }
        return .array(
          try a.average(axis: axes, weights: typed, keepdims: keep, warnings: &warnings))
      default: throw GoldenError.bad(c.id)
      }
    }
  }
}
