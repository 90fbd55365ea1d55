/// IPython's output history: `_`, `__`, `___` and `_N` name the values cells displayed.
extension Runtime {
  /// Records `value`, just displayed by cell number `count`, as IPython's display hook does:
  /// `_N` always; `_`, `__`, `___` shift unless the script assigned one of them itself.
  func recordDisplayed(_ value: Value, count: Int) {
    let names = ["_", "__", "___"]
    var untouched = true
    for (i, name) in names.enumerated() {
      guard let current = globals[name] else { continue }
      if i >= displayedValues.count || !sameObject(current, displayedValues[i]) { untouched = false }
    }
    displayedValues = Array(([value] + displayedValues).prefix(3))
    if untouched {
      for (name, v) in zip(names, displayedValues) { globals[name] = v }
    }
    globals["_\(count)"] = value
  }

  /// Python's `is` for values this runtime holds by value (tuples, views): the same object
  /// when identical or, lacking identity, equal.
  private func sameObject(_ a: Value, _ b: Value) -> Bool {
    if case .tuple(let x) = a, case .tuple(let y) = b {
      return x.count == y.count && zip(x, y).allSatisfy { sameObject($0, $1) }
    }
    if case .dictView(let k1, let d1) = a, case .dictView(let k2, let d2) = b { return k1 == k2 && d1 === d2 }
    if case .array = a, case .array = b { return pyEquals(a, b) }
    return identical(a, b)
  }
}
