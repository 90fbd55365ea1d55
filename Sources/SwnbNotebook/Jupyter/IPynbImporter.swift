/// A Jupyter notebook converted into a swnb notebook.
public struct ImportedNotebook: Sendable, Equatable {
  /// The swnb Markdown text.
  public var markdown: String
  /// What could not be carried over (images, stderr, ...), one sentence each.
  public var notes: [String]
}

/// Reads Jupyter's nbformat 4 JSON and writes it in swnb's Markdown format.
///
/// Markdown cells become prose verbatim; code cells become fenced cells in the notebook's
/// language (`python` cells run under swnb); their text outputs (`stream` stdout,
/// `execute_result` / `display_data` `text/plain`) become an `output` block and an `error`
/// output becomes an `error` block holding its traceback without ANSI colour codes. Raw cells
/// are kept as prose inside a ```` ```raw ```` fence.
public enum IPynbImporter {
  /// Converts the `.ipynb` bytes; `file` names the notebook in error messages.
  ///
  /// Throws a `NotebookError` (with the line, when there is one) for text that is not JSON,
  /// a notebook that is not nbformat 4, or cells that do not follow the format.
  public static func convert(_ bytes: [UInt8], file: String) throws(NotebookError)
    -> ImportedNotebook
  {
    let root: JSONNode
    do {
      root = try JSONReader.parse(bytes)
    } catch {
      throw NotebookError(file: file, line: error.line, message: "invalid JSON: \(error.message)")
    }
    guard root.isObject else {
      throw NotebookError(
        file: file, line: root.line, message: "not a Jupyter notebook (expected a JSON object)")
    }
    guard let major = root["nbformat"]?.integer else {
      throw NotebookError(
        file: file, line: root.line, message: "not a Jupyter notebook (no 'nbformat' number)")
    }
    guard major == 4 else {
      throw NotebookError(
        file: file, line: root["nbformat"]?.line,
        message:
          "nbformat \(major) is not supported (only 4.x); convert it first with "
          + "'jupyter nbconvert --to notebook --nbformat 4'")
    }
    guard let cells = root["cells"]?.array else {
      throw NotebookError(
        file: file, line: root.line, message: "not a Jupyter notebook (no 'cells' list)")
    }
    var writer = MarkdownWriter(file: file, language: language(of: root))
    for cell in cells { try writer.add(cell) }
    var notes = writer.notes
    if let problem = check(writer.text, expectedCells: writer.runnableCells) {
      notes.append(problem)
    }
    return ImportedNotebook(markdown: writer.text, notes: notes)
  }

  /// Why the written Markdown would not read back as the same cells, if it would not.
  private static func check(_ markdown: String, expectedCells: Int) -> String? {
    do {
      let notebook = try Notebook(text: markdown, file: "the imported notebook")
      guard notebook.cells.count == expectedCells else {
        return "a markdown cell leaves a code fence open: the imported notebook has "
          + "\(notebook.cells.count) python cells, not \(expectedCells)"
      }
      return nil
    } catch let error as NotebookError {
      return "\(error.description) (swnb will refuse to run it until this is fixed)"
    } catch {
      return "the imported notebook does not parse"
    }
  }

  /// The code cells' language: the kernel's, `python` when the notebook does not say.
  private static func language(of root: JSONNode) -> String {
    let metadata = root["metadata"]
    let name =
      metadata?["language_info"]?["name"]?.string ?? metadata?["kernelspec"]?["language"]?.string
    guard let name, !name.isEmpty, name.utf8.allSatisfy(isInfoByte) else { return "python" }
    return name.lowercased() == "python" ? "python" : name
  }

  private static func isInfoByte(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "~")
  }
}

/// Builds the Markdown text one Jupyter cell at a time.
private struct MarkdownWriter {
  let file: String
  let language: String
  private(set) var text = ""
  private(set) var notes: [String] = []
  /// How many code cells were written as runnable `python` cells.
  private(set) var runnableCells = 0
  private var cellNumber = 0

  init(file: String, language: String) {
    self.file = file
    self.language = language
  }

  mutating func add(_ cell: JSONNode) throws(NotebookError) {
    cellNumber += 1
    guard cell.isObject, let type = cell["cell_type"]?.string else {
      throw problem(cell, "cell \(cellNumber) has no 'cell_type'")
    }
    let source = try multiline(cell["source"], of: cell, field: "source")
    switch type {
    case "markdown":
      if cell["attachments"] != nil {
        notes.append("cell \(cellNumber) (line \(cell.line)): attachments dropped")
      }
      append(block: source)
    case "raw":
      append(block: fenced(source, info: "raw"))
    case "code":
      append(block: fenced(source, info: language))
      if language == "python" { runnableCells += 1 }
      try addOutputs(of: cell)
    default:
      notes.append("cell \(cellNumber) (line \(cell.line)): unknown cell type '\(type)' dropped")
    }
  }

  /// Appends a block, separated from the previous one by a blank line.
  private mutating func append(block: String) {
    guard !block.isEmpty else { return }
    if !text.isEmpty { text += "\n" }
    text += block
    if !block.hasSuffix("\n") { text += "\n" }
  }

  private mutating func addOutputs(of cell: JSONNode) throws(NotebookError) {
    guard let outputs = cell["outputs"]?.array else { return }
    var shown = ""
    var traceback: String?
    for output in outputs {
      guard output.isObject, let kind = output["output_type"]?.string else {
        throw problem(output, "an output of cell \(cellNumber) has no 'output_type'")
      }
      switch kind {
      case "stream":
        let name = output["name"]?.string ?? "stdout"
        let streamText = try multiline(output["text"], of: output, field: "text")
        if name == "stdout" {
          shown += streamText
        } else if !streamText.isEmpty {
          notes.append("cell \(cellNumber) (line \(output.line)): \(name) text dropped")
        }
      case "execute_result", "display_data":
        if let plain = output["data"]?["text/plain"] {
          let value = try multiline(plain, of: output, field: "text/plain")
          if !shown.isEmpty && !shown.hasSuffix("\n") { shown += "\n" }
          shown += value
        } else {
          notes.append(
            "cell \(cellNumber) (line \(output.line)): \(kind) without text/plain dropped")
        }
      case "error":
        let lines = output["traceback"]?.array?.compactMap(\.string) ?? []
        var body = lines.map(stripANSI).joined(separator: "\n")
        if body.isEmpty {
          let name = output["ename"]?.string ?? "Exception"
          let value = output["evalue"]?.string ?? ""
          body = value.isEmpty ? name : "\(name): \(value)"
        }
        traceback = (traceback.map { $0 + "\n" } ?? "") + body
      default:
        notes.append(
          "cell \(cellNumber) (line \(output.line)): output type '\(kind)' dropped")
      }
    }
    if !shown.isEmpty { append(block: fenced(shown, info: "output")) }
    if let traceback { append(block: fenced(traceback, info: "error")) }
  }

  /// nbformat's multi-line string: one string, or a list of strings to join.
  private func multiline(_ node: JSONNode?, of owner: JSONNode, field: String)
    throws(NotebookError) -> String
  {
    guard let node else { return "" }
    if let text = node.string { return text }
    if let parts = node.array {
      var joined = ""
      for part in parts {
        guard let piece = part.string else {
          throw problem(part, "'\(field)' of cell \(cellNumber) holds a non-string")
        }
        joined += piece
      }
      return joined
    }
    throw problem(node, "'\(field)' of cell \(cellNumber) is neither a string nor a list")
  }

  private func problem(_ node: JSONNode, _ message: String) -> NotebookError {
    NotebookError(file: file, line: node.line, message: message)
  }
}

/// `text` (line endings made `\n`) inside a backtick fence longer than any backtick run in it.
private func fenced(_ text: String, info: String) -> String {
  let body = text.replacingCRLF()
  let fence = OutputBlocks.fence(for: body)
  return fence + info + "\n" + body + (body.isEmpty || body.hasSuffix("\n") ? "" : "\n") + fence
    + "\n"
}

/// `text` without ANSI escape sequences (CSI `ESC [ ... final` and two-byte `ESC x`).
func stripANSI(_ text: String) -> String {
  guard text.utf8.contains(0x1B) else { return text }
  var result: [UInt8] = []
  let bytes = Array(text.utf8)
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    guard byte == 0x1B else {
      result.append(byte)
      index += 1
      continue
    }
    index += 1
    guard index < bytes.count else { break }
    if bytes[index] == UInt8(ascii: "[") {
      index += 1
      // Parameter and intermediate bytes, then one final byte in 0x40...0x7E.
      while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
      index += 1
    } else if bytes[index] == UInt8(ascii: "]") {
      // An OSC string runs to BEL or ESC \.
      while index < bytes.count, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
      index += bytes.count > index && bytes[index] == 0x1B ? 2 : 1
    } else {
      index += 1
    }
  }
  return String(decoding: result, as: UTF8.self)
}
