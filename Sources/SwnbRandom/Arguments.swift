// Argument checks shared by RandomState and Generator, with numpy's messages.

/// numpy's `CONS_NON_NEGATIVE` check: rejects a set sign bit unless the value is NaN.
func checkNonNegative(_ scale: Double) throws(RandomError) {
  if !scale.isNaN && scale.sign == .minus { throw RandomError.negativeScale }
}

/// `high - low` for `uniform`, which must be finite.
func uniformRange(_ low: Double, _ high: Double, message: String) throws(RandomError) -> Double {
  let range = high - low
  if !range.isFinite { throw RandomError(kind: "OverflowError", message: message) }
  return range
}

/// `_rand_int64`'s bounds: (offset, inclusive width) for `[low, high)` or `[low, high]`;
/// `high == nil` means the range is `[0, low)` (or `[0, low]`).
func boundedRange(low: Int64, high: Int64?, endpoint: Bool) throws(RandomError) -> (UInt64, UInt64)
{
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
