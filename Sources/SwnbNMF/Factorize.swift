import Foundation
import SwnbLinalg
import SwnbRandom

// SwnbNMF's entry point. Two front doors share one engine:
//   factorize(A, NMFConfig(...))          -> NMFResult (W, H, errors per iteration, nIter, ...)
//   SklearnNMF(...).fitTransform(X)       -> W, with components / reconstructionErr / nIter
// Validation happens once here (Validation.swift), the start comes from Initialization.swift,
// and `iterate` drives one `Stepper` per solver (Solvers/).

/// Factorises a non-negative `a` (m x n) as `W·H` with `W` m x k and `H` k x n, both
/// non-negative, as `config` describes. Input errors throw `NMFError` with scikit-learn's text.
///
/// Random starts use `RandomState(config.seed)`; without a seed they draw from `randomState`
/// (pass numpy's global stream to mirror `random_state=None`), else from fresh entropy.
public func factorize(_ a: Matrix, _ config: NMFConfig, randomState: RandomState? = nil) throws
  -> NMFResult
{
  let began = ContinuousClock.now
  try Validation.checkParameters(config)
  try Validation.checkData(a)
  try Validation.checkLoss(a, config)
  let k: Int
  if let n = config.nComponents {
    k = n
  } else if case .custom(_, let h) = config.initialization {
    k = h.rows
  } else {
    k = a.cols
  }
  try Validation.checkSize(rows: a.rows, cols: a.cols, k: k)
  var warnings: [NMFWarning] = []
  if config.solver == .mu && config.initialization == .nndsvd {
    warnings.append(.muWithNNDSVD)
  }
  let random = LegacyRandom(seed: config.seed, shared: randomState)
  let (w, h) = try Initialization.start(a, k: k, config.initialization, random: random)
  if case .custom = config.initialization {
    try Validation.checkNonNegative(a, "NMF (input X)")
  }
  var result = try iterate(
    a, w: w, h: h, config, updateH: true, random: random, began: began)
  result.warnings = warnings + result.warnings
  return result
}

/// The outer loop shared by every solver: updates, per-iteration loss, stopping rule, time
/// budget and the ConvergenceWarning. With `updateH` false only `W` moves (`transform`).
/// `random` feeds `cd`'s shuffled component order; `began` is when the fit started (the origin
/// of `NMFResult.seconds` and of the time budget).
func iterate(
  _ x: Matrix, w start: Matrix, h fixedOrStart: Matrix, _ config: NMFConfig, updateH: Bool,
  random: LegacyRandom, began: ContinuousClock.Instant = .now
) throws -> NMFResult {
  let beta = config.betaLoss.value
  let problem = Problem(
    x: x, normX2: Dense.sumOfSquares(x.elements),
    penalty: Penalty(rows: x.rows, cols: x.cols, config), beta: beta, updateH: updateH)
  var stepper: any Stepper =
    switch config.solver {
    case .cd:
      CoordinateDescent(problem: problem, shuffle: config.shuffle ? try random.stream() : nil)
    case .mu: MultiplicativeUpdate(problem: problem)
    case .hals: AcceleratedHALS(problem: problem, alpha: config.halsAcceleration)
    case .anlsBPP: ANLSBlockPivoting(problem: problem)
    case .als: ProjectedALS(problem: problem)
    }
  let rule = config.stoppingRule ?? config.defaultStoppingRule
  var w = start
  var h = fixedOrStart

  func loss(_ cross: Double?) -> Double {
    if beta != 2 { return NMFLoss.betaDivergence(x, w, h, beta: beta, squareRoot: true) }
    let c = cross ?? Dense.dot(w.elements, Dense.mul(x, false, h, true).elements)
    return NMFLoss.frobenius(normX2: problem.normX2, cross: c, w: w, h: h)
  }

  let clock = ContinuousClock()
  let errorAtInit: Double = if case .relativeDecrease = rule { loss(nil) } else { 0 }
  var previous = errorAtInit
  var violationAtInit = 0.0
  var errors: [Double] = []
  var seconds: [Double] = []
  errors.reserveCapacity(min(config.maxIter, 100_000))
  seconds.reserveCapacity(min(config.maxIter, 100_000))
  var converged = false
  var outOfTime = false
  var nIter = 0
  while nIter < config.maxIter {
    nIter += 1
    let info = try stepper.step(&w, &h)
    let error = info.loss ?? loss(info.cross)
    errors.append(error)
    let elapsed = clock.now - began
    seconds.append(
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    switch rule {
    case .absoluteError:
      converged = error < config.tol
    case .violation:
      if nIter == 1 { violationAtInit = info.violation }
      converged = violationAtInit == 0 || info.violation / violationAtInit <= config.tol
    case .relativeDecrease(let every):
      if config.tol > 0 && nIter % max(every, 1) == 0 {
        converged = (previous - error) / errorAtInit < config.tol
        previous = error
      }
    }
    if converged { break }
    // Budgets beyond a year are no budget (and would overflow Duration).
    if let budget = config.timeBudget, budget < 3e7, elapsed > .seconds(budget) {
      outOfTime = true
      break
    }
  }
  let diagnostics = ConvergenceDiagnostics(
    config: config, rule: rule, errors: errors,
    normX: beta == 2 ? problem.normX2.squareRoot() : nil)
  let warnings = diagnostics.warnings(converged: converged, outOfTime: outOfTime, x: x, w: w, h: h)
  return NMFResult(
    w: w, h: h, errors: errors, seconds: seconds, nIter: nIter, converged: converged,
    warnings: warnings)
}
