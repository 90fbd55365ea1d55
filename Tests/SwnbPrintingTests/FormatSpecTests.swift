import TestSupport
import Testing

@testable import SwnbPrinting

/// One CPython `format(value, spec)` outcome, as recorded by Scripts/goldens/printing.py.
struct FormatGolden: Sendable, CustomTestStringConvertible {
  let json: GoldenJSON
  var testDescription: String {
    "format(\(json["value"]), \(json["spec"].string ?? "?"))"
  }

  static let all: [FormatGolden] = loadGolden("format.json").map(FormatGolden.init)

  func run() -> (text: String?, error: FormatSpecError?) {
    let spec = json["spec"].string ?? ""
    do {
      switch json["kind"].string {
      case "float": return (try FormatSpec.format(json["value"].double ?? 0, spec: spec), nil)
      case "int":
        guard case .int(let v) = json["value"] else { return (nil, nil) }
        return (try FormatSpec.format(Int64(v), spec: spec), nil)
      default: return (try FormatSpec.format(json["value"].string ?? "", spec: spec), nil)
      }
    } catch let error as FormatSpecError {
      return (nil, error)
    } catch {
      return (nil, nil)
    }
  }
}

@Suite struct FormatSpecTests {
  @Test func goldensAreLoaded() {
    #expect(FormatGolden.all.count >= 300)
  }

  @Test(arguments: FormatGolden.all)
  func matchesCPython(_ golden: FormatGolden) {
    let (text, error) = golden.run()
    if let expected = golden.json["ok"].string {
      #expect(text == expected)
      #expect(error == nil)
    } else {
      #expect(text == nil)
      #expect(error?.kind == golden.json["error"].string)
      #expect(error?.message == golden.json["message"].string)
    }
  }
}

@Suite struct FormatSpecLimitTests {
  /// Widths and precisions that would exhaust memory are refused, not attempted.
  @Test func hugeWidthOrPrecisionThrowsMemoryError() {
    let huge = String(FormatSpec.maxLength + 1)
    for spec in [huge, "." + huge + "f", ">" + huge] {
      #expect(throws: FormatSpecError.self) { try FormatSpec.format(1.5, spec: spec) }
    }
    #expect(throws: FormatSpecError.self) { try FormatSpec.format(Int64(7), spec: huge) }
    #expect(throws: FormatSpecError.self) { try FormatSpec.format("ab", spec: huge) }
  }

  /// Extreme integers format without overflow.
  @Test func extremeIntegersDoNotTrap() throws {
    for spec in ["", "d", "x", "#b", ",", "_o", "+020,d", "e", "%"] {
      _ = try FormatSpec.format(Int64.min, spec: spec)
      _ = try FormatSpec.format(Int64.max, spec: spec)
    }
  }
}
