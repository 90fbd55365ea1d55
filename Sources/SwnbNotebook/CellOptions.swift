/// The `#| key: value` options at the top of a code cell (Quarto's convention).
public struct CellOptions: Sendable, Equatable {
  /// `eval`: run the cell.
  public var eval = true
  /// `echo`: show the code in HTML.
  public var echo = true
  /// `output`: write the cell's output block.
  public var output = true
  /// `error`: an exception is expected; show it and go on.
  public var error = false
  /// `label`: the cell's name in messages and anchors.
  public var label: String?

  public init() {}

  /// The option keys swnb knows, in the order help text lists them.
  public static let knownKeys = ["eval", "echo", "output", "error", "label"]

  /// Reads the leading `#|` lines of `source`; `firstLine` is the notebook line of its first line.
  ///
  /// - Throws: `NotebookError` naming the line of an unknown, repeated or malformed key or a
  ///   bad value.
  public static func parse(source: String, file: String, firstLine: Int) throws -> CellOptions {
    var options = CellOptions()
    var seen: [String: Int] = [:]
    var lineNumber = firstLine
    for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      guard line.hasPrefix("#|") else { break }
      defer { lineNumber += 1 }
      let body = line.dropFirst(2)
      guard let colon = body.firstIndex(of: ":") else {
        throw NotebookError(
          file: file, line: lineNumber,
          message: "cell option '\(trim(body))' needs the form '#| key: value'")
      }
      let key = trim(body[..<colon])
      let value = trim(body[body.index(after: colon)...])
      if let first = seen[key] {
        throw NotebookError(
          file: file, line: lineNumber,
          message: "cell option '\(key)' is given twice (first on line \(first))")
      }
      seen[key] = lineNumber
      try options.set(key: key, value: value, file: file, line: lineNumber)
    }
    return options
  }

  private mutating func set(key: String, value: String, file: String, line: Int) throws {
    func flag() throws -> Bool {
      switch value {
      case "true": return true
      case "false": return false
      default:
        throw NotebookError(
          file: file, line: line,
          message: "cell option '\(key)' must be true or false, not '\(value)'")
      }
    }
    switch key {
    case "eval": eval = try flag()
    case "echo": echo = try flag()
    case "output": output = try flag()
    case "error": error = try flag()
    case "label":
      let name = Self.unquote(value)
      guard !name.isEmpty else {
        throw NotebookError(file: file, line: line, message: "cell option 'label' needs a name")
      }
      label = name
    default:
      throw NotebookError(
        file: file, line: line,
        message: "unknown cell option '\(key)' (known: \(Self.knownKeys.joined(separator: ", ")))")
    }
  }

  private static func unquote(_ value: String) -> String {
    for quote in ["\"", "'"]
    where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}

/// `text` without leading and trailing spaces and tabs.
func trim<S: StringProtocol>(_ text: S) -> String {
  let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
  guard let first = text.firstIndex(where: { !isBlank($0) }),
    let last = text.lastIndex(where: { !isBlank($0) })
  else { return "" }
  return String(text[first...last])
}
