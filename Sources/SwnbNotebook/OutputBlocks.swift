/// The text of the `output` and `error` blocks written after a cell.
public enum OutputBlocks {
  /// What the `output` block holds: printed text, then the displayed value on a line of its own.
  ///
  /// Nil when the cell has nothing to show. The text ends with a newline.
  public static func outputText(_ output: CellOutput) -> String? {
    var text = normalized(output.printed)
    if let display = output.display {
      if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
      text += normalized(display)
    }
    if text.isEmpty { return nil }
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  /// What the `error` block holds, ending with a newline; nil when the cell did not raise.
  public static func errorText(_ output: CellOutput) -> String? {
    guard let error = output.error else { return nil }
    let text = normalized(error.traceback)
    return text.hasSuffix("\n") ? text : text + "\n"
  }

  /// A fence one backtick longer than the longest backtick run in `text` (at least three).
  static func fence(for text: String) -> String {
    var longest = 0
    var run = 0
    for byte in text.utf8 {
      if byte == 0x60 {
        run += 1
        longest = max(longest, run)
      } else {
        run = 0
      }
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }

  /// The lines of the blocks written after a cell that ran (without line endings).
  ///
  /// Each block follows a blank line; `prefix` keeps the lines inside the cell's container.
  static func lines(for output: CellOutput, options: CellOptions, prefix: [UInt8]) -> [[UInt8]] {
    var blocks: [(info: String, text: String)] = []
    if options.output, let text = outputText(output) { blocks.append(("output", text)) }
    if let text = errorText(output) { blocks.append(("error", text)) }
    var blank = prefix
    while let last = blank.last, last == 0x20 || last == 0x09 { blank.removeLast() }
    var lines: [[UInt8]] = []
    for block in blocks {
      let fence = fence(for: block.text)
      lines.append(blank)
      lines.append(prefix + Array((fence + block.info).utf8))
      for line in block.text.dropLast().split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(line.isEmpty ? blank : prefix + Array(line.utf8))
      }
      lines.append(prefix + Array(fence.utf8))
    }
    return lines
  }

  /// `text` with `\r\n` and lone `\r` turned into `\n`, so that every written line is one line.
  private static func normalized(_ text: String) -> String {
    guard text.utf8.contains(0x0D) else { return text }
    return text.replacingCRLF()
  }
}

extension String {
  /// The string with `\r\n` and `\r` replaced by `\n`.
  func replacingCRLF() -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    var previousCR = false
    for byte in utf8 {
      if byte == 0x0A && previousCR {
        previousCR = false
        continue
      }
      previousCR = byte == 0x0D
      bytes.append(previousCR ? 0x0A : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
