import Testing

@testable import SwnbScript

/// Chained exceptions print as CPython 3.11 prints them: each earlier exception's traceback,
/// then the sentence linking it to the next ("direct cause" for `raise ... from`, "during
/// handling" for an implicit `__context__`), and nothing when `from None` suppresses it.
@Suite struct ExceptionChainTests {
  private static let cause = "The above exception was the direct cause of the following exception:"
  private static let context = "During handling of the above exception, another exception occurred:"

  private func traceback(_ source: String) -> String {
    ScriptSession(directory: ".").run(source, file: "t.md", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
      .error?.traceback ?? ""
  }

  @Test func directCauseComesFirst() {
    let text = traceback("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e")
    let parts = text.components(separatedBy: "\n\n\(Self.cause)\n\n")
    #expect(parts.count == 2)
    #expect(parts.first?.hasPrefix("Traceback (most recent call last):\n  File \"t.md\", line 2") == true)
    #expect(parts.first?.hasSuffix("ZeroDivisionError: division by zero") == true)
    #expect(parts.last?.hasSuffix("ValueError: bad") == true)
  }

  @Test func implicitContextIsShown() {
    let text = traceback("try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('oops')")
    #expect(text.contains("KeyError: 'k'\n\n\(Self.context)\n\nTraceback (most recent call last):"))
    #expect(text.hasSuffix("RuntimeError: oops"))
  }

  @Test func fromNoneSuppressesTheContext() {
    let text = traceback("try:\n    {}['k']\nexcept KeyError:\n    raise RuntimeError('oops') from None")
    #expect(!text.contains(Self.context) && !text.contains(Self.cause))
    #expect(text.hasSuffix("RuntimeError: oops"))
  }

  @Test func aCauseNeverRaisedHasNoTraceback() {
    let text = traceback("raise TypeError('t') from ValueError('v')")
    #expect(text.hasPrefix("ValueError: v\n\n\(Self.cause)\n\nTraceback (most recent call last):"))
  }
}
