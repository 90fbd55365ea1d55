import Foundation
import SwnbNotebook
import Testing

@testable import SwnbCLI

/// The demo notebook through the real interpreter: `swnb run` must leave it byte for byte.
@Suite struct DemoNotebookTests {
  static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("notebooks/nmf.md")

  @Test func runningTheDemoReproducesItsStoredOutputs() throws {
    let original = try String(contentsOf: Self.demo, encoding: .utf8)
    let folder = try temporaryFolder()
    let path = try write(original, "nmf.md", in: folder)
    var errors = ""
    let status = SwnbCLI.main(
      arguments: ["run", path, "--quiet"], stdout: { _ in }, stderr: { errors += $0 })
    #expect(status == 0, "\(errors)")
    #expect(read(path) == original)
    #expect(
      SwnbCLI.main(arguments: ["check", path, "--quiet"], stdout: { _ in }, stderr: { _ in }) == 0)
  }

  @Test func scriptKernelReportsExceptions() {
    let kernel = ScriptKernel(directory: FileManager.default.temporaryDirectory.path)
    let context = CellContextFixture.make(line: 7)
    let output = kernel.run(source: "x = 1\nprint(x)\nraise ValueError('bad')\n", context: context)
    #expect(output.printed == "1\n")
    #expect(output.error?.kind == "ValueError")
    #expect(output.error?.traceback.hasSuffix("ValueError: bad") == true)
    let shown = kernel.run(source: "x + 1\n", context: CellContextFixture.make(line: 20))
    #expect(shown.display == "2" && shown.error == nil)
  }
}

enum CellContextFixture {
  static func make(line: Int) -> CellContext {
    CellContext(file: "k.md", firstLine: line, label: nil, executionCount: 1, timeout: nil)
  }
}
