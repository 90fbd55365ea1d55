/// One compiled `for ... in ... if ...` clause of a comprehension or generator expression.
struct CompiledClause {
  /// The clause's iterable; nil for the first clause, which is evaluated in the enclosing scope.
  let iterable: Eval?
  let store: Compiler.Store
  let conditions: [(Frame) throws -> Bool]
  let loc: SourceLocation
}

/// A generator expression evaluated lazily, as CPython does: each `next` runs the clauses just
/// far enough to produce one element, so `next(x for x in it)` and `any(...)` stop early and
/// `sum(x * x for x in range(n))` never builds a list. The nested clauses are a stack of
/// iterators walked in a loop (no recursion, whatever the nesting).
final class GeneratorExpression {
  private let rt: Runtime
  private let frame: Frame
  private let clauses: [CompiledClause]
  private let element: Eval
  private let cell: CellInfo?
  /// The active iterator of each clause, outermost first; empty once exhausted or failed.
  private var iterators: [PyIterator]

  init(
    rt: Runtime, frame: Frame, first: PyIterator, clauses: [CompiledClause], element: @escaping Eval,
    cell: CellInfo?
  ) {
    self.rt = rt
    self.frame = frame
    self.clauses = clauses
    self.element = element
    self.cell = cell
    iterators = [first]
  }

  /// The next element, or nil when the expression is exhausted. An exception raised inside
  /// carries a `<genexpr>` frame, as in CPython's tracebacks, and finishes the generator.
  func next() throws -> Value? {
    while let level = iterators.indices.last {
      let clause = clauses[level]
      do {
        if let value = try advance(level, clause, iterators[level]) { return value }
      } catch {
        iterators = []
        var e = located(error, clause.loc)
        if let inner = e.location {
          e.trace.append(TraceEntry(function: "<genexpr>", location: inner, cell: cell))
        }
        e.location = nil
        throw e
      }
    }
    return nil
  }

  /// Runs clause `level` until the innermost clause yields an element (returned), the next
  /// clause opens (its iterator pushed, nil returned) or the clause runs out (popped, nil).
  private func advance(_ level: Int, _ clause: CompiledClause, _ iterator: PyIterator) throws -> Value? {
    while let item = try iterator.next() {
      try rt.checkDeadline()
      try clause.store(frame, item)
      if try !passes(clause) { continue }
      if level + 1 == clauses.count { return try element(frame) }
      iterators.append(try rt.makeIterator(try clauses[level + 1].iterable?(frame) ?? .none))
      return nil
    }
    iterators.removeLast()
    return nil
  }

  private func passes(_ clause: CompiledClause) throws -> Bool {
    for cond in clause.conditions where !(try cond(frame)) { return false }
    return true
  }
}
