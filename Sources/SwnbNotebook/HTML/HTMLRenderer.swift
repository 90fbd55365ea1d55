/// Publishes a notebook as one self-contained HTML page.
public struct HTMLRenderer {
  public var options: HTMLOptions

  public init(options: HTMLOptions = HTMLOptions()) {
    self.options = options
  }

  /// The page for `notebook`: fresh results from `runs` (by cell index), else the stored blocks.
  public func render(_ notebook: Notebook, runs: [Int: CellRun] = [:]) -> HTMLPage {
    var math = MathProtector(document: notebook.bytes)
    // The prose is only rewritten for cmark when the notebook's own parse cannot be used as it is.
    let rewritesProse =
      notebook.tree == nil || !notebook.cellsAreTopLevel
      || MathProtector.mayHoldMath(notebook.bytes[...])
    var markdown: [UInt8] = []
    if rewritesProse { markdown.reserveCapacity(notebook.bytes.count) }
    var cellBlocks: [String: String] = [:]
    var replacements: [Int: MarkdownTree.Replacement] = [:]
    let counts = notebook.storedCounts
    let placeholderNonce = notebook.cells.isEmpty ? 0 : Self.nonce(for: notebook.bytes)
    var verbatim = [Bool](repeating: false, count: notebook.lines.count + 2)
    for range in notebook.verbatimRanges {
      for line in range where line < verbatim.count { verbatim[line] = true }
    }
    for segment in notebook.segments {
      switch segment {
      case .prose(let range) where rewritesProse:
        appendProse(range, of: notebook, verbatim: verbatim, math: &math, into: &markdown)
      case .cell(let index):
        let cell = notebook.cells[index]
        let key = "<!--swnb-cell-\(placeholderNonce)-\(index)-->"
        let published = PublishedCell(cell: cell, run: runs[index], storedCount: counts[index])
        let html = cellHTML(cell, published, source: notebook.shownSource(of: cell))
        cellBlocks[key] = html
        replacements[cell.fenceLine] = .init(html: html, throughLine: cell.attachedEndLine)
        markdown += cell.openingPrefix + Array(key.utf8) + [0x0A]
      case .prose:
        break
      }
    }
    let hasMath = !math.spans.isEmpty
    var warnings: [String] = []
    var katex: KaTeXAssets?
    if hasMath {
      katex = KaTeXAssets.load(from: options.katexDirectory)
      if katex == nil {
        warnings.append(
          "KaTeX not found in \(options.katexDirectory) (install libjs-katex): math is left as TeX")
      }
    }
    func page(body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
      PageTemplate.page(
        title: HeadingAnchors.title(in: body) ?? HTMLEscape.escape(Self.baseName(notebook.file)),
        bodyCapacity: body.count + body.count / 16, katex: katex
      ) { HeadingAnchors.append(body, to: &$0) }
    }
    let bytes: [UInt8]
    if math.spans.isEmpty, notebook.cellsAreTopLevel, let tree = notebook.tree {
      // Nothing was hidden and top-level cells stand for whole blocks: the notebook's own parse
      // gives the same HTML as parsing `markdown` again.
      bytes = tree.withHTML(
        replacing: replacements, safe: options.safe,
        capacity: notebook.bytes.count + notebook.bytes.count / 4, page(body:))
    } else {
      bytes = math.restore(CMarkHTML.render(markdown, blocks: cellBlocks, safe: options.safe))
        .withUnsafeBufferPointer(page(body:))
    }
    return HTMLPage(bytes: bytes, hasMath: hasMath, warnings: warnings)
  }

  /// Prose lines go to cmark with math hidden, except code and HTML blocks, copied as they are.
  private func appendProse(
    _ range: ClosedRange<Int>, of notebook: Notebook, verbatim: [Bool], math: inout MathProtector,
    into markdown: inout [UInt8]
  ) {
    var line = range.lowerBound
    while line <= range.upperBound {
      let isVerbatim = line < verbatim.count && verbatim[line]
      var end = line
      while end < range.upperBound, end + 1 < verbatim.count, verbatim[end + 1] == isVerbatim {
        end += 1
      }
      let bytes = notebook.bytes(of: line...end)
      markdown += isVerbatim ? Array(bytes) : math.protect(bytes)
      line = end + 1
    }
  }

  private func cellHTML(_ cell: Cell, _ published: PublishedCell, source: String) -> String {
    let count = published.executionCount.map(String.init) ?? " "
    var html = "<div class=\"cell\""
    if let label = cell.options.label { html += " id=\"cell-\(HTMLEscape.escape(label))\"" }
    html += ">\n"
    if cell.options.echo {
      html += "<div class=\"input\"><div class=\"prompt\">In [\(count)]:</div>"
      html += "<pre class=\"code\"><code class=\"language-python\">"
      html += PythonHighlighter.highlight(source) + "</code></pre></div>\n"
    }
    if let printed = published.printed {
      html += "<div class=\"output stream\"><div class=\"prompt\"></div><pre>"
      html += HTMLEscape.escape(printed) + "</pre></div>\n"
    }
    if let display = published.display {
      html += "<div class=\"output result\"><div class=\"prompt\">Out[\(count)]:</div><pre>"
      html += HTMLEscape.escape(display) + "</pre></div>\n"
    }
    if let error = published.error {
      html += "<div class=\"output error\"><div class=\"prompt\"></div><pre>"
      html += HTMLEscape.escape(error) + "</pre></div>\n"
    }
    return html + "</div>"
  }

  /// A number such that `swnb-cell-<n>-` does not occur in the document.
  private static func nonce(for bytes: [UInt8]) -> Int {
    var nonce = 0
    while bytes.contains(subsequence: Array("swnb-cell-\(nonce)-".utf8)) { nonce += 1 }
    return nonce
  }

  private static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
