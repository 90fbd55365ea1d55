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

/// `CONS_BOUNDED_GT_0_1` (geometric's p): 0 < p <= 1.
func checkGeometric(_ p: Double) throws(RandomError) {
  if !(p > 0 && p <= 1) { throw RandomError.value("p <= 0, p > 1 or p contains NaNs") }
}

/// `triangular`'s ordering checks, in numpy's order.
func checkTriangular(_ left: Double, _ mode: Double, _ right: Double) throws(RandomError) {
  if left > mode { throw RandomError.value("left > mode") }
  if mode > right { throw RandomError.value("mode > right") }
  if left == right { throw RandomError.value("left == right") }
}

/// `negative_binomial`'s checks: RandomState wants n > 0 and p in [0, 1]; Generator wants
/// n > 0 and not NaN, p in (0, 1], and a Poisson rate bound numpy can sample.
func checkNegativeBinomial(_ n: Double, _ p: Double, legacy: Bool) throws(RandomError) {
  if legacy {
    try checkPositive(n, "n")
    if !(p >= 0 && p <= 1) { throw RandomError.value("p < 0, p > 1 or p is NaN") }
    return
  }
  if n.isNaN { throw RandomError.value("n must not be NaN") }
  try checkPositive(n, "n")
  try checkGeometric(p)
  if (1 - p) / p * (n + 10 * n.squareRoot()) > 9.223372006484771e+18 {
    throw RandomError.value(
      "n too large or p too small, see Generator.negative_binomial Notes")
  }
}
