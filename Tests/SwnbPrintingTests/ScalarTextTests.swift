import TestSupport
import Testing

@testable import SwnbPrinting

/// One numpy scalar repr/str, as recorded by Scripts/goldens/printing.py.
struct ScalarGolden: Sendable, CustomTestStringConvertible {
  let json: GoldenJSON
  var testDescription: String {
    "\(json["dtype"].string ?? "?") \(json["repr"].string ?? "?") legacy=\(json["legacy"].string ?? "-")"
  }

  static let all: [ScalarGolden] = loadGolden("scalars.json").map(ScalarGolden.init)

  var elements: PrintableElements {
    let value = json["value"]
    switch json["dtype"].string {
    case "float64": return .float64([value.double ?? 0])
    case "float32": return .float32([Float(value.double ?? 0)])
    case "int64": return .int64([Int64(value.int ?? 0)])
    case "int32": return .int32([Int32(value.int ?? 0)])
    case "uint8": return .uint8([UInt8(value.int ?? 0)])
    case "bool": return .bool([value.int == 1])
    default: return .unicode([value.string ?? ""], width: 3)
    }
  }

  var options: PrintOptions {
    var o = PrintOptions()
    o.legacy = json["legacy"].string
    return o
  }
}

@Suite struct ScalarTextTests {
  @Test func goldensAreLoaded() {
    #expect(ScalarGolden.all.count >= 200)
  }

  @Test(arguments: ScalarGolden.all)
  func reprMatchesNumpy(_ golden: ScalarGolden) {
    #expect(
      ScalarText.repr(golden.elements, options: golden.options) == golden.json["repr"].string)
  }

  @Test(arguments: ScalarGolden.all)
  func strMatchesNumpy(_ golden: ScalarGolden) {
    #expect(ScalarText.str(golden.elements, options: golden.options) == golden.json["str"].string)
  }

  @Test func zeroDimensionalStrIsScalarStr() {
    let golden = ScalarGolden.all.first { $0.json["dtype"].string == "float64" }
    guard let golden else { return }
    #expect(
      ArrayText.str(golden.elements, shape: [], options: PrintOptions())
        == golden.json["str"].string)
  }
}
