import Testing

@testable import SwnbScript

/// The int8, int16, uint16, uint32 and uint64 dtypes against numpy 2.4
/// (Scripts/goldens/script_dtypes.py): creation, promotion, arithmetic, printing and errors.
@Suite struct IntegerDTypeTests {
  static let programs = GoldenProgram.load("script_dtypes.json")

  @Test func goldenFileIsPresent() {
    #expect(IntegerDTypeTests.programs.count >= 80)
  }

  @Test(arguments: IntegerDTypeTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    let result = ScriptSession(directory: "/tmp").run(
      program.source, file: "t.py", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(result.printed == program.printed)
    #expect(result.display == program.display)
    #expect(comparableError(result.error, source: program.source) == program.error)
  }
}
