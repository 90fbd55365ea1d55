import Foundation
import SwnbNotebook

#if canImport(Glibc)
  import Glibc
#endif

/// The command line of swnb; `main` returns the process exit code.
public enum SwnbCLI {
  /// swnb's version, printed by `swnb --version`.
  public static let version = "0.1.0"

  /// Runs `swnb` in-process with `arguments` (without the program name).
  ///
  /// Results go to `stdout`, progress and errors to `stderr`; returns the exit status
  /// (0 success, 1 a cell failed or outputs differ, 2 usage, parse or I/O error).
  public static func main(
    arguments: [String], stdout: (String) -> Void, stderr: (String) -> Void
  ) -> Int32 {
    withoutActuallyEscaping(stdout) { stdout in
      withoutActuallyEscaping(stderr) { stderr in
        let console = Console(
          output: { stdout(String(decoding: $0, as: UTF8.self)) }, error: stderr,
          errorIsTerminal: false)
        return main(arguments: arguments, console: console) { ScriptKernel(directory: $0) }
      }
    }
  }

  /// Runs `swnb` as the process: real standard streams, a live progress line on a terminal.
  public static func runProcess() -> Int32 {
    let console = Console(
      output: { FileHandle.standardOutput.write(Data($0)) },
      error: { FileHandle.standardError.write(Data($0.utf8)) },
      errorIsTerminal: isatty(STDERR_FILENO) == 1)
    return main(
      arguments: Array(CommandLine.arguments.dropFirst()), console: console, endsProcess: true
    ) { ScriptKernel(directory: $0) }
  }

  /// The entry point behind both: `makeKernel` gets the notebook's folder; `endsProcess` says
  /// that the process exits right after.
  static func main(
    arguments: [String], console: Console, endsProcess: Bool = false,
    makeKernel: @escaping (String) -> Kernel
  ) -> Int32 {
    do {
      let invocation = try Invocation.parse(arguments)
      return try Commands(
        invocation: invocation, console: console, makeKernel: makeKernel, endsProcess: endsProcess
      ).execute()
    } catch {
      console.error(error.message)
      return error.exitCode
    }
  }
}

/// Where swnb writes: results (bytes) and messages.
struct Console {
  var output: ([UInt8]) -> Void
  var error: (String) -> Void
  var errorIsTerminal: Bool
}
