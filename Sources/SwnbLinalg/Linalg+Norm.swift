#if canImport(Glibc)
  import Glibc
#endif

// numpy.linalg.norm, following _linalg.py's branches. With axis=None, the 2-norm of a vector
// and the Frobenius norm of a matrix are `sqrt(x.ravel().dot(x.ravel()))` (ddot); every
// other form reduces `abs(x)` or `x * x` with numpy's reduction order, which depends on the
// memory layout: along a contiguous row, numpy's pairwise sum; down a column, row after row.
// max/min propagate NaN; min over an empty axis raises as numpy's `minimum` does.

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

  /// The norm of a vector (numpy `norm(x, ord)` for 1-D `x`, `axis=None`).
  ///
  /// `nil` and `2` are `sqrt(dot(x, x))`; `inf`/`-inf` are max/min of `|x|`; `0` counts
  /// non-zeros; `1` sums `|x|`; any other `p` is `sum(|x|**p)**(1/p)`. NaN propagates.
  /// - Throws: `ValueError` "Invalid norm order 'fro' for vectors" (and 'nuc');
  ///   `ValueError` for `-inf` on an empty vector (numpy's `minimum` without identity).
  public static func norm(_ x: [Double], ord: NormOrder? = nil) throws(LinalgError) -> Double {
    if ord == nil || ord == .p(2) { return BLAS.dot(x, x).squareRoot() }
    return try norm(x, ord: ord, axis: 0)
  }

  /// numpy `norm(x, ord, axis=0)` of a 1-D array: as `norm(_:ord:)` but the 2-norm is
  /// `sqrt(add.reduce(x * x))` (pairwise), which can differ from the ddot form in the last bit.
  ///
  /// numpy 2's `vector_norm(x, ord=...)` ravels its input and takes this path.
  ///
  /// - Throws: as `norm(_:ord:)`; `AxisError` when `axis` is not 0 or -1.
  public static func norm(_ x: [Double], ord: NormOrder?, axis: Int) throws(LinalgError) -> Double {
    guard axis == 0 || axis == -1 else { throw .axisOutOfBounds(axis, ndim: 1) }
    let p = try vectorOrder(ord)
    return try x.withUnsafeBufferPointer { b throws(LinalgError) in
      try reduceVectors(count: 1, length: b.count, p: p) { _, f in
        PairwiseSum.sum(b.baseAddress, count: b.count, transform: f)
      }[0]
    }
  }

  /// numpy `norm(a, ord, axis=axis)` of a 2-D array: the vector norm of every column
  /// (`axis` 0 or -2) or every row (`axis` 1 or -1).
  ///
  /// - Throws: as `norm(_:ord:)`; `AxisError` for another axis.
  public static func norm(_ a: Matrix, ord: NormOrder?, axis: Int) throws(LinalgError)
    -> [Double]
  {
    let p = try vectorOrder(ord)
    switch axis {
    case 1, -1:
      return try a.elements.withUnsafeBufferPointer { b throws(LinalgError) in
        try reduceVectors(count: a.rows, length: a.cols, p: p) { i, f in
          PairwiseSum.sum(b.baseAddress.map { $0 + i * a.cols }, count: a.cols, transform: f)
        }
      }
    case 0, -2:
      return try a.elements.withUnsafeBufferPointer { b throws(LinalgError) in
        try reduceVectors(count: a.cols, length: a.rows, p: p) { j, f in
          var total = 0.0
          for i in 0..<a.rows { total += f(b[i * a.cols + j]) }
          return total
        }
      }
    default: throw .axisOutOfBounds(axis, ndim: 2)
    }
  }

  /// The norm of a matrix (numpy `norm(a, ord)` for 2-D `a`, `axis=None`).
  ///
  /// `nil`/`.frobenius` is `sqrt(dot(ravel, ravel))`; the rest is `norm(a, ord, axes: (0, 1))`.
  /// - Throws: as `norm(_:ord:axes:)`.
  public static func norm(_ a: Matrix, ord: NormOrder? = nil) throws(LinalgError) -> Double {
    if ord == nil || ord == .frobenius { return BLAS.dot(a.elements, a.elements).squareRoot() }
    return try norm(a, ord: ord, axes: (0, 1))
  }

  /// numpy `norm(a, ord, axis=(rowAxis, colAxis))` of a 2-D array; numpy 2's
  /// `matrix_norm(a, ord=...)` is this with `(-2, -1)`.
  ///
  /// `nil`/`.frobenius` is `sqrt(add.reduce(a * a))` (pairwise over all elements);
  /// `.nuclear` sums the singular values; `2`/`-2` are the largest/smallest singular value;
  /// `1`/`-1` the max/min sum of `|a|` along `rowAxis`; `inf`/`-inf` along `colAxis`.
  /// - Throws: `ValueError` "Invalid norm order for matrices." or "Duplicate axes given.";
  ///   `AxisError`; the `minimum` `ValueError` when a min has nothing to reduce;
  ///   `LinAlgError` "SVD did not converge" for `2`, `-2`, `.nuclear`.
  public static func norm(_ a: Matrix, ord: NormOrder?, axes: (Int, Int)) throws(LinalgError)
    -> Double
  {
    for axis in [axes.0, axes.1] where !(-2...1).contains(axis) {
      throw .axisOutOfBounds(axis, ndim: 2)
    }
    let (rowAxis, colAxis) = ((axes.0 + 2) % 2, (axes.1 + 2) % 2)
    guard rowAxis != colAxis else {
      throw LinalgError(kind: "ValueError", message: "Duplicate axes given.")
    }
    // moveaxis to (-2, -1): the SVD sees the transpose when the axes are swapped.
    let moved = rowAxis == 0 ? a : a.transposed()
    switch ord ?? .frobenius {
    case .frobenius:
      return a.elements.withUnsafeBufferPointer { b in
        PairwiseSum.sum(b.baseAddress, count: b.count) { $0 * $0 }.squareRoot()
      }
    case .nuclear: return PairwiseSum.sum(try svdvals(moved))
    case .p(2): return maxPropagatingNaN(try svdvals(moved), initial: 0)
    case .p(-2): return try nonEmptyMin(try svdvals(moved))
    case .p(1): return maxPropagatingNaN(try norm(a, ord: .p(1), axis: rowAxis), initial: 0)
    case .p(-1): return try nonEmptyMin(try norm(a, ord: .p(1), axis: rowAxis))
    case .p(.infinity):
      return maxPropagatingNaN(try norm(a, ord: .p(1), axis: colAxis), initial: 0)
    case .p(-.infinity): return try nonEmptyMin(try norm(a, ord: .p(1), axis: colAxis))
    case .p: throw .invalidMatrixNormOrder
    }
  }

  /// The numeric order of a vector norm (`nil` means 2), or numpy's error for 'fro'/'nuc'.
  private static func vectorOrder(_ ord: NormOrder?) throws(LinalgError) -> Double {
    switch ord {
    case nil: return 2
    case .frobenius?: throw .invalidVectorNormOrder("fro")
    case .nuclear?: throw .invalidVectorNormOrder("nuc")
    case .p(let p)?: return p
    }
  }

  /// `count` vector norms of order `p`, each over `length` elements; `sum(i, f)` adds
  /// `f(element)` over vector `i` in numpy's order.
  private static func reduceVectors(
    count: Int, length: Int, p: Double,
    sum: (Int, (Double) -> Double) -> Double
  ) throws(LinalgError) -> [Double] {
    if p == -.infinity && length == 0 { throw .emptyMinimum }
    return (0..<count).map { i in
      switch p {
      case .infinity: return extremeAbs(i, length, sum, max: true)
      case -.infinity: return extremeAbs(i, length, sum, max: false)
      case 0: return sum(i) { $0 != 0 ? 1 : 0 }
      case 1: return sum(i) { abs($0) }
      case 2: return sum(i) { $0 * $0 }.squareRoot()
      default: return rootPower(sum(i) { elementPower(abs($0), p) }, p)
      }
    }
  }

  /// max (from 0) or min of `|x|` over vector `i`, NaN-propagating; `sum` visits every
  /// element, so it doubles as the iterator.
  private static func extremeAbs(
    _ i: Int, _ length: Int, _ sum: (Int, (Double) -> Double) -> Double, max: Bool
  ) -> Double {
    var best = max ? 0.0 : Double.infinity
    var sawNaN = false
    _ = sum(i) { x in
      let v = abs(x)
      if v.isNaN { sawNaN = true } else if max ? v > best : v < best { best = v }
      return 0
    }
    return sawNaN ? .nan : best
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

  /// `ret **= reciprocal(ord)`.
  private static func rootPower(_ total: Double, _ p: Double) -> Double {
    let exponent = 1 / p
    switch exponent {
    case -1: return 1 / total
    case 0.5: return total.squareRoot()
    default: return pow(total, exponent)
    }
  }

  private static func nonEmptyMin(_ values: [Double]) throws(LinalgError) -> Double {
    guard let v = minPropagatingNaN(values) else { throw .emptyMinimum }
    return v
  }

  /// numpy's `norm(x, ord, axis=(-2, -1))`, the form `cond` uses.
  static func normOverBothAxes(_ a: Matrix, ord: NormOrder?) throws(LinalgError) -> Double {
    try norm(a, ord: ord, axes: (0, 1))
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
