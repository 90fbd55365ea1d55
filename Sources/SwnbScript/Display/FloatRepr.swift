/// Python's `repr(float)`: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16.
func floatRepr(_ d: Double) -> String {
  if d.isNaN { return "nan" }
  if d.isInfinite { return d < 0 ? "-inf" : "inf" }
  if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
  let (digits, exponent) = shortestDigits(abs(d))
  let sign = d < 0 ? "-" : ""
  if exponent >= -4 && exponent < 16 {
    let n = digits.count
    if exponent >= n - 1 {
      return sign + digits + String(repeating: "0", count: exponent - n + 1) + ".0"
    }
    if exponent >= 0 {
      let cut = digits.index(digits.startIndex, offsetBy: exponent + 1)
      return sign + digits[..<cut] + "." + digits[cut...]
    }
    return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
  }
  let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
  let expText = String(abs(exponent)).leftPadded(2)
  return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + expText
}

/// Shortest round-trip decimal digits of a positive finite double and its decimal exponent
/// (value = 0.d1d2... × 10^(exponent+1)), taken from Swift's shortest-representation printer.
func shortestDigits(_ x: Double) -> (String, Int) {
  let text = x.description
  var mantissa = Substring(text)
  var exp = 0
  if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
    mantissa = text[..<e]
    exp = Int(text[text.index(after: e)...]) ?? 0
  }
  var intPart = mantissa
  var fracPart: Substring = ""
  if let dot = mantissa.firstIndex(of: ".") {
    intPart = mantissa[..<dot]
    fracPart = mantissa[mantissa.index(after: dot)...]
  }
  var all = String(intPart) + String(fracPart)
  var pointPos = intPart.count + exp
  while all.hasPrefix("0") && all.count > 1 {
    all.removeFirst()
    pointPos -= 1
  }
  while all.hasSuffix("0") && all.count > 1 { all.removeLast() }
  return (all, pointPos - 1)
}
