import SwnbLinalg
import Testing

@testable import SwnbNMF

/// Warnings carry the relative error reached and say which stopping rule could not fire.
@Suite struct ConvergenceWarningTests {
  let seed = Goldens.shared.seed_als
  let x = Goldens.shared.x("tall")

  func norm(_ m: Matrix) -> Double { Dense.sumOfSquares(m.elements).squareRoot() }

  /// The seed's `error < 1e-4` on an error that settles near 1.2: the rule can never fire.
  @Test func seedAbsoluteToleranceCanNeverFire() throws {
    let r = try factorize(seed.A.matrix, .seedALS(nComponents: seed.k))
    let expected = (seed.errors.last ?? .nan) / norm(seed.A.matrix)
    let warning = r.warnings.first { $0.kind == .unreachableTolerance }
    #expect(warning != nil)
    #expect(relativeDifference(warning?.relativeError ?? .nan, expected) < 1e-9)
    #expect(warning?.message.contains("'error < 0.0001' can never fire") == true)
    #expect(warning?.message.contains(String(format: "relative error %.4g", expected)) == true)
    #expect(!r.warnings.contains { $0.kind == .maxIterations })
  }

  /// The seed's projected ALS error goes up at the end (numpy's errors say so); we report it.
  @Test func seedALSRisingErrorIsReported() throws {
    let rises = zip(seed.errors, seed.errors.dropFirst()).filter { $1 > $0 }.count
    #expect(rises > 0)
    let r = try factorize(seed.A.matrix, .seedALS(nComponents: seed.k))
    let warning = r.warnings.first { $0.kind == .alsOscillation }
    #expect(warning?.message.contains("went up in \(rises) of 100 iterations") == true)
    #expect(warning?.relativeError != nil)
  }

  /// A monotone solver on the same data raises no ALS warning.
  @Test func monotoneSolverHasNoALSWarning() throws {
    var c = NMFConfig.seedALS(nComponents: seed.k)
    c.solver = .hals
    let r = try factorize(seed.A.matrix, c)
    #expect(!r.warnings.contains { $0.kind == .alsOscillation || $0.kind == .alsStall })
  }

  /// A component that starts dead stays dead under clipped ALS: a stall, not a minimum.
  @Test func clippedALSStallIsReported() throws {
    var w0 = Matrix(rows: x.rows, cols: 3, repeating: 0.5)
    for i in 0..<x.rows {
      w0[i, 0] = Double(i % 3) + 0.25
      w0[i, 1] = 0
    }
    let h0 = Matrix(rows: 3, cols: x.cols, elements: (0..<(3 * x.cols)).map { Double($0 % 5) + 1 })
    let c = NMFConfig(
      nComponents: 3, solver: .als, initialization: .custom(w: w0, h: h0), tol: 1e-4,
      maxIter: 200, stoppingRule: .absoluteError)
    let r = try factorize(x, c)
    let stall = r.warnings.first { $0.kind == .alsStall }
    #expect(stall?.message.contains("1 of 3 components were clipped to zero") == true)
    #expect(
      relativeDifference(stall?.relativeError ?? .nan, (r.errors.last ?? 0) / norm(x)) < 1e-12)
  }

  /// `maxIter` before `tol`: scikit-learn's text plus the relative error and the last decrease.
  @Test func maxIterationsCarriesTheRelativeError() throws {
    let c = NMFConfig(
      nComponents: 3, solver: .hals, initialization: .nndsvda, tol: 1e-9, maxIter: 4, seed: 0)
    let r = try factorize(x, c)
    #expect(r.warnings.count == 1)
    let warning = r.warnings.first
    #expect(warning?.kind == .maxIterations)
    let expected = (r.errors.last ?? .nan) / norm(x)
    #expect(relativeDifference(warning?.relativeError ?? .nan, expected) < 1e-12)
    #expect(warning?.description.contains(String(format: "relative error %.4g", expected)) == true)
    #expect(warning?.description.contains("above tol 1e-09") == true)
  }

  @Test func convergedRunHasNoWarning() throws {
    let c = NMFConfig(
      nComponents: 3, solver: .hals, initialization: .nndsvda, tol: 1e-3, maxIter: 500, seed: 0)
    let r = try factorize(x, c)
    #expect(r.converged)
    #expect(r.warnings.isEmpty)
  }

  /// Other losses have no relative error to report.
  @Test func kullbackLeiblerHasNoRelativeError() throws {
    let c = NMFConfig(
      nComponents: 2, solver: .mu, betaLoss: .kullbackLeibler, initialization: .nndsvda,
      tol: 1e-12, maxIter: 20, seed: 0)
    let r = try factorize(Goldens.shared.x("positive"), c)
    #expect(r.warnings.first?.kind == .maxIterations)
    #expect(r.warnings.first?.relativeError == nil)
  }
}

/// At convergence every solver satisfies the KKT conditions min(W, ∇W) = 0, min(H, ∇H) = 0.
@Suite struct KKTTests {
  let x = Goldens.shared.x("tall")

  func run(_ solver: NMFSolver, _ iterations: Int, alpha: Double = 0) throws -> NMFResult {
    try factorize(
      x,
      NMFConfig(
        nComponents: 3, solver: solver, initialization: .nndsvda, tol: 0, maxIter: iterations,
        seed: 0, alphaW: alpha, l1Ratio: 0.5))
  }

  /// (solver, iterations, tolerance): mu only shrinks entries towards zero, so it is looser.
  static let cases: [(NMFSolver, Int, Double)] = [
    (.hals, 2000, 1e-8), (.anlsBPP, 500, 1e-8), (.cd, 3000, 1e-6), (.mu, 5000, 1e-3),
  ]

  @Test(arguments: cases)
  func stationaryAtConvergence(_ solver: NMFSolver, _ iterations: Int, _ tolerance: Double) throws {
    let start = try run(solver, 1)
    let kkt0 = KKT.residual(x, start.w, start.h)
    #expect(max(kkt0.w, kkt0.h) > 10 * tolerance, "the start must not already pass")
    let r = try run(solver, iterations)
    let kkt = KKT.residual(x, r.w, r.h)
    #expect(kkt.w < tolerance && kkt.h < tolerance, "\(solver): \(kkt)")
  }

  /// With penalties the gradient gains `l1 + l2·F`; the exact solvers still reach a KKT point.
  @Test(arguments: [NMFSolver.hals, .anlsBPP, .cd])
  func penalisedStationaryAtConvergence(_ solver: NMFSolver) throws {
    let r = try run(solver, 2000, alpha: 0.01)
    let c = NMFConfig(alphaW: 0.01, l1Ratio: 0.5)
    let kkt = KKT.residual(x, r.w, r.h, Penalty(rows: x.rows, cols: x.cols, c))
    #expect(kkt.w < 1e-6 && kkt.h < 1e-6, "\(solver): \(kkt)")
    let unpenalised = KKT.residual(x, r.w, r.h)
    #expect(max(unpenalised.w, unpenalised.h) > 1e-4, "the penalty must matter")
  }

  /// The residual is zero exactly when W ⊙ ∇W = 0 with both non-negative: a hand-made check.
  @Test func residualOfAnExactFactorisationIsZero() {
    let w = Matrix(rows: 3, cols: 2, elements: [1, 0, 0, 2, 1, 1])
    let h = Matrix(rows: 2, cols: 2, elements: [1, 2, 0, 1])
    let kkt = KKT.residual(Dense.mul(w, false, h), w, h)
    #expect(kkt.w < 1e-15 && kkt.h < 1e-15)
  }
}
