import Testing

@testable import SwnbScript

/// Tracebacks name the notebook file, the notebook line and column, one frame per call.
@Suite struct TracebackTests {
  @Test func moduleLevelErrorNamesNotebookLine() {
    let s = ScriptSession(directory: "/tmp")
    let r = s.run("a = 1\nx = a/0\n", file: "nmf.md", firstLine: 44, label: nil, executionCount: 1, timeout: nil)
    #expect(
      r.error?.traceback == """
        Traceback (most recent call last):
          File "nmf.md", line 45, column 5, in <module>
            x = a/0
        ZeroDivisionError: division by zero
        """)
  }

  @Test func framesAcrossCellsInnermostLast() {
    let s = ScriptSession(directory: "/tmp")
    _ = s.run("def inner(d):\n    return d['k']\n", file: "n.md", firstLine: 10, label: nil, executionCount: 1, timeout: nil)
    let r = s.run("def outer():\n    return inner({})\nouter()\n", file: "n.md", firstLine: 20, label: nil, executionCount: 2, timeout: nil)
    #expect(
      r.error?.traceback == """
        Traceback (most recent call last):
          File "n.md", line 22, column 1, in <module>
            outer()
          File "n.md", line 21, column 12, in outer
            return inner({})
          File "n.md", line 11, column 12, in inner
            return d['k']
        KeyError: 'k'
        """)
  }

  @Test func comprehensionsHaveTheirOwnFrame() {
    let s = ScriptSession(directory: "/tmp")
    let r = s.run("x = 0\nvals = [1/x for i in range(3)]\n", file: "nb.md", firstLine: 1, label: nil, executionCount: 1, timeout: nil)
    #expect(
      r.error?.traceback == """
        Traceback (most recent call last):
          File "nb.md", line 2, column 8, in <module>
            vals = [1/x for i in range(3)]
          File "nb.md", line 2, column 9, in <listcomp>
            vals = [1/x for i in range(3)]
        ZeroDivisionError: division by zero
        """)
  }

  @Test func syntaxErrorShowsCaret() {
    let s = ScriptSession(directory: "/tmp")
    let r = s.run("x = 1\ny = = 2\n", file: "nb.md", firstLine: 3, label: nil, executionCount: 1, timeout: nil)
    #expect(r.error?.kind == "SyntaxError")
    #expect(
      r.error?.traceback == """
          File "nb.md", line 4
            y = = 2
                ^
        SyntaxError: invalid syntax
        """)
  }

  @Test func printedOutputSurvivesAnError() {
    let s = ScriptSession(directory: "/tmp")
    let r = s.run("print('before')\nraise ValueError('x')\n", file: "a.md", firstLine: 1, label: nil, executionCount: 1, timeout: nil)
    #expect(r.printed == "before\n")
    #expect(r.error?.kind == "ValueError")
  }

  @Test func displayMagicsAreIgnored() {
    let s = ScriptSession(directory: "/tmp")
    let r = s.run("%matplotlib inline\nx = 2\nx * 21\n", file: "a.md", firstLine: 1, label: nil, executionCount: 1, timeout: nil)
    #expect(r.display == "42")
    #expect(r.error == nil)
  }

  @Test func namespacePersistsAcrossCells() {
    let s = ScriptSession(directory: "/tmp")
    _ = s.run("x = 41", file: "a.md", firstLine: 1, label: nil, executionCount: 1, timeout: nil)
    #expect(s.run("x + 1", file: "a.md", firstLine: 5, label: nil, executionCount: 2, timeout: nil).display == "42")
  }
}
