import SwnbArray

/// The elements of an index array (`np.put`, `np.choose`, `np.insert`, `np.delete`, split
/// points, `np.bincount`, `np.ravel_multi_index`) as `Int`s.
///
/// Integers and bools convert exactly. Floats either raise `nonInteger` (numpy's message for the
/// function: its casting rule refuses them) or, when it is nil, are truncated toward zero as
/// numpy's unsafe cast does: NaN raises "cannot convert float NaN to integer" and values past the
/// int64 range clamp to its ends, so the caller's bounds check reports them.
func indexIntegers(_ array: NDArray, nonInteger: PyError? = nil) throws -> [Int] {
  try array.scalars().map { scalar -> Int in
    switch scalar {
    case .int(let i): return Int(i)
    case .bool(let b): return b ? 1 : 0
    case .float(let d):
      if let nonInteger { throw nonInteger }
      if d.isNaN { throw PyError.make(.valueError, "cannot convert float NaN to integer") }
      if d >= 0x1p63 { return Int.max }
      if d < -0x1p63 { return Int.min }
      return Int(d.rounded(.towardZero))
    default:  // strings (and any later scalar kind)
      throw nonInteger
        ?? PyError.make(.typeError, "arrays used as indices must be of integer (or boolean) type")
    }
  }
}

/// numpy's TypeError for an index array whose dtype the 'safe' rule cannot cast to int64.
func safeIndexCastError(_ array: NDArray) -> PyError {
  PyError.make(
    .typeError,
    "Cannot cast array data from dtype('\(array.dtype.name)') to dtype('int64') according to the rule 'safe'"
  )
}
