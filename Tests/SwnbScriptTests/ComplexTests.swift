import Testing

/// Python's `complex`, numpy complex128 arrays and complex eigenvalues against CPython 3.11
/// and numpy 2.4 (Scripts/goldens/script_complex.py).
@Suite struct ComplexTests {
  static let programs = GoldenProgram.load("script_complex.json")

  @Test func goldenFileIsPresent() {
    #expect(ComplexTests.programs.count >= 30)
  }

  @Test(arguments: ComplexTests.programs)
  func matchesPython(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
