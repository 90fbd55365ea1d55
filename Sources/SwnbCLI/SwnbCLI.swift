import SwnbNotebook
import SwnbScript

/// The command line of swnb; `main` returns the process exit code.
public enum SwnbCLI {
  public static let version = "0.1.0"

  /// Runs `swnb` with `arguments` (without the program name) and returns the exit code.
  public static func main(arguments: [String]) -> Int32 {
    switch arguments.first {
    case "--version":
      print("swnb \(version)")
      return 0
    case "help", "--help", "-h", nil:
      print("swnb \(version): literate numerical notebooks\n\nUSAGE: swnb <command> [options]")
      return 0
    default:
      print("Error: unknown command '\(arguments[0])'")
      return 2
    }
  }
}
