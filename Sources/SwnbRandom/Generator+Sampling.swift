// Permutations and sampling: `Generator.permutation`, `shuffle` and `choice`.
extension Generator {
  /// `permutation(n)`: a shuffled `arange(n)` (empty for n <= 0). Like every size, `n`
  /// is the caller's to validate first (`RandomError.checkSize(_:)` gives numpy's errors).
  public func permutation(_ n: Int) -> [Int] {
    bits.permutation(n)
  }

  /// `shuffle(x)` along the first axis: Fisher–Yates from the end with `random_interval`.
  /// Shuffle a row-index array and gather rows to shuffle an n-d array.
  public func shuffle<T>(_ values: inout [T]) {
    bits.shuffle(&values)
  }

  /// `Generator.choice(a, size, replace, p, shuffle=shuffle)`: indices into the population.
  ///
  /// With replacement: `integers(0, n, size)`, or with `p` the normalized cdf searched with
  /// `random` draws. Without replacement and without `p`: a tail shuffle of `arange(n)` when
  /// n > 10000 and size > n / 50 (n / 20 when not shuffling), otherwise Floyd's algorithm
  /// followed by a shuffle. `count == nil` means `size=None` (one index).
  /// - Throws: numpy's `Generator.choice` errors (see `ChoiceMessages.generator`).
  public func choice(
    _ population: ChoicePopulation, count: Int?, replace: Bool = true, p: [Double]? = nil,
    shuffle: Bool = true
  ) throws(RandomError) -> [Int] {
    let popSize = try validateChoice(
      population, count: count, replace: replace, p: p, messages: .generator)
    let size = count ?? 1
    if replace {
      if let p {
        let cdf = normalizedCDF(p)
        return try random(count: size).map { searchRight(cdf, $0) }
      }
      return try integers(low: 0, high: Int64(popSize), count: size).map { Int($0) }
    }
    if let p {
      return weightedWithoutReplacement(p: p, size: size) { bits.fillDoubles(count: $0) }
    }
    let cutoff = shuffle ? 50 : 20
    if popSize > 10000 && size > popSize / cutoff {
      return tailShuffle(popSize: popSize, size: size)
    }
    var picked = floydSample(popSize: popSize, size: size)
    if shuffle { shuffleInts(&picked, first: 1) }
    return picked
  }

  /// `_shuffle_int`: Fisher–Yates down to `first` with Lemire-bounded draws.
  private func shuffleInts(_ values: inout [Int], first: Int) {
    var i = values.count - 1
    while i >= first {
      values.swapAt(i, Int(bits.boundedLemire(UInt64(i))))
      i -= 1
    }
  }

  private func tailShuffle(popSize: Int, size: Int) -> [Int] {
    var all = Array(0..<popSize)
    shuffleInts(&all, first: Swift.max(popSize - size, 1))
    return Array(all[(popSize - size)...])
  }

  /// Floyd's algorithm with numpy's open-addressing hash set (a power-of-two table of at
  /// least 1.2 * size slots, linear probing).
  private func floydSample(popSize: Int, size: Int) -> [Int] {
    let empty = UInt64.max
    let mask = bitMask(covering: UInt64(1.2 * Double(size)))
    var table = [UInt64](repeating: empty, count: Int(mask) + 1)
    var out = [Int](repeating: 0, count: size)
    for j in (popSize - size)..<popSize {
      let value = bits.boundedLemire(UInt64(j))
      var loc = Int(value & mask)
      while table[loc] != empty && table[loc] != value { loc = (loc + 1) & Int(mask) }
      if table[loc] == empty {
        table[loc] = value
        out[j - popSize + size] = Int(value)
      } else {
        loc = j & Int(mask)
        while table[loc] != empty { loc = (loc + 1) & Int(mask) }
        table[loc] = UInt64(j)
        out[j - popSize + size] = j
      }
    }
    return out
  }
}
