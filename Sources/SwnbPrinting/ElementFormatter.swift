/// Formats the shown elements of an array after measuring all of them.
///
/// Mirrors numpy's `_get_format_function`: one measured formatter per dtype kind, built
/// from the (summarised) elements the print shows.
struct ElementFormatter {
  private let text: (Int) -> String

  /// Measures `elements` (the shown elements, in C order).
  init(_ elements: PrintableElements, options: PrintOptions, zeroDim: Bool) {
    let indices = 0..<elements.count
    if let custom = options.formatter?.texts(elements), custom.count == elements.count {
      text = { custom[$0] }
      return
    }
    switch elements {
    case .bool(let v):
      let trueText = zeroDim ? "True" : " True"
      text = { v[$0] ? trueText : "False" }
    case .int8(let v): text = Self.integers(v, options)
    case .int16(let v): text = Self.integers(v, options)
    case .int32(let v): text = Self.integers(v, options)
    case .int64(let v): text = Self.integers(v, options)
    case .uint8(let v): text = Self.integers(v, options)
    case .uint16(let v): text = Self.integers(v, options)
    case .uint32(let v): text = Self.integers(v, options)
    case .uint64(let v): text = Self.integers(v, options)
    case .float32(let v):
      let format = FloatFormat(
        measuring: indices.map { Double(v[$0]) }, float32: true, options: options)
      text = { format.format(Double(v[$0])) }
    case .float64(let v):
      let format = FloatFormat(measuring: indices.map { v[$0] }, float32: false, options: options)
      text = { format.format(v[$0]) }
    case .complex128(let re, let im):
      let format = ComplexFormat(measuring: re, im, options: options)
      text = { format.format(re[$0], im[$0]) }
    case .unicode(let v, _):
      text = { PythonString.repr(v[$0]) }
    }
  }

  private static func integers<T: BinaryInteger & Sendable>(
    _ v: [T], _ options: PrintOptions
  ) -> (Int) -> String {
    let format = IntegerFormat(measuring: v, sign: options.sign)
    return { format.format(v[$0]) }
  }

  /// The formatted element at `index` in the shown elements.
  func callAsFunction(_ index: Int) -> String { text(index) }
}
