import SwnbNotebook
import SwnbScript

/// The notebook's `Kernel`, backed by one MatrixScript session.
public final class ScriptKernel: Kernel {
  private let session: ScriptSession

  /// A fresh namespace whose relative paths resolve against `directory` (the notebook's folder).
  public init(directory: String) {
    session = ScriptSession(directory: directory)
  }

  public func run(source: String, context: CellContext) -> CellOutput {
    let result = session.run(
      source, file: context.file, firstLine: context.firstLine, label: context.label,
      executionCount: context.executionCount, timeout: context.timeout)
    return CellOutput(
      printed: result.printed, display: result.display,
      error: result.error.map { CellError(kind: $0.kind, traceback: $0.traceback) })
  }
}
