/// The elements of an array to print: flat, in C order, `count == product(shape)`.
public enum PrintableElements: Sendable {
  /// numpy `bool`.
  case bool([Bool])
  /// numpy `uint8`.
  case uint8([UInt8])
  /// numpy `int8`.
  case int8([Int8])
  /// numpy `int16`.
  case int16([Int16])
  /// numpy `uint16`.
  case uint16([UInt16])
  /// numpy `uint32`.
  case uint32([UInt32])
  /// numpy `uint64`.
  case uint64([UInt64])
  /// numpy `int32`.
  case int32([Int32])
  /// numpy `int64`.
  case int64([Int64])
  /// numpy `float32`, printed with float32's shortest digits.
  case float32([Float])
  /// numpy `float64`.
  case float64([Double])
  /// numpy `complex128`: real and imaginary parts (equal counts).
  case complex128(real: [Double], imag: [Double])
  /// numpy `'<U{width}'` strings.
  case unicode([String], width: Int)

  /// The number of elements.
  public var count: Int {
    switch self {
    case .bool(let v): return v.count
    case .uint8(let v): return v.count
    case .int8(let v): return v.count
    case .int16(let v): return v.count
    case .uint16(let v): return v.count
    case .uint32(let v): return v.count
    case .uint64(let v): return v.count
    case .int32(let v): return v.count
    case .int64(let v): return v.count
    case .float32(let v): return v.count
    case .float64(let v): return v.count
    case .complex128(let v, _): return v.count
    case .unicode(let v, _): return v.count
    }
  }

  /// numpy's dtype name as `repr` shows it: `float64`, `int32`, `bool`, `'<U3'`, ….
  public var dtypeRepr: String {
    switch self {
    case .bool: return "bool"
    case .uint8: return "uint8"
    case .int8: return "int8"
    case .int16: return "int16"
    case .uint16: return "uint16"
    case .uint32: return "uint32"
    case .uint64: return "uint64"
    case .int32: return "int32"
    case .int64: return "int64"
    case .float32: return "float32"
    case .float64: return "float64"
    case .complex128: return "complex128"
    case .unicode(_, let width): return "'<U\(width)'"
    }
  }

  /// The elements at `indices`, in that order; the same value when `indices` is every index.
  public func gathering(_ indices: [Int]) -> PrintableElements {
    if indices.count == count && indices.first == 0 && indices.last == count - 1 { return self }
    let valid = indices.filter { $0 >= 0 && $0 < count }
    switch self {
    case .bool(let v): return .bool(valid.map { v[$0] })
    case .uint8(let v): return .uint8(valid.map { v[$0] })
    case .int8(let v): return .int8(valid.map { v[$0] })
    case .int16(let v): return .int16(valid.map { v[$0] })
    case .uint16(let v): return .uint16(valid.map { v[$0] })
    case .uint32(let v): return .uint32(valid.map { v[$0] })
    case .uint64(let v): return .uint64(valid.map { v[$0] })
    case .int32(let v): return .int32(valid.map { v[$0] })
    case .int64(let v): return .int64(valid.map { v[$0] })
    case .float32(let v): return .float32(valid.map { v[$0] })
    case .float64(let v): return .float64(valid.map { v[$0] })
    case .complex128(let re, let im): return .complex128(real: valid.map { re[$0] }, imag: valid.map { im[$0] })
    case .unicode(let v, let width): return .unicode(valid.map { v[$0] }, width: width)
    }
  }

  /// The scalar type name: `float64`, `int32`, `bool`, `str_`.
  var scalarTypeName: String {
    switch self {
    case .unicode: return "str_"
    default: return dtypeRepr
    }
  }

  /// True for float32 and float64.
  public var isFloat: Bool {
    switch self {
    case .float32, .float64: return true
    default: return false
    }
  }

  /// Whether numpy's repr omits `dtype=` (float64, int64, bool).
  var isDtypeImplied: Bool {
    switch self {
    case .float64, .int64, .bool, .complex128: return true
    default: return false
    }
  }
}
