/// CPython's `repr(str)`: quotes and escapes as `unicode_repr` does.
public enum PythonString {
  /// `repr(s)`: single quotes unless the text holds `'` and no `"`; escapes `\\`, the
  /// chosen quote, `\t \n \r`, other control characters as `\xNN`, and non-printable
  /// characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
  public static func repr(_ s: String) -> String {
    let scalars = s.unicodeScalars
    let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for scalar in scalars {
      switch scalar {
      case quote, "\\":
        out.append("\\")
        out.append(scalar)
      case "\t": out.append(contentsOf: "\\t".unicodeScalars)
      case "\n": out.append(contentsOf: "\\n".unicodeScalars)
      case "\r": out.append(contentsOf: "\\r".unicodeScalars)
      default:
        if isPrintable(scalar) {
          out.append(scalar)
        } else {
          out.append(contentsOf: escape(scalar).unicodeScalars)
        }
      }
    }
    out.append(quote)
    return String(out)
  }

  /// Python's `str.isprintable` for one character: not in categories Cc, Cf, Cs, Co, Cn,
  /// Zl, Zp, Zs, except the ASCII space.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    if scalar.value < 0x7F { return scalar.value >= 0x20 }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    if scalar.value <= 0xFF { return "\\x" + pad(hex, 2) }
    if scalar.value <= 0xFFFF { return "\\u" + pad(hex, 4) }
    return "\\U" + pad(hex, 8)
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - text.count)) + text
  }
}
