/// numpy 2's scalar `repr`/`str`: `np.float64(0.5)` / `0.5`, `np.True_` / `True`.
public enum ScalarText {
  /// `repr(scalar)` for the first element of `elements`.
  ///
  /// numpy 2 wraps the value in its type (`np.float64(0.5)`, `np.int32(3)`, `np.True_`,
  /// `np.str_('a')`); legacy modes up to `"1.25"` print the bare value (`0.5`, `'a'`).
  /// - Returns: the text, or `""` when `elements` is empty.
  public static func repr(_ elements: PrintableElements, options: PrintOptions) -> String {
    guard elements.count > 0 else { return "" }
    let legacy = options.legacyLevel <= 125
    switch elements {
    case .bool(let v):
      if legacy { return v[0] ? "True" : "False" }
      return v[0] ? "np.True_" : "np.False_"
    case .unicode(let v, _):
      let text = PythonString.repr(v[0])
      return legacy ? text : "np.str_(" + text + ")"
    case .complex128:
      // np.complex128(1+2j): the str without its parentheses.
      let text = str(elements, options: options)
      if legacy { return text }
      let inner = text.hasPrefix("(") ? String(text.dropFirst().dropLast()) : text
      return "np.complex128(" + inner + ")"
    default:
      let text = str(elements, options: options)
      return legacy ? text : "np." + elements.scalarTypeName + "(" + text + ")"
    }
  }

  /// `str(scalar)` for the first element of `elements`: `0.5`, `1e-05`, `3`, `True`, `a`.
  ///
  /// Floats use the shortest round-trip digits, positional when `1e-4 <= |x| < 1e16`
  /// (`< 1e6` for float32 unless legacy ≤ "2.2") and scientific otherwise.
  /// - Returns: the text, or `""` when `elements` is empty.
  public static func str(_ elements: PrintableElements, options: PrintOptions) -> String {
    guard elements.count > 0 else { return "" }
    switch elements {
    case .bool(let v): return v[0] ? "True" : "False"
    case .uint8(let v): return String(v[0])
    case .int8(let v): return String(v[0])
    case .int16(let v): return String(v[0])
    case .uint16(let v): return String(v[0])
    case .uint32(let v): return String(v[0])
    case .uint64(let v): return String(v[0])
    case .int32(let v): return String(v[0])
    case .int64(let v): return String(v[0])
    case .float32(let v):
      return floatText(Double(v[0]), float32: true, lowCutoff: options.legacyLevel > 202)
    case .float64(let v): return floatText(v[0], float32: false, lowCutoff: false)
    case .complex128(let re, let im): return complexText(re[0], im[0])
    case .unicode(let v, _): return v[0]
    }
  }

  /// numpy's complex scalar text (scalartypes.c.src `c@name@type_str`): `2j`, `(1+2j)`,
  /// `(nan+infj)`; the parts use the scalar float text with trailing zeros and point trimmed.
  static func complexText(_ re: Double, _ im: Double) -> String {
    func part(_ x: Double) -> String {
      let text = floatText(x, float32: false, lowCutoff: false)
      return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
    if re == 0 && re.sign == .plus { return part(im) + "j" }
    let sign = im.isNaN || im.sign == .plus ? "+" : ""
    return "(" + part(re) + sign + part(im) + "j)"
  }

  /// numpy's scalar float text (scalartypes.c.src `format_@name@`), independent of the
  /// array print options. `float32` selects float32 digits; `lowCutoff` switches to
  /// scientific notation from 1e6 instead of 1e16 (float32 since numpy 2.3).
  static func floatText(_ x: Double, float32: Bool, lowCutoff: Bool) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let magnitude = Swift.abs(x)
    let digits = DecimalDigits.shortest(magnitude, float32: float32)
    let sign = x.sign == .minus ? "-" : ""
    let cutoff = lowCutoff ? 1e6 : 1e16
    if magnitude == 0 || (magnitude >= 1e-4 && magnitude < cutoff) {
      return sign + PythonFloat.positionalText(digits)
    }
    return sign + PythonFloat.scientificText(digits)
  }
}
