import Testing

/// The numpy calls the third tutorial fidelity sweep found diverging against numpy 2.4
/// (Scripts/goldens/script_numpy_sweep3.py): complex values stored into real arrays and the
/// complex128 paths (ordering, scans, statistics, transcendental ufuncs, TypeErrors), quantile
/// methods, histogram2d, norms and decompositions of stacked matrices, einsum's '...', polyfit's
/// cov/w/rcond and keyword arguments that were silently ignored.
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
