/// One `case pattern [if guard]:` clause of a `match` statement.
struct MatchCase {
  var pattern: Pattern
  var guardExpr: Expr?
  var body: [Stmt]
}

/// A structural pattern of a `case` clause (PEP 634).
indirect enum Pattern {
  /// `_`: matches anything, binds nothing.
  case wildcard
  /// `name`: matches anything and binds it.
  case capture(String)
  /// A literal or dotted name, compared with `==` (`None`, `True`, `False` with `is`).
  case value(Expr)
  /// `[p, *rest, q]` / `(p, q)` / `p, q`: a list, tuple or range of matching length.
  case sequence([Pattern])
  /// `*name` / `*_` inside a sequence pattern (nil name for `*_`).
  case star(String?)
  /// `{key: p, **rest}`.
  case mapping(keys: [Expr], values: [Pattern], rest: String?)
  /// `Cls(p, attr=q)`.
  case classPattern(Expr, positional: [Pattern], keywords: [(String, Pattern)])
  /// `p | q`.
  case or([Pattern])
  /// `p as name`.
  case capturing(Pattern, String)

  /// Every name the pattern binds.
  var boundNames: [String] {
    switch self {
    case .wildcard, .value, .star(nil): return []
    case .capture(let n), .star(let n?): return [n]
    case .sequence(let items), .or(let items): return items.flatMap(\.boundNames)
    case .mapping(_, let values, let rest): return values.flatMap(\.boundNames) + (rest.map { [$0] } ?? [])
    case .classPattern(_, let positional, let keywords):
      return positional.flatMap(\.boundNames) + keywords.flatMap { $0.1.boundNames }
    case .capturing(let p, let n): return p.boundNames + [n]
    }
  }
}
