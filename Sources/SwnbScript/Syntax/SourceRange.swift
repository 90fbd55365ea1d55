/// A position inside a cell: 1-based line and 1-based column (in Unicode scalars).
struct SourceLocation: Equatable, Sendable {
  var line: Int
  var column: Int
}

/// A Python `SyntaxError` or `IndentationError` raised while reading a cell.
struct SyntaxError: Error, Equatable {
  /// `SyntaxError` or `IndentationError`.
  var kind: String = "SyntaxError"
  var message: String
  var location: SourceLocation
  /// Characters the caret run spans (CPython underlines some errors with several carets).
  var width: Int = 1
}
