/// One MatrixScript namespace: every cell of a notebook runs in the same session.
public final class ScriptSession {
  /// The notebook's folder: relative paths in `np.load`, `np.loadtxt`... resolve against it.
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// Runs one cell's source and returns what it printed, displayed or raised.
  ///
  /// - Parameters:
  ///   - file: the notebook's name, for tracebacks (`File "nmf.md", line 12`).
  ///   - firstLine: the notebook line of the source's first line.
  ///   - executionCount: IPython's count for this cell (1 for the first cell run).
  ///   - timeout: seconds before the cell stops with `TimeoutError`; nil for no limit.
  public func run(
    _ source: String, file: String, firstLine: Int, label: String?, executionCount: Int,
    timeout: Double?
  ) -> ScriptResult {
    ScriptResult(
      error: ScriptFailure(
        kind: "NotImplementedError",
        traceback: "NotImplementedError: MatrixScript is not built yet"))
  }
}

/// What one cell produced.
public struct ScriptResult: Sendable, Equatable {
  /// Printed text (stdout, then warnings in order), exactly as the cell wrote it.
  public var printed: String
  /// IPython's display of the last expression's value, without a trailing newline.
  public var display: String?
  /// The exception that stopped the cell.
  public var error: ScriptFailure?

  public init(printed: String = "", display: String? = nil, error: ScriptFailure? = nil) {
    self.printed = printed
    self.display = display
    self.error = error
  }
}

/// An exception that escaped a cell: its Python type name and the full traceback text.
public struct ScriptFailure: Sendable, Equatable {
  public var kind: String
  public var traceback: String

  public init(kind: String, traceback: String) {
    self.kind = kind
    self.traceback = traceback
  }
}
