import Foundation
import Testing

/// The debug `swnb` executable was not found next to the test bundle.
private struct BinaryMissing: Error {}

/// Runs the built `swnb` executable as a separate process.
@Suite struct BinaryTests {
  static let binary: URL? = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    for folder in [".build/debug", ".build/x86_64-unknown-linux-gnu/debug"] {
      let url = root.appendingPathComponent(folder).appendingPathComponent("swnb")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  private func spawn(_ arguments: [String]) throws -> (Int32, String, String) {
    let process = Process()
    guard let binary = Self.binary else { throw BinaryMissing() }
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }

  @Test(.enabled(if: binary != nil)) func exitCodes() throws {
    let folder = try temporaryFolder()
    #expect(try spawn(["--version"]).0 == 0)
    let usage = try spawn(["run"])
    #expect(usage.0 == 2 && usage.2.contains("See 'swnb help run'."))
    let skipped = try write("# S\n\n```python\n#| eval: false\nx = 1\n```\n", "s.md", in: folder)
    let run = try spawn(["run", skipped, "-o", "-"])
    #expect(run.0 == 0 && run.1 == read(skipped))
    #expect(run.2.contains("[1/1] line 3  skipped"))
    let raising = try write("```python\nraise ValueError(\"boom\")\n```\n", "r.md", in: folder)
    let failed = try spawn(["run", raising])
    #expect(failed.0 == 1)
    #expect(read(raising).contains("```error\n"))
    let rendered = try spawn(["render", skipped, "--to", "html", "-o", "-"])
    #expect(rendered.0 == 0 && rendered.1.hasPrefix("<!DOCTYPE html>"))
    #expect(try spawn(["render", folder.appendingPathComponent("missing.md").path]).0 == 2)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["r.md", "s.md"])
  }
}
