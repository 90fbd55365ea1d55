import Foundation

/// `str` methods.
extension Runtime {
  static let stringMethods: Set<String> = [
    "format", "join", "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "upper", "lower",
    "title", "capitalize", "startswith", "endswith", "find", "rfind", "index", "rindex", "count",
    "ljust", "rjust", "center", "zfill", "isdigit", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "isnumeric", "isdecimal", "splitlines", "swapcase", "partition", "rpartition",
    "removeprefix", "removesuffix", "casefold", "expandtabs", "encode", "istitle", "isidentifier",
    "translate", "maketrans",
  ]

  func stringMethod(_ s: String, _ name: String, _ a: Arguments) throws -> Value {
    let p = a.positional
    func arg(_ i: Int) throws -> String {
      guard i < p.count else { throw PyError.make(.typeError, "\(name)() takes at least \(i + 1) argument (\(p.count) given)") }
      guard case .str(let x) = p[i] else {
        throw PyError.make(.typeError, "must be str, not \(typeName(p[i]))")
      }
      return x
    }
    func optionalChars(_ i: Int) throws -> String? {
      guard i < p.count, !p[i].isNone else { return nil }
      return try arg(i)
    }
    switch name {
    case "format": return .str(try formatMethod(s, a))
    case "join":
      var parts: [String] = []
      var index = 0
      try iterate(p.first ?? .none) { item in
        guard case .str(let x) = item else {
          throw PyError.make(.typeError, "sequence item \(index): expected str instance, \(typeName(item)) found")
        }
        parts.append(x)
        index += 1
        return true
      }
      return .str(parts.joined(separator: s))
    case "split", "rsplit":
      let v = try a.bind(name, ["sep", "maxsplit"])
      let sep: String? = try v[0].flatMap { $0.isNone ? nil : try requireString($0, "must be str or None, not \(typeName($0))") }
      let maxSplit = try v[1].map { try requireInt($0, name) } ?? -1
      if sep == "" { throw PyError.make(.valueError, "empty separator") }
      return .list(PyList(splitString(s, sep, maxSplit, fromRight: name == "rsplit").map { .str($0) }))
    case "strip": return .str(strip(s, try optionalChars(0), left: true, right: true))
    case "lstrip": return .str(strip(s, try optionalChars(0), left: true, right: false))
    case "rstrip": return .str(strip(s, try optionalChars(0), left: false, right: true))
    case "replace":
      let old = try arg(0)
      let new = try arg(1)
      let count = try p.count > 2 ? requireInt(p[2], "replace") : -1
      return .str(replace(s, old, new, count))
    case "upper": return .str(s.uppercased())
    case "lower": return .str(s.lowercased())
    case "casefold": return .str(s.lowercased().replacingOccurrences(of: "ß", with: "ss"))
    case "swapcase": return .str(String(s.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
    case "title": return .str(titleCase(s))
    case "capitalize": return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    case "startswith", "endswith":
      let candidates: [String]
      if case .tuple(let items) = p.first ?? .none {
        candidates = try items.map { try requireString($0, "tuple for \(name) must only contain str, not \(typeName($0))") }
      } else {
        candidates = [try arg(0)]
      }
      let scalars = Array(s.unicodeScalars)
      let (lo, hi) = try boundsArgs(p, 1, scalars.count)
      let text = lo <= hi ? String(String.UnicodeScalarView(scalars[lo..<hi])) : ""
      return .bool(candidates.contains { name == "startswith" ? text.hasPrefix($0) : text.hasSuffix($0) }
        && lo <= hi)
    case "find", "rfind", "index", "rindex":
      let needle = try arg(0)
      let scalars = Array(s.unicodeScalars)
      let (lo, hi) = try boundsArgs(p, 1, scalars.count)
      let r = find(scalars, Array(needle.unicodeScalars), lo, hi, fromRight: name.hasPrefix("r"))
      if r < 0 && name.hasSuffix("index") { throw PyError.make(.valueError, "substring not found") }
      return .int(r)
    case "count":
      let needle = Array(try arg(0).unicodeScalars)
      let scalars = Array(s.unicodeScalars)
      let (lo, hi) = try boundsArgs(p, 1, scalars.count)
      if needle.isEmpty { return .int(max(0, hi - lo) + 1) }
      var n = 0
      var i = lo
      while i + needle.count <= hi {
        if Array(scalars[i..<(i + needle.count)]) == needle { n += 1; i += needle.count } else { i += 1 }
      }
      return .int(n)
    case "ljust", "rjust", "center":
      let width = try requireInt(p.first ?? .none, name)
      if width > 100_000_000 { throw PyError.make(.memoryError, "") }
      let fill = try p.count > 1 ? arg(1) : " "
      guard fill.count == 1 else {
        throw PyError.make(.typeError, "The fill character must be exactly one character long")
      }
      let len = s.unicodeScalars.count
      guard width > len else { return .str(s) }
      let n = width - len
      switch name {
      case "ljust": return .str(s + String(repeating: fill, count: n))
      case "rjust": return .str(String(repeating: fill, count: n) + s)
      default:
        let left = n / 2 + (n & width & 1)
        return .str(String(repeating: fill, count: left) + s + String(repeating: fill, count: n - left))
      }
    case "zfill":
      let width = try requireInt(p.first ?? .none, name)
      if width > 100_000_000 { throw PyError.make(.memoryError, "") }
      let len = s.unicodeScalars.count
      guard width > len else { return .str(s) }
      let zeros = String(repeating: "0", count: width - len)
      if let f = s.first, f == "-" || f == "+" { return .str(String(f) + zeros + s.dropFirst()) }
      return .str(zeros + s)
    case "isdecimal": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal })
    case "isdigit":
      return .bool(
        !s.isEmpty && s.unicodeScalars.allSatisfy { [.decimal, .digit].contains($0.properties.numericType) })
    case "isnumeric":
      return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.numericType != nil })
    case "isalpha": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic })
    case "isalnum":
      return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    case "isspace": return .bool(!s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isWhitespace })
    case "isupper": return .bool(s.contains { $0.isUppercase } && !s.contains { $0.isLowercase })
    case "islower": return .bool(s.contains { $0.isLowercase } && !s.contains { $0.isUppercase })
    case "istitle": return .bool(s == titleCase(s) && s.contains { $0.isLetter })
    case "isidentifier":
      return .bool(!s.isEmpty && (s.unicodeScalars.first.map { $0.properties.isXIDStart || $0 == "_" } ?? false)
        && s.unicodeScalars.allSatisfy { $0.properties.isXIDContinue })
    case "splitlines":
      let keep = try (p.first ?? a.keyword("keepends")).map { try truthy($0) } ?? false
      return .list(PyList(splitLines(s, keepEnds: keep).map { .str($0) }))
    case "partition", "rpartition":
      let sep = try arg(0)
      if sep.isEmpty { throw PyError.make(.valueError, "empty separator") }
      let range = name == "partition" ? s.range(of: sep) : s.range(of: sep, options: .backwards)
      guard let r = range else {
        return name == "partition" ? .tuple([.str(s), .str(""), .str("")]) : .tuple([.str(""), .str(""), .str(s)])
      }
      return .tuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))])
    case "removeprefix":
      let x = try arg(0)
      return .str(s.hasPrefix(x) ? String(s.dropFirst(x.count)) : s)
    case "removesuffix":
      let x = try arg(0)
      return .str(s.hasSuffix(x) && !x.isEmpty ? String(s.dropLast(x.count)) : s)
    case "expandtabs":
      let size = try (p.first ?? a.keyword("tabsize")).map { try requireInt($0, "expandtabs") } ?? 8
      return .str(expandTabs(s, size))
    case "translate": return .str(try translate(s, try a.exactly(1, "translate")[0]))
    case "maketrans": return try makeTranslation(a)
    default: throw PyError.make(.notImplementedError, "str.\(name) is not supported")
    }
  }

  /// `str.translate(table)`: each character's code point looked up in `table`; a missing
  /// key keeps the character, None deletes it, an int or a str replaces it.
  private func translate(_ s: String, _ table: Value) throws -> String {
    var out = ""
    for c in s.unicodeScalars {
      let mapped: Value
      do { mapped = try getItem(table, .int(Int(c.value))) } catch let e as PyError {
        if exceptionObject(e).type.isSubtype(of: exceptionType(.lookupError)) {
          out.unicodeScalars.append(c)
          continue
        }
        throw e
      }
      switch mapped {
      case .none: continue
      case .str(let r): out += r
      case .int(let i):
        guard let u = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0 else {
          throw PyError.make(.valueError, "character mapping must be in range(0x110000)")
        }
        out.unicodeScalars.append(u)
      default: throw PyError.make(.typeError, "character mapping must return integer, None or str")
      }
    }
    return out
  }

  /// `str.maketrans(x[, y[, z]])`: the code-point table `translate` takes.
  func makeTranslation(_ a: Arguments) throws -> Value {
    try a.noKeywords("maketrans")
    let p = a.positional
    let table = PyDict()
    switch p.count {
    case 1:
      guard case .dict(let d) = p[0] else {
        throw PyError.make(.typeError, "if you give only one argument to maketrans it must be a dict")
      }
      for (k, v) in d.items {
        switch k {
        case .int: try table.set(k, v)
        case .str(let c) where c.unicodeScalars.count == 1:
          try table.set(.int(Int(c.unicodeScalars.first?.value ?? 0)), v)
        default: throw PyError.make(.valueError, "string keys in translate table must be of length 1")
        }
      }
    case 2, 3:
      guard case .str(let x) = p[0], case .str(let y) = p[1] else {
        throw PyError.make(.typeError, "maketrans() argument 2 must be str, not \(typeName(p[1]))")
      }
      let from = Array(x.unicodeScalars)
      let to = Array(y.unicodeScalars)
      guard from.count == to.count else {
        throw PyError.make(.valueError, "the first two maketrans arguments must have equal length")
      }
      for (f, t) in zip(from, to) { try table.set(.int(Int(f.value)), .int(Int(t.value))) }
      if p.count == 3 {
        guard case .str(let z) = p[2] else {
          throw PyError.make(.typeError, "maketrans() argument 3 must be str, not \(typeName(p[2]))")
        }
        for c in z.unicodeScalars { try table.set(.int(Int(c.value)), .none) }
      }
    default:
      throw PyError.make(.typeError, "maketrans expected at most 3 arguments, got \(p.count)")
    }
    return .dict(table)
  }

  /// `str.splitlines`: breaks at every line boundary Python recognises (`\r\n` counts once).
  private func splitLines(_ s: String, keepEnds: Bool) -> [String] {
    let breaks: Set<Unicode.Scalar> = [
      "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}",
    ]
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var scalars = s.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let c = pending {
      pending = scalars.next()
      guard breaks.contains(c) else {
        line.append(c)
        continue
      }
      if keepEnds { line.append(c) }
      if c == "\r", pending == "\n" {
        if keepEnds { line.append("\n") }
        pending = scalars.next()
      }
      lines.append(String(line))
      line = String.UnicodeScalarView()
    }
    if !line.isEmpty { lines.append(String(line)) }
    return lines
  }

  /// `str.expandtabs`: each tab pads to the next multiple of `size` columns.
  private func expandTabs(_ s: String, _ size: Int) -> String {
    var out = String.UnicodeScalarView()
    var column = 0
    for c in s.unicodeScalars {
      switch c {
      case "\t":
        let pad = size > 0 ? size - column % size : 0
        out.append(contentsOf: repeatElement(" ", count: pad))
        column += pad
      case "\n", "\r":
        out.append(c)
        column = 0
      default:
        out.append(c)
        column += 1
      }
    }
    return String(out)
  }

  private func boundsArgs(_ p: [Value], _ first: Int, _ count: Int) throws -> (Int, Int) {
    func idx(_ i: Int, _ d: Int) throws -> Int {
      guard i < p.count, !p[i].isNone else { return d }
      var v = try requireInt(p[i], "slice")
      if v < 0 { v = max(0, v + count) }
      return min(v, count)
    }
    return (try idx(first, 0), try idx(first + 1, count))
  }

  private func find(_ s: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ lo: Int, _ hi: Int, fromRight: Bool) -> Int {
    guard hi - lo >= needle.count else { return -1 }
    let starts = Array(lo...(hi - needle.count))
    for i in (fromRight ? starts.reversed() : starts) where Array(s[i..<(i + needle.count)]) == needle {
      return i
    }
    return -1
  }

  private func strip(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
    let set = chars.map { Set($0.unicodeScalars) }
    func drop(_ u: Unicode.Scalar) -> Bool { set?.contains(u) ?? u.properties.isWhitespace }
    var scalars = Substring(s).unicodeScalars[...]
    if left { while let f = scalars.first, drop(f) { scalars.removeFirst() } }
    if right { while let l = scalars.last, drop(l) { scalars.removeLast() } }
    return String(String.UnicodeScalarView(scalars))
  }

  private func replace(_ s: String, _ old: String, _ new: String, _ count: Int) -> String {
    if count < 0 && !old.isEmpty { return s.replacingOccurrences(of: old, with: new) }
    var out = ""
    var rest = Substring(s)
    var n = 0
    if old.isEmpty {
      var result = ""
      for c in s.unicodeScalars {
        if count < 0 || n < count { result += new; n += 1 }
        result.unicodeScalars.append(c)
      }
      if count < 0 || n < count { result += new }
      return result
    }
    while n != count, let r = rest.range(of: old) {
      out += rest[..<r.lowerBound] + new
      rest = rest[r.upperBound...]
      n += 1
    }
    return out + rest
  }

  private func titleCase(_ s: String) -> String {
    var out = ""
    var previousCased = false
    for c in s {
      out += previousCased ? c.lowercased() : c.uppercased()
      previousCased = c.isLetter
    }
    return out
  }

  /// `str.split` / `str.rsplit` with Python's whitespace rules.
  func splitString(_ s: String, _ sep: String?, _ maxSplit: Int, fromRight: Bool) -> [String] {
    guard let sep else {
      var words = s.split(whereSeparator: { $0.isWhitespace }).map(String.init)
      if maxSplit >= 0 && words.count - 1 > maxSplit {
        if fromRight {
          let keep = Array(words.suffix(maxSplit))
          let headEnd = words.count - maxSplit
          let head = joinRemainder(s, words: Array(words[0..<headEnd]), fromRight: true)
          words = [head] + keep
        } else {
          let keep = Array(words.prefix(maxSplit))
          words = keep + [joinRemainder(s, words: keep, fromRight: false)]
        }
      }
      return words
    }
    var parts = s.components(separatedBy: sep)
    if maxSplit >= 0 && parts.count - 1 > maxSplit {
      if fromRight {
        let tail = Array(parts.suffix(maxSplit))
        parts = [parts.dropLast(maxSplit).joined(separator: sep)] + tail
      } else {
        let head = Array(parts.prefix(maxSplit))
        parts = head + [parts.dropFirst(maxSplit).joined(separator: sep)]
      }
    }
    return parts
  }

  private func joinRemainder(_ s: String, words: [String], fromRight: Bool) -> String {
    if fromRight {
      let all = s.split(whereSeparator: { $0.isWhitespace })
      guard let first = all.first, let lastHead = all.prefix(words.count).last else { return "" }
      return String(s[first.startIndex..<lastHead.endIndex])
    }
    var rest = Substring(s)
    for _ in words {
      rest = rest.drop(while: { $0.isWhitespace })
      rest = rest.drop(while: { !$0.isWhitespace })
    }
    return String(rest.drop(while: { $0.isWhitespace }))
  }
}
