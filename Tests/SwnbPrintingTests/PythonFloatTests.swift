import Testing

@testable import SwnbPrinting

/// One CPython `repr(float)`, keyed by the double's bit pattern.
struct FloatReprGolden: Sendable, CustomTestStringConvertible {
  let bits: UInt64
  let repr: String
  var testDescription: String { repr }

  static let all: [FloatReprGolden] = loadGolden("pyfloat.json").compactMap { row in
    let pair = row.array
    guard pair.count == 2, let hex = pair[0].string, let bits = UInt64(hex, radix: 16),
      let repr = pair[1].string
    else { return nil }
    return FloatReprGolden(bits: bits, repr: repr)
  }
}

@Suite struct PythonFloatTests {
  @Test func goldensAreLoaded() {
    #expect(FloatReprGolden.all.count >= 300)
  }

  @Test(arguments: FloatReprGolden.all)
  func reprMatchesCPython(_ golden: FloatReprGolden) {
    #expect(PythonFloat.repr(Double(bitPattern: golden.bits)) == golden.repr)
  }
}
