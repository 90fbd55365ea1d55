import Testing

/// The numpy calls the third tutorial fidelity sweep found diverging (complex values stored
/// into real arrays, complex128 ordering, scans, var/std and transcendental ufuncs, lexsort over
/// strings, a missing package's import error) against numpy 2.4
/// (Scripts/goldens/script_numpy_sweep3.py).
@Suite struct NumpySweep3Tests {
  static let programs = GoldenProgram.load("script_numpy_sweep3.json")

  @Test func goldenFileIsPresent() {
    #expect(NumpySweep3Tests.programs.count >= 20)
  }

  @Test(arguments: NumpySweep3Tests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
