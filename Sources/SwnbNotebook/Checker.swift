/// A cell whose fresh output differs from the stored one.
public struct CellMismatch: Sendable, Equatable {
  /// The cell's index.
  public var cellIndex: Int
  /// The cell's opening fence line in the notebook as read.
  public var line: Int
  /// The unified diff from the stored blocks to the fresh ones.
  public var diff: String
}

/// Compares a run's fresh outputs with the blocks stored in the notebook (`swnb check`).
public enum Checker {
  /// The cells that ran and whose output or error differs from what the notebook stores.
  ///
  /// With `rtol`, numbers inside outputs match when within that relative tolerance.
  public static func mismatches(in result: RunResult, rtol: Double? = nil) -> [CellMismatch] {
    var found: [CellMismatch] = []
    for run in result.runs {
      guard run.cellIndex < result.notebook.cells.count else { continue }
      let cell = result.notebook.cells[run.cellIndex]
      let stored = storedText(cell)
      let fresh = freshText(cell, run.output)
      if matches(stored, fresh, rtol: rtol) { continue }
      let place = "\(result.notebook.file):\(cell.fenceLine)"
      let diff = UnifiedDiff.diff(
        old: stored, new: fresh, oldName: "\(place) (stored)", newName: "\(place) (fresh)")
      found.append(CellMismatch(cellIndex: cell.index, line: cell.fenceLine, diff: diff))
    }
    return found
  }

  /// The stored blocks' text, the error block's introduced by a `[error]` line.
  private static func storedText(_ cell: Cell) -> String {
    joined(
      output: cell.options.output ? cell.storedOutput?.text : nil, error: cell.storedError?.text)
  }

  private static func freshText(_ cell: Cell, _ output: CellOutput) -> String {
    joined(
      output: cell.options.output ? OutputBlocks.outputText(output) : nil,
      error: OutputBlocks.errorText(output))
  }

  private static func joined(output: String?, error: String?) -> String {
    (output ?? "") + (error.map { "[error]\n" + $0 } ?? "")
  }

  /// Whether two outputs agree: exactly, or with `rtol`, number by number.
  public static func matches(_ a: String, _ b: String, rtol: Double?) -> Bool {
    if a == b { return true }
    guard let rtol else { return false }
    let left = NumberTokens(a)
    let right = NumberTokens(b)
    guard left.words == right.words, left.numbers.count == right.numbers.count else { return false }
    for (x, y) in zip(left.numbers, right.numbers) where !(x == y || (x.isNaN && y.isNaN)) {
      if abs(x - y) > rtol * max(abs(x), abs(y)) { return false }
    }
    return true
  }
}

/// A text split into its numbers and the words between them (without whitespace: numpy pads
/// columns to the widest number, so widths change with the values).
struct NumberTokens {
  var numbers: [Double] = []
  var words: [String] = []

  init(_ text: String) {
    let bytes = Array(text.utf8)
    var current: [UInt8] = []
    var index = 0
    func flushWord() {
      words.append(String(decoding: current, as: UTF8.self))
      current = []
    }
    while index < bytes.count {
      if let (value, end) = Self.number(bytes, at: index) {
        flushWord()
        numbers.append(value)
        index = end
        continue
      }
      let byte = bytes[index]
      let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09
      if !isSpace { current.append(byte) }
      index += 1
    }
    flushWord()
  }

  private static let specialValues: [[UInt8]] = [Array("nan".utf8), Array("inf".utf8)]

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isWordByte(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
  }

  /// A float literal starting at `start` (not glued to a preceding word), and where it ends.
  private static func number(_ bytes: [UInt8], at start: Int) -> (Double, Int)? {
    if start > 0, isWordByte(bytes[start - 1]) || bytes[start - 1] == 0x2E { return nil }
    var index = start
    if index < bytes.count, bytes[index] == 0x2D || bytes[index] == 0x2B { index += 1 }
    for letters in specialValues where index < bytes.count && bytes[index] == letters[0] {
      if index + letters.count <= bytes.count,
        bytes[index..<(index + letters.count)].elementsEqual(letters),
        index + letters.count == bytes.count || !isWordByte(bytes[index + letters.count])
      {
        let end = index + letters.count
        return (Double(String(decoding: bytes[start..<end], as: UTF8.self)) ?? .nan, end)
      }
    }
    let digitsStart = index
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    var digits = index - digitsStart
    if index < bytes.count, bytes[index] == 0x2E {
      index += 1
      let fraction = index
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      digits += index - fraction
    }
    guard digits > 0 else { return nil }
    if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
      var exponent = index + 1
      if exponent < bytes.count, bytes[exponent] == 0x2D || bytes[exponent] == 0x2B {
        exponent += 1
      }
      let exponentDigits = exponent
      while exponent < bytes.count, isDigit(bytes[exponent]) { exponent += 1 }
      if exponent > exponentDigits { index = exponent }
    }
    if index < bytes.count, isWordByte(bytes[index]) { return nil }
    guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
      return nil
    }
    return (value, index)
  }
}
