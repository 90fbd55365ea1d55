/// numpy's `round`/`around` with decimals.
extension NDArray {
  /// numpy's `round(a, decimals)`: `rint(a * 10**d) / 10**d` (for negative `d`,
  /// `rint(a / 10**-d) * 10**-d`), so halves go to even as numpy's. Integer arrays are
  /// returned unchanged for `d >= 0` and rounded through float64 otherwise.
  ///
  /// - Throws: `TypeError` for strings.
  public func rounded(decimals: Int = 0) throws -> NDArray {
    guard dtype.isNumeric else { throw ArrayError.noStringLoop }
    if !dtype.isFloat {
      if decimals >= 0 { return try copy() }
      return try converted(to: .float64).rounded(decimals: decimals).astype(dtype)
    }
    // Mirrors numpy's power_of_ten(): a table up to 1e8, then repeated multiplication.
    // Beyond 400 digits every factor is inf (or the value unchanged): clamp, never overflow.
    let n = Int(Swift.min(decimals.magnitude, 400))
    var factor = 1e9
    if n < 9 {
      factor = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8][n]
    } else {
      for _ in 9..<n { factor *= 10 }
    }
    let f = Operand.python(.float(factor))
    var ignored: [ArrayWarning] = []
    let scaled = try NDArray.apply(
      decimals >= 0 ? .multiply : .trueDivide, .array(self), f, warnings: &ignored)
    let whole = try scaled.apply(.rint)
    return try NDArray.apply(
      decimals >= 0 ? .trueDivide : .multiply, .array(whole), f, warnings: &ignored)
  }
}
