import Testing

/// The wider numpy surface (shape functions, nan-reductions, numerics, fitting, einsum, ufunc
/// methods, more numpy.linalg) against numpy 2.4 (Scripts/goldens/script_numpy_more.py).
@Suite struct NumpyBreadthTests {
  static let programs = GoldenProgram.load("script_numpy_more.json")

  @Test func goldenFileIsPresent() {
    #expect(NumpyBreadthTests.programs.count >= 50)
  }

  @Test(arguments: NumpyBreadthTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
