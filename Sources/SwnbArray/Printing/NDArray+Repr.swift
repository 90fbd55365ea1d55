import SwnbPrinting

/// numpy's text forms of arrays, through SwnbPrinting.
extension NDArray {
  /// The elements in C order in the typed form the printer measures.
  public func toPrintableElements() -> PrintableElements {
    switch storage {
    case .bool: .bool(gathered(as: Bool.self))
    case .uint8: .uint8(gathered(as: UInt8.self))
    case .int8: .int8(gathered(as: Int8.self))
    case .int16: .int16(gathered(as: Int16.self))
    case .uint16: .uint16(gathered(as: UInt16.self))
    case .uint32: .uint32(gathered(as: UInt32.self))
    case .uint64: .uint64(gathered(as: UInt64.self))
    case .int32: .int32(gathered(as: Int32.self))
    case .int64: .int64(gathered(as: Int64.self))
    case .float32: .float32(gathered(as: Float.self))
    case .float64: .float64(contiguousFloat64())
    case .complex128(let b):
      .complex128(real: offsets().map { b.base[$0].real }, imag: offsets().map { b.base[$0].imag })
    case .unicode: .unicode(gatheredStrings(), width: dtype.unicodeWidth)
    }
  }

  /// The elements at the given flat C-order indices (each in `0..<size`), typed for printing.
  ///
  /// A summarised print of a large array asks only for its corners, so this never walks the
  /// whole array.
  public func printableElements(at flatIndices: [Int]) -> PrintableElements {
    let offsets = flatIndices.map(offset(ofFlatIndex:))
    switch storage {
    case .bool(let b): return .bool(offsets.map { b.base[$0] })
    case .uint8(let b): return .uint8(offsets.map { b.base[$0] })
    case .int8(let b): return .int8(offsets.map { b.base[$0] })
    case .int16(let b): return .int16(offsets.map { b.base[$0] })
    case .uint16(let b): return .uint16(offsets.map { b.base[$0] })
    case .uint32(let b): return .uint32(offsets.map { b.base[$0] })
    case .uint64(let b): return .uint64(offsets.map { b.base[$0] })
    case .int32(let b): return .int32(offsets.map { b.base[$0] })
    case .int64(let b): return .int64(offsets.map { b.base[$0] })
    case .float32(let b): return .float32(offsets.map { b.base[$0] })
    case .float64(let b): return .float64(offsets.map { b.base[$0] })
    case .complex128(let b):
      return .complex128(real: offsets.map { b.base[$0].real }, imag: offsets.map { b.base[$0].imag })
    case .unicode(let b): return .unicode(offsets.map { b.base[$0] }, width: dtype.unicodeWidth)
    }
  }

  /// The buffer position of the element with flat C-order index `flat`.
  private func offset(ofFlatIndex flat: Int) -> Int {
    var rest = flat
    var position = offset
    for axis in stride(from: ndim - 1, through: 0, by: -1) where shape[axis] > 0 {
      position += (rest % shape[axis]) * strides[axis]
      rest /= shape[axis]
    }
    return position
  }

  /// `repr(a)`: `array([1., 2.])`, `array(['a', 'b'], dtype='<U1')`.
  public func repr(options: PrintOptions = PrintOptions()) -> String {
    ArrayText.repr(shape: shape, options: options) { printableElements(at: $0) }
  }

  /// `str(a)` / `print(a)`: `[1. 2.]`.
  public func str(options: PrintOptions = PrintOptions()) -> String {
    ArrayText.str(shape: shape, options: options) { printableElements(at: $0) }
  }

  /// `np.array2string(a, separator=, prefix=, suffix=)`: the str layout with numpy's
  /// separator and line-width adjustments (see `ArrayText.array2string`).
  public func array2string(
    options: PrintOptions = PrintOptions(), separator: String = " ", prefix: String = "",
    suffix: String = ""
  ) -> String {
    ArrayText.array2string(
      printableElements(at: Array(0..<size)), shape: shape, options: options,
      separator: separator, prefix: prefix, suffix: suffix)
  }

  /// The repr of the numpy scalar a full integer index produces: `np.float64(0.5)`, `np.True_`.
  /// Uses the first element (a 0-d array's only one).
  public func scalarRepr(options: PrintOptions = PrintOptions()) -> String {
    ScalarText.repr(printableElements(at: size > 0 ? [0] : []), options: options)
  }

  /// The str of that numpy scalar: `0.5`, `True`.
  public func scalarStr(options: PrintOptions = PrintOptions()) -> String {
    ScalarText.str(printableElements(at: size > 0 ? [0] : []), options: options)
  }
}
