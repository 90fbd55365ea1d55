import Foundation
import SwnbNotebook

/// Progress lines on standard error: one per cell, or a live line on a terminal.
struct Progress {
  var write: (String) -> Void
  var isTerminal: Bool
  var quiet: Bool
  /// Redraws the running cell's line with its elapsed time (terminal only).
  private let live: LiveLine?

  init(write: @escaping (String) -> Void, isTerminal: Bool, quiet: Bool) {
    self.write = write
    self.isTerminal = isTerminal
    self.quiet = quiet
    live = isTerminal && !quiet ? LiveLine(write: write) : nil
  }

  func report(_ event: RunEvent) {
    guard !quiet else { return }
    switch event {
    case .started(let cell, let position, let total, let line):
      let name = "[\(position)/\(total)] \(cell.options.label ?? "line \(line)")"
      if isTerminal {
        write("\r\u{1B}[K\(name)  running")
        live?.start(name)
      }
    case .finished(let cell, let position, let total, let run):
      live?.stop()
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

/// A background ticker that rewrites the current line every tenth of a second.
///
/// Writes happen under the lock and `stop` takes it, so no tick lands after `stop` returns.
final class LiveLine: @unchecked Sendable {
  private let lock = NSLock()
  private let write: (String) -> Void
  private var generation = 0
  private var running = false

  init(write: @escaping (String) -> Void) {
    self.write = write
  }

  func start(_ name: String) {
    lock.lock()
    generation += 1
    let mine = generation
    running = true
    lock.unlock()
    let begin = Date()
    Thread.detachNewThread { [self] in
      while true {
        Thread.sleep(forTimeInterval: 0.1)
        lock.lock()
        guard running, generation == mine else {
          lock.unlock()
          return
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(begin))
        write("\r\u{1B}[K\(name)  \(seconds)s")
        lock.unlock()
      }
    }
  }

  func stop() {
    lock.lock()
    running = false
    lock.unlock()
  }
}
