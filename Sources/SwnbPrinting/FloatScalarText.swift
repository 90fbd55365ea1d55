/// numpy's `format_float_positional` and `format_float_scientific`: one float's Dragon4 text
/// with numpy's `precision`, `unique`, `trim`, `sign`, padding and `min_digits` arguments.
public enum FloatScalarText {
  /// The trim modes: `"k"` keeps trailing zeros, `"."` trims them, `"0"` trims them but
  /// keeps one zero after the point, `"-"` also drops a bare point.
  public static let trimModes: Set<Character> = ["k", ".", "0", "-"]

  /// `np.format_float_positional(x, ...)`; `float32` uses float32's shortest digits.
  public static func positional(
    _ x: Double, float32: Bool = false, precision: Int? = nil, unique: Bool = true,
    trim: Character = "k", sign: Bool = false, padLeft: Int? = nil, padRight: Int? = nil,
    minDigits: Int? = nil
  ) -> String {
    if let special = nonFinite(x, sign: sign) { return special }
    let engine = dragon4(float32, precision, unique, trim, sign, minDigits)
    return finish(engine.positional(x), trim: trim, padLeft: padLeft, padRight: padRight)
  }

  /// `np.format_float_scientific(x, ...)`; `expDigits` is the exponent's minimum width.
  public static func scientific(
    _ x: Double, float32: Bool = false, precision: Int? = nil, unique: Bool = true,
    trim: Character = "k", sign: Bool = false, padLeft: Int? = nil, expDigits: Int? = nil,
    minDigits: Int? = nil
  ) -> String {
    if let special = nonFinite(x, sign: sign) { return special }
    let engine = dragon4(float32, precision, unique, trim, sign, minDigits)
    return finish(engine.scientific(x, exponentDigits: expDigits), trim: trim, padLeft: padLeft, padRight: nil)
  }

  private static func nonFinite(_ x: Double, sign: Bool) -> String? {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : (sign ? "+inf" : "inf") }
    return nil
  }

  private static func dragon4(
    _ float32: Bool, _ precision: Int?, _ unique: Bool, _ trim: Character, _ sign: Bool,
    _ minDigits: Int?
  ) -> Dragon4 {
    var d = Dragon4()
    d.precision = precision.map { Swift.min(Swift.max($0, 0), 10_000) }
    d.minDigits = minDigits.map { Swift.min(Swift.max($0, 0), 10_000) }
    d.unique = unique
    d.trim = trim == "k" ? .keep : .point
    d.plusSign = sign
    d.float32 = float32
    return d
  }

  /// Applies the '0' and '-' trim modes to a bare point, then the padding.
  private static func finish(_ pieces: FloatPieces, trim: Character, padLeft: Int?, padRight: Int?)
    -> String
  {
    var p = pieces
    if p.fraction.isEmpty && trim == "0" { p.fraction = "0" }
    let text = p.render(padLeft: padLeft ?? 0, padRight: padRight ?? 0)
    guard p.fraction.isEmpty && trim == "-" else { return text }
    // Drop the point (and keep any exponent): "1." -> "1", "1.e+05" -> "1e+05".
    guard let point = text.firstIndex(of: ".") else { return text }
    var trimmed = text
    trimmed.remove(at: point)
    return trimmed
  }
}
