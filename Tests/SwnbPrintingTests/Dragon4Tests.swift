import TestSupport
import Testing

@testable import SwnbPrinting

/// One value through numpy's `format_float_positional`/`format_float_scientific` in the
/// modes FloatingFormat uses.
struct Dragon4Golden: Sendable, CustomTestStringConvertible {
  let row: [GoldenJSON]
  var testDescription: String { row.prefix(4).map { "\($0)" }.joined(separator: " ") }

  static let all: [Dragon4Golden] = loadGolden("dragon4.json").map { Dragon4Golden(row: $0.array) }

  var float32: Bool { row.first?.string == "f32" }
  var value: Double {
    let hex = row.count > 1 ? row[1].string ?? "0" : "0"
    if float32 { return Double(Float(bitPattern: UInt32(hex, radix: 16) ?? 0)) }
    return Double(bitPattern: UInt64(hex, radix: 16) ?? 0)
  }
  var precision: Int { row.count > 2 ? row[2].int ?? 0 : 0 }
  var expected: [String] { row.dropFirst(3).compactMap(\.string) }
}

@Suite struct Dragon4Tests {
  @Test func goldensAreLoaded() {
    #expect(Dragon4Golden.all.count >= 200)
  }

  /// Capped unique digits, min_digits padding and exact (non-unique) digits, both notations.
  @Test(arguments: Dragon4Golden.all)
  func matchesNumpy(_ golden: Dragon4Golden) {
    let x = golden.value
    let p = golden.precision
    var capped = Dragon4(precision: p, trim: .point, float32: golden.float32)
    var padded = capped
    padded.minDigits = p
    padded.trim = .keep
    var exact = padded
    exact.unique = false
    exact.minDigits = nil
    let got = [
      capped.positional(x).render(), padded.positional(x).render(), exact.positional(x).render(),
      capped.scientific(x).render(), padded.scientific(x).render(), exact.scientific(x).render(),
    ]
    #expect(got == golden.expected)
    capped.plusSign = true
    #expect(capped.positional(x).render().first == (x.sign == .minus ? "-" : "+"))
  }

  /// Rounding the shortest digits defers to exact arithmetic only for a lone trailing 5.
  @Test func roundedShortestDefersOnLoneFive() {
    let digits = DecimalDigits(digits: [1, 2, 5], pointPosition: 0)
    #expect(digits.roundedShortest(keeping: 2) == nil)
    #expect(digits.roundedShortest(keeping: 1) == DecimalDigits(digits: [1], pointPosition: 0))
    let nines = DecimalDigits(digits: [9, 9, 7], pointPosition: 1)
    #expect(nines.roundedShortest(keeping: 2) == DecimalDigits(digits: [1], pointPosition: 2))
  }
}
