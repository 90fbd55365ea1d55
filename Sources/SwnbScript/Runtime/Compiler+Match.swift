/// The `match` statement: each pattern compiles into a test that binds its captures.
extension Compiler {
  /// Tests a subject against one pattern, binding names as it goes.
  typealias PatternTest = (Frame, Value) throws -> Bool

  func compileMatch(_ subject: Expr, _ cases: [MatchCase], _ loc: SourceLocation) throws -> Exec {
    let subjectEval = try compileExpr(subject)
    let compiled = try cases.map { c in
      (try compilePattern(c.pattern, loc), try c.guardExpr.map { try compileCondition($0) }, try compileBlock(c.body))
    }
    return { f in
      let v = try subjectEval(f)
      for (test, guardTest, body) in compiled {
        guard try test(f, v) else { continue }
        if let guardTest, !(try guardTest(f)) { continue }
        return try body(f)
      }
      return .normal
    }
  }

  func compilePattern(_ p: Pattern, _ loc: SourceLocation) throws -> PatternTest {
    let rt = self.rt
    switch p {
    case .wildcard, .star(nil): return { _, _ in true }
    case .capture(let name), .star(let name?):
      let store = storeName(name)
      return { f, v in
        try store(f, v)
        return true
      }
    case .value(let e):
      let ev = try compileExpr(e)
      switch e.kind {
      case .none, .bool: return { f, v in rt.identical(v, try ev(f)) }
      default: return { f, v in try rt.equals(v, try ev(f)) }
      }
    case .or(let options):
      let tests = try options.map { try compilePattern($0, loc) }
      return { f, v in try tests.contains { try $0(f, v) } }
    case .capturing(let inner, let name):
      let test = try compilePattern(inner, loc)
      let store = storeName(name)
      return { f, v in
        guard try test(f, v) else { return false }
        try store(f, v)
        return true
      }
    case .sequence(let items): return try compileSequencePattern(items, loc)
    case .mapping(let keys, let values, let rest): return try compileMappingPattern(keys, values, rest, loc)
    case .classPattern(let cls, let positional, let keywords):
      return try compileClassPattern(cls, positional, keywords, loc)
    }
  }

  private func compileSequencePattern(_ items: [Pattern], _ loc: SourceLocation) throws -> PatternTest {
    let star = items.firstIndex { if case .star = $0 { return true } else { return false } }
    let tests = try items.map { try compilePattern($0, loc) }
    let rt = self.rt
    return { f, v in
      switch v {
      case .list, .tuple, .range: break
      default: return false
      }
      let values = try rt.collect(v)
      guard let star else {
        guard values.count == tests.count else { return false }
        for (test, x) in zip(tests, values) where !(try test(f, x)) { return false }
        return true
      }
      let after = tests.count - star - 1
      guard values.count >= tests.count - 1 else { return false }
      for i in 0..<star where !(try tests[i](f, values[i])) { return false }
      let middle = Value.list(PyList(Array(values[star..<(values.count - after)])))
      guard try tests[star](f, middle) else { return false }
      for i in 0..<after where !(try tests[star + 1 + i](f, values[values.count - after + i])) { return false }
      return true
    }
  }

  private func compileMappingPattern(
    _ keys: [Expr], _ values: [Pattern], _ rest: String?, _ loc: SourceLocation
  ) throws -> PatternTest {
    let keyEvals = try keys.map { try compileExpr($0) }
    let tests = try values.map { try compilePattern($0, loc) }
    let restStore = rest.map { storeName($0) }
    return { f, v in
      guard case .dict(let d) = v else { return false }
      var used: [Value] = []
      for (keyEval, test) in zip(keyEvals, tests) {
        let key = try keyEval(f)
        guard let x = try d.get(key), try test(f, x) else { return false }
        used.append(key)
      }
      if let restStore {
        let remaining = d.copy()
        for k in used { _ = try remaining.remove(k) }
        try restStore(f, .dict(remaining))
      }
      return true
    }
  }

  /// Built-in classes whose single positional sub-pattern matches the subject itself.
  private static let selfMatchingTypes: Set<String> = [
    "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple",
  ]

  private func compileClassPattern(
    _ cls: Expr, _ positional: [Pattern], _ keywords: [(String, Pattern)], _ loc: SourceLocation
  ) throws -> PatternTest {
    let clsEval = try compileExpr(cls)
    let positionalTests = try positional.map { try compilePattern($0, loc) }
    let keywordTests = try keywords.map { ($0.0, try compilePattern($0.1, loc)) }
    let rt = self.rt
    return { f, v in
      let c = try clsEval(f)
      guard case .type(let t) = c else {
        throw PyError.make(.typeError, "called match pattern must be a class").at(loc)
      }
      guard rt.isInstance(v, t) else { return false }
      var attributes: [(String, PatternTest)] = []
      if !positionalTests.isEmpty {
        if t.module == nil, Compiler.selfMatchingTypes.contains(t.name) {
          guard positionalTests.count == 1 else {
            throw PyError.make(.typeError, "\(t.name)() accepts 1 positional sub-pattern (\(positionalTests.count) given)").at(loc)
          }
          guard try positionalTests[0](f, v) else { return false }
        } else {
          var names: [String] = []
          if let m = t.lookup("__match_args__"), case .tuple(let items) = m {
            for case .str(let s) in items { names.append(s) }
          }
          guard positionalTests.count <= names.count else {
            throw PyError.make(
              .typeError, "\(t.name)() accepts \(names.count) positional sub-pattern\(names.count == 1 ? "" : "s") (\(positionalTests.count) given)"
            ).at(loc)
          }
          attributes = Array(zip(names, positionalTests))
        }
      }
      for (name, test) in attributes + keywordTests {
        guard let x = try? rt.getAttribute(v, name), try test(f, x) else { return false }
      }
      return true
    }
  }
}
