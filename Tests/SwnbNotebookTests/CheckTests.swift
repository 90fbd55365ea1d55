import Testing

@testable import SwnbNotebook

@Suite struct CheckTests {
  @Test(arguments: Goldens.diffCases)
  func unifiedDiffMatchesDifflib(_ golden: Goldens.DiffCase) {
    #expect(
      UnifiedDiff.diff(old: golden.old, new: golden.new, oldName: "stored", newName: "fresh")
        == golden.diff)
  }

  @Test func diffCasesLoaded() { #expect(Goldens.diffCases.count == 8) }

  private func check(_ text: String, rtol: Double? = nil) throws -> [CellMismatch] {
    let notebook = try Notebook(text: text, file: "c.md")
    return Checker.mismatches(in: Runner().run(notebook, kernel: StubKernel()), rtol: rtol)
  }

  @Test func matchingOutputsPass() throws {
    #expect(try check("```python\nprint a\nshow 1\n```\n\n```output\na\n1\n```\n").isEmpty)
  }

  @Test func mismatchNamesTheCellLineAndDiffs() throws {
    let found = try check("Intro\n\n```python\nprint a\n```\n\n```output\nb\n```\n")
    #expect(found.count == 1)
    #expect(found.first?.line == 3)
    #expect(found.first?.diff == "--- c.md:3 (stored)\n+++ c.md:3 (fresh)\n@@ -1 +1 @@\n-b\n+a\n")
  }

  @Test func missingOrExtraBlocksDiffer() throws {
    #expect(try check("```python\nprint a\n```\n").count == 1)
    #expect(try check("```python\nx\n```\n\n```output\nstale\n```\n").count == 1)
    #expect(try check("```python\n#| error: true\nraise ValueError v\n```\n").count == 1)
    #expect(
      try check(
        "```python\n#| error: true\nraise ValueError v\n```\n\n```error\nCell line 3\n    raise ValueError v\nValueError: v\n```\n"
      ).isEmpty)
  }

  @Test func relativeToleranceComparesNumbers() throws {
    let stored =
      "```python\nshow array([1.0000001, 2e-3])\n```\n\n```output\narray([1.        , 0.002])\n```\n"
    #expect(try check(stored).count == 1)
    #expect(try check(stored, rtol: 1e-6).isEmpty)
    #expect(try check(stored, rtol: 1e-9).count == 1)
    #expect(Checker.matches("x = 1.5", "x = 1.5000001", rtol: 1e-6))
    #expect(!Checker.matches("x = 1.5", "y = 1.5", rtol: 1e-6))
    #expect(!Checker.matches("[1., 2.]", "[1., 2., 3.]", rtol: 1))
    #expect(Checker.matches("[nan, -inf, 3]", "[nan, -inf, 3.0000000001]", rtol: 1e-9))
    #expect(!Checker.matches("a1.0", "a1.1", rtol: 0.5))
  }
}
