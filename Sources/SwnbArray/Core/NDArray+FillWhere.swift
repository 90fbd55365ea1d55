extension NDArray {
  /// The comparisons `fillWhere` takes.
  public enum FillCondition: Sendable {
    case less, lessEqual, greater, greaterEqual
  }

  /// `a[a < threshold] = value` (or `<=`, `>`, `>=`) in place for a writable float64 array:
  /// one pass over the elements, no mask array. The result is numpy's: an element is written
  /// exactly when the comparison holds (never for NaN, whose comparisons are all false), and
  /// the mask would be the same whatever the layout. Returns false, touching nothing, when the
  /// case does not apply (another dtype, a read-only view): the general path then runs.
  public func fillWhere(_ condition: FillCondition, _ threshold: Double, with value: Double)
    -> Bool
  {
    guard dtype == .float64, isWritable, case .float64(let buffer) = storage else { return false }
    let p = buffer.base
    @inline(__always) func holds(_ x: Double) -> Bool {
      switch condition {
      case .less: x < threshold
      case .lessEqual: x <= threshold
      case .greater: x > threshold
      case .greaterEqual: x >= threshold
      }
    }
    withExtendedLifetime(storage) {
      if isContiguous || (ndim == 2 && T.isContiguous) {
        let start = p + offset
        for i in 0..<size where holds(start[i]) { start[i] = value }
      } else {
        forEachOffset { i in if holds(p[i]) { p[i] = value } }
      }
    }
    return true
  }
}
