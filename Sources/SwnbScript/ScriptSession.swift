import Foundation

/// One MatrixScript namespace: every cell of a notebook runs in the same session.
public final class ScriptSession {
  /// The notebook's folder: relative paths in `np.load`, `np.loadtxt`... resolve against it.
  public let directory: String
  private let runtime: Runtime
  /// Stack size of the interpreter thread: deep recursion reports RecursionError long before.
  static let stackSize = 512 << 20

  public init(directory: String) {
    self.directory = directory
    runtime = Runtime(directory: directory)
  }

  /// Runs `body` on a fresh thread with `stackSize` bytes of stack and waits for it.
  static func onBigStack(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      body()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
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
    let job = CellJob(
      runtime: runtime, source: source, file: file, firstLine: firstLine, executionCount: executionCount,
      timeout: timeout)
    ScriptSession.onBigStack { job.execute() }
    return job.result
  }
}

/// One cell execution, handed to the interpreter thread. The session is used by one thread at a
/// time (the caller blocks until the cell finishes), which makes the unchecked sendability sound.
private final class CellJob: @unchecked Sendable {
  let runtime: Runtime
  let source: String
  let cell: CellInfo
  let timeout: Double?
  var result = ScriptResult()

  init(runtime: Runtime, source: String, file: String, firstLine: Int, executionCount: Int, timeout: Double?) {
    self.runtime = runtime
    self.source = source
    self.timeout = timeout
    cell = CellInfo(file: file, firstLine: firstLine, source: source, executionCount: executionCount)
  }

  func execute() {
    let rt = runtime
    rt.output = ""
    rt.callDepth = 0
    rt.handling = []
    rt.warningsShown = []
    rt.warningSites.current.pointee = 0
    // A limit past a century (`--timeout 1e308`) is no limit: its nanoseconds overflow UInt64.
    if let timeout, !(timeout * 1e9 >= 3e18) {
      rt.timeoutSeconds = timeout
      rt.deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
    } else {
      rt.deadline = nil
    }
    defer { result.printed = rt.output }
    let module: Module
    do {
      module = try Parser.parse(CellJob.blankingDisplayMagics(source))
    } catch {
      result.error = ScriptFailure(kind: error.kind, traceback: Traceback.renderSyntaxError(error, cell: cell))
      return
    }
    let compiler = Compiler(runtime: rt, scope: CompileScope(kind: .module, parent: nil), cell: cell)
    var statements = module.body
    var displayed: Expr?
    if !module.endsWithSemicolon, let last = statements.last, case .expression(let e) = last.kind {
      displayed = e
      statements.removeLast()
    }
    do {
      let body = try statements.map { try compiler.compileStatement($0) }
      let display = try displayed.map { try compiler.compileExpr($0) }
      for stmt in body {
        _ = try stmt(rt.moduleFrame)
        rt.runFinalizers()
      }
      if let display {
        let value: Value
        do { value = try display(rt.moduleFrame) } catch { throw located(error, displayed?.start ?? SourceLocation(line: 1, column: 1)) }
        rt.runFinalizers()
        if !value.isNone {
          result.display = try rt.displayText(value)
          rt.recordDisplayed(value, count: cell.executionCount)
        }
      }
    } catch let e as SyntaxError {
      result.error = ScriptFailure(kind: e.kind, traceback: Traceback.renderSyntaxError(e, cell: cell))
    } catch {
      result.error = failure(located(error, SourceLocation(line: 1, column: 1)))
    }
  }

  /// `%matplotlib ...` and `%config ...` only configure IPython's display: they become blank
  /// lines (keeping line numbers). Other magics stay and are syntax errors.
  static func blankingDisplayMagics(_ source: String) -> String {
    guard source.contains("%matplotlib") || source.contains("%config") else { return source }
    return source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      return trimmed.hasPrefix("%matplotlib") || trimmed.hasPrefix("%config") ? "" : String(line)
    }.joined(separator: "\n")
  }

  private func failure(_ error: PyError) -> ScriptFailure {
    let rt = runtime
    let exc = rt.exceptionObject(error)
    var entries: [(TraceEntry, CellInfo)] = []
    if let loc = error.location { entries.append((TraceEntry(function: "<module>", location: loc), cell)) }
    for entry in error.trace.reversed() { entries.append((entry, entry.cell ?? cell)) }
    let message = (try? rt.exceptionMessage(exc)) ?? ""
    let kind = exc.type.name
    let chained = rt.chainedTracebacks(exc, cell: cell)
    return ScriptFailure(kind: kind, traceback: chained + Traceback.render(entries, kind: kind, message: message))
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
