import TestSupport
import Testing

@testable import SwnbNotebook

/// Random notebooks: prose, cells in containers, stale blocks, CRLF, BOM, odd fences.
enum NotebookGenerator {
  static func make(seed: UInt64) -> String {
    var random = SplitMix64(seed)
    let newline = random.pick(["\n", "\n", "\r\n", "\r"])
    var lines: [String] = []
    if random.below(8) == 0 { lines.append("\u{FEFF}# Title") }
    for _ in 0..<(1 + random.below(6)) {
      switch random.below(7) {
      case 0: lines += ["Some *prose* with `code` and \\(x_1\\).", ""]
      case 1: lines += ["```js", "print no", "```", ""]
      case 2: lines += ["    indented code", ""]
      case 3: lines += ["Paragraph right before a cell:"]
      default: break
      }
      let prefix = random.pick(["", "", "> ", "  ", "   ", ">   ", "> > ", "\t"])
      let fence = random.pick(["```", "~~~", "````"])
      let opener =
        prefix == "  " ? "- " : prefix == "   " ? "1. " : prefix == ">   " ? "> - " : prefix
      var body: [String] = []
      if random.below(4) == 0 { body.append("#| label: cell\(random.below(100))") }
      if random.below(6) == 0 { body.append("#| error: true") }
      for _ in 0..<random.below(4) {
        body.append(
          random.pick([
            "print a", "write b", "show 1\\n2", "where", "count", "print ``` ticks", "", "show x",
          ]))
      }
      if random.below(10) == 0 { body.append("raise ValueError oops") }
      lines.append(opener + fence + random.pick(["python", "py", "python {x=1}"]))
      lines += body.map { $0.isEmpty ? prefix.trimmingSpaces : prefix + $0 }
      lines.append(prefix + fence)
      if random.below(3) == 0 {
        lines += [prefix.trimmingSpaces, prefix + "```output", prefix + "stale", prefix + "```"]
      }
      if random.below(5) == 0 {
        lines += [
          prefix.trimmingSpaces, prefix + "```error", prefix + "Old: error", prefix + "```",
        ]
      }
      lines.append(random.below(2) == 0 ? "" : "Text after.")
      if random.below(2) == 0 { lines.append("") }
    }
    if random.below(6) == 0 { lines += ["```python", "print unclosed"] }
    var text = lines.joined(separator: newline)
    if random.below(3) > 0 { text += newline }
    return text
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}

@Suite struct GeneratedNotebookTests {
  @Test(arguments: 0..<300)
  func runningTwiceGivesTheSameBytes(seed: Int) throws {
    let text = NotebookGenerator.make(seed: UInt64(seed))
    let options = RunOptions(allowErrors: true)
    let first = Runner(options: options).run(
      try Notebook(text: text, file: "g.md"), kernel: StubKernel())
    let once = first.bytes
    let rerun = Runner(options: options).run(
      try Notebook(bytes: once, file: "g.md"), kernel: StubKernel())
    #expect(rerun.bytes == once, "seed \(seed)")
    // The kernel was told the lines the cells have in the written notebook.
    let written = try Notebook(bytes: once, file: "g.md")
    #expect(
      first.runs.map(\.firstLine)
        == written.cells.filter(\.options.eval).prefix(first.runs.count).map(\.firstSourceLine))
    // Cells keep their sources; only output blocks change.
    #expect(
      written.cells.map(\.source) == (try Notebook(text: text, file: "g.md")).cells.map(\.source))
    // A CRLF file stays CRLF.
    if text.contains("\r\n"), !text.replacingOccurrences(of: "\r\n", with: "").contains("\r") {
      #expect(
        !String(decoding: once, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains(
          "\n"))
    }
  }
}
