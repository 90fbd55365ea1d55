import TestSupport
import Testing

@testable import SwnbPrinting

@Suite struct PrintOptionsTests {
  static let cases = loadGolden("options.json")

  /// The recorded numpy outcome for `key`/`value`.
  private func golden(_ key: String, _ value: String) -> GoldenJSON? {
    Self.cases.first {
      $0["key"].string == key
        && ($0["value"].string ?? $0["value"].double.map { "\($0)" }) == value
    }
  }

  private func expectError(_ error: PrintOptionsError, matches golden: GoldenJSON?) {
    #expect(golden?["error"].string == error.kind)
    #expect(golden?["message"].string == error.message)
  }

  @Test func floatModeValidation() throws {
    #expect(throws: PrintOptionsError.self) { try PrintOptions.floatMode("bad") }
    do { _ = try PrintOptions.floatMode("bad") } catch let e as PrintOptionsError {
      expectError(e, matches: golden("floatmode", "bad"))
    }
    #expect(golden("floatmode", "maxprec_equal")?["ok"].bool == true)
    #expect(try PrintOptions.floatMode("maxprec_equal") == .maxprecEqual)
  }

  @Test func signValidation() throws {
    do { _ = try PrintOptions.sign("x") } catch let e as PrintOptionsError {
      expectError(e, matches: golden("sign", "x"))
    }
    #expect(golden("sign", " ")?["ok"].bool == true)
    #expect(try PrintOptions.sign(" ") == " ")
  }

  @Test func thresholdValidation() throws {
    do { _ = try PrintOptions.threshold(.nan) } catch let e as PrintOptionsError {
      expectError(e, matches: golden("threshold", "nan"))
    }
    expectError(PrintOptions.thresholdTypeError, matches: golden("threshold", "5"))
    #expect(try PrintOptions.threshold(1e300) == Int.max)
  }

  @Test func precisionValidation() throws {
    expectError(PrintOptions.precisionTypeError, matches: golden("precision", "1.5"))
    expectError(PrintOptions.precisionTypeError, matches: golden("precision", "3"))
    var options = PrintOptions()
    options.precision = -1
    #expect(throws: PrintOptionsError.self) { try options.validate(for: .float64([1.5])) }
    do { try options.validate(for: .float64([1.5])) } catch let e as PrintOptionsError {
      expectError(e, matches: golden("precision-print", "-1.0"))
    }
    try options.validate(for: .int64([1]))
  }

  @Test func unknownLegacyWarns() {
    let result = PrintOptions.legacy("1.99")
    #expect(result.mode == nil)
    #expect(result.warning == golden("legacy", "1.99")?["warning"].string)
    #expect(PrintOptions.legacy("2.1").mode == "2.1")
  }
}
