import SwnbPrinting

/// How IPython 8 names a cell's code: its input transformer drops leading blank lines, turns
/// `%magic args` lines into `get_ipython().run_line_magic('magic', 'args')` and ends the cell
/// with a newline; `compilerop.code_name` then names the result `<ipython-input-N-HASH>`, HASH
/// being the first 12 hex digits of its SHA-1.
enum IPythonInput {
  /// The cell's name and how many leading blank lines were dropped (they shift the line
  /// numbers IPython reports).
  static func name(_ source: String, executionCount: Int) -> (name: String, droppedLines: Int) {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let dropped = lines.prefix { $0.allSatisfy(\.isWhitespace) }.count
    let kept = dropped == lines.count ? lines : Array(lines.dropFirst(dropped))
    let text = kept.map(transformed).joined(separator: "\n") + "\n"
    return ("<ipython-input-\(executionCount)-\(SHA1.hexDigest(text.utf8).prefix(12))>", dropped)
  }

  /// A `%magic args` line as IPython rewrites it; any other line unchanged.
  private static func transformed(_ line: String) -> String {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    let rest = line.dropFirst(indent.count)
    guard rest.hasPrefix("%"), !rest.hasPrefix("%%") else { return line }
    let content = rest.dropFirst()
    let name = content.prefix { $0 != " " }
    let args = content.dropFirst(name.count).dropFirst()
    return "\(indent)get_ipython().run_line_magic(\(PythonString.repr(String(name))), \(PythonString.repr(String(args))))"
  }
}
