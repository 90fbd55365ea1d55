import SwnbArray
import SwnbPrinting

/// Conversions between script values and the array engine's types.
extension DType {
  /// numpy's scalar type name for this dtype (`float64`, `int64`, `bool`, `str_`).
  var scalarTypeName: String {
    switch self {
    case .unicode: return "str_"
    default: return name
    }
  }
}

extension Runtime {
  /// Wraps an engine result: 0-d arrays become numpy scalars, as numpy returns them.
  func wrap(_ a: NDArray) -> Value {
    a.ndim == 0 ? .npScalar(a) : .array(a)
  }

  /// A script value as a ufunc operand; nil when the value is not array-like.
  func operand(_ v: Value) throws -> Operand? {
    switch v {
    case .array(let a), .npScalar(let a): return .array(a)
    case .int(let i): return .python(.int(Int64(i)))
    case .float(let d): return .python(.float(d))
    case .complex(let z): return .python(.complex(z))
    case .bool(let b): return .python(.bool(b))
    case .list, .tuple: return .array(try toArray(v))
    default: return nil
    }
  }

  /// A Python scalar as an engine scalar.
  func engineScalar(_ v: Value) -> Scalar? {
    switch v {
    case .int(let i): return .int(Int64(i))
    case .float(let d): return .float(d)
    case .complex(let z): return .complex(z)
    case .bool(let b): return .bool(b)
    case .str(let s): return .str(s)
    case .npScalar(let a): return try? a.item()
    default: return nil
    }
  }

  /// Python values for engine scalars (`tolist`, `item`).
  func pythonValue(_ s: Scalar) -> Value {
    switch s {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .float(let d): return .float(d)
    case .complex(let z): return .complex(z)
    case .str(let str): return .str(str)
    }
  }

  func nested(_ v: Value, depth: Int = 0) throws -> NestedValue {
    if depth > 64 { throw PyError.make(.valueError, "array nesting too deep") }
    switch v {
    case .list(let l): return .list(try l.items.map { try nested($0, depth: depth + 1) })
    case .tuple(let t): return .list(try t.map { try nested($0, depth: depth + 1) })
    case .array(let a): return a.toNested()
    case .iterator, .range: return .list(try collect(v).map { try nested($0, depth: depth + 1) })
    default:
      guard let s = engineScalar(v) else {
        throw PyError.make(.typeError, "float() argument must be a string or a real number, not '\(typeName(v))'")
      }
      return .scalar(s)
    }
  }

  /// `np.array(v, dtype)` / `np.asarray`.
  func toArray(_ v: Value, dtype: DType? = nil) throws -> NDArray {
    if case .array(let a) = v {
      guard let dtype, dtype != a.dtype else { return a }
      return try a.astype(dtype)
    }
    if case .npScalar(let a) = v {
      guard let dtype, dtype != a.dtype else { return a }
      return try a.astype(dtype)
    }
    return try NDArray.array(try nested(v), dtype: dtype)
  }

  func pythonList(_ n: NestedValue) -> Value {
    switch n {
    case .scalar(let s): return pythonValue(s)
    case .list(let items): return .list(PyList(items.map { pythonList($0) }))
    }
  }

  /// dtype arguments: `float`, `int`, `bool`, `np.float64`, `'int64'`, `np.dtype(...)`.
  func dtypeArgument(_ v: Value?) throws -> DType? {
    guard let v, !v.isNone else { return nil }
    switch v {
    case .dtype(let d): return d
    case .str(let s):
      if let d = DType(name: s) { return d }
      // Native (little-endian) and not-applicable byte-order marks: '<f4', '=i8', '|b1'.
      if let mark = s.first, "<=|".contains(mark), let d = DType(name: String(s.dropFirst())) { return d }
      if s == "float" || s == "f8" || s == "d" { return .float64 }
      if s == "int" || s == "i8" { return .int64 }
      throw PyError.make(.typeError, "data type \(PythonString.repr(s)) not understood")
    case .type(let t):
      switch t.name {
      case "float", "float64", "double": return .float64
      case "int", "int64": return .int64
      case "bool", "bool_": return .bool
      case "float32": return .float32
      case "complex", "complex128", "cdouble": return .complex128
      case "int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64":
        if let d = DType(name: t.name) { return d }
      case "str", "str_": return .unicode(1)
      default: break
      }
    default: break
    }
    throw PyError.make(.typeError, "Cannot interpret '\(try repr(v))' as a data type")
  }

  /// numpy's one-character type codes (`dtype.char`) by dtype name.
  static let dtypeChars: [String: String] = [
    "bool": "?", "int8": "b", "int16": "h", "int32": "i", "int64": "l", "uint8": "B", "uint16": "H",
    "uint32": "I", "uint64": "L", "float32": "f", "float64": "d",
  ]

  /// Shape arguments: an int or a sequence of ints.
  func shapeArgument(_ v: Value) throws -> [Int] {
    if let i = try intValue(v) ?? indexValue(v) { return [i] }
    switch v {
    case .tuple, .list:
      return try collect(v).map { try requireInt($0, "shape") }
    default:
      throw PyError.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
  }

  /// Axis arguments: None, an int or a tuple of ints.
  func axisArgument(_ v: Value?) throws -> [Int]? {
    guard let v, !v.isNone else { return nil }
    if case .tuple(let items) = v { return try items.map { try requireInt($0, "axis") } }
    return [try requireInt(v, "axis")]
  }

  /// Converts engine errors into Python exceptions with numpy's type name and message.
  func engineError(_ kind: String, _ message: String) -> PyError {
    if let k = ExceptionKind(rawValue: kind) { return PyError.make(k, message) }
    if kind == "UFuncTypeError" {
      let t = numpyExceptionType("UFuncTypeError", base: .typeError)
      return PyError.object(newException(t, args: [.str(message)]))
    }
    return PyError.make(.valueError, message)
  }

  func numpyExceptionType(_ name: String, base: ExceptionKind) -> PyType {
    if let t = types["numpy." + name] { return t }
    let t = PyType(name: name, bases: [exceptionType(base)], module: "numpy")
    types["numpy." + name] = t
    return t
  }
}
