import TestSupport
import Testing

@testable import SwnbPrinting

/// One numpy array print, as recorded by Scripts/goldens/printing.py.
struct ArrayGolden: Sendable, CustomTestStringConvertible {
  let json: GoldenJSON
  var testDescription: String { json["id"].string ?? "?" }

  static let all: [ArrayGolden] = loadGolden("arrays.json").map(ArrayGolden.init)

  var shape: [Int] { json["shape"].array.compactMap(\.int) }

  var elements: PrintableElements {
    let dtype = json["dtype"].string ?? ""
    let count = shape.reduce(1, *)
    let gen = json["gen"].array.compactMap(\.double)
    if gen.count == 4 {
      let (mul, mod, div, offset) = (Int(gen[0]), Int(gen[1]), gen[2], Int(gen[3]))
      let raw = (0..<count).map { ($0 * mul) % mod + offset }
      switch dtype {
      case "int64": return .int64(raw.map { Int64($0) })
      case "int32": return .int32(raw.map { Int32($0) })
      case "uint8": return .uint8(raw.map { UInt8(truncatingIfNeeded: $0) })
      case "bool": return .bool(raw.map { $0 % 2 == 1 })
      case "float32": return .float32(raw.map { Float(Double($0) / div) })
      default: return .float64(raw.map { Double($0) / div })
      }
    }
    let values = json["values"].array
    switch dtype {
    case "float64": return .float64(values.compactMap(\.double))
    case "float32": return .float32(values.compactMap { $0.double.map(Float.init) })
    case "int64": return .int64(values.compactMap { $0.int.map(Int64.init) })
    case "int32": return .int32(values.compactMap { $0.int.map(Int32.init) })
    case "uint8": return .uint8(values.compactMap { $0.int.map(UInt8.init) })
    case "bool": return .bool(values.compactMap(\.bool))
    default:
      let width = Int(dtype.dropFirst(2)) ?? 1
      return .unicode(values.compactMap(\.string), width: width)
    }
  }

  var options: PrintOptions { printOptions(json["options"]) }
}

/// Builds `PrintOptions` from a fixture's `options` object.
func printOptions(_ json: GoldenJSON?) -> PrintOptions {
  var o = PrintOptions()
  guard let json else { return o }
  if let v = json["precision"].int { o.precision = v }
  if let v = json["threshold"].int { o.threshold = v }
  if let v = json["edgeitems"].int { o.edgeItems = v }
  if let v = json["linewidth"].int { o.lineWidth = v }
  if let v = json["suppress"].bool { o.suppress = v }
  if let v = json["nanstr"].string { o.nanString = v }
  if let v = json["infstr"].string { o.infString = v }
  if let v = json["sign"].string?.first { o.sign = v }
  if let v = json["floatmode"].string, let mode = FloatMode(rawValue: v) {
    o.floatMode = v == "" ? .maxprec : mode
  }
  if let v = json["legacy"].string { o.legacy = v }
  return o
}

@Suite struct ArrayTextTests {
  @Test func goldensAreLoaded() {
    #expect(ArrayGolden.all.count >= 400)
  }

  @Test(arguments: ArrayGolden.all)
  func reprMatchesNumpy(_ golden: ArrayGolden) {
    let text = ArrayText.repr(golden.elements, shape: golden.shape, options: golden.options)
    #expect(text == golden.json["repr"].string)
  }

  @Test(arguments: ArrayGolden.all)
  func strMatchesNumpy(_ golden: ArrayGolden) {
    let text = ArrayText.str(golden.elements, shape: golden.shape, options: golden.options)
    #expect(text == golden.json["str"].string)
  }
}

@Suite struct ArrayTextPerformanceTests {
  /// A summarised 1000×1000 repr formats only the shown corners: numpy takes about 1 ms.
  @Test func summarisedMillionElementReprIsFast() throws {
    let golden = try #require(ArrayGolden.all.first { $0.json["id"].string == "big10-0" })
    let elements = golden.elements
    let clock = ContinuousClock()
    var text = ""
    let elapsed = clock.measure {
      for _ in 0..<10 {
        text = ArrayText.repr(elements, shape: [1000, 1000], options: PrintOptions())
      }
    }
    #expect(text == golden.json["repr"].string)
    #expect(elapsed < .milliseconds(500))
  }
}

@Suite struct ArrayTextGatherTests {
  /// The gathering entry point asks only for the corners of a summarised array.
  @Test func summarisedReprGathersOnlyCorners() throws {
    let golden = try #require(ArrayGolden.all.first { $0.json["id"].string == "big10-0" })
    let elements = golden.elements
    var requested: [Int] = []
    let text = ArrayText.repr(shape: [1000, 1000], options: PrintOptions()) { indices in
      requested = indices
      return elements.gathering(indices)
    }
    #expect(text == golden.json["repr"].string)
    #expect(requested.count == 36)
    #expect(requested.first == 0 && requested.last == 999_999)
  }

  @Test(arguments: ArrayGolden.all.filter { $0.json["gen"].isNull })
  func gatheringStrMatchesNumpy(_ golden: ArrayGolden) {
    let elements = golden.elements
    let text = ArrayText.str(shape: golden.shape, options: golden.options) {
      elements.gathering($0)
    }
    #expect(text == golden.json["str"].string)
  }

  /// A caller bug (wrong gathered count) must not trap: the body prints as empty.
  @Test func mismatchedGatherDoesNotTrap() {
    let text = ArrayText.repr(shape: [3], options: PrintOptions()) { _ in .float64([1]) }
    #expect(text.hasPrefix("array([]"))
    let negative = ArrayText.str(.int64([1, 2]), shape: [-1, 2], options: PrintOptions())
    #expect(negative == "[]")
  }
}

@Suite struct ArrayTextRobustnessTests {
  /// Options at absurd values never trap (numpy rejects some of them earlier).
  @Test func absurdOptionsDoNotTrap() {
    var options = PrintOptions()
    let values = PrintableElements.float64([1.5, .nan, -.infinity, 1e-300, 0])
    for precision in [-5, 0, 100_000] {
      for edge in [-1, 0, Int.max] {
        for width in [Int.min, -1, 0, Int.max] {
          options.precision = precision
          options.edgeItems = edge
          options.lineWidth = width
          options.threshold = edge == 0 ? Int.min : Int.max
          #expect(!ArrayText.repr(values, shape: [5], options: options).isEmpty)
          #expect(!ArrayText.str(values, shape: [5, 1], options: options).isEmpty)
        }
      }
    }
  }
}

@Suite struct Array2StringTests {
  static let all: [ArrayGolden] = loadGolden("array2string.json").map(ArrayGolden.init)

  @Test func goldensAreLoaded() {
    #expect(Self.all.count >= 40)
  }

  @Test(arguments: Self.all)
  func matchesNumpy(_ golden: ArrayGolden) {
    let call = golden.json["call"]
    let text = ArrayText.array2string(
      golden.elements, shape: golden.shape, options: golden.options,
      separator: call["separator"].string ?? " ", prefix: call["prefix"].string ?? "",
      suffix: call["suffix"].string ?? "")
    #expect(text == golden.json["text"].string)
  }
}
