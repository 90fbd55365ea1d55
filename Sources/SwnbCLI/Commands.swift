import Foundation
import SwnbNotebook

/// Carries out one parsed command.
struct Commands {
  var invocation: Invocation
  var console: Console
  var makeKernel: (String) -> Kernel
  /// Whether the process exits when the command is done (not so for in-process callers).
  var endsProcess = false

  func execute() throws(CLIError) -> Int32 {
    switch invocation.command {
    case .version:
      console.output(Array("swnb \(SwnbCLI.version)\n".utf8))
      return 0
    case .help(let topic):
      console.output(Array(HelpText.page(for: topic).utf8))
      return 0
    case .run: return try run()
    case .render: return try render()
    case .check: return try check()
    case .importNotebook: return try importNotebook()
    }
  }

  private var path: String { invocation.notebook }

  private func load() throws(CLIError) -> Notebook {
    let bytes = try FileIO.read(path)
    if let bad = UTF8Check.firstInvalid(in: bytes) {
      let hex = String(bad.byte, radix: 16, uppercase: true)
      throw .notebook(
        NotebookError(
          file: path, line: bad.line,
          message: "not valid UTF-8 (byte 0x\(hex) at column \(bad.column)); save it as UTF-8"))
    }
    do {
      return try Notebook(bytes: bytes, file: path)
    } catch let error as NotebookError {
      throw .notebook(error)
    } catch {
      throw .io("cannot parse '\(path)'")
    }
  }

  private func runNotebook(_ notebook: Notebook) -> RunResult {
    let progress = Progress(
      write: console.error, isTerminal: console.errorIsTerminal, quiet: invocation.quiet)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let runner = Runner(
      options: RunOptions(allowErrors: invocation.allowErrors, timeout: invocation.timeout))
    return runner.run(notebook, kernel: makeKernel(folder), progress: progress.report)
  }

  /// `swnb run`: run, then write Markdown in place (or to `-o`), or publish HTML / ipynb.
  private func run() throws(CLIError) -> Int32 {
    let notebook = try load()
    let result = runNotebook(notebook)
    let format = invocation.format ?? .md
    let written = result.bytes
    switch format {
    case .md:
      // Rewriting a notebook with identical bytes would only bump its modification time.
      if invocation.output != nil || written != notebook.bytes {
        try deliver(written, defaultPath: path)
      }
    case .html, .ipynb:
      let fresh: Notebook
      do {
        fresh = try Notebook(bytes: written, file: path)
      } catch {
        throw .io("cannot re-read the written notebook")
      }
      let runs = Dictionary(uniqueKeysWithValues: result.runs.map { ($0.cellIndex, $0) })
      try publish(fresh, runs: runs, format: format)
    }
    if let stopped = result.stoppedAt, let run = result.run(ofCell: stopped) {
      // The line as written, where the user will find the cell and its error block.
      let line = format == .md ? run.fenceLine : notebook.cells[stopped].fenceLine
      let kind = run.output.error?.kind ?? "an exception"
      console.error("swnb: \(path):\(line): cell raised \(kind); later cells did not run\n")
      return 1
    }
    return 0
  }

  /// `swnb render`: publish the stored outputs.
  private func render() throws(CLIError) -> Int32 {
    let notebook = try load()
    try publish(notebook, runs: [:], format: invocation.format ?? .html)
    if endsProcess { keepUntilExit(notebook) }
    return 0
  }

  /// Leaves `value` allocated: the process is about to exit, and freeing a large document's
  /// parse tree node by node would only add to its run time.
  private func keepUntilExit(_ value: Notebook) {
    _ = Unmanaged.passRetained(KeptValue(value))
  }

  /// `swnb check`: run in memory and diff each cell's output with the stored one.
  private func check() throws(CLIError) -> Int32 {
    let notebook = try load()
    let result = runNotebook(notebook)
    let mismatches = Checker.mismatches(in: result, rtol: invocation.rtol)
    for mismatch in mismatches { console.output(Array(mismatch.diff.utf8)) }
    let ran = result.runs.count
    if mismatches.isEmpty && result.stoppedAt == nil {
      if !invocation.quiet { console.error("swnb: \(ran) cells checked, all outputs match\n") }
      return 0
    }
    var summary = "swnb: \(mismatches.count) of \(ran) cells differ"
    if let stopped = result.stoppedAt, stopped < notebook.cells.count {
      summary += "; stopped at line \(notebook.cells[stopped].fenceLine) (cell raised)"
    }
    console.error(summary + "\n")
    return 1
  }

  /// `swnb import`: a Jupyter notebook into swnb Markdown (NB.md beside it, or `-o`).
  private func importNotebook() throws(CLIError) -> Int32 {
    let bytes = try FileIO.read(path)
    let imported: ImportedNotebook
    do {
      imported = try IPynbImporter.convert(bytes, file: path)
    } catch {
      throw .notebook(error)
    }
    let base = path.hasSuffix(".ipynb") ? String(path.dropLast(6)) : path
    let target = base + ".md"
    if invocation.output == nil, FileManager.default.fileExists(atPath: target) {
      throw .io("'\(target)' exists; pass '-o \(target)' to replace it")
    }
    try deliver(Array(imported.markdown.utf8), defaultPath: target)
    for note in imported.notes { console.error("note: \(path): \(note)\n") }
    return 0
  }

  private func publish(_ notebook: Notebook, runs: [Int: CellRun], format: OutputFormat)
    throws(CLIError)
  {
    switch format {
    case .md:
      if let output = invocation.output {
        try deliver(notebook.bytes, defaultPath: output)
      } else {
        console.output(notebook.bytes)
      }
    case .html:
      var options = HTMLOptions()
      options.safe = invocation.safeHTML
      let page = HTMLRenderer(options: options).render(notebook, runs: runs)
      for warning in page.warnings { console.error("warning: \(warning)\n") }
      try deliver(page.bytes, defaultPath: sibling(extension: "html"))
    case .ipynb:
      let json = IPynbWriter.render(notebook, runs: runs)
      try deliver(Array(json.utf8), defaultPath: sibling(extension: "ipynb"))
    }
  }

  /// Writes to `-o` (standard output for `-`), else atomically to `defaultPath`.
  private func deliver(_ bytes: [UInt8], defaultPath: String) throws(CLIError) {
    let target = invocation.output ?? defaultPath
    if target == "-" {
      console.output(bytes)
    } else {
      try FileIO.writeAtomically(bytes, to: target)
    }
  }

  /// The notebook's path with its `.md` extension replaced.
  private func sibling(extension ext: String) -> String {
    let base = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    return base + "." + ext
  }
}

/// A value held by a reference that is never released (see `Commands.keepUntilExit`).
private final class KeptValue {
  let value: Notebook
  init(_ value: Notebook) { self.value = value }
}
