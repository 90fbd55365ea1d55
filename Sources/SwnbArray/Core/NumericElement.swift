/// A numeric element type stored in a `Buffer`, with numpy's unsafe casts between them.
///
/// Casting goes through one of three wide values (Bool, Int64, Double) chosen by the source
/// kind, so every pair of dtypes converts as numpy does on x86-64: float to int truncates,
/// and NaN, infinities and out-of-range floats become the integer minimum (never a trap).
public protocol NumericElement {
  /// True for float32/float64.
  static var isFloatingKind: Bool { get }
  /// True for bool.
  static var isBoolKind: Bool { get }
  /// The value widened to Double.
  var double: Double { get }
  /// The value widened to Int64 (floats by numpy's float-to-int64 cast).
  var int64: Int64 { get }
  /// numpy's `astype(bool)`: nonzero (NaN included) is true.
  var bool: Bool { get }
  /// numpy's cast of a Double to this type.
  static func cast(from value: Double) -> Self
  /// numpy's cast of an Int64 to this type (integers wrap to their width).
  static func cast(fromInt value: Int64) -> Self
  /// numpy's cast of a Bool to this type.
  static func cast(fromBool value: Bool) -> Self
}

extension NumericElement {
  /// numpy's cast of any numeric element to this type.
  @inline(__always)
  public static func cast<Source: NumericElement>(_ value: Source) -> Self {
    if Source.isFloatingKind { return cast(from: value.double) }
    if Source.isBoolKind { return cast(fromBool: value.bool) }
    return cast(fromInt: value.int64)
  }
}

// x86-64 cvttsd2si semantics: out-of-range and NaN give the minimum value.
@inline(__always)
private func truncatedInt64(_ x: Double) -> Int64 {
  x > -9.223_372_036_854_775_808e18 && x < 9.223_372_036_854_775_808e18 ? Int64(x) : Int64.min
}

@inline(__always)
private func truncatedInt32(_ x: Double) -> Int32 {
  x > -2_147_483_649.0 && x < 2_147_483_648.0 ? Int32(x) : Int32.min
}

extension Bool: NumericElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { true }
  public var double: Double { self ? 1 : 0 }
  public var int64: Int64 { self ? 1 : 0 }
  public var bool: Bool { self }
  public static func cast(from value: Double) -> Bool { value != 0 }
  public static func cast(fromInt value: Int64) -> Bool { value != 0 }
  public static func cast(fromBool value: Bool) -> Bool { value }
}

extension UInt8: NumericElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { Int64(self) }
  public var bool: Bool { self != 0 }
  // numpy converts through a 32-bit truncation on x86-64: 300.0 -> 44, -1.0 -> 255, NaN -> 0.
  public static func cast(from value: Double) -> UInt8 {
    UInt8(truncatingIfNeeded: truncatedInt32(value))
  }
  public static func cast(fromInt value: Int64) -> UInt8 { UInt8(truncatingIfNeeded: value) }
  public static func cast(fromBool value: Bool) -> UInt8 { value ? 1 : 0 }
}

/// Shared members of the narrow integer element types (int8 ... uint32), which widen exactly
/// to Int64 and wrap from it.
public protocol NarrowIntegerElement: NumericElement, FixedWidthInteger {}

extension NarrowIntegerElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { Int64(self) }
  public var bool: Bool { self != 0 }
  public static func cast(fromInt value: Int64) -> Self { Self(truncatingIfNeeded: value) }
  public static func cast(fromBool value: Bool) -> Self { value ? 1 : 0 }
}

// numpy casts doubles to 8- and 16-bit integers through a 32-bit truncation, to uint32
// through a 64-bit one (x86-64), then wraps.
extension Int8: NarrowIntegerElement {
  public static func cast(from value: Double) -> Int8 { Int8(truncatingIfNeeded: truncatedInt32(value)) }
}

extension Int16: NarrowIntegerElement {
  public static func cast(from value: Double) -> Int16 {
    Int16(truncatingIfNeeded: truncatedInt32(value))
  }
}

extension UInt16: NarrowIntegerElement {
  public static func cast(from value: Double) -> UInt16 {
    UInt16(truncatingIfNeeded: truncatedInt32(value))
  }
}

extension UInt32: NarrowIntegerElement {
  public static func cast(from value: Double) -> UInt32 {
    UInt32(truncatingIfNeeded: truncatedInt64(value))
  }
}

/// uint64 widens to Int64 by bit pattern (values above Int64.max read as negative there);
/// `double` is exact-rounded from the unsigned value.
extension UInt64: NumericElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { Int64(bitPattern: self) }
  public var bool: Bool { self != 0 }
  public static func cast(from value: Double) -> UInt64 {
    value >= 0 && value < 18_446_744_073_709_551_616.0
      ? UInt64(value) : UInt64(bitPattern: truncatedInt64(value))
  }
  public static func cast(fromInt value: Int64) -> UInt64 { UInt64(bitPattern: value) }
  public static func cast(fromBool value: Bool) -> UInt64 { value ? 1 : 0 }
}

extension Int32: NumericElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { Int64(self) }
  public var bool: Bool { self != 0 }
  public static func cast(from value: Double) -> Int32 { truncatedInt32(value) }
  public static func cast(fromInt value: Int64) -> Int32 { Int32(truncatingIfNeeded: value) }
  public static func cast(fromBool value: Bool) -> Int32 { value ? 1 : 0 }
}

extension Int64: NumericElement {
  public static var isFloatingKind: Bool { false }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { self }
  public var bool: Bool { self != 0 }
  public static func cast(from value: Double) -> Int64 { truncatedInt64(value) }
  public static func cast(fromInt value: Int64) -> Int64 { value }
  public static func cast(fromBool value: Bool) -> Int64 { value ? 1 : 0 }
}

extension Float: NumericElement {
  public static var isFloatingKind: Bool { true }
  public static var isBoolKind: Bool { false }
  public var double: Double { Double(self) }
  public var int64: Int64 { truncatedInt64(Double(self)) }
  public var bool: Bool { self != 0 }
  public static func cast(from value: Double) -> Float { Float(value) }
  public static func cast(fromInt value: Int64) -> Float { Float(value) }
  public static func cast(fromBool value: Bool) -> Float { value ? 1 : 0 }
}

extension Double: NumericElement {
  public static var isFloatingKind: Bool { true }
  public static var isBoolKind: Bool { false }
  public var double: Double { self }
  public var int64: Int64 { truncatedInt64(self) }
  public var bool: Bool { self != 0 }
  public static func cast(from value: Double) -> Double { value }
  public static func cast(fromInt value: Int64) -> Double { Double(value) }
  public static func cast(fromBool value: Bool) -> Double { value ? 1 : 0 }
}
