import Testing

@testable import SwnbScript

/// Hostile cells must end with a Python error, never a crash or a hang.
@Suite struct HostileInputTests {
  func run(_ source: String, timeout: Double? = 10) -> ScriptResult {
    ScriptSession(directory: "/tmp").run(
      source, file: "h.md", firstLine: 1, label: nil, executionCount: 1, timeout: timeout)
  }

  static let programs = GoldenProgram.load("script_hostile.json")

  @Test func hostileGoldenFileIsPresent() {
    #expect(HostileInputTests.programs.count >= 25)
  }

  /// Programs that once trapped (extreme ints in index arrays, slice steps, split counts,
  /// `decimals`) or were misparsed end as CPython + numpy end (Scripts/goldens/script_hostile.py).
  @Test(arguments: HostileInputTests.programs)
  func hostileProgramsEndAsCPythonDoes(_ program: GoldenProgram) {
    program.expectMatch()
  }

  /// Where numpy itself hangs or would allocate exabytes, swnb answers at once.
  @Test func absurdSizesAnswerAtOnce() {
    #expect(run("import numpy as np\nnp.diff(np.arange(3), n=2**62)").display == "array([], dtype=int64)")
    #expect(run("import numpy as np\nnp.resize(np.arange(3), 2**40)").error?.kind == "MemoryError")
    #expect(run("import numpy as np\nnp.insert(np.arange(3), [np.inf], 0)").error?.kind == "IndexError")
    #expect(run("import numpy as np\nnp.put(np.zeros(3), [9223372036854775807], 0)").error != nil)
    // numpy 2.4 returns array([0, 0]) here and then corrupts its heap.
    #expect(run("import numpy as np\nnp.bincount([9223372036854775807], minlength=2)").error?.kind == "ValueError")
  }

  /// Ranges and arrays consumed by builtins, star-unpacking and repr obey the time limit.
  @Test func longRangesAndReprsObeyTheTimeLimit() {
    for source in [
      "sum(range(10 ** 12))", "all(range(1, 10 ** 12))", "dict.fromkeys(range(10 ** 9))",
      "def f(*a):\n    return 1\nf(*range(10 ** 9))", "[*range(10 ** 9)]", "{*range(10 ** 9)}",
      "x = [1]\nfor i in range(40):\n    x = [x, x]\nrepr(x)[:10]",
      "x = [1]\nfor i in range(40):\n    x = [x, x]\nx",
    ] {
      let kind = run(source, timeout: 0.5).error?.kind
      #expect(kind == "TimeoutError" || kind == "MemoryError", "\(source)")
    }
  }

  /// A limit too long for the clock's nanoseconds is no limit (it trapped before).
  @Test func absurdTimeoutIsNoLimit() {
    #expect(run("1 + 1", timeout: 1e308).display == "2")
    #expect(run("1 + 1", timeout: .infinity).display == "2")
  }

  @Test func nullByteIsASyntaxError() {
    let r = run("x = 1\u{0}\n")
    #expect(r.error?.traceback.hasSuffix("SyntaxError: source code string cannot contain null bytes") == true)
  }

  @Test func hundredThousandNestedParentheses() {
    let r = run(String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000))
    #expect(r.error?.kind == "SyntaxError")
    #expect(r.error?.traceback.hasSuffix("SyntaxError: too many nested parentheses") == true)
  }

  @Test func hundredThousandUnaryMinus() {
    let r = run(String(repeating: "-", count: 100_000) + "1")
    #expect(r.error?.kind == "SyntaxError")
  }

  @Test func longFlatSumIsRejectedCleanly() {
    let r = run("x = " + Array(repeating: "1", count: 100_000).joined(separator: "+"))
    #expect(r.error?.kind == "RecursionError")
  }

  @Test func deepRecursionRaisesRecursionError() {
    let r = run("def f(n):\n    return f(n + 1)\nf(0)\n")
    #expect(r.error?.kind == "RecursionError")
    #expect(r.error?.traceback.hasSuffix("RecursionError: maximum recursion depth exceeded") == true)
  }

  @Test func infiniteLoopTimesOut() {
    let r = run("while True:\n    pass\n", timeout: 0.3)
    #expect(r.error?.kind == "TimeoutError")
    #expect(r.error?.traceback.hasSuffix("TimeoutError: cell exceeded the time limit of 0.3 seconds") == true)
  }

  @Test func drainingAnEndlessIteratorTimesOut() {
    let r = run("import itertools\nlist(itertools.permutations(range(12)))\n", timeout: 0.5)
    #expect(r.error?.kind == "TimeoutError")
    let s = run("import itertools\nsum(itertools.count())\n", timeout: 0.5)
    #expect(s.error?.kind == "TimeoutError")
  }

  @Test func residentMemoryIsReadable() throws {
    let bytes = try #require(ResidentMemory.current())
    #expect(bytes > 1 << 20)
    #expect(ResidentMemory.limit > bytes)
  }

  @Test func timeoutCannotBeSwallowedByExcept() {
    let r = run("while True:\n    try:\n        x = 1\n    except Exception:\n        pass\n", timeout: 0.3)
    #expect(r.error?.kind == "TimeoutError")
  }

  @Test func hugeIntegersOverflow() {
    #expect(run("10 ** 100").error?.traceback.hasSuffix("OverflowError: int too large") == true)
    #expect(run("x = 9223372036854775807 + 1").error?.kind == "OverflowError")
    #expect(run("x = 123456789012345678901234567890").error?.kind == "OverflowError")
    #expect(run("-9223372036854775807 - 2").error?.kind == "OverflowError")
    #expect(run("abs(-9223372036854775807 - 1)").error?.kind == "OverflowError")
    #expect(run("(-9223372036854775807 - 1) // -1").error?.kind == "OverflowError")
    #expect(run("1 << 64").error?.kind == "OverflowError")
  }

  @Test func hugeRepetitionIsAMemoryError() {
    #expect(run("'x' * 10 ** 12").error?.kind == "MemoryError")
    #expect(run("[0] * 10 ** 12").error?.kind == "MemoryError")
    #expect(run("[0] * 10 ** 9").error?.kind == "MemoryError")
    #expect(run("list(range(10 ** 12))").error?.kind == "MemoryError")
  }

  @Test func deeplyNestedListReprDoesNotCrash() {
    let r = run("a = []\nfor i in range(20000):\n    a = [a]\nlen(repr(a))\n")
    #expect(r.error != nil || r.display != nil)
  }

  @Test func reprRecursionThroughDunder() {
    let r = run("class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n")
    #expect(r.error?.kind == "RecursionError")
  }

  @Test func deeplyNestedCallsCompileInLinearTime() {
    let depth = 150
    let source = "def f(x):\n    return x\n" + String(repeating: "f(", count: depth) + "1"
      + String(repeating: ")", count: depth) + "\n"
    #expect(run(source, timeout: 5).display == "1")
  }

  @Test func garbageBytesAreSyntaxErrors() {
    for source in ["\u{0}\u{1}\u{2}", "@@@", "def", "class :", "x = [", "'''", "lambda:", "f(**)", "a[", "0x", "1e", "if:"] {
      let r = run(source)
      #expect(r.error != nil, "\(source)")
    }
  }

  /// Containers and strings that grow without end stop at the container cap with MemoryError
  /// (the process was killed or aborted before).
  @Test func endlessGrowthRaisesMemoryError() {
    for source in [
      "s = 'a'\nwhile True:\n    s += s\n", "l = [0]\nwhile True:\n    l += l\n",
      "l = [0]\nwhile True:\n    l = l + l\n", "l = [0, 1]\nl *= 10 ** 12\n", "l = [0]\nwhile True:\n    l.extend(l)\n",
    ] {
      let r = run(source, timeout: 60)
      #expect(r.error?.kind == "MemoryError", "\(source)")
    }
  }

  /// An endless generator function is lazy: taking a few items works, draining it times out.
  @Test func endlessGeneratorIsLazy() {
    let gen = "def naturals():\n    n = 0\n    while True:\n        yield n\n        n += 1\n"
    #expect(run(gen + "g = naturals()\nnext(g), next(g)\n").display == "(0, 1)")
    let r = run(gen + "list(naturals())\n", timeout: 0.5)
    #expect(r.error?.kind == "TimeoutError")
  }

  /// Deeply nested generators report RecursionError, not a stack overflow.
  @Test func deepGeneratorRecursionRaisesRecursionError() {
    let r = run("def d(n):\n    yield from d(n + 1)\nlist(d(0))\n")
    #expect(r.error?.kind == "RecursionError")
  }
}
