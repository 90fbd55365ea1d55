import TestSupport
import Testing

@testable import SwnbArray

/// Runs one golden case through `call` and checks value, error and warnings against numpy.
func checkGolden(
  _ c: OpsGoldens.Case, checkWarnings: Bool = true,
  _ call: ([Operand], GoldenJSON, inout [ArrayWarning]) throws -> GoldenResult
) throws {
  let raw = c.raw
  let args = try raw["args"].array.map(GoldenIO.operand)
  let kw = raw["kw"]
  let expected = raw["out"]
  let ulp = raw["ulp"].int ?? 0
  var warnings: [ArrayWarning] = []
  let result: GoldenResult
  do {
    result = try call(args, kw, &warnings)
  } catch let error as ArrayError {
    let e = expected["error"].array
    guard e.count == 2 else {
      Issue.record("\(c.id): unexpected \(error)")
      return
    }
    #expect(error.kind.pythonName == e[0].string, "\(c.id)")
    #expect(error.message == e[1].string, "\(c.id)")
    return
  }
  #expect(expected["error"].isNull, "\(c.id): expected \(expected["error"])")
  if let failure = result.mismatch(expected, ulp: ulp) {
    Issue.record("\(c.id): \(failure)")
  }
  if checkWarnings {
    let want = raw["warnings"].array.compactMap(\.string)
    #expect(warnings.map(\.message) == want, "\(c.id)")
  }
}

/// What a golden call returned.
enum GoldenResult {
  case array(NDArray)
  case tuple([NDArray])
  case pybool(Bool)

  func mismatch(_ expected: GoldenJSON, ulp: Int) -> String? {
    switch self {
    case .array(let a):
      if let n = expected["pyint"].int {
        return a.ndim == 0 && (try? a.item()) == .int(Int64(n)) ? nil : "\(a.scalars()) != \(n)"
      }
      return GoldenIO.mismatch(a, expected, ulp: ulp)
    case .pybool(let b):
      return expected["pybool"].bool == b ? nil : "\(b) != \(expected)"
    case .tuple(let items):
      let want = expected["tuple"].array
      guard want.count == items.count else {
        return "tuple of \(items.count) != \(expected)"
      }
      for (a, w) in zip(items, want) {
        if let m = GoldenIO.mismatch(a, w, ulp: ulp) { return m }
      }
      return nil
    }
  }
}

let binaryNames: [String: BinaryUfunc] = {
  var map: [String: BinaryUfunc] = [:]
  for op in BinaryUfunc.allCases { map[op.name] = op }
  map["true_divide"] = .trueDivide
  return map
}()

let unaryNames: [String: UnaryUfunc] = {
  var map: [String: UnaryUfunc] = [:]
  for op in UnaryUfunc.allCases { map[op.name] = op }
  return map
}()

@Suite struct OpsElementwiseTests {
  static let binaryCases = OpsGoldens.cases(for: Set(binaryNames.keys))
  static let unaryCases = OpsGoldens.cases(for: Set(unaryNames.keys))
  static let inplaceCases = OpsGoldens.cases(for: Set(binaryNames.keys.map { "i" + $0 }))

  @Test func goldensArePresent() {
    #expect(OpsGoldens.shared.cases.count > 500)
    #expect(Self.binaryCases.count > 200)
  }

  @Test(arguments: binaryCases)
  func binaryMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      guard let op = binaryNames[c.fn], args.count == 2 else { throw GoldenError.bad(c.id) }
      return .array(try NDArray.apply(op, args[0], args[1], warnings: &warnings))
    }
  }

  @Test(arguments: OpsGoldens.cases(for: ["pypower"]))
  func pythonPowerMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      .array(try NDArray.pythonPower(args[0], args[1], warnings: &warnings))
    }
  }

  @Test(
    arguments: OpsGoldens.cases(for: ["scalar_true_divide", "scalar_multiply", "scalar_subtract"]))
  func numpyScalarMathWarningsMatchNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      guard let op = binaryNames[String(c.fn.dropFirst("scalar_".count))] else {
        throw GoldenError.bad(c.id)
      }
      var raw: [ArrayWarning] = []
      let result = try NDArray.apply(op, args[0], args[1], warnings: &raw)
      warnings = raw.map(\.asScalarMath)
      return .array(result)
    }
  }

  @Test(arguments: OpsGoldens.cases(for: ["ipypower"]))
  func inPlacePythonPowerMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      guard case .array(let a) = args[0] else { throw GoldenError.bad(c.id) }
      try a.pythonPowerInPlace(args[1], warnings: &warnings)
      return .array(a)
    }
  }

  @Test(arguments: inplaceCases)
  func inPlaceMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      guard let op = binaryNames[String(c.fn.dropFirst())], args.count == 2,
        case .array(let a) = args[0]
      else { throw GoldenError.bad(c.id) }
      try a.applyInPlace(op, args[1], warnings: &warnings)
      return .array(a)
    }
  }

  @Test(arguments: unaryCases)
  func unaryMatchesNumpy(_ c: OpsGoldens.Case) throws {
    try checkGolden(c) { args, _, warnings in
      guard let op = unaryNames[c.fn], case .array(let a)? = args.first else {
        throw GoldenError.bad(c.id)
      }
      return .array(try a.apply(op, warnings: &warnings))
    }
  }
}
