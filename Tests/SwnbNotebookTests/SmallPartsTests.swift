import TestSupport
import Testing

@testable import SwnbNotebook

@Suite struct SmallPartsTests {
  @Test func lineTableSplitsLikeCommonMark() throws {
    let bytes = Array("\u{FEFF}a\r\nb\rc\n\nd".utf8)
    let table = LineTable(bytes)
    #expect(table.count == 5)
    #expect(table.hasBOM)
    #expect(String(decoding: table.content(2, in: bytes), as: UTF8.self) == "b")
    #expect(String(decoding: table.content(5, in: bytes), as: UTF8.self) == "d")
    #expect(!table.hasNewline(5) && table.hasNewline(4))
    #expect(table.offset(line: 1, column: 1) == 3 && table.offset(line: 2, column: 1) == 0)
    #expect(table.content(9, in: bytes).isEmpty)
    #expect(try Notebook(text: "x\r\ny\r\nz\n", file: "n").newline == [0x0D, 0x0A])
    #expect(try Notebook(text: "x\ry\r", file: "n").newline == [0x0D])
    // Stored output blocks (which a run rewrites) do not vote.
    let stored = "a\r\n\r\n```python\r\nx\r\n```\r\n\n```output\n1\n2\n3\n4\n```\n"
    #expect(try Notebook(text: stored, file: "n").newline == [0x0D, 0x0A])
    #expect(LineTable([]).count == 0)
  }

  @Test func optionsParsing() throws {
    let quoted = try CellOptions.parse(
      source: "#| label: \"my cell\"\nx\n", file: "f", firstLine: 1)
    #expect(quoted.label == "my cell")
    #expect(
      throws: NotebookError(
        file: "f", line: 11, message: "cell option 'eval' needs the form '#| key: value'")
    ) {
      try CellOptions.parse(source: "#| echo: true\n#| eval\n", file: "f", firstLine: 10)
    }
    #expect(throws: NotebookError(file: "f", line: 1, message: "cell option 'label' needs a name"))
    {
      try CellOptions.parse(source: "#| label:\n", file: "f", firstLine: 1)
    }
    // Option lines only count at the top of the cell.
    #expect(
      try CellOptions.parse(source: "x = 1\n#| bogus: 1\n", file: "f", firstLine: 1)
        == CellOptions())
  }

  @Test func outputTextRules() {
    #expect(OutputBlocks.outputText(CellOutput()) == nil)
    #expect(OutputBlocks.outputText(CellOutput(printed: "a")) == "a\n")
    #expect(OutputBlocks.outputText(CellOutput(printed: "a", display: "b")) == "a\nb\n")
    #expect(OutputBlocks.outputText(CellOutput(printed: "a\n", display: "b")) == "a\nb\n")
    #expect(OutputBlocks.outputText(CellOutput(printed: "x\r\ny\rz")) == "x\ny\nz\n")
    #expect(OutputBlocks.fence(for: "no ticks") == "```")
    #expect(OutputBlocks.fence(for: "a ```` b ` c") == "`````")
  }

  @Test func highlighterEscapesAndColours() {
    let html = PythonHighlighter.highlight(
      "def f(x):  # <c>\n    return 'a<b' + 1e-3 if x else None\n")
    #expect(html.contains("<span class=\"k\">def</span>"))
    #expect(html.contains("<span class=\"c\"># &lt;c&gt;</span>"))
    #expect(
      html.contains("<span class=\"s\">&#39;a&lt;b&#39;</span>")
        || html.contains("<span class=\"s\">'a&lt;b'</span>"))
    #expect(html.contains("<span class=\"n\">1e-3</span>"))
    #expect(html.contains("<span class=\"k\">None</span>"))
    #expect(
      PythonHighlighter.highlight("s = \"\"\"a\nb\"\"\"").contains(
        "<span class=\"s\">&quot;&quot;&quot;a\nb&quot;&quot;&quot;</span>"))
  }

  @Test func randomProseWithMathCharactersKeepsEveryFormula() throws {
    var random = SplitMix64(42)
    let pieces = [
      "$", "$$", "\\(", "\\)", "\\[", "\\]", "`", "x", " ", "\n", "_", "*", "\\$", "1", "<", "&",
      "\n\n",
    ]
    var options = HTMLOptions()
    options.katexDirectory = "/nonexistent"  // the page body is what matters here
    for _ in 0..<300 {
      let text = (0..<random.below(40)).map { _ in random.pick(pieces) }.joined()
      var protector = MathProtector(document: Array(text.utf8))
      _ = protector.protect(Array(text.utf8)[...])
      let html = HTMLRenderer(options: options).render(try Notebook(text: text, file: "r.md")).html
      for span in protector.spans {
        #expect(html.contains(HTMLEscape.escape(span.source)), "\(text.debugDescription)")
      }
      #expect(!html.contains("SWNBMATH"), "\(text.debugDescription)")
    }
  }
}
