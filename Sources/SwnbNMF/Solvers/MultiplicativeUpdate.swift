import Foundation
import SwnbLinalg

/// scikit-learn's `_multiplicative_update_w` / `_multiplicative_update_h` for dense data:
/// `F *= (numerator / denominator) ** gamma` with the beta-divergence gradients split by sign,
/// float32-eps floors where scikit-learn puts them, and the zero-thresholding after the updates
/// (`W < eps64 → 0` when beta < 1, `H < eps64 → 0` when beta <= 1).
struct MultiplicativeUpdate: Stepper {
  let problem: Problem
  /// Kept across iterations when `H` is fixed (scikit-learn's `HHt`, `XHt`, `H_sum` caches).
  private var cachedXHt: Matrix?
  private var cachedHHt: Matrix?
  /// scikit-learn's `H_sum` (beta 1). Its `denominator = H_sum[np.newaxis, :]` is a view, so
  /// `denominator += l1_reg_W` (and the zero-to-eps fix when there is no L2 term) also change
  /// the cached sums: with `H` fixed the L1 term accumulates over iterations. We mirror that.
  private var cachedHSum: [Double]?
  /// `W·H` at the end of the last iteration (beta != 2): it gave the reported loss and is the
  /// product the next `W` update starts from.
  private var cachedWH: Matrix?

  init(problem: Problem) {
    self.problem = problem
  }

  /// Fevotte & Idier's exponent that makes the updates monotone.
  var gamma: Double {
    let beta = problem.beta
    if beta < 1 { return 1 / (2 - beta) }
    if beta > 2 { return 1 / (beta - 1) }
    return 1
  }

  mutating func step(_ w: inout Matrix, _ h: inout Matrix) -> StepInfo {
    let beta = problem.beta
    updateW(&w, h)
    if beta < 1 { zeroBelowEps(&w) }
    guard problem.updateH else { return StepInfo() }
    let cross = updateH(w, &h)
    if beta <= 1 { zeroBelowEps(&h) }
    guard beta != 2 else { return StepInfo(cross: cross) }
    let wh = Dense.mul(w, false, h)
    cachedWH = wh
    let loss = NMFLoss.betaDivergence(
      problem.x, w, h, product: wh, beta: beta, squareRoot: true)
    return StepInfo(loss: loss)
  }

  private func zeroBelowEps(_ m: inout Matrix) {
    m.elements.withUnsafeMutableBufferPointer { b in
      for i in b.indices where b[i] < Double.ulpOfOne { b[i] = 0 }
    }
  }

  /// The beta != 2 ratio `X * WH^(beta-2)` (with the eps floors) and `WH^(beta-1)`.
  private func betaTerms(_ w: Matrix, _ h: Matrix, product: Matrix? = nil)
    -> (ratio: Matrix, whPower: Matrix?)
  {
    let beta = problem.beta
    let eps = sklearnEpsilon
    var ratio = product ?? Dense.mul(w, false, h)
    var whPower: Matrix? = nil
    if beta != 1 {
      var wh = ratio
      wh.elements.withUnsafeMutableBufferPointer { b in
        for i in b.indices {
          if beta < 1 && b[i] < eps { b[i] = eps }
          b[i] = power(b[i], beta - 1)
        }
      }
      whPower = wh
    }
    problem.x.elements.withUnsafeBufferPointer { x in
      ratio.elements.withUnsafeMutableBufferPointer { r in
        for i in r.indices {
          var v = r[i]
          if beta < 2 && v < eps { v = eps }
          if beta == 1 {
            v = x[i] / v
          } else if beta == 0 {
            let inv = 1 / v
            v = inv * inv * x[i]
          } else {
            v = power(v, beta - 2) * x[i]
          }
          r[i] = v
        }
      }
    }
    return (ratio, whPower)
  }

  /// numpy's `**` with a scalar exponent (its fast paths for -1, 0.5 and 2 included).
  @inline(__always)
  private func power(_ v: Double, _ e: Double) -> Double {
    switch e {
    case 1: v
    case 2: v * v
    case 0.5: v.squareRoot()
    case -1: 1 / v
    case 0: 1
    default: pow(v, e)
    }
  }

  private mutating func updateW(_ w: inout Matrix, _ h: Matrix) {
    let beta = problem.beta
    let p = problem.penalty
    var numerator: Matrix
    var denominator: Matrix
    var l1 = p.l1W
    if beta == 2 {
      let xht = cachedXHt ?? Dense.mul(problem.x, false, h, true)
      let hht = cachedHHt ?? Dense.mul(h, false, h, true)
      if !problem.updateH {
        cachedXHt = xht
        cachedHHt = hht
      }
      numerator = xht
      denominator = Dense.mul(w, false, hht)
    } else {
      let terms = betaTerms(w, h, product: cachedWH)
      cachedWH = nil
      numerator = Dense.mul(terms.ratio, false, h, true)
      if let whPower = terms.whPower {
        denominator = Dense.mul(whPower, false, h, true)
      } else {
        var hSum: [Double]
        if let cached = cachedHSum {
          hSum = cached
        } else {
          hSum = [Double](repeating: 0, count: h.rows)
          for t in 0..<h.rows { for j in 0..<h.cols { hSum[t] += h[t, j] } }
        }
        if l1 > 0 { hSum = hSum.map { $0 + l1 } }
        l1 = 0
        if p.l2W <= 0 { hSum = hSum.map { $0 == 0 ? sklearnEpsilon : $0 } }
        if !problem.updateH { cachedHSum = hSum }
        denominator = Matrix(rows: w.rows, cols: w.cols)
        for i in 0..<w.rows { for t in 0..<w.cols { denominator[i, t] = hSum[t] } }
      }
    }
    applyUpdate(&w, numerator: &numerator, denominator: &denominator, l1: l1, l2: p.l2W)
  }

  /// Updates `H` and returns `tr(Wᵀ X Hᵀ)` at the new `H` for the Frobenius loss.
  private func updateH(_ w: Matrix, _ h: inout Matrix) -> Double? {
    let beta = problem.beta
    let p = problem.penalty
    var numerator: Matrix
    var denominator: Matrix
    var wtx: Matrix? = nil
    if beta == 2 {
      numerator = Dense.mul(w, true, problem.x)
      wtx = numerator
      denominator = Dense.mul(Dense.mul(w, true, w), false, h)
    } else {
      let terms = betaTerms(w, h)
      numerator = Dense.mul(w, true, terms.ratio)
      if let whPower = terms.whPower {
        denominator = Dense.mul(w, true, whPower)
      } else {
        var wSum = [Double](repeating: 0, count: w.cols)
        for i in 0..<w.rows { for t in 0..<w.cols { wSum[t] += w[i, t] } }
        for t in wSum.indices where wSum[t] == 0 { wSum[t] = 1 }
        denominator = Matrix(rows: h.rows, cols: h.cols)
        for t in 0..<h.rows { for j in 0..<h.cols { denominator[t, j] = wSum[t] } }
      }
    }
    applyUpdate(&h, numerator: &numerator, denominator: &denominator, l1: p.l1H, l2: p.l2H)
    return wtx.map { Dense.dot($0.elements, h.elements) }
  }

  /// `denominator += l1; denominator += l2 * F; denominator[== 0] = eps; F *= (num/den)^gamma`.
  private func applyUpdate(
    _ f: inout Matrix, numerator: inout Matrix, denominator: inout Matrix, l1: Double, l2: Double
  ) {
    let g = gamma
    let eps = sklearnEpsilon
    f.elements.withUnsafeMutableBufferPointer { fp in
      numerator.elements.withUnsafeBufferPointer { num in
        denominator.elements.withUnsafeBufferPointer { den in
          for i in fp.indices {
            var d = den[i]
            if l1 > 0 { d += l1 }
            if l2 > 0 { d += l2 * fp[i] }
            if d == 0 { d = eps }
            var delta = num[i] / d
            if g != 1 { delta = pow(delta, g) }
            fp[i] *= delta
          }
        }
      }
    }
  }
}
