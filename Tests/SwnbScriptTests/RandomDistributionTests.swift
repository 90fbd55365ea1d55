import Testing

/// Every distribution of `np.random.*` and `default_rng()` Generators against numpy 2.4
/// (Scripts/goldens/script_random.py): values, dtypes, shapes and error messages.
@Suite struct RandomDistributionTests {
  static let programs = GoldenProgram.load("script_random.json")

  @Test func goldenFileIsPresent() {
    #expect(RandomDistributionTests.programs.count >= 100)
  }

  @Test(arguments: RandomDistributionTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
