import Foundation
import SwnbNotebook

/// Progress lines on standard error: one per cell, or a live line on a terminal.
struct Progress {
  var write: (String) -> Void
  var isTerminal: Bool
  var quiet: Bool

  func report(_ event: RunEvent) {
    guard !quiet else { return }
    switch event {
    case .started(let cell, let position, let total, let line):
      let name = cell.options.label ?? "line \(line)"
      if isTerminal { write("\r\u{1B}[K[\(position)/\(total)] \(name)  running") }
    case .finished(let cell, let position, let total, let run):
      let seconds = String(format: "%.2f", run.seconds)
      let failure = run.output.error.map { "  \($0.kind)" } ?? ""
      let name = cell.options.label ?? "line \(run.fenceLine)"
      write(clear + "[\(position)/\(total)] \(name)  \(seconds)s\(failure)\n")
    case .skipped(let cell, let position, let total, let line):
      write(clear + "[\(position)/\(total)] \(cell.options.label ?? "line \(line)")  skipped\n")
    }
  }

  private var clear: String { isTerminal ? "\r\u{1B}[K" : "" }
}
