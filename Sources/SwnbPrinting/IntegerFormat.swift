/// numpy's IntegerFormat: right-aligns integers to the widest of the minimum and maximum.
///
/// Mirrors `IntegerFormat` in numpy/_core/arrayprint.py, including its quirk that
/// `sign=' '` falls back to `'-'` when any measured value is negative.
struct IntegerFormat {
  private let width: Int
  private let plusSign: Character?

  /// Measures the shown (summarised) values.
  init<T: BinaryInteger>(measuring values: [T], sign: Character) {
    guard let high = values.max(), let low = values.min() else {
      width = 0
      plusSign = nil
      return
    }
    var sign = sign
    if sign == " " && low < 0 { sign = "-" }
    var highWidth = String(high).count
    if high >= 0 && sign != "-" { highWidth += 1 }
    width = Swift.max(highWidth, String(low).count)
    plusSign = sign == "-" ? nil : sign
  }

  /// `'{:{sign}{width}d}'.format(x)`.
  func format<T: BinaryInteger>(_ x: T) -> String {
    var text = String(x)
    if x >= 0, let plusSign { text = String(plusSign) + text }
    let count = text.utf8.count
    return count < width ? String(repeating: " ", count: width - count) + text : text
  }
}
