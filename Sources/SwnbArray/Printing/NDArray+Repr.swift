import SwnbPrinting

/// numpy's text forms of arrays, through SwnbPrinting.
extension NDArray {
  /// The elements in C order in the typed form the printer measures.
  public func toPrintableElements() -> PrintableElements {
    switch storage {
    case .bool: .bool(gathered(as: Bool.self))
    case .uint8: .uint8(gathered(as: UInt8.self))
    case .int32: .int32(gathered(as: Int32.self))
    case .int64: .int64(gathered(as: Int64.self))
    case .float32: .float32(gathered(as: Float.self))
    case .float64: .float64(contiguousFloat64())
    case .unicode: .unicode(gatheredStrings(), width: dtype.unicodeWidth)
    }
  }

  /// `repr(a)`: `array([1., 2.])`, `array(['a', 'b'], dtype='<U1')`.
  public func repr(options: PrintOptions = PrintOptions()) -> String {
    ArrayText.repr(toPrintableElements(), shape: shape, options: options)
  }

  /// `str(a)` / `print(a)`: `[1. 2.]`.
  public func str(options: PrintOptions = PrintOptions()) -> String {
    ArrayText.str(toPrintableElements(), shape: shape, options: options)
  }

  /// The repr of the numpy scalar a full integer index produces: `np.float64(0.5)`, `np.True_`.
  /// Uses the first element (a 0-d array's only one).
  public func scalarRepr(options: PrintOptions = PrintOptions()) -> String {
    ScalarText.repr(toPrintableElements(), options: options)
  }

  /// The str of that numpy scalar: `0.5`, `True`.
  public func scalarStr(options: PrintOptions = PrintOptions()) -> String {
    ScalarText.str(toPrintableElements(), options: options)
  }
}
