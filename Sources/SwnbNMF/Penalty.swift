/// The elastic-net penalties of scikit-learn's `_compute_regularization`: the objective adds
/// `l1·sum(W) + l2/2·||W||²` (and likewise for `H`), with `alpha_W` scaled by the number of
/// columns of X and `alpha_H` by the number of rows.
struct Penalty: Sendable {
  var l1W = 0.0
  var l1H = 0.0
  var l2W = 0.0
  var l2H = 0.0

  init(rows: Int, cols: Int, _ c: NMFConfig) {
    let alphaW = c.alphaW
    let alphaH = c.alphaH ?? c.alphaW
    l1W = Double(cols) * alphaW * c.l1Ratio
    l1H = Double(rows) * alphaH * c.l1Ratio
    l2W = Double(cols) * alphaW * (1 - c.l1Ratio)
    l2H = Double(rows) * alphaH * (1 - c.l1Ratio)
  }
}
