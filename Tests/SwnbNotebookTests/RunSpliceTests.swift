import Testing

@testable import SwnbNotebook

/// Runs `text` with the stub kernel and returns the written text.
func runText(_ text: String, options: RunOptions = RunOptions()) throws -> (String, RunResult) {
  let notebook = try Notebook(text: text, file: "nb.md")
  let result = Runner(options: options).run(notebook, kernel: StubKernel())
  return (String(decoding: result.bytes, as: UTF8.self), result)
}

@Suite struct RunSpliceTests {
  @Test func writesOutputBlockAfterCell() throws {
    let (written, _) = try runText("# T\n\n```python\nprint hi\nshow 42\n```\n\nText.\n")
    #expect(
      written == "# T\n\n```python\nprint hi\nshow 42\n```\n\n```output\nhi\n42\n```\n\nText.\n")
  }

  @Test func displayStartsOnItsOwnLine() throws {
    let (written, _) = try runText("```py\nwrite a\nshow b\n```\n")
    #expect(written == "```py\nwrite a\nshow b\n```\n\n```output\na\nb\n```\n")
  }

  @Test func replacesStaleBlocksAndRemovesEmptyOnes() throws {
    let stale =
      "```python\nprint new\n```\n\n```output\nold\n```\n\n```python\nx\n```\n\n```output\ngone\n```\nEnd\n"
    let (written, _) = try runText(stale)
    #expect(
      written == "```python\nprint new\n```\n\n```output\nnew\n```\n\n```python\nx\n```\nEnd\n")
  }

  @Test func fenceIsLongerThanBacktickRuns() throws {
    let (written, _) = try runText("```python\nprint a ```` b\n```\n")
    #expect(written.contains("\n`````output\na ```` b\n`````\n"))
  }

  @Test func outputFalseWritesNoBlock() throws {
    let (written, _) = try runText("```python\n#| output: false\nprint a\n```\n")
    #expect(written == "```python\n#| output: false\nprint a\n```\n")
  }

  @Test func evalFalseIsSkippedAndKeepsItsBlocks() throws {
    let text =
      "```python\n#| eval: false\nprint a\n```\n\n```output\nkept\n```\n\n```python\ncount\n```\n"
    let (written, result) = try runText(text)
    #expect(written == text + "\n```output\n1\n```\n")
    #expect(result.runs.map(\.executionCount) == [1])
  }

  @Test func expectedErrorGoesOn() throws {
    let (written, result) = try runText(
      "```python\n#| error: true\nprint before\nraise ValueError bad\n```\n\n```python\nprint after\n```\n"
    )
    #expect(
      written.contains(
        "```output\nbefore\n```\n\n```error\nCell line 4\n    raise ValueError bad\nValueError: bad\n```\n"
      ))
    #expect(written.contains("```output\nafter\n```"))
    #expect(result.stoppedAt == nil && result.unexpectedErrors.isEmpty)
  }

  @Test func unexpectedErrorStopsButWritesEverythingUpToIt() throws {
    let text =
      "```python\nprint a\n```\n\n```python\nraise KeyError k\n```\n\n```python\nprint c\n```\n\n```output\nold c\n```\n"
    let (written, result) = try runText(text)
    #expect(result.stoppedAt == 1)
    #expect(written.contains("```error\nCell line 10\n    raise KeyError k\nKeyError: k\n```\n"))
    #expect(written.hasSuffix("```python\nprint c\n```\n\n```output\nold c\n```\n"))
    let (allowed, goOn) = try runText(text, options: RunOptions(allowErrors: true))
    #expect(goOn.stoppedAt == nil && goOn.unexpectedErrors == [1])
    #expect(allowed.contains("```output\nc\n```"))
  }

  @Test func firstLineCountsEarlierOutputAsWritten() throws {
    let text = "```python\nprint a\nprint b\n```\n\n```python\nwhere\n```\n"
    let (once, _) = try runText(text)
    // The second cell's `where` line is line 12 once the first cell's output block is written.
    let lines = once.split(separator: "\n", omittingEmptySubsequences: false)
    let whereLine = try #require(lines.firstIndex(of: "where")) + 1
    #expect(once.contains("```output\n\(whereLine)\n```"))
    let (twice, _) = try runText(once)
    #expect(twice == once)
  }

  @Test func crlfFileStaysCRLF() throws {
    let (written, _) = try runText("Intro\r\n\r\n```python\r\nprint a\r\n```\r\n")
    #expect(written == "Intro\r\n\r\n```python\r\nprint a\r\n```\r\n\r\n```output\r\na\r\n```\r\n")
  }

  @Test func bomAndTildeFencesAndLongFences() throws {
    let (written, _) = try runText("\u{FEFF}~~~~python\nprint a\n~~~~\n")
    #expect(written == "\u{FEFF}~~~~python\nprint a\n~~~~\n\n```output\na\n```\n")
  }

  @Test func unclosedFenceAtEndIsClosed() throws {
    let (written, _) = try runText("Text\n\n```python\nprint a")
    #expect(written == "Text\n\n```python\nprint a\n```\n\n```output\na\n```\n")
    let (again, _) = try runText(written)
    #expect(again == written)
  }

  @Test func cellInListItemKeepsIndentation() throws {
    let text = "- item\n\n  ```python\n  print a\n  ```\n- next\n"
    let (written, _) = try runText(text)
    #expect(
      written == "- item\n\n  ```python\n  print a\n  ```\n\n  ```output\n  a\n  ```\n- next\n")
    let notebook = try Notebook(text: written, file: "x")
    #expect(notebook.cells.first?.storedOutput?.text == "a\n")
    #expect(try runText(written).0 == written)
  }

  @Test func cellInBlockQuoteKeepsPrefix() throws {
    let text = "> ```python\n> print a\n>\n> show b\\n\\nc\n> ```\n"
    let (written, _) = try runText(text)
    #expect(written == text + ">\n> ```output\n> a\n> b\n>\n> c\n> ```\n")
    #expect(try runText(written).0 == written)
  }

  @Test func cellOnFirstLineOfListItem() throws {
    let text = "1. ```python\n   print a\n   ```\n"
    let (written, _) = try runText(text)
    #expect(written == text + "\n   ```output\n   a\n   ```\n")
    #expect(try runText(written).0 == written)
  }

  @Test func otherLanguagesAndIndentedCodeAreProse() throws {
    let text = "```js\nprint a\n```\n\n    ```python\n    print b\n\n```python\nprint c\n```\n"
    let notebook = try Notebook(text: text, file: "x")
    #expect(notebook.cells.map(\.source) == ["print c\n"])
  }

  @Test func unknownOptionNamesItsLine() throws {
    #expect(
      throws: NotebookError(
        file: "nb.md", line: 4,
        message: "unknown cell option 'colour' (known: eval, echo, output, error, label)")
    ) {
      try Notebook(text: "x\n\n```python\n#| colour: red\n```\n", file: "nb.md")
    }
    #expect(throws: NotebookError.self) {
      try Notebook(text: "```python\n#| eval: maybe\n```\n", file: "nb.md")
    }
  }

  @Test func optionsAreRead() throws {
    let notebook = try Notebook(
      text: "```python\n#| label: setup\n#| echo: false\n#| error: true\nx\n#| eval: false\n```\n",
      file: "x")
    let options = try #require(notebook.cells.first?.options)
    #expect(options.label == "setup" && !options.echo && options.error && options.eval)
  }
}

@Suite struct StoredBlockTests {
  @Test func strayDuplicateBlocksAreReplacedToo() throws {
    let text =
      "```python\nprint a\n```\n\n```error\nOld: e\n```\n\n```output\nx\n```\n\n```output\ny\n```\nEnd\n"
    let notebook = try Notebook(text: text, file: "d.md")
    #expect(notebook.cells.first?.storedOutput?.text == "x\n")
    #expect(notebook.cells.first?.storedError?.text == "Old: e\n")
    let (written, _) = try runText(text)
    #expect(written == "```python\nprint a\n```\n\n```output\na\n```\nEnd\n")
  }

  @Test func blocksAfterProseDoNotBelongToTheCell() throws {
    let text = "```python\nprint a\n```\n\nProse.\n\n```output\nexample\n```\n"
    let notebook = try Notebook(text: text, file: "d.md")
    #expect(notebook.cells.first?.storedOutput == nil)
    let (written, _) = try runText(text)
    #expect(
      written
        == "```python\nprint a\n```\n\n```output\na\n```\n\nProse.\n\n```output\nexample\n```\n")
  }

  @Test func linkReferenceDefinitionsAreNotBlank() throws {
    let text = "```python\nprint a\n```\n[x]: /url\n```output\nold\n```\n"
    #expect(try Notebook(text: text, file: "d.md").cells.first?.storedOutput == nil)
  }
}
