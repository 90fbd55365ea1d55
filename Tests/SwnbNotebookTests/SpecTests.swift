import Foundation
import TestSupport
import Testing

@testable import SwnbNotebook

/// Our reading of code blocks against cmark's reference HTML in the CommonMark spec.
@Suite struct SpecTests {
  @Test func goldensLoaded() {
    #expect(Goldens.specExamples.count == 652 && Goldens.specCodeExamples.count >= 80)
  }

  /// Every fenced block counts as a cell (except `output`/`error` blocks) for these tests.
  static func everyFence(_ info: String) -> Bool {
    let word = Notebook.firstWord(info)
    return word != "output" && word != "error"
  }

  /// Each code block's text, HTML-escaped, is what the spec's HTML shows in its `<pre><code>`.
  @Test(arguments: Goldens.specCodeExamples)
  func cellSourcesMatchSpecHTML(_ example: Goldens.SpecExample) throws {
    let notebook = try Notebook(
      bytes: Array(example.markdown.utf8), file: "spec", isCell: Self.everyFence)
    for cell in notebook.cells {
      let escaped = HTMLEscape.escape(cell.source)
      #expect(example.html.contains(escaped + "</code></pre>"), "\(example): \(cell.source)")
    }
    // Fenced blocks with an info string show it as the class; each of them is a cell.
    let classed = example.html.components(separatedBy: "<pre><code class=\"language-").count - 1
    #expect(notebook.cells.count >= classed, "\(example)")
    if example.section == "Indented code blocks" {
      #expect(notebook.cells.isEmpty, "\(example)")
    }
    if example.section == "Fenced code blocks" {
      // Example 134 shows that a fence indented four spaces is an indented code block.
      let blocks = example.html.components(separatedBy: "<pre><code").count - 1
      #expect(notebook.cells.count == blocks - (example.example == 134 ? 1 : 0), "\(example)")
    }
  }

  /// Writing outputs after every fenced block keeps the document's other blocks and is idempotent.
  @Test(arguments: Goldens.specCodeExamples)
  func splicingKeepsEverythingElse(_ example: Goldens.SpecExample) throws {
    let notebook = try Notebook(
      bytes: Array(example.markdown.utf8), file: "spec", isCell: Self.everyFence)
    guard !notebook.cells.isEmpty else { return }
    let outputs = Dictionary(
      uniqueKeysWithValues: notebook.cells.map {
        ($0.index, CellOutput(printed: "out \($0.index)\n"))
      })
    let once = Splicer.splice(notebook, outputs: outputs)
    let reread = try Notebook(bytes: once, file: "spec", isCell: Self.everyFence)
    #expect(reread.cells.map(\.source) == notebook.cells.map(\.source), "\(example)")
    #expect(
      reread.cells.map { $0.storedOutput?.text } == notebook.cells.map { "out \($0.index)\n" },
      "\(example)")
    let twice = Splicer.splice(reread, outputs: outputs)
    #expect(twice == once, "\(example)")
  }
}

/// With no cells and no math, our page body is cmark's HTML: the spec's reference output.
@Suite struct SpecProseTests {
  /// `<hN id="…">` back to `<hN>`.
  static func withoutHeadingIDs(_ html: String) -> String {
    var result = ""
    var rest = Substring(html)
    while let start = rest.range(of: "<h"),
      let close = rest[start.upperBound...].firstIndex(of: ">")
    {
      let tag = rest[start.lowerBound..<close]
      result += rest[..<start.lowerBound]
      if let space = tag.range(of: " id=\""), tag.count > 3,
        tag.dropFirst(2).first?.isNumber == true
      {
        result += tag[..<space.lowerBound]
      } else {
        result += tag
      }
      rest = rest[close...]
    }
    return result + rest
  }

  @Test(arguments: Goldens.specExamples)
  func proseRendersAsTheSpecSays(_ example: Goldens.SpecExample) throws {
    let markdown = example.markdown
    guard
      !["$", "\\(", "\\[", "<h1 id", "<h2 id"].contains(where: {
        markdown.contains($0) || example.html.contains($0)
      })
    else { return }
    let notebook = try Notebook(text: markdown, file: "spec.md")
    guard notebook.cells.isEmpty else { return }
    let html = HTMLRenderer().render(notebook).html
    let body = try #require(html.range(of: "<main>\n")).upperBound
    let end = try #require(html.range(of: "</main>\n", options: .backwards)).lowerBound
    #expect(Self.withoutHeadingIDs(String(html[body..<end])) == example.html, "\(example)")
  }
}

/// Cells dropped into every spec example, at a random line with that line's container prefix.
@Suite struct SpecMutationTests {
  @Test(arguments: Goldens.specExamples)
  func cellsInsertedAnywhereRunIdempotently(_ example: Goldens.SpecExample) throws {
    var random = SplitMix64(UInt64(example.example))
    for variant in 0..<4 {
      var lines = example.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
      let at = random.below(lines.count)
      let prefix = String(lines[at].prefix { " >\t".contains($0) })
      var cell = [prefix + "```python", prefix + "print a", prefix + "show b", prefix + "```"]
      if variant == 1 { cell += [prefix, prefix + "```output", prefix + "stale", prefix + "```"] }
      if variant == 2 { cell.removeLast() }  // left open: closed by its container or the end
      if variant == 3 {
        cell[0] = String(lines[at].prefix { " >\t-*+.)0123456789".contains($0) }) + "~~~py"
        cell[3] = prefix + "~~~"
      }
      lines.insert(contentsOf: cell, at: at)
      let text = lines.joined(separator: "\n")
      let options = RunOptions(allowErrors: true)
      let original = try Notebook(text: text, file: "m.md")
      let once = Runner(options: options).run(original, kernel: StubKernel()).bytes
      let reread = try Notebook(bytes: once, file: "m.md")
      let twice = Runner(options: options).run(reread, kernel: StubKernel()).bytes
      #expect(twice == once, "\(example) variant \(variant): \(text.debugDescription)")
      #expect(
        reread.cells.map(\.source) == original.cells.map(\.source),
        "\(example) variant \(variant): \(text.debugDescription)")
    }
  }
}
