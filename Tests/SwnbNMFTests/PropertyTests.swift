import SwnbLinalg
import Testing

@testable import SwnbNMF

@Suite struct PropertyTests {
  static let solvers: [NMFSolver] = [.cd, .mu, .hals, .anlsBPP, .als]
  let x = Goldens.shared.x("tall")

  func config(_ solver: NMFSolver, k: Int = 3, maxIter: Int = 60) -> NMFConfig {
    NMFConfig(
      nComponents: k, solver: solver, initialization: .random, tol: 0, maxIter: maxIter, seed: 0)
  }

  @Test(arguments: solvers)
  func factorsAreNonNegativeAndShaped(_ solver: NMFSolver) throws {
    let r = try factorize(x, config(solver))
    #expect(r.w.rows == x.rows && r.w.cols == 3)
    #expect(r.h.rows == 3 && r.h.cols == x.cols)
    #expect(r.w.elements.allSatisfy { $0 >= 0 })
    #expect(r.h.elements.allSatisfy { $0 >= 0 })
    #expect(r.errors.count == r.nIter)
  }

  /// Monotone solvers: the loss never increases (up to rounding).
  @Test(arguments: [NMFSolver.cd, .mu, .hals, .anlsBPP])
  func errorNeverIncreases(_ solver: NMFSolver) throws {
    let r = try factorize(x, config(solver))
    for (a, b) in zip(r.errors, r.errors.dropFirst()) { #expect(b <= a * (1 + 1e-12)) }
  }

  @Test(arguments: [BetaLoss.kullbackLeibler, .itakuraSaito, .beta(1.5), .beta(3)])
  func muErrorNeverIncreasesForOtherLosses(_ loss: BetaLoss) throws {
    var c = config(.mu)
    c.betaLoss = loss
    let r = try factorize(Goldens.shared.x("positive"), c)
    for (a, b) in zip(r.errors, r.errors.dropFirst()) { #expect(b <= a * (1 + 1e-12)) }
  }

  /// The per-iteration Frobenius error from Gram products equals the dense `||X - WH||`.
  @Test(arguments: solvers)
  func errorFormulaMatchesDenseLoss(_ solver: NMFSolver) throws {
    var c = config(solver, maxIter: 7)
    c.alphaW = 0.01
    c.l1Ratio = 0.5
    let r = try factorize(x, c)
    let dense = NMFLoss.betaDivergence(x, r.w, r.h, beta: 2, squareRoot: true)
    #expect(relativeDifference(r.errors.last ?? .nan, dense) < 1e-10)
  }

  /// HALS and block pivoting reach at least cd's fit in as many iterations.
  @Test(arguments: [NMFSolver.hals, .anlsBPP])
  func exactSolversFitAsWellAsCD(_ solver: NMFSolver) throws {
    let cd = try factorize(x, config(.cd, maxIter: 100))
    let other = try factorize(x, config(solver, maxIter: 100))
    #expect((other.errors.last ?? .infinity) <= (cd.errors.last ?? 0) * (1 + 1e-3))
  }

  @Test func functionAPIEqualsEstimator() throws {
    for name in ["cd", "mu"] {
      var model = SklearnNMF(
        nComponents: 3, initialization: .nndsvda,
        solver: try NMFParameters.solver(name, sklearnOnly: true),
        randomState: 0, alphaW: 0.01)
      let w = try model.fitTransform(x)
      let r = try factorize(x, model.config)
      #expect(r.w == w)
      #expect(r.h == model.components)
      #expect(r.nIter == model.nIter)
    }
  }

  @Test func blockPivotingSatisfiesKKT() {
    let c = Goldens.shared.x("small")
    let b = Goldens.shared.x("tall")
    let gram = Dense.mul(c, true, c)
    let rhs = Dense.mul(c, true, Matrix(rows: 6, cols: 6, elements: Array(b.elements[0..<36])))
    var shifted = rhs
    Dense.subtract(&shifted, 1.2)
    let sol = nnlsBlockPivoting(gram: gram, rhs: shifted, start: nil)
    let y = Dense.mul(gram, false, sol)
    for i in 0..<sol.rows {
      for j in 0..<sol.cols {
        let dual = y[i, j] - shifted[i, j]
        #expect(sol[i, j] >= 0)
        #expect(dual >= -1e-9)
        #expect(abs(sol[i, j] * dual) < 1e-9)
      }
    }
    #expect(sol.elements.contains(0))
  }

  @Test func timeBudgetStopsWithAWarning() throws {
    var c = config(.mu, maxIter: 1_000_000)
    c.tol = 1e-12
    c.timeBudget = 0.05
    let r = try factorize(x, c)
    #expect(r.nIter < 1_000_000)
    #expect(!r.converged)
    #expect(r.warnings.first?.category == "ConvergenceWarning")
  }

  @Test func maxIterWarningMatchesSklearnWording() throws {
    var c = config(.hals, maxIter: 3)
    c.tol = 1e-4
    let r = try factorize(x, c)
    #expect(
      r.warnings.map(\.message) == [
        "Maximum number of iterations 3 reached. Increase it to improve convergence."
      ])
  }

  @Test func degenerateInputsDoNotTrap() throws {
    let zeros = Matrix(rows: 3, cols: 4)
    for solver in Self.solvers {
      for initialization in [NMFInit.random, .nndsvda, .auto] {
        let r = try factorize(
          zeros,
          NMFConfig(nComponents: 2, solver: solver, initialization: initialization, seed: 1))
        #expect(r.w.elements.allSatisfy { $0 == 0 })
      }
      let one = Matrix(rows: 1, cols: 1, elements: [2])
      let r = try factorize(one, NMFConfig(nComponents: 3, solver: solver, seed: 1))
      #expect(r.w.rows == 1 && r.h.cols == 1)
    }
  }
}

/// The penalised objective `1/2||X-WH||² + l1·(ΣW+ΣH) + l2/2·(||W||²+||H||²)` (scikit-learn's
/// scaling) never increases under the exact block solvers, and they agree on where they end.
@Suite struct PenaltyTests {
  let x = Goldens.shared.x("sparse")

  func objective(_ r: NMFResult, _ c: NMFConfig) -> Double {
    let p = Penalty(rows: x.rows, cols: x.cols, c)
    let fit = NMFLoss.betaDivergence(x, r.w, r.h, beta: 2, squareRoot: false)
    return fit + p.l1W * Dense.sum(r.w.elements) + p.l1H * Dense.sum(r.h.elements)
      + p.l2W / 2 * Dense.sumOfSquares(r.w.elements) + p.l2H / 2 * Dense.sumOfSquares(r.h.elements)
  }

  func config(_ solver: NMFSolver, iterations: Int) -> NMFConfig {
    NMFConfig(
      nComponents: 3, solver: solver, initialization: .nndsvda, tol: 0, maxIter: iterations,
      seed: 0, alphaW: 0.02, alphaH: 0.05, l1Ratio: 0.4)
  }

  @Test(arguments: [NMFSolver.cd, .hals, .anlsBPP])
  func penalisedObjectiveNeverIncreases(_ solver: NMFSolver) throws {
    var previous = Double.infinity
    for iterations in 1...15 {
      let c = config(solver, iterations: iterations)
      let value = objective(try factorize(x, c), c)
      #expect(value <= previous * (1 + 1e-12), "\(solver) iteration \(iterations)")
      previous = value
    }
  }

  @Test func exactSolversReachTheSameObjective() throws {
    let values = try [NMFSolver.cd, .hals, .anlsBPP].map { solver in
      let c = config(solver, iterations: 400)
      return objective(try factorize(x, c), c)
    }
    let best = values.min() ?? 0
    for v in values { #expect(v <= best * (1 + 1e-3)) }
  }
}
