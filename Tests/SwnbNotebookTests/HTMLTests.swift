import Foundation
import Testing

@testable import SwnbNotebook

@Suite struct HTMLTests {
  private func page(_ text: String, runs: Bool = false, safe: Bool = false) throws -> HTMLPage {
    let notebook = try Notebook(text: text, file: "dir/page.md")
    var options = HTMLOptions()
    options.safe = safe
    guard runs else { return HTMLRenderer(options: options).render(notebook) }
    let result = Runner().run(notebook, kernel: StubKernel())
    let written = try Notebook(bytes: result.bytes, file: "dir/page.md")
    let map = Dictionary(uniqueKeysWithValues: result.runs.map { ($0.cellIndex, $0) })
    return HTMLRenderer(options: options).render(written, runs: map)
  }

  /// References that would make the page load something from the network.
  private func remoteReferences(_ html: String) -> Bool {
    ["src=\"http", "href=\"http", "url(http", "url('http", "url(\"http", "@import"].contains {
      html.contains($0)
    }
  }

  @Test func pageWithoutMathHasNoKaTeXAndNoRemoteReference() throws {
    let html = try page("# Title\n\n```python\nprint a\n```\n", runs: true).html
    #expect(!html.contains("katex") && !html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("<title>Title</title>"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: KaTeXAssets.defaultDirectory)))
  func pageWithMathInlinesKaTeXAndFonts() throws {
    let result = try page("Euler: \\(e^{i\\pi} + 1 = 0\\)\n")
    #expect(result.warnings.isEmpty)
    #expect(result.html.contains("renderMathInElement"))
    #expect(result.html.contains("data:font/woff2;base64,"))
    #expect(!result.html.contains("fonts/KaTeX_"))
    #expect(!result.html.contains(".woff)") && !result.html.contains(".ttf)"))
    #expect(!remoteReferences(result.html))
    for pair in ["{left: \"$$\"", "{left: \"\\\\[\"", "{left: \"\\\\(\"", "{left: \"$\""] {
      #expect(result.html.contains(pair))
    }
  }

  @Test func cellTextIsEscapedAndStyledApart() throws {
    let html = try page(
      "```python\nprint <script>alert(1)</script>\nshow <b>&\n#| not an option\n```\n\n```python\n#| error: true\nraise ValueError <x>\n```\n",
      runs: true
    ).html
    #expect(
      html.contains(
        "<div class=\"output stream\"><div class=\"prompt\"></div><pre>&lt;script&gt;alert(1)&lt;/script&gt;\n</pre>"
      ))
    #expect(
      html.contains(
        "<div class=\"output result\"><div class=\"prompt\">Out[1]:</div><pre>&lt;b&gt;&amp;</pre>")
    )
    #expect(html.contains("<div class=\"output error\">"))
    #expect(html.contains("ValueError: &lt;x&gt;"))
    #expect(html.contains("In [1]:") && html.contains("In [2]:"))
    #expect(!html.contains("<script>alert"))
  }

  @Test func storedOutputsShowAsOutputsNotCode() throws {
    let html = try page("```python\nx\n```\n\n```output\nstored value\n```\n").html
    #expect(
      html.contains(
        "<div class=\"output result\"><div class=\"prompt\">Out[1]:</div><pre>stored value</pre>"))
    #expect(!html.contains("language-output"))
  }

  @Test func echoFalseHidesCodeAndOptionsAreNotShown() throws {
    let html = try page(
      "```python\n#| echo: false\nsecret\n```\n\n```python\n#| label: two\nvisible\n```\n"
    ).html
    #expect(!html.contains("secret"))
    #expect(html.contains("visible") && !html.contains("#| label"))
    #expect(html.contains("id=\"cell-two\""))
  }

  @Test func headingsGetUniqueAnchors() throws {
    let html = try page("# Başlık: Ölçüm\n\n## Same\n\n## Same\n").html
    #expect(html.contains("<h1 id=\"başlık-ölçüm\">Başlık: Ölçüm</h1>"))
    #expect(html.contains("<h2 id=\"same\">") && html.contains("<h2 id=\"same-1\">"))
    #expect(html.contains("<title>Başlık: Ölçüm</title>"))
  }

  @Test func rawHTMLPassesUnlessSafe() throws {
    let text =
      "<div class=\"x\">raw</div>\n\n[link](javascript:alert(1)) <span>inline</span>\n\n```python\nshow 1\n```\n"
    let open = try page(text).html
    #expect(open.contains("<div class=\"x\">raw</div>") && open.contains("javascript:alert(1)"))
    let safe = try page(text, safe: true).html
    #expect(
      !safe.contains("<div class=\"x\">") && !safe.contains("javascript:")
        && !safe.contains("<span>inline"))
    #expect(safe.contains("<div class=\"cell\">"))
  }

  @Test func utf8ProseSurvivesByteForByte() throws {
    let prose = "Doğrusal en küçük kareler problemi çözmek için — İ ğ ü ş ı ö ç 日本 🙂"
    let html = try page(prose + "\n").html
    #expect(html.contains("<p>" + prose + "</p>"))
  }

  @Test func cellsInsideListsStayInTheList() throws {
    let html = try page("- one\n\n  ```python\n  show 1\n  ```\n- two\n", runs: true).html
    let list = try #require(html.range(of: "<ul>")).upperBound
    let end = try #require(html.range(of: "</ul>")).lowerBound
    #expect(html[list..<end].contains("<div class=\"cell\">"))
  }

  @Test func seedNotebookFormulasReachThePage() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("notebooks/nmf.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let html = try page(text).html
    #expect(
      html.contains(
        "<span class=\"math display\">\\[\nx = (A^T A)^{-1} A^T b\n\\]</span> === np.lingalg.lstsq")
    )
    #expect(html.contains("<span class=\"math display\">\\[\n\\| b - Ax \\|_2 = \\min\n\\]</span>"))
    #expect(html.contains("Doğrusal en küçük kareler problemi çözmek için"))
    #expect(html.contains("Out[2]:</div><pre>(array([[0.77613009"))
    #expect(!remoteReferences(html))
  }

  @Test func ipynbIsNbformat45() throws {
    let notebook = try Notebook(
      text:
        "# T\n\n```python\nprint a\nshow 1\n```\n\n```python\n#| error: true\nraise KeyError k\n```\n",
      file: "n.md")
    let result = Runner().run(notebook, kernel: StubKernel())
    let written = try Notebook(bytes: result.bytes, file: "n.md")
    let json = IPynbWriter.render(
      written, runs: Dictionary(uniqueKeysWithValues: result.runs.map { ($0.cellIndex, $0) }))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["nbformat"] as? Int == 4 && object["nbformat_minor"] as? Int == 5)
    let cells = try #require(object["cells"] as? [[String: Any]])
    #expect(cells.map { $0["cell_type"] as? String } == ["markdown", "code", "code"])
    let outputs = try #require(cells[1]["outputs"] as? [[String: Any]])
    #expect(outputs.map { $0["output_type"] as? String } == ["stream", "execute_result"])
    let error = try #require((cells[2]["outputs"] as? [[String: Any]])?.first)
    #expect(error["ename"] as? String == "KeyError" && error["evalue"] as? String == "k")
  }
}
