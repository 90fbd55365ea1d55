import SwnbNotebook

/// Everything that makes `swnb` stop with exit status 2, rendered in one place.
enum CLIError: Error, Equatable {
  /// The command line is wrong; `command` selects the usage line shown.
  case usage(String, command: String?)
  /// The notebook could not be parsed.
  case notebook(NotebookError)
  /// A file could not be read or written.
  case io(String)

  /// The text written to standard error.
  var message: String {
    switch self {
    case .usage(let text, let command):
      let usage = HelpText.usageLine(for: command)
      let helpName = command.map { "swnb help \($0)" } ?? "swnb help"
      return "Error: \(text)\nUsage: \(usage)\nSee '\(helpName)'.\n"
    case .notebook(let error):
      return "Error: \(error.description)\n"
    case .io(let text):
      return "Error: \(text)\n"
    }
  }

  /// Usage, parse and I/O problems all exit with status 2.
  var exitCode: Int32 { 2 }
}
