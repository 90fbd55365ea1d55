/// numpy's `repr(array)` and `str(array)` text.
public enum ArrayText {
  /// `repr(a)`: `array([1., 2.])`, with numpy 2's `shape=` and `dtype=` suffixes.
  ///
  /// Empty arrays print `array([], dtype=float64)` (with `shape=` unless 1-d), 0-d arrays
  /// `array(5.)`, and a summarised array (size > threshold) ends with `shape=(…)`.
  /// float64, int64 and bool leave out `dtype=`.
  /// - Parameters:
  ///   - elements: the flat C-order elements; `count` must equal the product of `shape`.
  ///   - shape: the array shape (`[]` for 0-d).
  ///   - options: the print options.
  /// - Returns: the repr text; a mismatched count prints as an empty array.
  public static func repr(_ elements: PrintableElements, shape: [Int], options: PrintOptions)
    -> String
  {
    repr(shape: shape, options: options) { elements.gathering($0) }
  }

  /// `repr(a)` for an array the caller does not want to gather whole.
  ///
  /// `gather` receives the flat C-order indices the text shows (every index unless the array
  /// is summarised, then only the corners: 36 for a 1000×1000 array) and returns those
  /// elements in that order; for an empty array it receives `[]` and returns an empty value
  /// of the array's dtype.
  /// - Returns: the repr text; a gathered count that differs from the request prints as an
  ///   empty array.
  public static func repr(
    shape: [Int], options: PrintOptions, gather: ([Int]) -> PrintableElements
  ) -> String {
    let prefix = "array("
    let size = checkedSize(shape)
    let (body, elements) = arrayToString(
      shape: shape, size: size, options: options, separator: ", ", prefix: prefix,
      lineWidth: options.safeLineWidth - 1, gather: gather)
    var extras: [String] = []
    if (size == 0 && shape != [0]) || (options.legacyLevel > 210 && size > options.threshold) {
      extras.append("shape=" + tupleText(shape))
    }
    if !elements.isDtypeImplied || size == 0 {
      extras.append("dtype=" + elements.dtypeRepr)
    }
    if extras.isEmpty { return prefix + body + ")" }
    let head = prefix + body + ","
    let extraText = extras.joined(separator: ", ") + ")"
    let lastLine = head.unicodeScalars.reversed().prefix { $0 != "\n" }.count
    let fits = lastLine + extraText.unicodeScalars.count + 1 <= options.safeLineWidth
    return head + (fits ? " " : "\n" + String(repeating: " ", count: prefix.count)) + extraText
  }

  /// `str(a)`: `[1. 2.]`; a 0-d array prints as its scalar's `str`.
  /// - Parameters: as `repr(_:shape:options:)`.
  /// - Returns: the str text.
  public static func str(_ elements: PrintableElements, shape: [Int], options: PrintOptions)
    -> String
  {
    str(shape: shape, options: options) { elements.gathering($0) }
  }

  /// `str(a)` gathering only the shown elements, as `repr(shape:options:gather:)`.
  public static func str(
    shape: [Int], options: PrintOptions, gather: ([Int]) -> PrintableElements
  ) -> String {
    let size = checkedSize(shape)
    if shape.isEmpty && size == 1 { return ScalarText.str(gather([0]), options: options) }
    return arrayToString(
      shape: shape, size: size, options: options, separator: " ", prefix: "",
      lineWidth: options.safeLineWidth, gather: gather
    ).text
  }

  /// `np.array2string(a, separator=, prefix=, suffix=)` under `options`.
  ///
  /// `prefix` and `suffix` are not printed: the prefix's length indents continuation
  /// lines and the suffix's length narrows the line width, as numpy documents. 0-d arrays
  /// print their element as the array formatter does (`5.`), empty arrays `[]`.
  public static func array2string(
    _ elements: PrintableElements, shape: [Int], options: PrintOptions,
    separator: String = " ", prefix: String = "", suffix: String = ""
  ) -> String {
    let width = options.safeLineWidth - suffix.unicodeScalars.count
    return arrayToString(
      shape: shape, size: checkedSize(shape), options: options, separator: separator,
      prefix: prefix, lineWidth: width, gather: { elements.gathering($0) }
    ).text
  }

  /// numpy's `array2string` + `_array2string`; also returns the gathered elements.
  private static func arrayToString(
    shape: [Int], size: Int, options: PrintOptions, separator: String, prefix: String,
    lineWidth: Int, gather: ([Int]) -> PrintableElements
  ) -> (text: String, elements: PrintableElements) {
    let summarise = size > options.threshold
    let edge = options.safeEdgeItems
    let shown = size == 0 ? [] : shownIndices(shape: shape, summarise: summarise, edgeItems: edge)
    let elements = gather(shown)
    if size == 0 || elements.count != shown.count { return ("[]", elements) }
    let formatter = ElementFormatter(elements, options: options, zeroDim: shape.isEmpty)
    let element: (Int) -> String
    if shown.count == size {
      element = { formatter($0) }
    } else {
      let position = Dictionary(uniqueKeysWithValues: zip(shown, shown.indices))
      element = { formatter(position[$0] ?? 0) }
    }
    let layout = ArrayLayout(
      shape: shape, separator: separator, lineWidth: lineWidth, edgeItems: edge,
      summarise: summarise, element: element)
    return (
      layout.render(nextLinePrefix: String(repeating: " ", count: prefix.count + 1)), elements
    )
  }

  /// The product of `shape`, or 0 when a length is negative or the product overflows.
  private static func checkedSize(_ shape: [Int]) -> Int {
    var size = 1
    for length in shape {
      guard length >= 0 else { return 0 }
      let (product, overflow) = size.multipliedReportingOverflow(by: length)
      guard !overflow else { return 0 }
      size = product
    }
    return size
  }

  /// Flat indices of numpy's `_leading_trailing` corners, in C order.
  ///
  /// numpy takes `a[:n]` and `a[-n:]` of each long axis; with `edgeitems=0` the second
  /// slice is the whole axis, which this reproduces.
  static func shownIndices(shape: [Int], summarise: Bool, edgeItems: Int) -> [Int] {
    var indices = [0]
    for length in shape {
      var along: [Int]
      if summarise && length > 2 * edgeItems {
        along = Array(0..<edgeItems)
        along += edgeItems == 0 ? Array(0..<length) : Array((length - edgeItems)..<length)
      } else {
        along = Array(0..<length)
      }
      var next: [Int] = []
      next.reserveCapacity(indices.count * along.count)
      for base in indices {
        for i in along { next.append(base * length + i) }
      }
      indices = next
    }
    return indices
  }

  /// Python's tuple text: `()`, `(3,)`, `(2, 3)`.
  static func tupleText(_ values: [Int]) -> String {
    if values.count == 1 { return "(\(values[0]),)" }
    return "(" + values.map(String.init).joined(separator: ", ") + ")"
  }
}
