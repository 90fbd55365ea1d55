import Foundation
import SwnbArray
import SwnbLinalg
import SwnbNMF
import SwnbRandom

/// The `nmf` module: the engine's factorisation with every solver.
///
/// `nmf.factorize(A, k, solver="hals", init="nndsvda", max_iter=200, tol=1e-4, seed=0,
///                beta_loss="frobenius", alpha_W=0.0, alpha_H="same", l1_ratio=0.0,
///                time_budget=None, W=None, H=None)`
/// - `solver`: "hals" (default: fast and monotone), "als" (the seed notebook's projected ALS),
///   "anls_bpp", "mu", "cd" (scikit-learn's two).
/// - `init`: scikit-learn's names plus "uniform" (the seed notebook's `rand(m, k)`, `rand(k, n)`)
///   and None (scikit-learn's rule); "custom" or passing both `W` and `H` starts from them.
/// - `seed`: an int (default 0, so a call is reproducible on its own) seeds a fresh
///   `RandomState`, as scikit-learn's `random_state=int`; a `RandomState` object is drawn from;
///   None draws from `np.random`'s global state, as scikit-learn's `random_state=None`.
/// - Each solver keeps its own stopping rule with `tol` (see `NMFConfig.defaultStoppingRule`).
///
/// `nmf.seed_als(A, k, max_iter=100, tol=1e-4)` is the seed notebook's `nmf_als` exactly
/// (solver "als", init "uniform", seed 42, stop when `||A - WH||_F < tol`).
///
/// Both return an `NMFResult` with `W`, `H`, `errors` (loss after each iteration), `seconds`
/// (wall time from the start to the end of each iteration), `n_iter`, `converged`, `solver`, `k`.
/// Warnings print as `Category: message`, with the engine's extra sentence (error reached).
extension Runtime {
  func makeNMFModule() -> PyModule {
    let resultType = PyType(name: "NMFResult", bases: [objectType], module: "nmf")
    resultType.attributes["__repr__"] = .builtin(
      BuiltinFunction("__repr__", isMethod: true) { [unowned self] a in
        guard case .object(let o)? = a.positional.first else { return .str("NMFResult()") }
        return .str(try self.nmfResultRepr(o))
      })
    let factorize = BuiltinFunction("factorize") { [unowned self] a in
      let names = [
        "A", "k", "solver", "init", "max_iter", "tol", "seed", "beta_loss", "alpha_W", "alpha_H",
        "l1_ratio", "time_budget", "W", "H",
      ]
      let v = try a.bind("factorize", names, required: 2)
      let x = try self.nmfMatrix(v[0] ?? .none)
      var config = NMFConfig(solver: .hals, initialization: .nndsvda)
      config.nComponents = try self.nmfComponents(v[1] ?? .none)
      if let s = v[2] { config.solver = try self.nmfSolver(s, sklearnOnly: false) }
      var custom = false
      if let i = v[3] {
        let (method, isCustom) = try self.nmfInit(i)
        custom = isCustom
        if let method { config.initialization = method }
      }
      if let m = v[4] {
        config.maxIter = try self.nmfInt(
          "max_iter", m, lower: 1, rule: "an int in the range [1, inf)")
      }
      if let t = v[5] { config.tol = try self.nmfReal("tol", t) }
      config.seed = 0
      var stream: SwnbRandom.RandomState? = nil
      if let s = v[6] {
        let (seed, given) = try self.nmfRandomState(s)
        config.seed = seed
        stream = given ?? (seed == nil ? self.randomState : nil)
      }
      if let b = v[7] { config.betaLoss = try self.nmfBetaLoss(b) }
      if let w = v[8] { config.alphaW = try self.nmfReal("alpha_W", w) }
      if let h = v[9] { config.alphaH = try self.nmfAlphaH(h) }
      if let l = v[10] { config.l1Ratio = try self.nmfReal("l1_ratio", l, upper: 1) }
      if let t = v[11], !t.isNone { config.timeBudget = try self.requireFloat(t, "factorize") }
      let w0 = try self.nmfOptionalMatrix(v[12])
      let h0 = try self.nmfOptionalMatrix(v[13])
      if let w0, let h0 {
        config.initialization = .custom(w: w0, h: h0)
      } else if custom || w0 != nil || h0 != nil {
        if !custom {
          throw PyError.make(.valueError, "factorize() needs both W and H to start from them")
        }
        throw self.pyError(NMFParameters.missingCustomStart)
      }
      return try self.runFactorize(x, config, stream: stream, type: resultType)
    }
    let seedALS = BuiltinFunction("seed_als") { [unowned self] a in
      let v = try a.bind("seed_als", ["A", "k", "max_iter", "tol"], required: 2)
      let x = try self.nmfMatrix(v[0] ?? .none)
      var config = NMFConfig.seedALS(nComponents: try self.nmfComponents(v[1] ?? .none) ?? x.cols)
      if let m = v[2] {
        config.maxIter = try self.nmfInt(
          "max_iter", m, lower: 1, rule: "an int in the range [1, inf)")
      }
      if let t = v[3] { config.tol = try self.nmfReal("tol", t) }
      return try self.runFactorize(x, config, stream: nil, type: resultType)
    }
    return PyModule(
      name: "nmf",
      attributes: [
        "factorize": .builtin(factorize), "seed_als": .builtin(seedALS),
        "NMFResult": .type(resultType),
      ])
  }

  private func runFactorize(
    _ x: Matrix, _ config: NMFConfig, stream: SwnbRandom.RandomState?, type: PyType
  ) throws -> Value {
    let result = try nmfCall { try factorize(x, config, randomState: stream) }
    warn(result.warnings, detailed: true)
    let o = PyObject(type: type)
    o.attributes["W"] = nmfArray(result.w)
    o.attributes["H"] = nmfArray(result.h)
    o.attributes["errors"] = .array(NDArray(float64: result.errors, shape: [result.errors.count]))
    o.attributes["seconds"] = .array(
      NDArray(float64: result.seconds, shape: [result.seconds.count]))
    o.attributes["n_iter"] = .int(result.nIter)
    o.attributes["converged"] = .bool(result.converged)
    o.attributes["solver"] = .str(config.solver == .anlsBPP ? "anls_bpp" : config.solver.rawValue)
    o.attributes["k"] = .int(result.h.rows)
    return .object(o)
  }

  /// `NMFResult(solver='hals', k=3, n_iter=57, converged=True, error=0.123457)`: the last
  /// error to 6 significant digits.
  private func nmfResultRepr(_ o: PyObject) throws -> String {
    var error = "None"
    if case .array(let e)? = o.attributes["errors"], let last = e.contiguousFloat64().last {
      error = try repr(.float(Double(String(format: "%.6g", last)) ?? last))
    }
    let fields = try ["solver", "k", "n_iter", "converged"].map {
      "\($0)=\(try repr(o.attributes[$0] ?? .none))"
    }
    return "NMFResult(\(fields.joined(separator: ", ")), error=\(error))"
  }
}
