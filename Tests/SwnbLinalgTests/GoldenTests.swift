import Testing

@testable import SwnbLinalg

/// Every case of Goldens/linalg.json (numpy 2.4.6 through Scripts/goldens/linalg.py).
@Suite struct GoldenTests {
  @Test func fixtureLoadsWithEnoughCases() throws {
    let file = try #require(GoldenFile.shared)
    #expect(file.numpy.hasPrefix("2.4"))
    #expect(file.cases.count >= 150)
  }

  @Test(arguments: GoldenFile.shared?.cases ?? [])
  func matchesNumpy(_ golden: GoldenCase) throws {
    let table = try #require(GoldenFile.shared).inputs
    let runner = GoldenRunner(golden: golden, table: table)
    let outputs: [String: Output]
    do {
      outputs = try runner.run()
    } catch {
      #expect(GoldenError(kind: error.kind, message: error.message) == golden.error)
      return
    }
    #expect(golden.error == nil, "numpy raised \(String(describing: golden.error))")
    let expected = try #require(golden.outputs)
    #expect(Set(outputs.keys) == Set(expected.keys))
    for (name, want) in expected {
      let got = try #require(outputs[name], "missing output \(name)")
      #expect(got.shape == want.shape, "\(name) shape")
      guard got.shape == want.shape else { continue }
      let scale = golden.normwise ? want.values.map(abs).max() ?? 0 : nil
      let mismatches = zip(got.values, want.values).enumerated().filter { _, pair in
        !agrees(pair.0, pair.1, tol: golden.tol, scale: scale)
      }
      #expect(
        mismatches.isEmpty,
        "\(name): \(mismatches.prefix(3).map { "[\($0.offset)] \($0.element.0) vs \($0.element.1)" })"
      )
    }
  }

  /// Bit equality (so -0.0 counts; any NaN matches NaN) when `tol` is 0, else closeness
  /// relative to `scale` (when given) or to the larger magnitude.
  private func agrees(_ got: Double, _ want: Double, tol: Double, scale: Double?) -> Bool {
    if tol == 0 { return got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN) }
    if got.isNaN || want.isNaN { return got.isNaN && want.isNaN }
    if got == want { return true }
    return abs(got - want) <= tol * (scale ?? max(abs(got), abs(want)))
  }
}
