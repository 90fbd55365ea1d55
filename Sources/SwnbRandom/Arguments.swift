// Argument checks shared by RandomState and Generator, with numpy's messages
// (`check_constraint` in numpy/random/_common.pyx).

/// `CONS_NON_NEGATIVE`: rejects a set sign bit (so -0.0 too) unless the value is NaN.
func checkNonNegative(_ value: Double, _ name: String) throws(RandomError) {
  if !value.isNaN && value.sign == .minus { throw RandomError.value("\(name) < 0") }
}

/// `CONS_POSITIVE`: rejects zero and a set sign bit; NaN passes.
func checkPositive(_ value: Double, _ name: String) throws(RandomError) {
  if value == 0 || (!value.isNaN && value.sign == .minus) {
    throw RandomError.value("\(name) <= 0")
  }
}

/// `CONS_POISSON`: lam must be >= 0, not NaN, and at most numpy's `POISSON_LAM_MAX`.
func checkPoissonLam(_ lam: Double) throws(RandomError) {
  if lam < 0 || lam.isNaN { throw RandomError.value("lam < 0 or lam is NaN") }
  if lam > 9.223372006484771e+18 { throw RandomError.value("lam value too large") }
}

/// Binomial parameters, checked as numpy does: `p` first, then `n`.
func checkBinomial(_ n: Int64, _ p: Double) throws(RandomError) {
  if !(p >= 0 && p <= 1) { throw RandomError.value("p < 0, p > 1 or p is NaN") }
  if n < 0 { throw RandomError.value("n < 0") }
}

/// `high - low` for `uniform`, which must be finite.
func uniformRange(_ low: Double, _ high: Double, message: String) throws(RandomError) -> Double {
  let range = high - low
  if !range.isFinite { throw RandomError(kind: "OverflowError", message: message) }
  return range
}

/// `_rand_int64`'s bounds: (offset, inclusive width) for `[low, high)` or `[low, high]`;
/// `high == nil` means the range is `[0, low)` (or `[0, low]`).
func boundedRange(
  low: Int64, high: Int64?, endpoint: Bool
) throws(RandomError) -> (UInt64, UInt64) {
  let (lo, hi) = high.map { (low, $0) } ?? (0, low)
  let empty = endpoint ? lo > hi : lo >= hi
  if empty {
    let message: String
    if lo == 0 {
      message = endpoint ? "high < 0" : "high <= 0"
    } else {
      message = endpoint ? "low > high" : "low >= high"
    }
    throw RandomError.value(message)
  }
  let top = endpoint ? hi : hi - 1  // cannot overflow: hi > lo >= Int64.min here
  let width = UInt64(bitPattern: top &- lo)
  return (UInt64(bitPattern: lo), width)
}

/// Fills `count` values from `draw`, after numpy's negative-size check.
func filled<T>(_ count: Int, _ draw: () -> T) throws(RandomError) -> [T] {
  try checkCount(count)
  return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
    for i in 0..<count { buffer.initializeElement(at: i, to: draw()) }
    initialized = count
  }
}
