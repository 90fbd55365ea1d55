import Testing

/// The int8, int16, uint16, uint32 and uint64 dtypes against numpy 2.4
/// (Scripts/goldens/script_dtypes.py): creation, promotion, arithmetic, printing and errors.
@Suite struct IntegerDTypeTests {
  static let programs = GoldenProgram.load("script_dtypes.json")

  @Test func goldenFileIsPresent() {
    #expect(IntegerDTypeTests.programs.count >= 80)
  }

  @Test(arguments: IntegerDTypeTests.programs)
  func matchesNumpy(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
