import Foundation
import SwnbPrinting

/// Python `repr()` and `str()` of every value.
extension Runtime {
  func repr(_ v: Value) throws -> String {
    var seen: [ObjectIdentifier] = []
    return try repr(v, &seen)
  }

  func str(_ v: Value) throws -> String {
    switch v {
    case .str(let s): return s
    case .object(let o):
      if let f = o.type.lookup("__str__") { return try expectString(try callBound(f, v, Arguments([])), "__str__") }
      if o.type.isSubtype(of: baseExceptionType) { return try exceptionMessage(o) }
      return try repr(v)
    default:
      if let s = try extensionStr(v) { return s }
      return try repr(v)
    }
  }

  /// `str(exception)`: empty, the single argument's str, or the tuple of arguments.
  func exceptionMessage(_ o: PyObject) throws -> String {
    if let f = o.type.lookup("__str__") { return try expectString(try callBound(f, .object(o), Arguments([])), "__str__") }
    guard case .tuple(let args) = o.attributes["args"] ?? .tuple([]) else { return "" }
    if args.isEmpty { return "" }
    if args.count == 1 {
      if o.type.isSubtype(of: exceptionType(.keyError)) { return try repr(args[0]) }
      return try str(args[0])
    }
    return try repr(.tuple(args))
  }

  private func expectString(_ v: Value, _ method: String) throws -> String {
    guard case .str(let s) = v else {
      throw PyError.make(.typeError, "\(method) returned non-string (type \(typeName(v)))")
    }
    return s
  }

  private func repr(_ v: Value, _ seen: inout [ObjectIdentifier]) throws -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return PythonFloat.repr(d)
    case .complex(let z): return PythonComplex.repr(z)
    case .str(let s): return PythonString.repr(s)
    case .list(let l):
      let id = ObjectIdentifier(l)
      if seen.contains(id) { return "[...]" }
      try checkReprDepth(seen)
      seen.append(id)
      defer { seen.removeLast() }
      return "[" + (try l.items.map { try repr($0, &seen) }.joined(separator: ", ")) + "]"
    case .tuple(let t):
      try checkReprDepth(seen)
      seen.append(ObjectIdentifier(PyList([])))
      defer { seen.removeLast() }
      let inner = try t.map { try repr($0, &seen) }
      return t.count == 1 ? "(\(inner[0]),)" : "(" + inner.joined(separator: ", ") + ")"
    case .dict(let d):
      let id = ObjectIdentifier(d)
      if seen.contains(id) { return "{...}" }
      try checkReprDepth(seen)
      seen.append(id)
      defer { seen.removeLast() }
      let parts = try d.items.map { "\(try repr($0.0, &seen)): \(try repr($0.1, &seen))" }
      return "{" + parts.joined(separator: ", ") + "}"
    case .set(let s):
      if s.items.isEmpty { return s.frozen ? "frozenset()" : "set()" }
      let body = "{" + (try SetOrder.items(s).map { try repr($0, &seen) }.joined(separator: ", ")) + "}"
      return s.frozen ? "frozenset(\(body))" : body
    case .range(let a, let b, let c): return c == 1 ? "range(\(a), \(b))" : "range(\(a), \(b), \(c))"
    case .slice(let a, let b, let c):
      return "slice(\(try repr(a, &seen)), \(try repr(b, &seen)), \(try repr(c, &seen)))"
    case .ellipsis: return "Ellipsis"
    case .function(let f): return "<function \(f.qualifiedName) at \(address(f))>"
    case .builtin(let b): return b.name == "NotImplemented" ? b.name : "<built-in function \(b.name)>"
    case .boundMethod(let m):
      if let f = m.function { return "<bound method \(typeName(m.receiver)).\(f.name) of \(try repr(m.receiver, &seen))>" }
      return "<built-in method \(m.name) of \(typeName(m.receiver)) object at \(address(m))>"
    case .module(let m): return "<module '\(m.name)' (built-in)>"
    case .type(let t): return "<class '\(t.qualifiedName)'>"
    case .iterator(let it):
      if it.generator == nil, it.typeName != "generator" { return "<\(it.typeName) object at \(address(it))>" }
      return "<generator object \(it.generator?.code.qualifiedName ?? "<genexpr>") at \(address(it))>"
    case .object(let o): return try objectRepr(o, v)
    case .array, .npScalar, .dtype, .native: return try extensionRepr(v) ?? typeName(v)
    case .dictView(let kind, let d):
      return kind.rawValue + "(" + (try repr(.list(PyList(d.viewItems(kind))), &seen)) + ")"
    }
  }

  /// Also applies the cell's time limit: a shared-structure list (`x = [x, x]` forty times) has
  /// an exponentially long repr.
  private func checkReprDepth(_ seen: [ObjectIdentifier]) throws {
    try checkDeadline()
    if seen.count + callDepth > Runtime.recursionLimit {
      throw PyError.make(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
    }
  }

  private func objectRepr(_ o: PyObject, _ v: Value) throws -> String {
    if let f = o.type.lookup("__repr__") { return try expectString(try callBound(f, v, Arguments([])), "__repr__") }
    if o.type.isSubtype(of: baseExceptionType) {
      guard case .tuple(let args) = o.attributes["args"] ?? .tuple([]) else { return "\(o.type.name)()" }
      if args.count == 1 { return "\(o.type.name)(\(try repr(args[0])))" }
      return o.type.name + (try repr(.tuple(args)))
    }
    if let s = try extensionRepr(v) { return s }
    return "<\(o.type.qualifiedName) object at \(address(o))>"
  }

  /// A stable fake address for `<... at 0x...>` texts: reruns of a notebook print the same bytes.
  func address(_ o: AnyObject) -> String {
    let id = ObjectIdentifier(o)
    let serial = addressSerials[id] ?? addressSerials.count + 1
    addressSerials[id] = serial
    return "0x" + String(0x7f00_0000_0000 + 0x10 * serial, radix: 16)
  }
}

extension String {
  func leftPadded(_ width: Int, with fill: Character = "0") -> String {
    count >= width ? self : String(repeating: fill, count: width - count) + self
  }
}
