import Testing

@testable import SwnbScript

/// Fuzz tier: random cells built from Python fragments (and raw bytes) go through the lexer,
/// the parser, the compiler and a short run. Each must end as a value or a Python error; a Swift
/// trap would end the test process. Iterations are bounded so `make test` stays fast; the seed
/// of each case is in its source comment so a failure reproduces.
@Suite struct SyntaxFuzzTests {
  /// Fragments chosen to reach the lexer's and parser's edges: brackets, indentation, strings,
  /// f-strings, numbers at the int64 limits, operators and keywords out of place.
  static let fragments = [
    "x", "y", "f", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "==", "+", "-", "*",
    "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">=", "!=", ":=", "->", "...",
    "*", "**", "lambda", "if", "else", "elif", "for", "in", "while", "def", "return", "class",
    "yield", "yield from", "try", "except", "finally", "with", "as", "import", "from", "global",
    "nonlocal", "del", "pass", "break", "continue", "not", "and", "or", "is", "None", "True",
    "match", "case", "_", "assert", "raise", "async", "await", "0", "1", "-1", "1.5", "1e308",
    "9223372036854775807", "9223372036854775808", "0x", "0b2", "1_", "1__0", "07", "1j", "'a'",
    "\"b\"", "'''c'''", "f'{x}'", "f'{x!r:>{y}}'", "f'{'", "f'}'", "rb'\\x00'", "'\\N{DASH}'",
    "'\\u12'", "'", "\"\"\"", "\\", "#", "\n", "\n    ", "\n\t", "\n        ", " ", "\r\n",
    "\u{0C}",
    "\u{A0}", "é", "🙂", "\u{0}",
  ]

  static func cell(seed: UInt64) -> String {
    var state = seed
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    var text = "# seed \(seed)\n"
    for _ in 0..<next(40) {
      if next(20) == 0 {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(next(128))))
      } else {
        text += fragments[next(fragments.count)] + (next(3) == 0 ? "" : " ")
      }
    }
    return text
  }

  @Test(.timeLimit(.minutes(2))) func randomCellsNeverTrap() {
    let session = ScriptSession(directory: "/tmp")
    var errors = 0
    for seed in UInt64(1)...800 {
      let result = session.run(
        Self.cell(seed: seed), file: "fuzz.md", firstLine: 1, label: nil, executionCount: 1,
        timeout: 0.2)
      // Every failure is a Python exception with a traceback ending in its kind.
      if let error = result.error {
        errors += 1
        #expect(error.traceback.split(separator: "\n").last?.hasPrefix(error.kind) == true)
      }
    }
    #expect(errors > 0)
  }
}
