import SwnbArray
import SwnbLinalg
import SwnbPrinting
import SwnbRandom

/// Converts non-Python errors (engine errors) into Python exceptions.
func bridgeError(_ error: any Error) -> PyError {
  switch error {
  case let e as PyError: return e
  case let e as SyntaxError:
    return PyError.make(e.kind == "IndentationError" ? .indentationError : .syntaxError, e.message)
  case let e as ArrayError: return PyError.make(ExceptionKind(rawValue: e.kind.pythonName) ?? .valueError, e.message)
  case let e as LinalgError: return PyError.make(ExceptionKind(rawValue: e.kind) ?? .valueError, e.message)
  case let e as RandomError: return PyError.make(ExceptionKind(rawValue: e.kind) ?? .valueError, e.message)
  case let e as PrintOptionsError: return PyError.make(ExceptionKind(rawValue: e.kind) ?? .valueError, e.message)
  default: return PyError.make(.runtimeError, "\(error)")
  }
}

/// Structural equality for numpy scalars against Python numbers (dict keys, `==` fallbacks).
func extensionEquals(_ a: Value, _ b: Value) -> Bool {
  func number(_ v: Value) -> Double? {
    switch v {
    case .npScalar(let x): return (try? x.item())?.doubleValue
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }
  switch (a, b) {
  case (.npScalar, _), (_, .npScalar):
    guard let x = number(a), let y = number(b) else { return false }
    return x == y
  case (.dtype(let x), .dtype(let y)): return x == y
  case (.dtype(let x), .type(let t)), (.type(let t), .dtype(let x)):
    // `a.dtype == np.uint32`, `a.dtype == float`: numpy compares against the type's dtype.
    return DType(name: t.name == "bool_" ? "bool" : t.name).map { $0 == x } ?? false
  case (.array(let x), .array(let y)): return x.sharesStorage(with: y) && x.shape == y.shape && x.offset == y.offset
  default: return false
  }
}
