import SwnbNotebook

/// A tiny fake language, so the notebook layer can be tested without the interpreter.
///
/// Each line is a command: `print TEXT` prints TEXT and a newline, `write TEXT` prints it without
/// one, `show TEXT` displays TEXT (`\n` in it becomes a newline), `where` prints the notebook
/// line of that line, `count` displays the execution count, `raise KIND MESSAGE` raises.
/// Anything else is ignored.
final class StubKernel: Kernel {
  private(set) var contexts: [CellContext] = []

  func run(source: String, context: CellContext) -> CellOutput {
    contexts.append(context)
    var output = CellOutput()
    for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let words = line.split(separator: " ", maxSplits: 1)
      let rest = words.count > 1 ? String(words[1]) : ""
      switch words.first {
      case "print": output.printed += rest + "\n"
      case "write": output.printed += rest
      case "show": output.display = rest.replacingOccurrences(of: "\\n", with: "\n")
      case "where": output.printed += "\(context.firstLine + offset)\n"
      case "count": output.display = "\(context.executionCount)"
      case "raise":
        let parts = rest.split(separator: " ", maxSplits: 1)
        let kind = parts.first.map(String.init) ?? "Exception"
        let message = parts.count > 1 ? String(parts[1]) : ""
        let place = context.label ?? "line \(context.firstLine + offset)"
        output.error = CellError(
          kind: kind, traceback: "Cell \(place)\n    \(line)\n\(kind): \(message)")
        return output
      default: break
      }
    }
    return output
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
