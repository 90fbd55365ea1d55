import Foundation
import SwnbNotebook
import Testing

@testable import SwnbCLI

@Suite struct CLITests {
  let notebook = "# N\n\n```python\nprint hi\nshow 1\n```\n"

  @Test func versionAndHelp() {
    #expect(swnb("--version").stdout == "swnb \(SwnbCLI.version)\n")
    let help = swnb("help")
    #expect(help.status == 0 && help.stdout.contains("OVERVIEW:") && help.stdout.contains("USAGE:"))
    for command in ["run", "render", "check"] {
      let page = swnb("help", command)
      #expect(
        page.status == 0 && page.stdout.contains("OPTIONS:")
          && page.stdout.contains("swnb \(command) NB.md"))
      #expect(swnb(command, "--help").stdout == page.stdout)
    }
  }

  @Test func usageMistakesExitTwo() {
    let cases: [[String]] = [
      ["frobnicate"], ["run"], ["run", "a.md", "--bogus"], ["run", "a.md", "--to", "pdf"],
      ["run", "a.md", "--timeout", "-1"], ["check", "a.md", "--rtol", "x"],
      ["run", "a.md", "b.md"],
      ["render", "a.md", "--allow-errors"], ["help", "nope"], ["run", "a.md", "-o"],
    ]
    for arguments in cases {
      let result = SwnbCLI.main(arguments: arguments, stdout: { _ in }, stderr: { _ in })
      #expect(result == 2, "\(arguments)")
    }
    let result = swnb("run", "a.md", "--bogus")
    #expect(
      result.stderr
        == "Error: unknown option '--bogus' for 'run'\nUsage: \(HelpText.usageLine(for: "run"))\nSee 'swnb help run'.\n"
    )
  }

  @Test func runWritesInPlaceAndIsIdempotent() throws {
    let folder = try temporaryFolder()
    let path = try write(notebook, "n.md", in: folder)
    let first = swnb("run", path)
    #expect(first.status == 0 && first.stdout.isEmpty)
    #expect(read(path) == notebook + "\n```output\nhi\n1\n```\n")
    #expect(first.stderr.contains("[1/1] line 3  "))
    let written = read(path)
    let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    Thread.sleep(forTimeInterval: 0.02)
    #expect(swnb("run", path, "--quiet").stderr.isEmpty)
    #expect(read(path) == written)
    // An unchanged notebook is not rewritten.
    let after = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    #expect(before != nil && before == after)
  }

  @Test func runToStandardOutputLeavesTheFile() throws {
    let folder = try temporaryFolder()
    let path = try write(notebook, "n.md", in: folder)
    let result = swnb("run", path, "-o", "-")
    #expect(result.stdout == notebook + "\n```output\nhi\n1\n```\n")
    #expect(read(path) == notebook)
    let other = folder.appendingPathComponent("out.md").path
    #expect(swnb("run", path, "-o", other).status == 0)
    #expect(read(other) == result.stdout && read(path) == notebook)
  }

  @Test func unexpectedErrorExitsOneAndWritesUpToIt() throws {
    let folder = try temporaryFolder()
    let path = try write(
      "```python\nprint a\n```\n\n```python\nraise ValueError bad\n```\n\n```python\nprint c\n```\n",
      "e.md", in: folder)
    let result = swnb("run", path)
    #expect(result.status == 1)
    #expect(result.stderr.contains("cell raised ValueError"))
    #expect(read(path).contains("```error\nValueError: bad\n```\n"))
    #expect(!read(path).contains("```output\nc\n```"))
    #expect(swnb("run", path, "--allow-errors").status == 0)
    #expect(read(path).contains("```output\nc\n```"))
  }

  @Test func parseAndIOErrorsExitTwo() throws {
    let folder = try temporaryFolder()
    let bad = try write("```python\n#| colour: red\n```\n", "bad.md", in: folder)
    let result = swnb("run", bad)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "Error: \(bad):2: unknown cell option 'colour' (known: eval, echo, output, error, label)\n"
    )
    let missing = swnb("render", folder.appendingPathComponent("none.md").path, "--to", "html")
    #expect(missing.status == 2 && missing.stderr.hasPrefix("Error: cannot read"))
  }

  @Test func checkReportsDiffsPerCell() throws {
    let folder = try temporaryFolder()
    let path = try write(notebook + "\n```output\nhi\n2\n```\n", "c.md", in: folder)
    let result = swnb("check", path)
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "--- \(path):3 (stored)\n+++ \(path):3 (fresh)\n@@ -1,2 +1,2 @@\n hi\n-2\n+1\n")
    #expect(swnb("check", path, "--rtol", "0.6").status == 0)
    #expect(swnb("run", path).status == 0)
    #expect(swnb("check", path).status == 0)
  }

  @Test func renderFormats() throws {
    let folder = try temporaryFolder()
    let path = try write(notebook + "\n```output\nstored\n```\n", "r.md", in: folder)
    #expect(swnb("render", path, "--to", "html").status == 0)
    let html = read(folder.appendingPathComponent("r.html").path)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<pre>stored</pre>"))
    #expect(swnb("render", path, "--to", "md").stdout == read(path))
    let ipynb = swnb("render", path, "--to", "ipynb", "-o", "-").stdout
    #expect(ipynb.contains("\"nbformat\": 4") && ipynb.contains("\"stored\""))
    #expect(swnb("run", path, "--to", "html", "-o", "-").stdout.contains("<pre>hi\n</pre>"))
    #expect(read(path).contains("stored"))
  }

  @Test func atomicWriteKeepsPermissionsAndLeavesNoTemporaryFiles() throws {
    let folder = try temporaryFolder()
    let path = try write(notebook, "p.md", in: folder)
    #expect(chmod(path, 0o640) == 0)
    #expect(swnb("run", path).status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.md"])
    // A target that cannot be replaced (a folder) fails with status 2 and leaves nothing behind.
    let blocker = folder.appendingPathComponent("out.md")
    try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
    let result = swnb("run", path, "-o", blocker.path)
    #expect(result.status == 2 && result.stderr.contains("Error: cannot write"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "out.md", "p.md",
      ])
    let nowhere = swnb("run", path, "-o", folder.appendingPathComponent("no/such/dir.md").path)
    #expect(nowhere.status == 2)
  }

  @Test func symbolicLinksAreFollowedAndPipesWrittenDirectly() throws {
    let folder = try temporaryFolder()
    let real = try write(notebook, "real.md", in: folder)
    let link = folder.appendingPathComponent("link.md").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    #expect(swnb("run", link).status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
    #expect(read(real).contains("```output\nhi\n1\n```"))
    // A pipe is written to, not replaced by a regular file.
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    // The reader must read to the end: a reader that leaves early would kill us with SIGPIPE.
    let reader = Thread { _ = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
    reader.start()
    #expect(swnb("render", real, "--to", "md", "-o", fifo).status == 0)
    var info = stat()
    #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
  }

  @Test func crlfAndUTF8SurviveARun() throws {
    let folder = try temporaryFolder()
    let text = "Türkçe: ğüşıöç İ\r\n\r\n```python\r\nprint ok\r\n```\r\n"
    let path = try write(text, "u.md", in: folder)
    #expect(swnb("run", path).status == 0)
    #expect(read(path) == text + "\r\n```output\r\nok\r\n```\r\n")
  }
}

@Suite struct ProgressTests {
  @Test func terminalGetsALiveLineOthersOneLinePerCell() throws {
    let notebook = try SwnbNotebook.Notebook(
      text: "```python\n#| label: one\nx\n```\n", file: "p.md")
    var plain = ""
    var live = ""
    _ = Runner().run(
      notebook, kernel: EchoKernel(),
      progress: Progress(write: { plain += $0 }, isTerminal: false, quiet: false).report)
    _ = Runner().run(
      notebook, kernel: EchoKernel(),
      progress: Progress(write: { live += $0 }, isTerminal: true, quiet: false).report)
    #expect(plain.hasPrefix("[1/1] one  ") && plain.hasSuffix("s\n") && !plain.contains("\u{1B}"))
    #expect(live.hasPrefix("\r\u{1B}[K[1/1] one  running\r\u{1B}[K[1/1] one  "))
  }
}
