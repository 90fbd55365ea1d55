import Foundation
import SwnbNotebook
import Testing

@testable import SwnbCLI

/// Notebooks that fail, time out or are not UTF-8, and `swnb import`.
@Suite struct FailureAndImportTests {
  /// Runs swnb in-process with the real MatrixScript kernel.
  private func swnbScript(_ arguments: String...) -> CLIResult {
    final class Box: @unchecked Sendable {
      var out = ""
      var err = ""
    }
    let box = Box()
    let status = SwnbCLI.main(
      arguments: arguments, stdout: { box.out += $0 }, stderr: { box.err += $0 })
    return CLIResult(status: status, stdout: box.out, stderr: box.err)
  }

  @Test func aCellPastTheTimeoutStopsWithATimeoutErrorAndKeepsTheRest() throws {
    let folder = try temporaryFolder()
    let tail = "\n```python\nprint(2)\n```\n\nClosing prose, ğüşıöç.\n"
    let original = "# T\n\n```python\nx = 0\nwhile True:\n    x += 1\n```\n" + tail
    let path = try write(original, "t.md", in: folder)
    let result = swnbScript("run", path, "--timeout", "0.3", "-q")
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(path):3: cell raised TimeoutError"))
    let written = read(path)
    #expect(
      written.hasPrefix("# T\n\n```python\nx = 0\nwhile True:\n    x += 1\n```\n\n```error\n"))
    #expect(written.contains("TimeoutError: "))
    #expect(written.hasSuffix("```\n" + tail))
  }

  @Test func aFailingCellKeepsEveryByteAfterIt() throws {
    let folder = try temporaryFolder()
    let tail = "\n```python\nprint(3)\n```\n\n> quoted prose\n"
    let path = try write("```python\nprint(1)\n1 / 0\n```\n" + tail, "f.md", in: folder)
    let result = swnbScript("run", path, "-q")
    #expect(result.status == 1)
    #expect(result.stderr.contains("cell raised ZeroDivisionError"))
    let written = read(path)
    #expect(written.hasPrefix("```python\nprint(1)\n1 / 0\n```\n\n```output\n1\n```\n\n```error\n"))
    #expect(written.contains("ZeroDivisionError: division by zero\n```\n" + tail))
  }

  @Test func aNotebookThatIsNotUTF8IsRefusedUntouched() throws {
    let folder = try temporaryFolder()
    let bytes = Array("# T\n\n```python\nprint(1)\n```\nab".utf8) + [0xFE] + Array(" c\n".utf8)
    let url = folder.appendingPathComponent("u.md")
    try Data(bytes).write(to: url)
    for arguments in [
      ["run", url.path], ["check", url.path], ["render", url.path, "--to", "html"],
    ] {
      let result = swnb(arguments)
      #expect(result.status == 2)
      #expect(
        result.stderr
          == "Error: \(url.path):6: not valid UTF-8 (byte 0xFE at column 3); save it as UTF-8\n")
      #expect(try Data(contentsOf: url) == Data(bytes))
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("u.html").path))
    #expect(UTF8Check.firstInvalid(in: Array("çé\n€".utf8)) == nil)
    #expect(UTF8Check.firstInvalid(in: [0x61, 0x0A, 0xE2, 0x82])?.column == 1)
  }

  /// The fast check agrees with the standard library on every edge of the UTF-8 byte ranges.
  @Test func utf8CheckAgreesWithTheStandardLibrary() {
    let edges: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      // ASCII padding on both sides exercises the eight-byte steps around the sequence.
      let padding = Array(repeating: UInt8(0x61), count: Int.random(in: 0...9, using: &generator))
      var bytes = padding
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        bytes.append(edges.randomElement(using: &generator) ?? 0)
      }
      bytes += padding
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect((UTF8Check.firstInvalid(in: bytes) == nil) == valid, "\(bytes)")
    }
  }

  private let ipynb = """
    {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
     {"cell_type": "markdown", "metadata": {}, "source": ["# Title\\n", "text"]},
     {"cell_type": "code", "metadata": {}, "execution_count": 1, "source": "print 1",
      "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1\\n"]}]}]}
    """

  private let markdown = "# Title\ntext\n\n```python\nprint 1\n```\n\n```output\n1\n```\n"

  @Test func importWritesBesideOrToOutputAndNeverOverwritesSilently() throws {
    let folder = try temporaryFolder()
    let path = try write(ipynb, "j.ipynb", in: folder)
    let toStdout = swnb("import", path, "-o", "-")
    #expect(toStdout.status == 0 && toStdout.stdout == markdown && toStdout.stderr.isEmpty)
    let beside = folder.appendingPathComponent("j.md").path
    #expect(swnb("import", path).status == 0)
    #expect(read(beside) == markdown)
    let again = swnb("import", path)
    #expect(again.status == 2 && again.stderr.contains("exists; pass '-o \(beside)'"))
    #expect(swnb("import", path, "-o", beside).status == 0)
    #expect(swnb("run", beside, "-q").status == 0 && read(beside) == markdown)
  }

  @Test func importErrorsExitTwoWithTheLine() throws {
    let folder = try temporaryFolder()
    let bad = try write("{\n \"cells\": [\n  1,\n ]\n}\n", "b.ipynb", in: folder)
    let result = swnb("import", bad, "-o", "-")
    #expect(result.status == 2 && result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: \(bad):4: invalid JSON: "))
    let old = try write("{\"nbformat\": 3, \"worksheets\": []}", "o.ipynb", in: folder)
    #expect(swnb("import", old).stderr.contains("nbformat 3 is not supported"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o.md").path))
    #expect(swnb("import").status == 2)
    #expect(swnb("import", bad, "--to", "html").status == 2)
    #expect(swnb("help", "import").stdout.contains("USAGE: swnb import NB.ipynb"))
  }

  @Test func theSeedNotebookComesBackFromIpynbByteForByte() throws {
    let folder = try temporaryFolder()
    let ipynb = folder.appendingPathComponent("nmf.ipynb").path
    let demo = DemoNotebookTests.demo.path
    #expect(swnb("render", demo, "--to", "ipynb", "-o", ipynb).status == 0)
    let back = swnb("import", ipynb, "-o", "-")
    #expect(back.status == 0 && back.stderr.isEmpty)
    #expect(back.stdout == read(demo))
  }
}
