import Testing

/// collections, itertools, functools and the builtins hex/oct/bin/issubclass/globals/vars
/// against CPython 3.11 + IPython 8.12 (Scripts/goldens/script_stdlib.py): printed text,
/// displays and error messages.
@Suite struct StdlibModuleTests {
  static let programs = GoldenProgram.load("script_stdlib.json")

  @Test func goldenFileIsPresent() {
    #expect(StdlibModuleTests.programs.count >= 60)
  }

  @Test(arguments: StdlibModuleTests.programs)
  func matchesCPython(_ program: GoldenProgram) {
    program.expectMatch()
  }
}
