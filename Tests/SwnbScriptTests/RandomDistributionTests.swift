import Testing

@testable import SwnbScript

/// Every distribution of `np.random.*` and `default_rng()` Generators against numpy 2.4
/// (Scripts/goldens/script_random.py): values, dtypes, shapes and error messages.
@Suite struct RandomDistributionTests {
  static let programs = GoldenProgram.load("script_random.json")

  @Test func goldenFileIsPresent() {
    #expect(RandomDistributionTests.programs.count >= 100)
  }

  @Test(arguments: RandomDistributionTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    let result = ScriptSession(directory: "/tmp").run(
      program.source, file: "t.py", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(result.printed == program.printed)
    #expect(result.display == program.display)
    #expect(comparableError(result.error, source: program.source) == program.error)
  }
}
