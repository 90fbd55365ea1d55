/// Writes a notebook as Jupyter's nbformat 4.5 JSON.
public enum IPynbWriter {
  /// The `.ipynb` text: prose becomes markdown cells, code cells carry their outputs
  /// (`stream`, `execute_result`, `error`), fresh from `runs` or as stored.
  public static func render(_ notebook: Notebook, runs: [Int: CellRun] = [:]) -> String {
    var cells: [JSON] = []
    let counts = notebook.storedCounts
    for segment in notebook.segments {
      switch segment {
      case .prose(let range):
        let text = String(decoding: notebook.bytes(of: range), as: UTF8.self).replacingCRLF()
        let trimmed = trimBlankLines(text)
        guard !trimmed.isEmpty else { continue }
        cells.append(
          .object([
            ("cell_type", .string("markdown")), ("id", .string("md-\(cells.count)")),
            ("metadata", .object([])), ("source", sourceLines(trimmed)),
          ]))
      case .cell(let index):
        let cell = notebook.cells[index]
        let published = PublishedCell(cell: cell, run: runs[index], storedCount: counts[index])
        cells.append(codeCell(cell, published, id: "cell-\(index)"))
      }
    }
    let document = JSON.object([
      ("cells", .array(cells)),
      (
        "metadata",
        .object([
          (
            "kernelspec",
            .object([
              ("display_name", .string("MatrixScript (swnb)")), ("language", .string("python")),
              ("name", .string("swnb")),
            ])
          ),
          ("language_info", .object([("name", .string("python"))])),
        ])
      ),
      ("nbformat", .number(4)), ("nbformat_minor", .number(5)),
    ])
    return document.serialized(indent: 0) + "\n"
  }

  private static func codeCell(_ cell: Cell, _ published: PublishedCell, id: String) -> JSON {
    var outputs: [JSON] = []
    if let printed = published.printed {
      outputs.append(
        .object([
          ("name", .string("stdout")), ("output_type", .string("stream")),
          ("text", sourceLines(printed)),
        ]))
    }
    if let display = published.display {
      outputs.append(
        .object([
          ("data", .object([("text/plain", sourceLines(display))])),
          ("execution_count", published.executionCount.map { .number($0) } ?? .null),
          ("metadata", .object([])), ("output_type", .string("execute_result")),
        ]))
    }
    if let error = published.error {
      let lines = error.split(separator: "\n").map(String.init)
      let last = lines.last ?? ""
      let (name, value) = splitException(last)
      outputs.append(
        .object([
          ("ename", .string(name)), ("evalue", .string(value)), ("output_type", .string("error")),
          ("traceback", .array(lines.map { .string($0) })),
        ]))
    }
    let source = cell.source.hasSuffix("\n") ? String(cell.source.dropLast()) : cell.source
    return .object([
      ("cell_type", .string("code")),
      ("execution_count", published.executionCount.map { .number($0) } ?? .null),
      ("id", .string(id)), ("metadata", .object([])), ("outputs", .array(outputs)),
      ("source", sourceLines(source)),
    ])
  }

  /// `Kind: message` split at the first `": "`.
  private static func splitException(_ line: String) -> (String, String) {
    guard let colon = line.range(of: ": ") else { return (line, "") }
    return (String(line[..<colon.lowerBound]), String(line[colon.upperBound...]))
  }

  /// nbformat's multi-line string: a list of lines, each but the last ending in `\n`.
  private static func sourceLines(_ text: String) -> JSON {
    var lines: [JSON] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "\n" {
        lines.append(.string(current))
        current = ""
      }
    }
    if !current.isEmpty { lines.append(.string(current)) }
    return .array(lines)
  }

  private static func trimBlankLines(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, trim(first).isEmpty { lines.removeFirst() }
    while let last = lines.last, trim(last).isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}

/// A JSON value with ordered object keys, serialized the way nbformat writes files.
indirect enum JSON {
  case string(String)
  case number(Int)
  case null
  case array([JSON])
  case object([(String, JSON)])

  /// The text, indented by one space per level (like `nbformat.write`).
  func serialized(indent: Int) -> String {
    let pad = String(repeating: " ", count: indent + 1)
    let closePad = String(repeating: " ", count: indent)
    switch self {
    case .string(let text): return JSON.quote(text)
    case .number(let value): return String(value)
    case .null: return "null"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.serialized(indent: indent + 1) }.joined(separator: ",\n")
        + "\n"
        + closePad + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n"
        + members.map { pad + JSON.quote($0.0) + ": " + $0.1.serialized(indent: indent + 1) }
        .joined(separator: ",\n") + "\n" + closePad + "}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
