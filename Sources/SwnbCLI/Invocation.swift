/// The formats swnb writes.
enum OutputFormat: String, Equatable {
  case md, html, ipynb

  /// The file extension of the format.
  var fileExtension: String { rawValue }
}

/// A parsed command line.
struct Invocation: Equatable {
  enum Command: Equatable {
    case run, render, check, importNotebook
    case help(String?)
    case version
  }

  var command: Command
  var notebook = ""
  var output: String?
  var format: OutputFormat?
  var timeout: Double?
  var rtol: Double?
  var allowErrors = false
  var quiet = false
  var safeHTML = false

  /// Parses the arguments that follow the program name.
  static func parse(_ arguments: [String]) throws(CLIError) -> Invocation {
    guard let first = arguments.first else { return Invocation(command: .help(nil)) }
    switch first {
    case "--version", "-V": return Invocation(command: .version)
    case "--help", "-h": return Invocation(command: .help(nil))
    case "help":
      let topic = arguments.dropFirst().first
      if let topic, !HelpText.commands.contains(topic) {
        throw .usage("unknown command '\(topic)'", command: nil)
      }
      return Invocation(command: .help(topic))
    case "run":
      return try parseOptions(
        Array(arguments.dropFirst()), into: Invocation(command: .run), name: first)
    case "render":
      return try parseOptions(
        Array(arguments.dropFirst()), into: Invocation(command: .render), name: first)
    case "check":
      return try parseOptions(
        Array(arguments.dropFirst()), into: Invocation(command: .check), name: first)
    case "import":
      return try parseOptions(
        Array(arguments.dropFirst()), into: Invocation(command: .importNotebook), name: first)
    default:
      if first.hasPrefix("-") { throw .usage("unknown option '\(first)'", command: nil) }
      throw .usage("unknown command '\(first)'", command: nil)
    }
  }

  /// The options each command accepts.
  private static let allowed: [String: Set<String>] = [
    "run": [
      "-o", "--output", "--to", "--timeout", "--allow-errors", "--quiet", "-q", "--safe-html",
    ],
    "render": ["-o", "--output", "--to", "--safe-html"],
    "check": ["--rtol", "--timeout", "--quiet", "-q"],
    "import": ["-o", "--output"],
  ]
  private static let takesValue: Set<String> = ["-o", "--output", "--to", "--timeout", "--rtol"]

  private static func parseOptions(
    _ arguments: [String], into start: Invocation, name: String
  ) throws(CLIError) -> Invocation {
    var invocation = start
    var positional: [String] = []
    var index = 0
    let allowed = Self.allowed[name] ?? []
    while index < arguments.count {
      var argument = arguments[index]
      index += 1
      if argument == "-h" || argument == "--help" { return Invocation(command: .help(name)) }
      guard argument.hasPrefix("-"), argument != "-" else {
        positional.append(argument)
        continue
      }
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        inlineValue = String(argument[argument.index(after: equals)...])
        argument = String(argument[..<equals])
      }
      guard allowed.contains(argument) else {
        throw .usage("unknown option '\(argument)' for '\(name)'", command: name)
      }
      var value = ""
      if takesValue.contains(argument) {
        if let inlineValue {
          value = inlineValue
        } else {
          guard index < arguments.count else {
            throw .usage("option '\(argument)' needs a value", command: name)
          }
          value = arguments[index]
          index += 1
        }
      } else if inlineValue != nil {
        throw .usage("option '\(argument)' takes no value", command: name)
      }
      try invocation.apply(argument, value: value, command: name)
    }
    guard let notebook = positional.first else {
      throw .usage("missing the notebook to \(name)", command: name)
    }
    guard positional.count == 1 else {
      throw .usage("unexpected argument '\(positional[1])'", command: name)
    }
    invocation.notebook = notebook
    return invocation
  }

  private mutating func apply(_ option: String, value: String, command: String) throws(CLIError) {
    switch option {
    case "-o", "--output":
      guard !value.isEmpty else {
        throw .usage("option '\(option)' needs a file name", command: command)
      }
      output = value
    case "--to":
      guard let parsed = OutputFormat(rawValue: value) else {
        throw .usage("'--to' must be md, html or ipynb, not '\(value)'", command: command)
      }
      format = parsed
    case "--timeout":
      guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
        throw .usage(
          "'--timeout' needs a positive number of seconds, not '\(value)'", command: command)
      }
      timeout = seconds
    case "--rtol":
      guard let tolerance = Double(value), tolerance >= 0, tolerance.isFinite else {
        throw .usage("'--rtol' needs a number >= 0, not '\(value)'", command: command)
      }
      rtol = tolerance
    case "--allow-errors": allowErrors = true
    case "--quiet", "-q": quiet = true
    case "--safe-html": safeHTML = true
    default: throw .usage("unknown option '\(option)'", command: command)
    }
  }
}
