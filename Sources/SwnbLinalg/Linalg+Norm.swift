#if canImport(Glibc)
  import Glibc
#endif

// numpy.linalg.norm for a vector or a whole matrix (axis=None), following _linalg.py's
// branches: the 2-norm / Frobenius fast path is `sqrt(x.ravel().dot(x.ravel()))` (ddot); other
// orders reduce `abs(x)` with numpy's pairwise summation and NaN-propagating max/min.

extension Linalg {
  /// A norm order: numpy's `ord` argument (`None` is `nil` at the call sites).
  public enum NormOrder: Equatable, Sendable {
    /// `'fro'` (or `'f'`): Frobenius, matrices only.
    case frobenius
    /// `'nuc'`: nuclear (sum of singular values), matrices only.
    case nuclear
    /// A numeric order, including `±.infinity`.
    case p(Double)
  }

  /// The norm of a vector (numpy `norm(x, ord)` for 1-D `x`).
  ///
  /// `nil` and `2` are `sqrt(dot(x, x))`; `inf`/`-inf` are max/min of `|x|`; `0` counts
  /// non-zeros; `1` sums `|x|`; any other `p` is `sum(|x|**p)**(1/p)`. NaN propagates.
  /// - Throws: `ValueError` "Invalid norm order 'fro' for vectors" (and 'nuc');
  ///   `ValueError` for `-inf` on an empty vector (numpy's `minimum` without identity).
  public static func norm(_ x: [Double], ord: NormOrder? = nil) throws(LinalgError) -> Double {
    guard let ord else { return BLAS.dot(x, x).squareRoot() }
    switch ord {
    case .frobenius: throw .invalidVectorNormOrder("fro")
    case .nuclear: throw .invalidVectorNormOrder("nuc")
    case .p(let p):
      return try x.withUnsafeBufferPointer { buffer throws(LinalgError) in
        try vectorNorm(buffer, p: p)
      }
    }
  }

  private static func vectorNorm(_ x: UnsafeBufferPointer<Double>, p: Double) throws(LinalgError)
    -> Double
  {
    let base = x.baseAddress
    switch p {
    case 2: return BLAS.dot(count: x.count, base, 1, base, 1).squareRoot()
    case .infinity: return maxPropagatingNaN(x.lazy.map { abs($0) }, initial: 0)
    case -.infinity:
      guard let v = minPropagatingNaN(x.lazy.map { abs($0) }) else { throw .emptyMinimum }
      return v
    case 0: return PairwiseSum.sum(base, count: x.count) { $0 != 0 ? 1 : 0 }
    case 1: return PairwiseSum.sum(base, count: x.count) { abs($0) }
    default:
      let total = PairwiseSum.sum(base, count: x.count) { elementPower(abs($0), p) }
      return pow(total, 1 / p)
    }
  }

  /// numpy's `absx **= ord`: `fast_scalar_power` turns -1 into a reciprocal and 0.5 into a
  /// square root; other exponents use `np.power` (SIMD on some CPUs, so the last bit of a
  /// general p-norm may differ from numpy's).
  private static func elementPower(_ x: Double, _ p: Double) -> Double {
    switch p {
    case -1: return 1 / x
    case 0.5: return x.squareRoot()
    default: return pow(x, p)
    }
  }

  /// The norm of a matrix (numpy `norm(a, ord)` for 2-D `a`, `axis=None`).
  ///
  /// `nil`/`.frobenius` is `sqrt(dot(ravel, ravel))`; `.nuclear` sums the singular values;
  /// `2`/`-2` are the largest/smallest singular value; `1`/`-1` the max/min column sum of
  /// `|a|`; `inf`/`-inf` the max/min row sum.
  /// - Throws: `ValueError` "Invalid norm order for matrices." for other orders; the
  ///   `minimum` `ValueError` for `-1`, `-2`, `-inf` when the reduced axis is empty;
  ///   `LinAlgError` "SVD did not converge" for `2`, `-2`, `.nuclear`.
  public static func norm(_ a: Matrix, ord: NormOrder? = nil) throws(LinalgError) -> Double {
    switch ord {
    case nil, .frobenius?: return BLAS.dot(a.elements, a.elements).squareRoot()
    default: return try matrixNorm(a, ord: ord, frobenius: { BLAS.dot($0.elements, $0.elements) })
    }
  }

  /// numpy's `norm(x, ord, axis=(-2, -1))`, the form `cond` uses: identical to `norm(a, ord)`
  /// except that Frobenius is `sqrt(add.reduce(x * x))`, a pairwise sum over all elements.
  static func normOverBothAxes(_ a: Matrix, ord: NormOrder?) throws(LinalgError) -> Double {
    try matrixNorm(a, ord: ord ?? .frobenius) { m in
      m.elements.withUnsafeBufferPointer { b in
        PairwiseSum.sum(b.baseAddress, count: b.count) { $0 * $0 }
      }
    }
  }

  private static func matrixNorm(
    _ a: Matrix, ord: NormOrder?, frobenius: (Matrix) -> Double
  ) throws(LinalgError) -> Double {
    switch ord ?? .frobenius {
    case .frobenius: return frobenius(a).squareRoot()
    case .nuclear: return PairwiseSum.sum(try svdvals(a))
    case .p(2): return maxPropagatingNaN(try svdvals(a), initial: 0)
    case .p(-2):
      guard let v = minPropagatingNaN(try svdvals(a)) else { throw .emptyMinimum }
      return v
    case .p(1): return maxPropagatingNaN(columnAbsSums(a), initial: 0)
    case .p(.infinity): return maxPropagatingNaN(rowAbsSums(a), initial: 0)
    case .p(-1):
      guard let v = minPropagatingNaN(columnAbsSums(a)) else { throw .emptyMinimum }
      return v
    case .p(-.infinity):
      guard let v = minPropagatingNaN(rowAbsSums(a)) else { throw .emptyMinimum }
      return v
    case .p: throw .invalidMatrixNormOrder
    }
  }

  /// `add.reduce(abs(a), axis=0)`: numpy adds row after row, so each column sums in order.
  private static func columnAbsSums(_ a: Matrix) -> [Double] {
    var sums = [Double](repeating: 0, count: a.cols)
    for i in 0..<a.rows {
      for j in 0..<a.cols { sums[j] += abs(a.elements[i * a.cols + j]) }
    }
    return sums
  }

  /// `add.reduce(abs(a), axis=1)`: a contiguous pairwise sum per row.
  private static func rowAbsSums(_ a: Matrix) -> [Double] {
    a.elements.withUnsafeBufferPointer { b in
      (0..<a.rows).map { i in
        PairwiseSum.sum(b.baseAddress.map { $0 + i * a.cols }, count: a.cols) { abs($0) }
      }
    }
  }

  /// `np.max(values, initial=initial)`: NaN wins.
  static func maxPropagatingNaN<S: Sequence<Double>>(_ values: S, initial: Double) -> Double {
    var best = initial
    for v in values {
      if v.isNaN { return .nan }
      if v > best { best = v }
    }
    return best
  }

  /// `np.min(values)`: NaN wins; `nil` for no values (numpy raises).
  static func minPropagatingNaN<S: Sequence<Double>>(_ values: S) -> Double? {
    var best: Double?
    for v in values {
      if v.isNaN { return .nan }
      if best.map({ v < $0 }) ?? true { best = v }
    }
    return best
  }
}
