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
    let prefix = "array("
    let size = checkedSize(shape, elements)
    let body = arrayToString(
      elements, shape: shape, size: size, options: options, separator: ", ", prefix: prefix,
      lineWidth: options.lineWidth.subtractingReportingOverflow(1).partialValue)
    var extras: [String] = []
    let level = options.legacyLevel
    if (size == 0 && shape != [0]) || (level > 210 && size > options.threshold) {
      extras.append("shape=" + tupleText(shape))
    }
    if !elements.isDtypeImplied || size == 0 {
      extras.append("dtype=" + elements.dtypeRepr)
    }
    if extras.isEmpty { return prefix + body + ")" }
    let head = prefix + body + ","
    let extraText = extras.joined(separator: ", ") + ")"
    let lastLine = head.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .last?.count ?? 0
    let fits = lastLine + extraText.unicodeScalars.count + 1 <= options.lineWidth
    return head + (fits ? " " : "\n" + String(repeating: " ", count: prefix.count)) + extraText
  }

  /// `str(a)`: `[1. 2.]`; a 0-d array prints as its scalar's `str`.
  /// - Parameters: as `repr(_:shape:options:)`.
  /// - Returns: the str text.
  public static func str(_ elements: PrintableElements, shape: [Int], options: PrintOptions)
    -> String
  {
    let size = checkedSize(shape, elements)
    if shape.isEmpty && size == 1 { return ScalarText.str(elements, options: options) }
    return arrayToString(
      elements, shape: shape, size: size, options: options, separator: " ", prefix: "",
      lineWidth: options.lineWidth)
  }

  /// numpy's `array2string` + `_array2string`.
  private static func arrayToString(
    _ elements: PrintableElements, shape: [Int], size: Int, options: PrintOptions,
    separator: String, prefix: String, lineWidth: Int
  ) -> String {
    if size == 0 { return "[]" }
    let summarise = size > options.threshold
    let edge = options.safeEdgeItems
    let shown = shownIndices(shape: shape, summarise: summarise, edgeItems: edge)
    let formatter = ElementFormatter(
      elements, measuring: shown, options: options, zeroDim: shape.isEmpty)
    let layout = ArrayLayout(
      shape: shape, separator: separator, lineWidth: lineWidth, edgeItems: edge,
      summarise: summarise, element: { formatter($0) })
    return layout.render(nextLinePrefix: String(repeating: " ", count: prefix.count + 1))
  }

  /// The product of `shape`, or 0 when it overflows or disagrees with the element count.
  private static func checkedSize(_ shape: [Int], _ elements: PrintableElements) -> Int {
    var size = 1
    for length in shape {
      guard length >= 0 else { return 0 }
      let (product, overflow) = size.multipliedReportingOverflow(by: length)
      guard !overflow else { return 0 }
      size = product
    }
    return size == elements.count ? size : 0
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
