/// printf-style `str % args`.
extension Runtime {
  func percentFormat(_ format: String, _ args: Value) throws -> String {
    var values: [Value]
    var mapping: PyDict?
    switch args {
    case .tuple(let t): values = t
    case .dict(let d): values = [args]; mapping = d
    default: values = [args]
    }
    var next = 0
    func take() throws -> Value {
      guard next < values.count else {
        throw PyError.make(.typeError, "not enough arguments for format string")
      }
      next += 1
      return values[next - 1]
    }
    let c = Array(format)
    var out = ""
    var i = 0
    while i < c.count {
      guard c[i] == "%" else { out.append(c[i]); i += 1; continue }
      i += 1
      guard i < c.count else { throw PyError.make(.valueError, "incomplete format") }
      var keyValue: Value?
      if c[i] == "(" {
        var key = ""
        i += 1
        while i < c.count, c[i] != ")" { key.append(c[i]); i += 1 }
        i += 1
        guard let mapping else { throw PyError.make(.typeError, "format requires a mapping") }
        guard let v = try mapping.get(.str(key)) else { throw PyError(payload: .pending(.keyError, [.str(key)])) }
        keyValue = v
      }
      var flags = ""
      while i < c.count, "-+ 0#".contains(c[i]) { flags.append(c[i]); i += 1 }
      var width = ""
      if i < c.count, c[i] == "*" {
        width = String(intValue(try take()) ?? 0)
        i += 1
      }
      while i < c.count, c[i].isNumber { width.append(c[i]); i += 1 }
      var precision: String?
      if i < c.count, c[i] == "." {
        i += 1
        var p = ""
        while i < c.count, c[i].isNumber { p.append(c[i]); i += 1 }
        precision = p.isEmpty ? "0" : p
      }
      guard i < c.count else { throw PyError.make(.valueError, "incomplete format") }
      let conv = c[i]
      i += 1
      if conv == "%" { out += "%"; continue }
      let value = try keyValue ?? take()
      out += try percentField(value, conv, flags, width, precision)
    }
    if next < values.count && mapping == nil {
      throw PyError.make(.typeError, "not all arguments converted during string formatting")
    }
    return out
  }

  private func percentField(
    _ value: Value, _ conv: Character, _ flags: String, _ width: String, _ precision: String?
  ) throws -> String {
    var spec = ""
    if flags.contains("-") { spec += "<" } else if flags.contains("0") && conv != "s" && conv != "r" { spec += "0" }
    if flags.contains("+") { spec = (spec == "0" ? "+0" : spec + "+") } else if flags.contains(" ") { spec = (spec == "0" ? " 0" : spec + " ") }
    if flags.contains("#") { spec += "#" }
    spec += width
    switch conv {
    case "s", "r", "a":
      var text = conv == "s" ? try str(value) : try repr(value)
      if let p = precision, let n = Int(p) { text = String(text.prefix(n)) }
      if flags.contains("-") { return try format(.str(text), "<" + width) }
      return try format(.str(text), ">" + width)
    case "d", "i", "u":
      let n: Int
      if let i = try intValue(value) ?? indexValue(value) {
        n = i
      } else if let d = floatValue(value) ?? extensionFloat(value) {
        n = try Numbers.toInt(d)
      } else {
        throw PyError.make(.typeError, "%\(conv) format: a real number is required, not \(typeName(value))")
      }
      return try format(.int(n), spec + "d")
    case "x", "X", "o":
      guard let n = intValue(value) else {
        throw PyError.make(.typeError, "%\(conv) format: an integer is required, not \(typeName(value))")
      }
      return try format(.int(n), spec + String(conv))
    case "e", "E", "f", "F", "g", "G":
      guard let d = floatValue(value) ?? (try? indexValue(value)).flatMap({ $0.map(Double.init) }) ?? extensionFloat(value) else {
        throw PyError.make(.typeError, "must be real number, not \(typeName(value))")
      }
      return try format(.float(d), spec + "." + (precision ?? "6") + String(conv))
    case "c":
      if case .str(let s) = value { return s }
      return try format(value, spec + "c")
    default:
      throw PyError.make(.valueError, "unsupported format character '\(conv)' (0x\(String(conv.unicodeScalars.first?.value ?? 0, radix: 16)))")
    }
  }
}
