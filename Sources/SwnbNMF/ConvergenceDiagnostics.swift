import Foundation
import SwnbLinalg

/// The warnings of a finished run, each with the relative error reached: why it stopped (time
/// budget, `maxIter` before `tol`), a stopping rule that can never fire (an absolute error
/// bound far below the plateau the error settled on), and clipped ALS that rises, oscillates
/// or stalls away from a minimum.
struct ConvergenceDiagnostics {
  let config: NMFConfig
  let rule: StoppingRule
  let errors: [Double]
  /// `||X||_F`, nil for losses other than Frobenius (no relative error then).
  let normX: Double?

  /// Relative change below which the error counts as settled (per iteration, last 10).
  static let plateau = 1e-3
  /// Relative change below which an ALS error counts as frozen.
  static let frozen = 1e-12
  /// KKT residual above which a frozen ALS point is not a minimum.
  static let notStationary = 1e-4

  var relativeError: Double? {
    guard let normX, normX > 0, let last = errors.last else { return nil }
    return last / normX
  }

  /// "1.205 (relative error 0.2823)": the final error, with its relative size when known.
  private var reached: String {
    let error = errors.last.map { format($0, digits: 7) } ?? "nan"
    guard let relativeError else { return error }
    return "\(error) (relative error \(format(relativeError)))"
  }

  func warnings(converged: Bool, outOfTime: Bool, x: Matrix, w: Matrix, h: Matrix)
    -> [NMFWarning]
  {
    var out: [NMFWarning] = []
    let n = errors.count
    if outOfTime {
      out.append(.timeBudget(config.timeBudget ?? 0, n))
    } else if n == config.maxIter && config.tol > 0 {  // scikit-learn warns even on a last-step stop
      if !converged, rule == .absoluteError, let last = errors.last, last >= config.tol, settled {
        out.append(unreachable(last))
      } else {
        out.append(.maxIterations(config.maxIter))
      }
    }
    for i in out.indices {
      out[i].relativeError = relativeError
      if out[i].kind != .unreachableTolerance {
        out[i].detail = "Stopped at error \(reached)\(converged ? "" : tolNote)."
      }
    }
    if config.solver == .als && !converged {
      if let rising = alsRising() { out.append(rising) }
      if let stall = alsStall(x: x, w: w, h: h) { out.append(stall) }
    }
    return out
  }

  /// True when the error changed by less than `plateau` (relative) per iteration lately.
  private var settled: Bool {
    guard let last = errors.last, errors.count >= 2 else { return false }
    let window = min(10, errors.count - 1)
    let before = errors[errors.count - 1 - window]
    return abs(before - last) <= Self.plateau * Double(window)
      * max(abs(last), .leastNormalMagnitude)
  }

  /// How far the stopping rule was from firing.
  private var tolNote: String {
    switch rule {
    case .absoluteError: return "; tol asks for an error below \(format(config.tol))"
    case .relativeDecrease(let every):
      let every = max(every, 1)
      guard errors.count > every, let first = errors.first, first > 0 else { return "" }
      let drop = (errors[errors.count - 1 - every] - errors[errors.count - 1]) / first
      return "; the last relative decrease \(format(drop)) is above tol \(format(config.tol))"
    case .violation:
      return "; the projected-gradient ratio is still above tol \(format(config.tol))"
    }
  }

  private func unreachable(_ last: Double) -> NMFWarning {
    NMFWarning(
      category: "ConvergenceWarning",
      message:
        "The stopping rule 'error < \(format(config.tol))' can never fire: the error settled at "
        + "\(format(last))\(relativeError.map { " (relative error \(format($0)))" } ?? "") and "
        + "all \(errors.count) iterations ran. Use a relative tolerance (the change of the "
        + "error) or accept the fit.",
      kind: .unreachableTolerance, relativeError: relativeError)
  }

  /// Projected ALS is not a descent method: report the iterations whose error went up.
  private func alsRising() -> NMFWarning? {
    var rises = 0
    var turns = 0
    var lastSign = 0
    for (a, b) in zip(errors, errors.dropFirst()) {
      let sign = b > a * (1 + Self.frozen) ? 1 : (b < a * (1 - Self.frozen) ? -1 : 0)
      if sign == 1 { rises += 1 }
      if sign != 0 && lastSign != 0 && sign != lastSign { turns += 1 }
      if sign != 0 { lastSign = sign }
    }
    guard rises > 0, let lowest = errors.indices.min(by: { errors[$0] < errors[$1] }) else {
      return nil
    }
    let how = turns >= 2 ? "oscillates" : "rises"
    return NMFWarning(
      category: "ConvergenceWarning",
      message:
        "Clipped ALS \(how): the error went up in \(rises) of \(errors.count) iterations; its "
        + "lowest was \(format(errors[lowest], digits: 7)) at iteration \(lowest + 1); it ended at "
        + "\(reached). "
        + "Clipping negatives after each least-squares solve is not a descent step; "
        + "solver 'hals' or 'anlsBPP' decreases the error at every iteration.",
      kind: .alsOscillation, relativeError: relativeError)
  }

  /// Clipped ALS frozen at a point with a large KKT residual (or with dead components).
  private func alsStall(x: Matrix, w: Matrix, h: Matrix) -> NMFWarning? {
    guard errors.count >= 6, let last = errors.last else { return nil }
    let tail = errors.suffix(6)
    guard let high = tail.max(), let low = tail.min(),
      high - low <= Self.frozen * max(abs(last), .leastNormalMagnitude)
    else { return nil }
    let kkt = KKT.residual(x, w, h, Penalty(rows: x.rows, cols: x.cols, config))
    var dead = 0
    for t in 0..<w.cols {
      let columnZero = (0..<w.rows).allSatisfy { w[$0, t] == 0 }
      let rowZero = (0..<h.cols).allSatisfy { h[t, $0] == 0 }
      if columnZero || rowZero { dead += 1 }
    }
    let residual = max(kkt.w, kkt.h)
    guard residual > Self.notStationary || dead > 0 else { return nil }
    let deadNote = dead > 0 ? "; \(dead) of \(w.cols) components were clipped to zero" : ""
    return NMFWarning(
      category: "ConvergenceWarning",
      message:
        "Clipped ALS stalled: the error stopped changing at \(format(last)) but the factors "
        + "are not a minimum (KKT residual \(format(residual)))\(deadNote); it ended at \(reached).",
      kind: .alsStall, relativeError: relativeError)
  }

  private func format(_ v: Double, digits: Int = 4) -> String {
    String(format: "%.\(digits)g", v)
  }
}
