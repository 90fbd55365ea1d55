import SwnbPrinting

/// One array element as a value: what element access returns and accepts.
///
/// uint8/int32/int64 elements read as `.int`, float32/float64 as `.float`.
public enum Scalar: Equatable, Hashable, Sendable, CustomStringConvertible {
  case bool(Bool)
  case int(Int64)
  case float(Double)
  case complex(Complex)
  case str(String)

  /// The smallest dtype numpy infers for a Python value of this kind
  /// (`bool`, `int64`, `float64`, `<Un>` with n the string length).
  public var inferredDType: DType {
    switch self {
    case .bool: .bool
    case .int: .int64
    case .float: .float64
    case .complex: .complex128
    case .str(let s): .unicode(max(s.unicodeScalars.count, 1))
    }
  }

  /// The value as a Double (bool as 0/1; complex as its real part, as numpy's cast to float;
  /// strings as NaN — callers cast strings explicitly).
  public var doubleValue: Double {
    switch self {
    case .bool(let b): b ? 1 : 0
    case .int(let i): Double(i)
    case .float(let d): d
    case .complex(let z): z.real
    case .str(let s): Double(s) ?? .nan
    }
  }

  /// Python's `str()` of the value: `True`, `3`, `0.1`, `1e+20`, the text itself.
  public var description: String {
    switch self {
    case .bool(let b): b ? "True" : "False"
    case .int(let i): String(i)
    case .float(let d): PythonFloat.repr(d)
    case .complex(let z): PythonFloat.complexRepr(z.real, z.imag)
    case .str(let s): s
    }
  }
}
