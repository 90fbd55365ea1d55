import Testing

/// The numpy calls the tutorial fidelity sweep found diverging (take/put_along_axis, ufunc.at,
/// histogram estimators, formatter=, array-API linalg, random array parameters, ...) against
/// numpy 2.4 (Scripts/goldens/script_numpy_sweep.py).
@Suite struct NumpySweepTests {
  static let programs = GoldenProgram.load("script_numpy_sweep.json")

  @Test func goldenFileIsPresent() {
    #expect(NumpySweepTests.programs.count >= 25)
  }

  @Test(arguments: NumpySweepTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
