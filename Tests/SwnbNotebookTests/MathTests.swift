import Testing

@testable import SwnbNotebook

@Suite struct MathTests {
  /// The formulas the protector finds in `text`.
  private func formulas(_ text: String) -> [MathSpan] {
    var protector = MathProtector(document: Array(text.utf8))
    _ = protector.protect(Array(text.utf8)[...])
    return protector.spans
  }

  @Test func backslashDelimiters() {
    #expect(
      formulas("a \\(a^{2}_{i} + b^{2}_{j}\\) b") == [
        MathSpan(source: "\\(a^{2}_{i} + b^{2}_{j}\\)", display: false)
      ])
    let matrix = "\\[\n\\begin{pmatrix} a \\\\ b \\end{pmatrix}\n\\]"
    #expect(formulas("x " + matrix + " y") == [MathSpan(source: matrix, display: true)])
  }

  @Test func dollarRules() {
    #expect(formulas("$a*b*c$") == [MathSpan(source: "$a*b*c$", display: false)])
    #expect(formulas("$$\\sum_i x_i$$") == [MathSpan(source: "$$\\sum_i x_i$$", display: true)])
    #expect(formulas("costs $5 and $6") == [])
    #expect(formulas("$ x$ and $x $") == [])
    #expect(formulas("$x$5") == [])
    #expect(formulas("\\$x$") == [])
    #expect(formulas("\\$5 and $y$") == [MathSpan(source: "$y$", display: false)])
  }

  @Test func codeSpansAndBlankLinesAreNotMath() {
    #expect(formulas("`$x$` and ``\\(y\\)``") == [])
    #expect(formulas("\\(a\n\nb\\)") == [])
    #expect(formulas("$a\n\nb$") == [])
    #expect(formulas("\\(a\nb\\)").count == 1)
    #expect(formulas("\\\\(x\\\\)") == [])
  }

  @Test func formulasSurviveCmarkIntact() {
    let text =
      "# T\n\nInline \\(a^{2}_{i} + b^{2}_{j}\\), $a*b*c$ and\n\\[\nx = (A^T A)^{-1} A^T b\n\\] === np.lingalg.lstsq\n"
    let page = HTMLRenderer().render(try! Notebook(text: text, file: "m.md"))
    #expect(page.hasMath)
    #expect(page.html.contains("<span class=\"math inline\">\\(a^{2}_{i} + b^{2}_{j}\\)</span>"))
    #expect(page.html.contains("<span class=\"math inline\">$a*b*c$</span>"))
    #expect(
      page.html.contains(
        "<span class=\"math display\">\\[\nx = (A^T A)^{-1} A^T b\n\\]</span> === np.lingalg.lstsq")
    )
    #expect(!page.html.contains("<em>"))
  }

  @Test func codeIsNeverMath() throws {
    let text = "```js\nvar a = \"$x$\";\n```\n\n    \\(y\\)\n\n```python\nprint(\"$z$\")\n```\n"
    let page = HTMLRenderer().render(try Notebook(text: text, file: "m.md"))
    #expect(!page.hasMath)
    #expect(!page.html.contains("class=\"math"))
    #expect(!page.html.contains("katex"))
  }

  @Test func lessThanInsideMathIsEscaped() throws {
    let page = HTMLRenderer().render(try Notebook(text: "If $a<b$ then.\n", file: "m.md"))
    #expect(page.html.contains("<span class=\"math inline\">$a&lt;b$</span>"))
  }
}
