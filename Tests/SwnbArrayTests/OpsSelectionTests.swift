import TestSupport
import Testing

@testable import SwnbArray

@Suite struct OpsSelectionTests {
  static let names: Set<String> = [
    "where", "nonzero", "clip", "isclose", "allclose", "array_equal", "round", "around",
    "median", "percentile", "quantile", "sort", "argsort", "unique", "searchsorted",
    "argwhere", "diff", "isin", "ix_",
  ]
  static let selectionCases = OpsGoldens.cases(for: names)

  static func array(_ op: Operand?) throws -> NDArray {
    guard case .array(let a)? = op else { throw GoldenError.bad("expected an array") }
    return a
  }

  @Test(arguments: selectionCases)
  func selectionMatchesNumpy(_ c: OpsGoldens.Case) throws {
    let noneArgs = c.raw["args"].array.map { $0["none"].bool == true }
    try checkGolden(c) { args, kw, warnings in
      let a = args.first
      let keep = kw["keepdims"].bool ?? false
      let equalNaN = kw["equal_nan"].bool ?? false
      switch c.fn {
      case "where" where args.count == 3:
        return .array(try NDArray.where(Self.array(a), args[1], args[2]))
      case "where", "nonzero": return .tuple(try Self.array(a).nonzero())
      case "clip":
        return .array(
          try Self.array(a).clipped(
            min: noneArgs[1] ? nil : args[1], max: noneArgs[2] ? nil : args[2]))
      case "isclose":
        return .array(
          try NDArray.isclose(
            args[0], args[1], rtol: kw["rtol"].double ?? 1e-05, atol: kw["atol"].double ?? 1e-08,
            equalNaN: equalNaN))
      case "allclose":
        return .pybool(try NDArray.allclose(args[0], args[1], equalNaN: equalNaN))
      case "array_equal":
        return .pybool(
          try NDArray.arrayEqual(Self.array(a), Self.array(args[1]), equalNaN: equalNaN))
      case "round", "around":
        return .array(try Self.array(a).rounded(decimals: kw["decimals"].int ?? 0))
      case "median":
        return .array(
          try Self.array(a).median(axis: goldenAxes(kw), keepdims: keep, warnings: &warnings))
      case "percentile":
        return .array(try Self.array(a).percentile(args[1], axis: goldenAxes(kw), keepdims: keep))
      case "quantile":
        return .array(try Self.array(a).quantile(args[1], axis: goldenAxes(kw), keepdims: keep))
      case "sort", "argsort":
        let axis: Int? = kw["axis"] == GoldenJSON.null ? nil : (kw["axis"].int ?? -1)
        let x = try Self.array(a)
        return .array(try c.fn == "sort" ? x.sorted(axis: axis) : x.argsort(axis: axis))
      case "unique":
        let parts = try Self.array(a).unique(
          returnIndex: kw["return_index"].bool ?? false,
          returnInverse: kw["return_inverse"].bool ?? false,
          returnCounts: kw["return_counts"].bool ?? false)
        return parts.count == 1 ? .array(parts[0]) : .tuple(parts)
      case "searchsorted":
        return .array(try Self.array(a).searchsorted(args[1], side: kw["side"].string ?? "left"))
      case "argwhere": return .array(try Self.array(a).argwhere())
      case "diff":
        return .array(try Self.array(a).diff(n: kw["n"].int ?? 1, axis: kw["axis"].int ?? -1))
      case "isin":
        return .array(try Self.array(a).isin(Self.array(args[1]), invert: kw["invert"].bool ?? false))
      case "ix_": return .tuple(try NDArray.ix(args.map { try Self.array($0) }))
      default: throw GoldenError.bad(c.id)
      }
    }
  }
}
