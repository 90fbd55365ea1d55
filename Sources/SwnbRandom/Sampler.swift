/// What numpy's two random APIs share: `Generator` (PCG64, ziggurats) and `RandomState`
/// (MT19937, legacy algorithms) get their distribution methods from one extension of this
/// protocol. Each conformance draws in a loop specialised for its own bit source.
public protocol Sampler: AnyObject {
  /// True for `RandomState`, whose legacy checks and algorithms differ in a few cases.
  static var isLegacy: Bool { get }

  /// `count` draws of `variate`, after numpy's negative-size check.
  /// - Throws: `ValueError: negative dimensions are not allowed`.
  func draw(_ variate: ContinuousVariate, count: Int) throws(RandomError) -> [Double]

  /// `count` draws of `variate`, after numpy's negative-size check.
  /// - Throws: `ValueError: negative dimensions are not allowed`.
  func draw(_ variate: DiscreteVariate, count: Int) throws(RandomError) -> [Int64]

  /// `rows` Dirichlet rows of `alpha.count` values (checked arguments).
  func dirichletRows(alpha: [Double], rows: Int) -> [Double]

  /// `rows` multinomial rows of `pvals.count` counts (checked arguments).
  func multinomialRows(n: Int64, pvals: [Double], rows: Int) -> [Int64]
}

extension Generator: Sampler {
  public static var isLegacy: Bool { false }

  public func draw(_ variate: ContinuousVariate, count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.sample(variate) }
  }

  public func draw(_ variate: DiscreteVariate, count: Int) throws(RandomError) -> [Int64] {
    try draw(count) { $0.sample(variate) }
  }

  public func dirichletRows(alpha: [Double], rows: Int) -> [Double] {
    bits.fillRows(rows: rows, width: alpha.count) { $0.dirichletRow(alpha, into: &$1) }
  }

  public func multinomialRows(n: Int64, pvals: [Double], rows: Int) -> [Int64] {
    bits.fillRows(rows: rows, width: pvals.count) { $0.multinomialRow(n, pvals, into: &$1) }
  }
}

extension RandomState: Sampler {
  public static var isLegacy: Bool { true }

  public func draw(_ variate: ContinuousVariate, count: Int) throws(RandomError) -> [Double] {
    try draw(count) { $0.sample(variate) }
  }

  public func draw(_ variate: DiscreteVariate, count: Int) throws(RandomError) -> [Int64] {
    try draw(count) { $0.sample(variate) }
  }

  public func dirichletRows(alpha: [Double], rows: Int) -> [Double] {
    source.fillRows(rows: rows, width: alpha.count) { $0.dirichletRow(alpha, into: &$1) }
  }

  public func multinomialRows(n: Int64, pvals: [Double], rows: Int) -> [Int64] {
    source.fillRows(rows: rows, width: pvals.count) { $0.multinomialRow(n, pvals, into: &$1) }
  }
}
