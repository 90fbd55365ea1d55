import Foundation
import Testing

@testable import SwnbScript

/// `sklearn.decomposition.NMF` programs against real scikit-learn (Scripts/goldens/script_nmf.py),
/// and the `nmf` module against the seed notebook's `nmf_als` and the engine's contracts.
@Suite struct NMFModuleTests {
  static let programs = GoldenProgram.load("script_nmf.json")

  private func run(_ source: String) -> ScriptResult {
    ScriptSession(directory: "/tmp").run(
      source, file: "t.py", firstLine: 1, label: nil, executionCount: 1, timeout: 60)
  }

  @Test func goldenFileIsPresent() {
    #expect(NMFModuleTests.programs.count >= 30)
  }

  @Test(arguments: NMFModuleTests.programs)
  func matchesScikitLearn(_ program: GoldenProgram) {
    let result = run(program.source)
    #expect(result.printed == program.printed)
    #expect(result.display == program.display)
    if let expected = program.error, expected.contains("\n") {
      // Multi-line messages: the traceback ends with the whole `Kind: message` text.
      #expect(result.error?.traceback.hasSuffix(expected) == true)
    } else {
      #expect(comparableError(result.error, source: program.source) == program.error)
    }
  }

  /// The seed notebook's `nmf_als` (golden seed.json cell 2 display) from the preset.
  @Test func seedPresetReproducesTheSeedNotebook() throws {
    let seed = GoldenProgram.load("seed.json")
    try #require(seed.count >= 2)
    let expected = try #require(seed[1].display)
    let source = seed[0].source + "\nimport nmf\nres = nmf.seed_als(A, 3)\nres.W, res.H\n"
    let result = run(source)
    #expect(result.error == nil)
    #expect(result.display == expected)
  }

  @Test func factorizeReturnsAResultObject() {
    let source = """
      import numpy as np
      import nmf
      np.random.seed(0)
      A = np.random.rand(6, 2) @ np.random.rand(2, 5)
      res = nmf.factorize(A, 2, solver="hals", max_iter=500, tol=1e-10)
      print(res.W.shape, res.H.shape, res.errors.shape[0] == res.n_iter, res.converged)
      print(bool((res.W >= 0).all() and (res.H >= 0).all()), res.errors[-1] < 1e-3)
      print(repr(res).startswith("NMFResult(solver='hals', k=2, n_iter="))
      """
    let result = run(source)
    #expect(result.error == nil)
    #expect(result.printed == "(6, 2) (2, 5) True True\nTrue True\nTrue\n")
  }

  @Test func factorizeWarnsOnMaxIterations() {
    let source = """
      import numpy as np
      import nmf
      A = np.arange(12.0).reshape(3, 4)
      res = nmf.factorize(A, 2, solver="mu", max_iter=2, seed=0)
      print(res.n_iter, res.converged)
      """
    let result = run(source)
    let lines = result.printed.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines.first?.hasPrefix(
        "<ipython-input-1-\(SHA1.hexDigest((source + "\n").utf8).prefix(12))>:4: ConvergenceWarning: "
          + "Maximum number of iterations 2 reached. Increase it to improve convergence."
      )
        == true)
    #expect(lines.dropFirst().first == "  res = nmf.factorize(A, 2, solver=\"mu\", max_iter=2, seed=0)")
    #expect(lines.last == "2 False")
  }

  @Test func factorizeRejectsBadArguments() {
    let prelude = "import numpy as np\nimport nmf\nA = np.ones((3, 4))\n"
    let cases: [(String, String)] = [
      (
        "nmf.factorize(A, 2, solver='newton')",
        "InvalidParameterError: The 'solver' parameter of NMF must be a str among {'als', 'anls_bpp', 'cd', 'hals', 'mu'}. Got 'newton' instead."
      ),
      ("nmf.factorize(-A, 2)", "ValueError: Negative values in data passed to NMF initialization."),
      (
        "nmf.factorize(A, 2, W=np.ones((3, 2)))",
        "ValueError: factorize() needs both W and H to start from them"
      ),
      ("nmf.factorize(A)", "TypeError: factorize() missing required argument 'k' (pos 2)"),
    ]
    for (call, expected) in cases {
      let result = run(prelude + call + "\n")
      #expect(comparableError(result.error, source: call) == expected, "\(call)")
    }
  }

  @Test func seedDefaultsToZeroAndNoneUsesTheGlobalState() {
    let source = """
      import numpy as np
      import nmf
      A = np.arange(1.0, 13.0).reshape(3, 4)
      a = nmf.factorize(A, 2, solver="mu", init="random", max_iter=5)
      b = nmf.factorize(A, 2, solver="mu", init="random", max_iter=5, seed=0)
      np.random.seed(3)
      c = nmf.factorize(A, 2, solver="mu", init="random", max_iter=5, seed=None)
      np.random.seed(3)
      d = nmf.factorize(A, 2, solver="mu", init="random", max_iter=5, seed=None)
      e = nmf.factorize(A, 2, solver="mu", init="random", max_iter=5, seed=None)
      print(np.array_equal(a.W, b.W), np.array_equal(c.W, d.W), np.array_equal(c.W, a.W), np.array_equal(d.W, e.W))
      """
    let result = run(source)
    #expect(result.error == nil)
    #expect(result.printed.hasSuffix("True True False False\n"))
  }

  @Test func customStartMatchesTheEngine() {
    let source = """
      import numpy as np
      import nmf
      A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
      r = nmf.factorize(A, 1, solver="mu", W=np.ones((3, 1)), H=np.ones((1, 2)), max_iter=1, tol=0)
      print(r.n_iter)
      """
    let result = run(source)
    #expect(result.error == nil)
    #expect(result.printed.hasSuffix("1\n"))
  }
}
