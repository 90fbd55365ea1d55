/// How a notebook run behaves.
public struct RunOptions: Sendable, Equatable {
  /// Go on after a cell raises even without `error: true`.
  public var allowErrors: Bool
  /// Seconds each cell may run; nil for no limit.
  public var timeout: Double?

  public init(allowErrors: Bool = false, timeout: Double? = nil) {
    self.allowErrors = allowErrors
    self.timeout = timeout
  }
}

/// One cell that ran.
public struct CellRun: Sendable, Equatable {
  /// The cell's index in `Notebook.cells`.
  public var cellIndex: Int
  /// IPython's execution count.
  public var executionCount: Int
  /// The line of the cell's first source line in the notebook as written (what the kernel was told).
  public var firstLine: Int
  /// The line of the cell's opening fence in the notebook as written.
  public var fenceLine: Int { firstLine - 1 }
  /// What the cell produced.
  public var output: CellOutput
  /// Wall time, in seconds.
  public var seconds: Double
}

/// What happens during a run, for progress display.
///
/// `position` is the cell's place (1-based) among the notebook's `total` cells.
public enum RunEvent: Sendable, Equatable {
  /// A cell starts; `line` is its opening fence's line in the notebook as written.
  case started(cell: Cell, position: Int, total: Int, line: Int)
  /// A cell finished.
  case finished(cell: Cell, position: Int, total: Int, run: CellRun)
  /// A cell is skipped (`eval: false`); `line` as for `started`.
  case skipped(cell: Cell, position: Int, total: Int, line: Int)
}

/// The result of running a notebook.
public struct RunResult: Sendable {
  /// The notebook that ran (as read).
  public let notebook: Notebook
  /// The cells that ran, in order.
  public let runs: [CellRun]
  /// The cell whose unexpected exception stopped the run.
  public let stoppedAt: Int?
  /// Cells (indices) that raised without `error: true`, whether or not the run went on.
  public let unexpectedErrors: [Int]

  /// The notebook's bytes with fresh outputs.
  public var bytes: [UInt8] {
    Splicer.splice(
      notebook, outputs: Dictionary(uniqueKeysWithValues: runs.map { ($0.cellIndex, $0.output) }))
  }

  /// The run of cell `index`, if it ran.
  public func run(ofCell index: Int) -> CellRun? { runs.first { $0.cellIndex == index } }
}

/// Runs a notebook's cells in order through one kernel.
public struct Runner {
  public var options: RunOptions

  public init(options: RunOptions = RunOptions()) {
    self.options = options
  }

  /// Runs every cell of `notebook` with `eval` set; stops at an unexpected exception unless
  /// `allowErrors`. `progress` hears about each cell.
  public func run(
    _ notebook: Notebook, kernel: Kernel, progress: (RunEvent) -> Void = { _ in }
  ) -> RunResult {
    var runs: [CellRun] = []
    var unexpected: [Int] = []
    var stoppedAt: Int?
    var shift = 0
    var count = 0
    let total = notebook.cells.count
    let clock = ContinuousClock()
    for (position, cell) in zip(1..., notebook.cells) {
      guard cell.options.eval else {
        progress(
          .skipped(cell: cell, position: position, total: total, line: cell.fenceLine + shift))
        continue
      }
      count += 1
      progress(.started(cell: cell, position: position, total: total, line: cell.fenceLine + shift))
      let context = CellContext(
        file: notebook.file, firstLine: cell.firstSourceLine + shift, label: cell.options.label,
        executionCount: count, timeout: options.timeout)
      let start = clock.now
      let output = kernel.run(source: cell.source, context: context)
      let elapsed = clock.now - start
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let run = CellRun(
        cellIndex: cell.index, executionCount: count, firstLine: context.firstLine, output: output,
        seconds: seconds)
      runs.append(run)
      progress(.finished(cell: cell, position: position, total: total, run: run))
      shift += Splicer.lineShift(for: cell, output: output)
      if output.error != nil && !cell.options.error {
        unexpected.append(cell.index)
        if !options.allowErrors {
          stoppedAt = cell.index
          break
        }
      }
    }
    return RunResult(
      notebook: notebook, runs: runs, stoppedAt: stoppedAt, unexpectedErrors: unexpected)
  }
}
