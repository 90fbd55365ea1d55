import Foundation

/// Python's format-spec mini-language (`format(x, spec)`, f-strings, `str.format`) and `%`.
struct PyFormatSpec {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var alternate = false
  var zeroPad = false
  var width = 0
  var grouping: Character?
  var precision: Int?
  var type: Character?

  /// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
  init(_ spec: String) throws {
    var c = Array(spec)
    var i = 0
    let aligns: Set<Character> = ["<", ">", "^", "="]
    if c.count >= 2, aligns.contains(c[1]) {
      fill = c[0]
      align = c[1]
      i = 2
    } else if let first = c.first, aligns.contains(first) {
      align = first
      i = 1
    }
    if i < c.count, "+- ".contains(c[i]) { sign = c[i]; i += 1 }
    if i < c.count, c[i] == "z" { i += 1 }
    if i < c.count, c[i] == "#" { alternate = true; i += 1 }
    if i < c.count, c[i] == "0" {
      zeroPad = true
      i += 1
    }
    var w = ""
    while i < c.count, c[i].isASCII, c[i].isNumber { w.append(c[i]); i += 1 }
    width = Int(w) ?? 0
    if i < c.count, c[i] == "," || c[i] == "_" { grouping = c[i]; i += 1 }
    if i < c.count, c[i] == "." {
      i += 1
      var p = ""
      while i < c.count, c[i].isASCII, c[i].isNumber { p.append(c[i]); i += 1 }
      guard !p.isEmpty else { throw PyError.make(.valueError, "Format specifier missing precision") }
      precision = Int(p)
    }
    if i < c.count { type = c[i]; i += 1 }
    if i < c.count { throw PyError.make(.valueError, "Invalid format specifier '\(spec)' for object of type '%TYPE%'") }
    c = []
    if zeroPad && align == nil {
      fill = "0"
      align = "="
    }
  }

  /// Pads `body` (whose sign is `signText`) to the width.
  func pad(_ body: String, sign signText: String = "", defaultAlign: Character) -> String {
    let total = body.count + signText.count
    guard width > total else { return signText + body }
    let n = width - total
    let padding = String(repeating: fill, count: n)
    switch align ?? defaultAlign {
    case "<": return signText + body + padding
    case "^":
      let left = String(repeating: fill, count: n / 2)
      let right = String(repeating: fill, count: n - n / 2)
      return left + signText + body + right
    case "=": return signText + padding + body
    default: return padding + signText + body
    }
  }
}

extension Runtime {
  /// `format(value, spec)`.
  func format(_ v: Value, _ spec: String) throws -> String {
    if case .object(let o) = v, let f = o.type.lookup("__format__") {
      guard case .str(let s) = try callBound(f, v, Arguments([.str(spec)])) else { return "" }
      return s
    }
    if spec.isEmpty { return try str(v) }
    let parsed: PyFormatSpec
    do { parsed = try PyFormatSpec(spec) } catch let e as PyError {
      if case .pending(let k, let args) = e.payload, case .str(let m)? = args.first {
        throw PyError.make(k, m.replacingOccurrences(of: "%TYPE%", with: typeName(v)))
      }
      throw e
    }
    switch v {
    case .bool(let b) where parsed.type == nil: return parsed.pad(b ? "True" : "False", defaultAlign: "<")
    case .int(let i): return try formatInt(i, parsed, typeName: "int")
    case .bool(let b): return try formatInt(b ? 1 : 0, parsed, typeName: "bool")
    case .float(let d): return try formatFloat(d, parsed)
    case .str(let s):
      if let t = parsed.type, t != "s" {
        throw PyError.make(.valueError, "Unknown format code '\(t)' for object of type 'str'")
      }
      if parsed.sign != "-" { throw PyError.make(.valueError, "Sign not allowed in string format specifier") }
      var text = s
      if let p = parsed.precision { text = String(text.prefix(p)) }
      return parsed.pad(text, defaultAlign: "<")
    default:
      if let s = try extensionFormat(v, spec) { return s }
      throw PyError.make(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }
  }

  func formatInt(_ i: Int, _ spec: PyFormatSpec, typeName: String) throws -> String {
    let type = spec.type ?? "d"
    if "eEfFgG%".contains(type) { return try formatFloat(Double(i), spec) }
    if spec.precision != nil {
      throw PyError.make(.valueError, "Precision not allowed in integer format specifier")
    }
    let magnitude = i.magnitude
    var body: String
    var prefix = ""
    switch type {
    case "d", "n": body = String(magnitude)
    case "b": body = String(magnitude, radix: 2); prefix = "0b"
    case "o": body = String(magnitude, radix: 8); prefix = "0o"
    case "x": body = String(magnitude, radix: 16); prefix = "0x"
    case "X": body = String(magnitude, radix: 16).uppercased(); prefix = "0X"
    case "c":
      guard let u = Unicode.Scalar(UInt32(clamping: i)) else {
        throw PyError.make(.overflowError, "%c arg not in range(0x110000)")
      }
      return spec.pad(String(Character(u)), defaultAlign: "<")
    default:
      throw PyError.make(.valueError, "Unknown format code '\(type)' for object of type '\(typeName)'")
    }
    if let g = spec.grouping { body = group(body, g, every: type == "d" || type == "n" ? 3 : 4) }
    let signText = (i < 0 ? "-" : spec.sign == "+" ? "+" : spec.sign == " " ? " " : "") + (spec.alternate ? prefix : "")
    return spec.pad(body, sign: signText, defaultAlign: ">")
  }

  func formatFloat(_ d: Double, _ spec: PyFormatSpec) throws -> String {
    let negative = d.sign == .minus && !d.isNaN
    let x = abs(d)
    var body: String
    let type = spec.type
    switch type {
    case nil:
      if let p = spec.precision {
        body = cFormat(x, "g", max(p, 1))
        if !body.contains(".") && !body.contains("e") && x.isFinite { body += ".0" }
        body = body.replacingOccurrences(of: "e+0", with: "e+").replacingOccurrences(of: "e-0", with: "e-")
        body = fixExponent(body)
      } else {
        body = floatRepr(x)
      }
    case "f", "F", "e", "E", "g", "G":
      body = cFormat(x, String(type ?? "f"), spec.precision ?? 6, alternate: spec.alternate)
    case "%":
      body = cFormat(x * 100, "f", spec.precision ?? 6) + "%"
    case "n":
      body = cFormat(x, "g", spec.precision ?? 6)
    case let t?:
      throw PyError.make(.valueError, "Unknown format code '\(t)' for object of type 'float'")
    }
    if !x.isFinite {
      let word = x.isNaN ? "nan" : "inf"
      let upper = type == "F" || type == "E" || type == "G"
      body = upper ? word.uppercased() + (type == "%" ? "%" : "") : word + (type == "%" ? "%" : "")
    }
    if let g = spec.grouping, x.isFinite {
      let intEnd = body.firstIndex { !$0.isNumber } ?? body.endIndex
      body = group(String(body[..<intEnd]), g, every: 3) + body[intEnd...]
    }
    let signText = negative ? "-" : spec.sign == "+" ? "+" : spec.sign == " " ? " " : ""
    return spec.pad(body, sign: signText, defaultAlign: ">")
  }

  private func fixExponent(_ s: String) -> String {
    guard let e = s.firstIndex(of: "e") else { return s }
    let mant = s[..<e]
    let rest = s[s.index(after: e)...]
    let sign = rest.first ?? "+"
    let digits = rest.dropFirst()
    return mant + "e" + String(sign) + String(digits).leftPadded(2)
  }

  private func cFormat(_ x: Double, _ conv: String, _ precision: Int, alternate: Bool = false) -> String {
    String(format: "%\(alternate ? "#" : "").\(min(precision, 500))\(conv)", x)
  }

  private func group(_ digits: String, _ separator: Character, every n: Int) -> String {
    var out: [Character] = []
    for (i, c) in digits.reversed().enumerated() {
      if i > 0 && i % n == 0 { out.append(separator) }
      out.append(c)
    }
    return String(out.reversed())
  }
}
