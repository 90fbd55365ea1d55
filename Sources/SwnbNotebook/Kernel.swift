/// Where a cell stands, so that a kernel can name it in tracebacks.
public struct CellContext: Sendable, Equatable {
  /// The notebook's file name as the user gave it (for example `nmf.md`).
  public var file: String
  /// The line, in the notebook as it will be written, of the cell's first source line (1-based).
  public var firstLine: Int
  /// The cell's `#| label:`, if it has one.
  public var label: String?
  /// IPython's execution count: 1 for the first cell that runs.
  public var executionCount: Int
  /// Seconds the cell may run before it stops with a `TimeoutError`; nil means no limit.
  public var timeout: Double?

  public init(file: String, firstLine: Int, label: String?, executionCount: Int, timeout: Double?) {
    self.file = file
    self.firstLine = firstLine
    self.label = label
    self.executionCount = executionCount
    self.timeout = timeout
  }
}

/// An exception that a cell raised, as the notebook stores it.
public struct CellError: Sendable, Equatable {
  /// The Python exception type name, such as `ValueError`.
  public var kind: String
  /// The whole text of the `error` block: traceback lines, then `Kind: message`.
  public var traceback: String

  public init(kind: String, traceback: String) {
    self.kind = kind
    self.traceback = traceback
  }
}

/// What running one cell produced.
public struct CellOutput: Sendable, Equatable {
  /// Everything the cell printed (stdout, and warnings written to stderr), in order.
  public var printed: String
  /// IPython's display of the cell's value, without a trailing newline; nil when nothing shows.
  public var display: String?
  /// The exception that stopped the cell, if any.
  public var error: CellError?

  public init(printed: String = "", display: String? = nil, error: CellError? = nil) {
    self.printed = printed
    self.display = display
    self.error = error
  }
}

/// Runs cells in one shared namespace: one kernel per notebook run.
///
/// The notebook layer never knows the language; `SwnbCLI` plugs in MatrixScript's kernel.
public protocol Kernel: AnyObject {
  /// Runs one cell's whole source (its `#|` option lines are comments to the language).
  func run(source: String, context: CellContext) -> CellOutput
}
