/// A problem with a notebook's text: a bad cell option, or a file that cannot be read.
public struct NotebookError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The notebook's name as the user gave it.
  public var file: String
  /// The 1-based line the problem is on, when there is one.
  public var line: Int?
  /// What is wrong, as one sentence without a trailing period.
  public var message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, the way compilers name a place.
  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
