// Vector-valued distributions: one row of `k` values per sample, rows concatenated in
// C order (the caller shapes them as `size + (k,)`).

extension VariateSource {
  /// One Dirichlet row: normalized standard gammas, or (Generator only, when every
  /// alpha < 0.1) numpy's stick-breaking with beta variates, which avoids 0/0.
  mutating func dirichletRow(_ alpha: [Double], into row: inout [Double]) {
    let k = alpha.count
    if !Self.isLegacy, let largest = alpha.max(), largest < 0.1 {
      var tailSums = [Double](repeating: 0, count: k)
      var sum = 0.0
      for j in stride(from: k - 1, through: 0, by: -1) {
        sum += alpha[j]
        tailSums[j] = sum
      }
      guard sum > 0 else { return }
      var remaining = 1.0
      for j in 0..<(k - 1) {
        let v = beta(alpha[j], tailSums[j + 1])
        row[j] = remaining * v
        remaining *= (1.0 - v)
        if tailSums[j + 1] == 0 { break }
      }
      row[k - 1] = remaining
      return
    }
    var total = 0.0
    for j in 0..<k {
      row[j] = standardGamma(alpha[j])
      total += row[j]
    }
    let inverse = 1.0 / total
    for j in 0..<k { row[j] *= inverse }
  }

  /// One multinomial row (`random_multinomial`, which RandomState uses too): sequential
  /// conditional binomials, the last category taking what is left.
  mutating func multinomialRow(_ n: Int64, _ pvals: [Double], into row: inout [Int64]) {
    let d = pvals.count
    guard d > 0 else { return }
    var remainingP = 1.0
    var left = n
    for j in 0..<(d - 1) {
      row[j] = binomial(left, pvals[j] / remainingP, modern: true)
      left &-= row[j]
      if left <= 0 { break }
      remainingP -= pvals[j]
    }
    if left > 0 { row[d - 1] = left }
  }
}

/// Dirichlet's `alpha` check: RandomState rejects alpha <= 0, Generator only alpha < 0.
func checkDirichlet(_ alpha: [Double], legacy: Bool) throws(RandomError) {
  if legacy, alpha.contains(where: { $0 <= 0 }) { throw RandomError.value("alpha <= 0") }
  if !legacy, alpha.contains(where: { $0 < 0 }) { throw RandomError.value("alpha < 0") }
}

/// Multinomial's `pvals` checks, in numpy's order: each in [0, 1], then the Kahan sum of
/// all but the last at most 1 + 1e-12.
func checkMultinomial(_ pvals: [Double]) throws(RandomError) {
  if pvals.contains(where: { !($0 >= 0 && $0 <= 1) }) {
    throw RandomError.value("pvals < 0, pvals > 1 or pvals contains NaNs")
  }
  if !pvals.isEmpty && kahanSum(Array(pvals.dropLast())) > 1.0 + 1e-12 {
    throw RandomError.value("sum(pvals[:-1]) > 1.0")
  }
}

extension BitSource {
  /// `rows` rows of `width` values, each row filled by `body` (zeros where it writes none).
  /// The caller has checked `rows * width` with `checkTotal`.
  mutating func fillRows<T: Numeric>(
    rows: Int, width: Int, _ body: (inout Self, inout [T]) -> Void
  ) -> [T] {
    var out: [T] = []
    out.reserveCapacity(rows * width)
    var row = [T](repeating: 0, count: width)
    for _ in 0..<rows {
      for j in row.indices { row[j] = 0 }
      body(&self, &row)
      out += row
    }
    return out
  }
}

/// numpy's size check for `rows` rows of `width` 8-byte values: negative rows are
/// "negative dimensions", and a byte count past `Int.max` is "array is too big".
func checkTotal(rows: Int, width: Int) throws(RandomError) {
  try checkCount(rows)
  let (elements, overflow) = rows.multipliedReportingOverflow(by: width)
  if overflow { throw RandomError.arrayTooBig }
  try checkCount(elements)
}
