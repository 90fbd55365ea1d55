/// Scalar-level conversions with numpy's setitem/astype ('unsafe') semantics.
enum Cast {
  /// A scalar as bool: numbers by `!= 0`, strings by non-emptiness (numpy's str -> bool).
  static func toBool(_ value: Scalar) throws -> Bool {
    switch value {
    case .bool(let b): b
    case .int(let i): i != 0
    case .float(let d): d != 0
    case .str(let s): !s.isEmpty
    }
  }

  /// A scalar as Int64; `float` maps a Double into the target integer type's range.
  static func toInt64(_ value: Scalar, float: (Double) -> Int64) throws -> Int64 {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    case .float(let d): return float(d)
    case .str(let s):
      guard let i = Int64(s.trimmingSpaces) else {
        throw ArrayError(.valueError, "invalid literal for int() with base 10: np.str_('\(s)')")
      }
      return i
    }
  }

  /// A scalar as Double; strings parse as Python's `float()`.
  static func toDouble(_ value: Scalar) throws -> Double {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .str(let s):
      guard let d = parseFloat(s) else {
        throw ArrayError(.valueError, "could not convert string to float: np.str_('\(s)')")
      }
      return d
    }
  }

  /// A scalar as numpy's `astype(str)` text (`True`, `3`, `1.5`, `1e+20`, `nan`).
  static func toText(_ value: Scalar) -> String {
    switch value {
    case .bool(let b): b ? "True" : "False"
    case .int(let i): String(i)
    case .float(let d): floatText(d)
    case .str(let s): s
    }
  }

  /// Python's `repr(float)`: shortest round-trip digits, exponent form outside [1e-4, 1e16).
  static func floatText(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let magnitude = Swift.abs(d)
    var text = "\(d)"
    if magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4) {
      // Swift switches to exponent form at a different threshold: rebuild from digits.
      text = exponentText(d)
    } else if text.contains("e") {
      text = positionalText(d)
    }
    return text
  }

  private static func exponentText(_ d: Double) -> String {
    let (digits, exponent) = decimalDigits(d)
    var mantissa = String(digits.prefix(1))
    if digits.count > 1 { mantissa += "." + digits.dropFirst() }
    let sign = exponent < 0 ? "-" : "+"
    let e = Swift.abs(exponent)
    return (d < 0 ? "-" : "") + mantissa + "e" + sign + (e < 10 ? "0" : "") + String(e)
  }

  private static func positionalText(_ d: Double) -> String {
    let (digits, exponent) = decimalDigits(d)
    let sign = d < 0 ? "-" : ""
    if exponent >= digits.count - 1 {
      return sign + digits + String(repeating: "0", count: exponent - digits.count + 1) + ".0"
    }
    if exponent >= 0 {
      let cut = digits.index(digits.startIndex, offsetBy: exponent + 1)
      return sign + digits[..<cut] + "." + digits[cut...]
    }
    return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
  }

  // Shortest round-trip significant digits and decimal exponent of |d| (d finite, nonzero).
  private static func decimalDigits(_ d: Double) -> (String, Int) {
    let text = "\(Swift.abs(d))"
    let parts = text.split(separator: "e")
    var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0]
    let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(pieces[0])
    let fraction = pieces.count > 1 ? String(pieces[1]) : ""
    var digits = whole + fraction
    exponent += whole.count - 1
    while digits.hasPrefix("0") && digits.count > 1 {
      digits.removeFirst()
      exponent -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, exponent)
  }

  /// Python's `float(str)` for the common spellings (digits, exponents, inf, nan).
  static func parseFloat(_ s: String) -> Double? {
    let t = s.trimmingSpaces.lowercased()
    switch t {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default: return t.isEmpty ? nil : Double(t)
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return String(s)
  }
}
