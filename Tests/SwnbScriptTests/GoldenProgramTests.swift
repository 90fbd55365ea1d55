import Foundation
import Testing

@testable import SwnbScript

/// One program from Scripts/goldens/script.py with CPython/IPython's output.
struct GoldenProgram: Decodable, Sendable, CustomTestStringConvertible {
  enum CodingKeys: String, CodingKey { case name, source, printed, display, error }
  let name: String
  let source: String
  let printed: String
  let display: String?
  let error: String?
  var testDescription: String { name }

  init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? "cell"
    source = try c.decode(String.self, forKey: .source)
    printed = try c.decode(String.self, forKey: .printed)
    display = try c.decodeIfPresent(String.self, forKey: .display)
    error = try c.decodeIfPresent(String.self, forKey: .error)
  }

  static func load(_ file: String) -> [GoldenProgram] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent(file)
    guard let data = try? Data(contentsOf: url),
      let cases = try? JSONDecoder().decode([GoldenProgram].self, from: data)
    else { return [] }
    return cases
  }
}

extension GoldenProgram {
  /// Runs the program in a fresh session whose files live in `directory`, and expects its
  /// printed text, displayed value and error line to be the golden ones.
  func expectMatch(directory: String = "/tmp") {
    let result = ScriptSession(directory: directory).run(
      source, file: "t.py", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(result.printed == printed)
    #expect(result.display == display)
    #expect(comparableError(result.error, source: source) == error)
  }
}

/// The error line we compare: `Kind: message`, plus ` @line:column` for syntax errors.
func comparableError(_ failure: ScriptFailure?, source: String) -> String? {
  guard let failure else { return nil }
  let lines = failure.traceback.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  guard let last = lines.last else { return nil }
  guard failure.kind == "SyntaxError" || failure.kind == "IndentationError" else { return last }
  guard let first = lines.first, let lineText = first.split(separator: " ").last, let line = Int(lineText)
  else { return last }
  var column = 0
  guard lines.count >= 4 else { return "\(last) @\(line)" }
  if lines.count >= 4 {
    let caret = lines[lines.count - 2]
    let spaces = caret.prefix { $0 == " " }.count - 4
    let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let lead = line - 1 < sourceLines.count ? sourceLines[line - 1].prefix { $0 == " " || $0 == "\t" }.count : 0
    column = spaces + lead + 1
  }
  return "\(last) @\(line):\(column)"
}

@Suite struct GoldenProgramTests {
  static let programs = GoldenProgram.load("script.json")

  @Test func goldenFileIsPresent() {
    #expect(GoldenProgramTests.programs.count >= 250)
  }

  static let fileDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens").appendingPathComponent("data").path

  /// `np.loadtxt` reads paths relative to the session's directory.
  @Test(arguments: GoldenProgram.load("files.json"))
  func fileProgramsMatchCPython(_ program: GoldenProgram) {
    program.expectMatch(directory: GoldenProgramTests.fileDirectory)
  }

  @Test(arguments: GoldenProgramTests.programs)
  func matchesCPython(_ program: GoldenProgram) {
    let session = ScriptSession(directory: "/tmp")
    let result = session.run(
      program.source, file: "t.py", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(result.printed == program.printed)
    #expect(result.display == program.display)
    let error = comparableError(result.error, source: program.source)
    if let error, let expected = program.error, error.hasSuffix(" @\(error.split(separator: "@").last ?? "")"),
      !error.contains(":") || error.split(separator: "@").last?.contains(":") == false
    {
      #expect(expected.hasPrefix(error + ":"))
    } else {
      #expect(error == program.error)
    }
  }
}
