/// The source of one cell as tracebacks need it: file name, notebook line offset, lines.
final class CellInfo {
  let file: String
  let firstLine: Int
  let lines: [String]
  /// IPython's execution count of the cell, which names it in warnings.
  let executionCount: Int
  private let source: String
  init(file: String, firstLine: Int, source: String, executionCount: Int = 1) {
    self.file = file
    self.firstLine = firstLine
    self.source = source
    self.executionCount = executionCount
    lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// IPython's name for the cell and the blank lines it dropped (see `IPythonInput`).
  lazy var ipythonName: (name: String, droppedLines: Int) = IPythonInput.name(
    source, executionCount: executionCount)

  func notebookLine(_ line: Int) -> Int { firstLine + line - 1 }

  func sourceLine(_ line: Int) -> String? {
    guard line >= 1 && line <= lines.count else { return nil }
    return lines[line - 1]
  }
}

/// Renders exceptions and syntax errors as Python-style tracebacks naming the notebook.
enum Traceback {
  static func render(_ entries: [(TraceEntry, CellInfo)], kind: String, message: String) -> String {
    var out = "Traceback (most recent call last):\n"
    for (entry, cell) in entries {
      let loc = entry.location
      out += "  File \"\(cell.file)\", line \(cell.notebookLine(loc.line)), column \(loc.column), in \(entry.function)\n"
      if let text = cell.sourceLine(loc.line) {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if !trimmed.isEmpty { out += "    " + trimmed + "\n" }
      }
    }
    out += message.isEmpty ? kind : "\(kind): \(message)"
    return out
  }

  static func renderSyntaxError(_ e: SyntaxError, cell: CellInfo) -> String {
    var out = "  File \"\(cell.file)\", line \(cell.notebookLine(e.location.line))\n"
    if let text = cell.sourceLine(e.location.line) {
      let scalars = Array(text.unicodeScalars)
      var lead = 0
      while lead < scalars.count, scalars[lead] == " " || scalars[lead] == "\t" { lead += 1 }
      var end = scalars.count
      while end > lead, scalars[end - 1] == " " || scalars[end - 1] == "\r" { end -= 1 }
      let shown = String(String.UnicodeScalarView(scalars[lead..<end]))
      out += "    " + shown + "\n"
      guard e.location.column - 1 >= lead else { return out + "\(e.kind): \(e.message)" }
      let caretColumn = e.location.column - 1 - lead
      let width = max(1, min(e.width, max(1, scalars.count - lead - caretColumn)))
      out += "    " + String(repeating: " ", count: caretColumn) + String(repeating: "^", count: width) + "\n"
    }
    out += "\(e.kind): \(e.message)"
    return out
  }
}
