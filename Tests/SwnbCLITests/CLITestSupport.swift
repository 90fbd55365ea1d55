import Foundation
import SwnbNotebook

@testable import SwnbCLI

/// A kernel for CLI tests: `print X` prints X, `show X` displays X, `raise K M` raises.
final class EchoKernel: Kernel {
  func run(source: String, context: CellContext) -> CellOutput {
    var output = CellOutput()
    for line in source.split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      let rest = parts.count > 1 ? parts[1] : ""
      switch parts.first {
      case "print": output.printed += rest + "\n"
      case "show": output.display = rest
      case "raise":
        let words = rest.split(separator: " ", maxSplits: 1).map(String.init)
        let kind = words.first ?? "Exception"
        output.error = CellError(
          kind: kind, traceback: "\(kind): \(words.count > 1 ? words[1] : "")")
        return output
      default: break
      }
    }
    return output
  }
}

/// What an in-process `swnb` run produced.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs swnb in-process with the echo kernel.
func swnb(_ arguments: String...) -> CLIResult { swnb(arguments) }

/// Runs swnb in-process with the echo kernel.
func swnb(_ arguments: [String]) -> CLIResult {
  final class Box: @unchecked Sendable {
    var out: [UInt8] = []
    var err = ""
  }
  let box = Box()
  let console = Console(output: { box.out += $0 }, error: { box.err += $0 }, errorIsTerminal: false)
  let status = SwnbCLI.main(arguments: arguments, console: console) { _ in EchoKernel() }
  return CLIResult(
    status: status, stdout: String(decoding: box.out, as: UTF8.self), stderr: box.err)
}

/// A fresh empty folder for one test.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "swnb-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Writes `text` to `name` in `folder` and returns its path.
func write(_ text: String, _ name: String, in folder: URL) throws -> String {
  let url = folder.appendingPathComponent(name)
  try Data(text.utf8).write(to: url)
  return url.path
}

func read(_ path: String) -> String {
  (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing>"
}
