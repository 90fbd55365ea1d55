/// What `choice` draws from: `a` given as an integer, or the length of a 1-d array `a`.
///
/// The interpreter rejects n-d and non-integer 0-d `a` itself (see `RandomError.choiceNot1D`
/// and friends); the two cases here differ only in their error messages.
public enum ChoicePopulation: Sendable, Equatable {
  /// `choice(n)`: draw from `range(n)`; `n` may be zero or negative (an error unless no
  /// samples are taken).
  case integer(Int)
  /// `choice(array)` with a 1-d array of this length.
  case arrayLength(Int)

  var size: Int {
    switch self {
    case .integer(let n), .arrayLength(let n): n
    }
  }
}

/// The wording that differs between legacy `RandomState.choice` and `Generator.choice`.
struct ChoiceMessages {
  let nonPositiveInteger: String
  let emptyArray: String
  let pSizeMismatch: String
  let pNaN: String
  let pNegative: String
  let pSum: String
  let tooLarge: String
  let negativeSize: String

  static let legacy = ChoiceMessages(
    nonPositiveInteger: "a must be greater than 0 unless no samples are taken",
    emptyArray: "'a' cannot be empty unless no samples are taken",
    pSizeMismatch: "'a' and 'p' must have same size",
    pNaN: "probabilities contain NaN",
    pNegative: "probabilities are not non-negative",
    pSum: "probabilities do not sum to 1",
    tooLarge: "Cannot take a larger sample than population when 'replace=False'",
    negativeSize: "Negative dimensions are not allowed")

  static let generator = ChoiceMessages(
    nonPositiveInteger: "a must be a positive integer unless no samples are taken",
    emptyArray: "a cannot be empty unless no samples are taken",
    pSizeMismatch: "a and p must have same size",
    pNaN: "Probabilities contain NaN",
    pNegative: "Probabilities are not non-negative",
    pSum: "Probabilities do not sum to 1. See Notes section of docstring for more information.",
    tooLarge: "Cannot take a larger sample than population when replace is False",
    negativeSize: "negative dimensions are not allowed")
}

/// Validation shared by both `choice` methods, in numpy's order: population, then `p`,
/// then (without replacement) the sample size. Returns the population size.
func validateChoice(
  _ population: ChoicePopulation, count: Int?, replace: Bool, p: [Double]?,
  messages: ChoiceMessages
) throws(RandomError) -> Int {
  let popSize = population.size
  let takesSamples = count != 0
  switch population {
  case .integer(let n) where n <= 0 && takesSamples:
    throw RandomError.value(messages.nonPositiveInteger)
  case .arrayLength(0) where takesSamples:
    throw RandomError.value(messages.emptyArray)
  default: break
  }
  if let p {
    if p.count != popSize { throw RandomError.value(messages.pSizeMismatch) }
    let total = kahanSum(p)
    if total.isNaN { throw RandomError.value(messages.pNaN) }
    if p.contains(where: { $0 < 0 }) { throw RandomError.value(messages.pNegative) }
    // atol = sqrt(finfo(float64).eps)
    if abs(total - 1.0) > 1.4901161193847656e-08 { throw RandomError.value(messages.pSum) }
  }
  if !replace {
    let size = count ?? 1
    if size > popSize { throw RandomError.value(messages.tooLarge) }
    if size < 0 { throw RandomError.value(messages.negativeSize) }
    if let p, p.lazy.filter({ $0 > 0 }).count < size {
      throw RandomError.value("Fewer non-zero entries in p than size")
    }
  }
  return popSize
}

/// numpy's `kahan_sum` (compensated, starting from the first element).
func kahanSum(_ values: [Double]) -> Double {
  guard var sum = values.first else { return 0 }
  var c = 0.0
  for value in values.dropFirst() {
    let y = value - c
    let t = sum + y
    c = (t - sum) - y
    sum = t
  }
  return sum
}

/// `cdf = p.cumsum(); cdf /= cdf[-1]`.
func normalizedCDF(_ p: [Double]) -> [Double] {
  var cdf = p
  for i in cdf.indices.dropFirst() { cdf[i] += cdf[i - 1] }
  if let last = cdf.last {
    for i in cdf.indices { cdf[i] /= last }
  }
  return cdf
}

/// `cdf.searchsorted(u, side='right')`: the number of cdf entries <= u.
func searchRight(_ cdf: [Double], _ u: Double) -> Int {
  var low = 0
  var high = cdf.count
  while low < high {
    let mid = (low + high) / 2
    if cdf[mid] <= u { low = mid + 1 } else { high = mid }
  }
  return low
}

/// Weighted sampling without replacement, numpy's loop in both `choice` methods: draw
/// `size - found` uniforms, map through the cdf of the remaining weights, keep first
/// occurrences of new indices in draw order, zero their weights, repeat.
func weightedWithoutReplacement(
  p: [Double], size: Int, uniforms: (Int) -> [Double]
) -> [Int] {
  var weights = p
  var found: [Int] = []
  found.reserveCapacity(size)
  while found.count < size {
    let draws = uniforms(size - found.count)
    for index in found { weights[index] = 0 }
    let cdf = normalizedCDF(weights)
    var seen = Set<Int>()
    for u in draws {
      let index = searchRight(cdf, u)
      if seen.insert(index).inserted { found.append(index) }
    }
  }
  return found
}

// The permutation and shuffle `Generator` and `RandomState` share.
extension BitSource {
  /// `permutation(n)`: a shuffled `arange(n)` (empty for n <= 0).
  mutating func permutation(_ n: Int) -> [Int] {
    var values = Array(0..<Swift.max(n, 0))
    shuffle(&values)
    return values
  }

  /// `shuffle(x)` along the first axis: Fisher–Yates from the end with `random_interval`.
  mutating func shuffle<T>(_ values: inout [T]) {
    for i in values.indices.dropFirst().reversed() {
      values.swapAt(i, Int(interval(UInt64(i))))
    }
  }
}
