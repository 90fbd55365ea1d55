import Testing

@testable import SwnbPrinting

/// One CPython `format(value, spec)` outcome, as recorded by Scripts/goldens/printing.py.
struct FormatGolden: Sendable, CustomTestStringConvertible {
  let json: JSONValue
  var testDescription: String {
    "format(\(json["value"].map { "\($0)" } ?? "?"), \(json["spec"]?.string ?? "?"))"
  }

  static let all: [FormatGolden] = loadGolden("format.json").map(FormatGolden.init)

  func run() -> (text: String?, error: FormatSpecError?) {
    let spec = json["spec"]?.string ?? ""
    do {
      switch json["kind"]?.string {
      case "float": return (try FormatSpec.format(json["value"]?.double ?? 0, spec: spec), nil)
      case "int":
        guard case .int(let v) = json["value"] else { return (nil, nil) }
        return (try FormatSpec.format(v, spec: spec), nil)
      default: return (try FormatSpec.format(json["value"]?.string ?? "", spec: spec), nil)
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
    if let expected = golden.json["ok"]?.string {
      #expect(text == expected)
      #expect(error == nil)
    } else {
      #expect(text == nil)
      #expect(error?.kind == golden.json["error"]?.string)
      #expect(error?.message == golden.json["message"]?.string)
    }
  }
}
