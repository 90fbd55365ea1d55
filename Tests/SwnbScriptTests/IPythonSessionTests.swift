import Foundation
import Testing

@testable import SwnbScript

/// A notebook session from Scripts/goldens/script.py, run by IPython's InteractiveShell: each
/// cell's stdout and stderr together, as the notebook's output shows them.
struct IPythonSession: Decodable, Sendable, CustomTestStringConvertible {
  struct Cell: Decodable, Sendable {
    let source: String
    let printed: String
    /// IPython's display of the cell's value, when it showed one.
    let display: String?
  }
  let name: String
  let cells: [Cell]
  var testDescription: String { name }

  static func load() -> [IPythonSession] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent("ipython_sessions.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([IPythonSession].self, from: data)) ?? []
  }
}

@Suite struct IPythonSessionTests {
  static let sessions = IPythonSession.load()

  @Test func goldenFileIsPresent() {
    #expect(IPythonSessionTests.sessions.count >= 3)
  }

  /// Warnings name the cell that holds the warning line (`<ipython-input-N-HASH>:LINE:`) and
  /// show once per line in each cell run; `_`, `__` and `_N` follow IPython's output history.
  @Test(arguments: IPythonSessionTests.sessions)
  func cellsPrintAsInIPython(_ session: IPythonSession) {
    let script = ScriptSession(directory: "/tmp")
    for (i, cell) in session.cells.enumerated() {
      let result = script.run(
        cell.source, file: "t.md", firstLine: 1, label: nil, executionCount: i + 1, timeout: 20)
      #expect(result.error == nil)
      #expect(result.printed == cell.printed, "cell \(i + 1)")
      #expect(result.display == cell.display, "cell \(i + 1)")
    }
  }
}
