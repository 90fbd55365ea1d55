import Testing

/// The interpreter's call-site fast paths (`f(...)[0]` of np.linalg.lstsq, `x.T @ y`,
/// `a[a < c] = v`, `.T`, cached module attributes) against numpy 2.4, including the cases
/// where they must step aside (Scripts/goldens/script_fastpaths.py).
@Suite struct FastPathTests {
  static let programs = GoldenProgram.load("script_fastpaths.json")

  @Test func goldenFileIsPresent() {
    #expect(FastPathTests.programs.count >= 18)
  }

  @Test(arguments: FastPathTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
