extension PythonFloat {
  /// Python's `repr(complex(re, im))` (complexobject.c `complex_repr`): `1j`, `(1+2j)`,
  /// `(-0-1j)`, `(nan+infj)`. Each part is the float repr without a trailing `.0`; the
  /// real part and the parentheses are left out only when the real part is `+0.0`.
  public static func complexRepr(_ re: Double, _ im: Double) -> String {
    let imag = complexPart(im)
    if re == 0 && re.sign == .plus { return imag + "j" }
    let sign = im.isNaN || im.sign == .plus ? "+" : ""
    return "(" + complexPart(re) + sign + imag + "j)"
  }

  private static func complexPart(_ x: Double) -> String {
    let text = repr(x)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
