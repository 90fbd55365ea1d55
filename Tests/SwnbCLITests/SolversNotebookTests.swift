import Foundation
import Testing

@testable import SwnbCLI

/// notebooks/nmf-solvers.md through the real interpreter: `swnb check` must find every stored
/// output (solver tables, the seed preset, the scikit-learn binding) unchanged.
@Suite struct SolversNotebookTests {
  static let notebook = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("notebooks/nmf-solvers.md")

  @Test func checkingTheSolversNotebookSucceeds() {
    var errors = ""
    let status = SwnbCLI.main(
      arguments: ["check", Self.notebook.path, "--quiet"], stdout: { _ in },
      stderr: { errors += $0 })
    #expect(status == 0, "\(errors)")
  }
}
