extension NDArray {
  /// Arrays up to this many elements take the small comparison path.
  private static let smallCompareSize = 4096

  /// `a op x` (`op` one of the six comparison ufuncs) for a small C-contiguous float64 array
  /// and a Python float or an integer that float64 represents exactly: one loop into a fresh
  /// bool array, no type resolution or layout planning. With `reflected`, computes `x op a`.
  /// nil when the case does not apply (the general ufunc path then runs).
  ///
  /// NaN compares false except under `!=`, as IEEE comparisons do; numpy warns for none. A
  /// Fortran-ordered 2-D array (`W.T`) gives a Fortran-ordered result, as numpy's K order does.
  public static func smallCompare(_ op: BinaryUfunc, _ a: NDArray, _ x: Scalar, reflected: Bool)
    -> NDArray?
  {
    if a.ndim == 2, !a.isContiguous {
      let t = a.T
      guard t.isContiguous else { return nil }
      return smallCompare(op, t, x, reflected: reflected)?.T
    }
    let value: Double
    switch x {
    case .float(let d): value = d
    case .int(let i) where i.magnitude <= 1 << 53: value = Double(i)
    default: return nil
    }
    guard a.size <= smallCompareSize, let p = a.float64Start, a.isContiguous,
      let out = fresh(.bool, shape: a.shape, like: a), case .bool(let flags) = out.storage
    else { return nil }
    let r = flags.base
    let n = a.size
    switch reflected ? op.mirrored : op {
    case .less: for i in 0..<n { r[i] = p[i] < value }
    case .lessEqual: for i in 0..<n { r[i] = p[i] <= value }
    case .greater: for i in 0..<n { r[i] = p[i] > value }
    case .greaterEqual: for i in 0..<n { r[i] = p[i] >= value }
    case .equal: for i in 0..<n { r[i] = p[i] == value }
    case .notEqual: for i in 0..<n { r[i] = p[i] != value }
    default: return nil
    }
    return out
  }
}

extension BinaryUfunc {
  /// The comparison with its operands swapped (`x < a` is `a > x`); other ufuncs unchanged.
  fileprivate var mirrored: BinaryUfunc {
    switch self {
    case .less: .greater
    case .lessEqual: .greaterEqual
    case .greater: .less
    case .greaterEqual: .lessEqual
    default: self
    }
  }
}
