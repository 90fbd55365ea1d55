/// Exception chaining: `raise X from Y`, the implicit `__context__` of an exception raised while
/// another is being handled, and the chained tracebacks CPython prints above the last one.
extension Runtime {
  /// The chaining attributes every exception has (None, None, False until set).
  static let chainAttributes: Set<String> = ["__cause__", "__context__", "__suppress_context__"]

  /// The value of a chaining attribute an exception has not set.
  func chainAttributeDefault(_ name: String) -> Value? {
    switch name {
    case "__cause__", "__context__": return Value.none
    case "__suppress_context__": return .bool(false)
    default: return nil
    }
  }

  /// `raise exc from cause`: sets `__cause__` (None allowed) and `__suppress_context__`.
  func setCause(_ exc: PyObject, _ cause: Value) throws {
    switch cause {
    case .none: exc.attributes["__cause__"] = Value.none
    case .type(let t) where t.isSubtype(of: baseExceptionType):
      exc.attributes["__cause__"] = .object(try exceptionToRaise(cause))
    case .object(let o) where o.type.isSubtype(of: baseExceptionType):
      exc.attributes["__cause__"] = .object(o)
    default:
      throw PyError.make(.typeError, "exception causes must derive from BaseException")
    }
    exc.attributes["__suppress_context__"] = .bool(true)
  }

  /// Assignment to `__cause__`, `__context__` or `__suppress_context__` of an exception.
  func setChainAttribute(_ exc: PyObject, _ name: String, _ value: Value) throws {
    switch (name, value) {
    case ("__suppress_context__", _): exc.attributes[name] = .bool(try truthy(value))
    case (_, .none): exc.attributes[name] = value
    case (_, .object(let o)) where o.type.isSubtype(of: baseExceptionType): exc.attributes[name] = value
    default:
      let what = name == "__cause__" ? "cause" : "context"
      throw PyError.make(.typeError, "exception \(what) must be None or derive from BaseException")
    }
    if name == "__cause__" { exc.attributes["__suppress_context__"] = .bool(true) }
  }

  /// Records `handled` as the `__context__` of `raised`, an exception escaping the `except`
  /// clause that handles `handled` (the innermost clause sets it; re-raising changes nothing).
  func chainContext(_ raised: PyObject, handled: PyObject) -> PyObject {
    if raised !== handled, raised.attributes.index(forKey: "__context__") == nil {
      raised.attributes["__context__"] = .object(handled)
    }
    return raised
  }

  /// The exceptions chained to `exc`, as CPython prints them before `exc`'s own traceback:
  /// the earliest first, each followed by the sentence linking it to the next.
  func chainedTracebacks(_ exc: PyObject, cell: CellInfo) -> String {
    var seen: Set<ObjectIdentifier> = [ObjectIdentifier(exc)]
    var parts: [String] = []
    var current = exc
    while let link = chainLink(current), seen.insert(ObjectIdentifier(link.exception)).inserted {
      let linked = link.exception
      let entries = (linked.traceback ?? []).map { ($0, $0.cell ?? cell) }
      let message = (try? exceptionMessage(linked)) ?? ""
      let kind = linked.type.name
      let text =
        entries.isEmpty
        ? (message.isEmpty ? kind : "\(kind): \(message)") : Traceback.render(entries, kind: kind, message: message)
      parts.append(text + "\n\n" + link.note + "\n\n")
      current = linked
    }
    return parts.reversed().joined()
  }

  private func chainLink(_ exc: PyObject) -> (exception: PyObject, note: String)? {
    if case .object(let cause)? = exc.attributes["__cause__"] {
      return (cause, "The above exception was the direct cause of the following exception:")
    }
    if case .bool(true)? = exc.attributes["__suppress_context__"] { return nil }
    if case .object(let context)? = exc.attributes["__context__"] {
      return (context, "During handling of the above exception, another exception occurred:")
    }
    return nil
  }
}
