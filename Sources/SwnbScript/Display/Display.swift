/// IPython's display text of a value (`Out[n]`), via the pretty printer.
extension Runtime {
  func displayText(_ v: Value) throws -> String {
    let p = PrettyPrinter()
    var stack: [ObjectIdentifier] = []
    try pretty(v, p, &stack)
    p.flush()
    return p.output
  }

  private func identity(_ v: Value) -> ObjectIdentifier? {
    switch v {
    case .list(let l): return ObjectIdentifier(l)
    case .dict(let d): return ObjectIdentifier(d)
    case .set(let s): return ObjectIdentifier(s)
    case .object(let o): return ObjectIdentifier(o)
    default: return nil
    }
  }

  func pretty(_ v: Value, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]) throws {
    try checkDeadline()  // exponentially long shared structures, as in `repr`
    if stack.count > Runtime.recursionLimit {
      throw PyError.make(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
    }
    let id = identity(v)
    let cycle = id.map { stack.contains($0) } ?? false
    if let id { stack.append(id) }
    defer { if id != nil { stack.removeLast() } }
    p.beginGroup()
    defer { p.endGroup() }
    switch v {
    case .list(let l): try sequence(l.items, "[", "]", tuple: false, cycle, p, &stack)
    case .tuple(let t): try sequence(t, "(", ")", tuple: true, cycle, p, &stack)
    case .dict(let d):
      if cycle { return p.text("{...}") }
      p.beginGroup(1, "{")
      for (i, (k, value)) in d.items.enumerated() {
        guard separate(item: i, p) else { break }
        try pretty(k, p, &stack)
        p.text(": ")
        try pretty(value, p, &stack)
      }
      p.endGroup(1, "}")
    case .set(let s):
      let (open, close) = s.frozen ? ("frozenset({", "})") : ("{", "}")
      if !cycle && s.items.isEmpty { return p.text(s.frozen ? "frozenset()" : "set()") }
      let items = s.items.count >= 1000 ? SetOrder.items(s) : sortedForPrint(s.items)
      try sequence(items, open, close, tuple: false, cycle, p, &stack)
    case .type(let t): p.text(t.module == nil ? t.name : t.qualifiedName)
    case .object(let o) where o.type.lookup(Runtime.prettyCallHook) != nil:
      try prettyCall(v, cycle, p, &stack)
    case .object(let o) where o.type.isSubtype(of: baseExceptionType) && o.type.lookup("__repr__") == nil:
      let name = o.type.module.map { "\($0).\(o.type.name)" } ?? o.type.name
      p.beginGroup(name.count + 1, name + "(")
      if case .tuple(let args)? = o.attributes["args"] {
        for (i, a) in args.enumerated() {
          if i > 0 {
            p.text(",")
            p.breakable()
          }
          try pretty(a, p, &stack)
        }
      }
      p.endGroup(name.count + 1, ")")
    case .object(let o) where o.type.lookup("__repr__") == nil:
      p.text("<\(o.type.qualifiedName) at \(address(o))>")
    case .function(let f):
      p.text("<function __main__.\(f.qualifiedName)(\(try signatureText(f)))>")
    default:
      reprLines(try repr(v), p)
    }
  }

  /// `inspect.signature` text of a script function: `x, y=1, *args, k, **kw`.
  private func signatureText(_ f: PyFunction) throws -> String {
    // inspect.signature follows `__wrapped__` (set by functools.wraps) to the wrapped function.
    if case .function(let wrapped)? = f.attributes["__wrapped__"], wrapped !== f { return try signatureText(wrapped) }
    let p = f.code.parameters
    var parts: [String] = []
    let firstDefault = p.positional.count - f.defaults.count
    for (i, param) in p.positional.enumerated() {
      parts.append(i >= firstDefault ? "\(param.name)=\(try repr(f.defaults[i - firstDefault]))" : param.name)
    }
    if let v = p.varArgs { parts.append("*" + v) } else if !p.keywordOnly.isEmpty { parts.append("*") }
    for k in p.keywordOnly {
      parts.append(f.keywordDefaults[k.name].map { "\(k.name)=\((try? repr($0)) ?? "")" } ?? k.name)
    }
    if let k = p.varKeywords { parts.append("**" + k) }
    return parts.joined(separator: ", ")
  }

  private func reprLines(_ text: String, _ p: PrettyPrinter) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if text.hasSuffix("\n") { lines.removeLast() }
    p.beginGroup()
    for (i, line) in lines.enumerated() {
      if i > 0 { p.forceBreak() }
      p.text(line)
    }
    p.endGroup()
  }

  private func sequence(
    _ items: [Value], _ open: String, _ close: String, tuple: Bool, _ cycle: Bool, _ p: PrettyPrinter,
    _ stack: inout [ObjectIdentifier]
  ) throws {
    if cycle { return p.text(open + "..." + close) }
    p.beginGroup(open.count, open)
    for (i, x) in items.enumerated() {
      guard separate(item: i, p) else { break }
      try pretty(x, p, &stack)
    }
    if tuple && items.count == 1 { p.text(",") }
    p.endGroup(open.count, close)
  }

  /// Writes the separator before item `i` of a container; past IPython's 1000 items it writes
  /// `, ...` instead and returns false (stop).
  private func separate(item i: Int, _ p: PrettyPrinter) -> Bool {
    if i > 0 {
      p.text(",")
      p.breakable()
    }
    if i >= 1000 {
      p.text("...")
      return false
    }
    return true
  }

  /// IPython's `_sorted_for_pprint`: natural order, else by `str`, else as is.
  private func sortedForPrint(_ items: [Value]) -> [Value] {
    if let s = try? sortedValues(items, key: nil, reverse: nil) { return s }
    let keyed = items.map { ((try? str($0)) ?? "", $0) }
    return keyed.sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }.map(\.1)
  }
}
