/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`, nested `{:{width}}` specs.
extension Runtime {
  func formatMethod(_ template: String, _ a: Arguments) throws -> String {
    var autoIndex = 0
    return try formatTemplate(template, a, &autoIndex)
  }

  /// Formats `template`; automatic field numbering continues from `autoIndex` (nested specs
  /// share the numbering of their field).
  private func formatTemplate(_ template: String, _ a: Arguments, _ autoIndex: inout Int) throws -> String {
    let c = Array(template)
    var out = ""
    var i = 0
    while i < c.count {
      let ch = c[i]
      if ch == "}" {
        guard i + 1 < c.count, c[i + 1] == "}" else {
          throw PyError.make(.valueError, "Single '}' encountered in format string")
        }
        out.append("}")
        i += 2
        continue
      }
      guard ch == "{" else { out.append(ch); i += 1; continue }
      if i + 1 < c.count, c[i + 1] == "{" {
        out.append("{")
        i += 2
        continue
      }
      var depth = 1
      var j = i + 1
      while j < c.count && depth > 0 {
        if c[j] == "{" { depth += 1 } else if c[j] == "}" { depth -= 1 }
        if depth > 0 { j += 1 }
      }
      guard j < c.count else { throw PyError.make(.valueError, "expected '}' before end of string") }
      out += try formatField(String(c[(i + 1)..<j]), a, &autoIndex)
      i = j + 1
    }
    return out
  }

  private func formatField(_ field: String, _ a: Arguments, _ autoIndex: inout Int) throws -> String {
    var name = field
    var spec = ""
    var conversion: Character?
    if let colon = field.firstIndex(of: ":") {
      name = String(field[..<colon])
      spec = String(field[field.index(after: colon)...])
    }
    if let bang = name.firstIndex(of: "!") {
      conversion = name[name.index(after: bang)...].first
      name = String(name[..<bang])
    }
    var head = name
    var accessors = ""
    if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
      head = String(name[..<k])
      accessors = String(name[k...])
    }
    var value: Value
    if head.isEmpty {
      guard autoIndex < a.positional.count else {
        throw PyError.make(.indexError, "Replacement index \(autoIndex) out of range for positional args tuple")
      }
      value = a.positional[autoIndex]
      autoIndex += 1
    } else if let n = Int(head) {
      guard n < a.positional.count else {
        throw PyError.make(.indexError, "Replacement index \(n) out of range for positional args tuple")
      }
      value = a.positional[n]
    } else {
      guard let v = a.keyword(head) else { throw PyError(payload: .pending(.keyError, [.str(head)])) }
      value = v
    }
    value = try applyAccessors(value, accessors)
    if conversion == "r" { value = .str(try repr(value)) }
    if conversion == "s" { value = .str(try str(value)) }
    if spec.contains("{") { spec = try formatTemplate(spec, a, &autoIndex) }
    return try format(value, spec)
  }

  private func applyAccessors(_ start: Value, _ accessors: String) throws -> Value {
    var value = start
    var rest = Substring(accessors)
    while let first = rest.first {
      rest = rest.dropFirst()
      if first == "." {
        let name = rest.prefix { $0 != "." && $0 != "[" }
        rest = rest.dropFirst(name.count)
        value = try getAttribute(value, String(name))
      } else {
        let key = rest.prefix { $0 != "]" }
        rest = rest.dropFirst(key.count + 1)
        value = try getItem(value, Int(key).map { .int($0) } ?? .str(String(key)))
      }
    }
    return value
  }
}
