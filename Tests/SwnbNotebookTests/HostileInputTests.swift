import TestSupport
import Testing

@testable import SwnbNotebook

/// Inputs that must neither crash nor take long.
@Suite struct HostileInputTests {
  private func everything(_ bytes: [UInt8]) throws {
    let notebook = try Notebook(bytes: bytes, file: "h.md")
    let result = Runner(options: RunOptions(allowErrors: true)).run(notebook, kernel: StubKernel())
    let written = result.bytes
    _ = HTMLRenderer().render(try Notebook(bytes: written, file: "h.md"))
    _ = IPynbWriter.render(notebook)
    _ = Checker.mismatches(in: result, rtol: 1e-9)
  }

  /// A repeated `#|` key is an error naming both lines (the second silently won before).
  @Test func repeatedOptionNamesBothLines() throws {
    #expect(
      throws: NotebookError(
        file: "nb.md", line: 4, message: "cell option 'eval' is given twice (first on line 2)")
    ) {
      try Notebook(text: "```python\n#| eval: false\n#| echo: true\n#| eval: true\n```\n", file: "nb.md")
    }
  }

  @Test(.timeLimit(.minutes(1))) func emptyFile() throws {
    try everything([])
    #expect(try Notebook(bytes: [], file: "e").cells.isEmpty)
  }

  @Test(.timeLimit(.minutes(1))) func binaryGarbage() throws {
    var random = SplitMix64(7)
    for size in [1, 17, 4096, 65536] {
      let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      try? everything(bytes)
      // Garbage with fences in it, too.
      try? everything(Array("```python\n".utf8) + bytes + Array("\n```\n".utf8))
    }
  }

  @Test(.timeLimit(.minutes(1))) func tenThousandCells() throws {
    let text = String(repeating: "```python\nprint x\n```\n\n", count: 10_000)
    let notebook = try Notebook(text: text, file: "big.md")
    #expect(notebook.cells.count == 10_000)
    let once = Runner().run(notebook, kernel: StubKernel()).bytes
    let again = Runner().run(try Notebook(bytes: once, file: "big.md"), kernel: StubKernel()).bytes
    #expect(again == once)
    _ = HTMLRenderer().render(try Notebook(bytes: once, file: "big.md"))
  }

  @Test(.timeLimit(.minutes(1))) func oneMegabyteLine() throws {
    let line = String(repeating: "a$b\\(c_ `d", count: 100_000)
    try everything(Array((line + "\n\n```python\nprint " + line + "\n```\n").utf8))
  }

  @Test(.timeLimit(.minutes(1))) func deepNestingAndOddFences() throws {
    try everything(Array((String(repeating: "> ", count: 5000) + "```python\nprint a\n").utf8))
    try everything(Array((String(repeating: "- ", count: 2000) + "```python\nprint a\n").utf8))
    try everything(Array("```python".utf8))
    try everything(Array("\r\r\r```python\r\rprint a\r```\r".utf8))
    try everything(Array("\u{FEFF}".utf8))
    try everything(Array("\t```python\n\tprint a\n\t```\n".utf8))
    try everything(Array("```python\n\0print a\n```\n".utf8))
  }
}
