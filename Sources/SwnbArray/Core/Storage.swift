/// The typed element memory behind an array: one case per supported dtype family.
///
/// Copying a `Storage` value copies a reference; all views share the buffer. This is the only
/// place that allocates element memory.
public enum Storage {
  case bool(Buffer<Bool>)
  case int8(Buffer<Int8>)
  case int16(Buffer<Int16>)
  case uint8(Buffer<UInt8>)
  case uint16(Buffer<UInt16>)
  case uint32(Buffer<UInt32>)
  case uint64(Buffer<UInt64>)
  case int32(Buffer<Int32>)
  case int64(Buffer<Int64>)
  case float32(Buffer<Float>)
  case float64(Buffer<Double>)
  case complex128(Buffer<Complex>)
  case unicode(Buffer<String>)

  /// A zero-filled (false / 0 / "") storage for `count` elements of `dtype`; with
  /// `zeroed: false` numeric elements are uninitialised (for outputs written in full).
  ///
  /// - Throws: `MemoryError` with numpy's "Unable to allocate ..." text (naming `shape`) when
  ///   the request exceeds `cap` or the memory cannot be obtained.
  public static func allocate(
    _ dtype: DType, count: Int, shape: [Int], zeroed: Bool = true, cap: MemoryCap = .process
  ) throws -> Storage {
    try cap.check(count: count, dtype: dtype, shape: shape)
    let z = zeroed
    let made: Storage?
    switch dtype {
    case .bool: made = Buffer<Bool>(count: count, empty: false, zeroed: z).map(Storage.bool)
    case .int8: made = Buffer<Int8>(count: count, empty: 0, zeroed: z).map(Storage.int8)
    case .int16: made = Buffer<Int16>(count: count, empty: 0, zeroed: z).map(Storage.int16)
    case .uint8: made = Buffer<UInt8>(count: count, empty: 0, zeroed: z).map(Storage.uint8)
    case .uint16: made = Buffer<UInt16>(count: count, empty: 0, zeroed: z).map(Storage.uint16)
    case .uint32: made = Buffer<UInt32>(count: count, empty: 0, zeroed: z).map(Storage.uint32)
    case .uint64: made = Buffer<UInt64>(count: count, empty: 0, zeroed: z).map(Storage.uint64)
    case .int32: made = Buffer<Int32>(count: count, empty: 0, zeroed: z).map(Storage.int32)
    case .int64: made = Buffer<Int64>(count: count, empty: 0, zeroed: z).map(Storage.int64)
    case .float32: made = Buffer<Float>(count: count, empty: 0, zeroed: z).map(Storage.float32)
    case .float64: made = Buffer<Double>(count: count, empty: 0, zeroed: z).map(Storage.float64)
    case .complex128:
      made = Buffer<Complex>(count: count, empty: .zero, zeroed: z).map(Storage.complex128)
    case .unicode:
      // Strings are initialised one by one; refuse absurd counts before touching memory.
      made =
        count > 1 << 32
        ? nil : Buffer<String>(count: count, empty: "").map(Storage.unicode)
    }
    guard let made else { throw ArrayError.memory(shape: shape, dtype: dtype) }
    return made
  }

  /// Number of elements in the buffer.
  public var count: Int {
    switch self {
    case .bool(let b): b.count
    case .int8(let b): b.count
    case .int16(let b): b.count
    case .uint8(let b): b.count
    case .uint16(let b): b.count
    case .uint32(let b): b.count
    case .uint64(let b): b.count
    case .int32(let b): b.count
    case .int64(let b): b.count
    case .float32(let b): b.count
    case .float64(let b): b.count
    case .complex128(let b): b.count
    case .unicode(let b): b.count
    }
  }

  /// The element at buffer position `i` as a `Scalar`.
  public func load(_ i: Int) -> Scalar {
    switch self {
    case .bool(let b): .bool(b.base[i])
    case .int8(let b): .int(Int64(b.base[i]))
    case .int16(let b): .int(Int64(b.base[i]))
    case .uint8(let b): .int(Int64(b.base[i]))
    case .uint16(let b): .int(Int64(b.base[i]))
    case .uint32(let b): .int(Int64(b.base[i]))
    case .uint64(let b): b.base[i] <= UInt64(Int64.max) ? .int(Int64(b.base[i])) : .float(Double(b.base[i]))
    case .int32(let b): .int(Int64(b.base[i]))
    case .int64(let b): .int(b.base[i])
    case .float32(let b): .float(Double(b.base[i]))
    case .float64(let b): .float(b.base[i])
    case .complex128(let b): .complex(b.base[i])
    case .unicode(let b): .str(b.base[i])
    }
  }

  /// Stores a Python value at buffer position `i` as numpy's `array()`/setitem store one:
  /// floats truncate into integer types through Python's `int()`, integers must fit the
  /// target type, strings are cut to `width` characters or parsed into numbers.
  ///
  /// - Throws: `OverflowError` "Python integer 300 out of bounds for uint8", `ValueError`
  ///   "cannot convert float NaN to integer", or a string parse failure.
  public func store(_ value: Scalar, at i: Int, width: Int) throws {
    switch self {
    case .bool(let b): b.base[i] = try Cast.toBool(value)
    case .int8(let b): b.base[i] = try Self.narrow(value, Int8.self, "int8")
    case .int16(let b): b.base[i] = try Self.narrow(value, Int16.self, "int16")
    case .uint8(let b): b.base[i] = try Self.narrow(value, UInt8.self, "uint8")
    case .uint16(let b): b.base[i] = try Self.narrow(value, UInt16.self, "uint16")
    case .uint32(let b): b.base[i] = try Self.narrow(value, UInt32.self, "uint32")
    case .uint64(let b):
      b.base[i] = UInt64(try Cast.pythonInt(value, in: 0...Int64.max, name: "uint64"))
    case .int32(let b):
      b.base[i] = Int32(
        try Cast.pythonInt(value, in: Int64(Int32.min)...Int64(Int32.max), name: "int32"))
    case .int64(let b):
      b.base[i] = try Cast.pythonInt(value, in: Int64.min...Int64.max, name: "int64")
    case .float32(let b): b.base[i] = Float(try Cast.toDouble(value))
    case .float64(let b): b.base[i] = try Cast.toDouble(value)
    case .complex128(let b): b.base[i] = try Cast.toComplex(value)
    case .unicode(let b): b.base[i] = Cast.fitted(Cast.toText(value), width: width)
    }
  }

  /// A Python value stored into a narrow integer type, range-checked as numpy does.
  private static func narrow<T: FixedWidthInteger>(_ value: Scalar, _: T.Type, _ name: String)
    throws -> T
  {
    T(truncatingIfNeeded: try Cast.pythonInt(value, in: Int64(T.min)...Int64(T.max), name: name))
  }
}
