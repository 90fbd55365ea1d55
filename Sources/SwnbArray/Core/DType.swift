/// An array element type: numpy's dtypes that swnb supports.
///
/// `unicode(n)` is numpy's fixed-width `<Un` string type (n characters).
public enum DType: Hashable, Sendable, CustomStringConvertible {
  case bool
  case int8
  case int16
  case int32
  case int64
  case uint8
  case uint16
  case uint32
  case uint64
  case float32
  case float64
  case complex128
  case unicode(Int)

  /// numpy's `dtype.name`-style text used in reprs: `float64`, `int64`, `bool`, `<U5`.
  public var name: String {
    switch self {
    case .bool: "bool"
    case .int8: "int8"
    case .int16: "int16"
    case .int32: "int32"
    case .int64: "int64"
    case .uint8: "uint8"
    case .uint16: "uint16"
    case .uint32: "uint32"
    case .uint64: "uint64"
    case .float32: "float32"
    case .float64: "float64"
    case .complex128: "complex128"
    case .unicode(let n): "<U\(n)"
    }
  }

  public var description: String { name }

  /// Bytes per element (`dtype.itemsize`); unicode uses 4 bytes per character as numpy.
  public var itemsize: Int {
    switch self {
    case .bool, .int8, .uint8: 1
    case .int16, .uint16: 2
    case .int32, .uint32, .float32: 4
    case .int64, .uint64, .float64: 8
    case .complex128: 16
    case .unicode(let n): 4 * n
    }
  }

  /// numpy's `dtype.kind` character: `b`, `u`, `i`, `f`, `c` or `U`.
  public var kind: Character {
    switch self {
    case .bool: "b"
    case .uint8, .uint16, .uint32, .uint64: "u"
    case .int8, .int16, .int32, .int64: "i"
    case .float32, .float64: "f"
    case .complex128: "c"
    case .unicode: "U"
    }
  }

  /// True for the signed and unsigned integer dtypes (not bool).
  public var isInteger: Bool { kind == "i" || kind == "u" }

  /// True for float32 and float64.
  public var isFloat: Bool { kind == "f" }

  /// True for complex128.
  public var isComplex: Bool { kind == "c" }

  /// True for every dtype except unicode.
  public var isNumeric: Bool { kind != "U" }

  /// True for the fixed-width string dtype.
  public var isUnicode: Bool { kind == "U" }

  /// The dtype named by a numpy dtype string (`'float64'`, `'f8'`, `'int'`, `'<U5'`, `'str'`, ...).
  ///
  /// Returns nil for names numpy does not know or swnb does not support.
  public init?(name: String) {
    switch name {
    case "bool", "bool_", "?", "b1": self = .bool
    case "int8", "i1", "b", "byte": self = .int8
    case "int16", "i2", "h", "short": self = .int16
    case "uint8", "u1", "B", "ubyte": self = .uint8
    case "uint16", "u2", "H", "ushort": self = .uint16
    case "uint32", "u4", "I", "uintc": self = .uint32
    case "uint64", "u8", "uint", "uintp", "L", "Q", "ulong": self = .uint64
    case "int32", "i4", "intc": self = .int32
    case "int64", "i8", "int", "int_", "intp", "l", "q": self = .int64
    case "float32", "f4", "single", "f": self = .float32
    case "float64", "f8", "float", "double", "d", "float_": self = .float64
    case "complex128", "c16", "complex", "cdouble", "D", "complex_": self = .complex128
    case "str", "str_", "U", "<U", "unicode": self = .unicode(0)
    default:
      var rest = Substring(name)
      if rest.hasPrefix("<") { rest = rest.dropFirst() }
      // numpy's itemsize is a C int: wider string types do not exist.
      guard rest.hasPrefix("U"), let n = Int(rest.dropFirst()), n >= 0, n <= Int(Int32.max) / 4
      else { return nil }
      self = .unicode(n)
    }
  }

  /// numpy's `result_type` of two array dtypes (no value-based casting, as NEP 50).
  ///
  /// Numbers promote to the smallest kind that holds both (`int32 + float32 -> float64`,
  /// `uint8 + int32 -> int32`); string with number gives a string wide enough for the
  /// number's text, as numpy's `result_type` does.
  public static func promote(_ a: DType, _ b: DType) -> DType {
    if a == b { return a }
    switch (a, b) {
    case (.unicode(let m), .unicode(let n)): return .unicode(max(m, n))
    case (.unicode(let m), let other), (let other, .unicode(let m)):
      return .unicode(max(m, other.textWidth))
    case (.bool, let other), (let other, .bool): return other
    default: break
    }
    // complex128 holds every other number (complex64 is not supported).
    if a.isComplex || b.isComplex { return .complex128 }
    if a.isFloat || b.isFloat {
      if a == .float64 || b == .float64 { return .float64 }
      // float32 with an integer: only 8- and 16-bit integers fit exactly in float32.
      let other = a == .float32 ? b : a
      return other == .float32 || other.itemsize <= 2 ? .float32 : .float64
    }
    return integerPromotion(a, b)
  }

  /// numpy's promotion of two integer dtypes: the wider of equal signedness; a signed type
  /// holds an unsigned one only when wider, else the next wider signed type (uint64 with any
  /// signed type gives float64).
  private static func integerPromotion(_ a: DType, _ b: DType) -> DType {
    if a.kind == b.kind { return a.itemsize >= b.itemsize ? a : b }
    let (unsigned, signed) = a.kind == "u" ? (a, b) : (b, a)
    if signed.itemsize > unsigned.itemsize { return signed }
    switch unsigned.itemsize {
    case 1: return .int16
    case 2: return .int32
    case 4: return .int64
    default: return .float64
    }
  }

  /// Characters numpy reserves when casting this dtype to a string dtype.
  var textWidth: Int {
    switch self {
    case .bool: 5
    case .int8: 4
    case .int16: 6
    case .int32: 11
    case .int64: 21
    case .uint8: 3
    case .uint16: 5
    case .uint32: 10
    case .uint64: 20
    case .float32, .float64: 32
    case .complex128: 64
    case .unicode(let n): n
    }
  }
}
