/// Writes fresh output blocks into a notebook, keeping every other byte as it was.
public enum Splicer {
  /// The lines that replace what follows `cell` (its stored blocks) after it ran.
  ///
  /// A fence left open is closed first, so that the output blocks stay out of the cell.
  static func replacement(for cell: Cell, output: CellOutput) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    if !cell.isClosed { lines.append(cell.containerPrefix + cell.fence) }
    lines += OutputBlocks.lines(for: output, options: cell.options, prefix: cell.containerPrefix)
    return lines
  }

  /// How many lines the notebook grows (or shrinks, when negative) at `cell` once written.
  static func lineShift(for cell: Cell, output: CellOutput) -> Int {
    replacement(for: cell, output: output).count - (cell.attachedEndLine - cell.endLine)
  }

  /// `newline`, unless it would fuse with a neighbouring lone `\r` or `\n` into one `\r\n`
  /// (a file with mixed line endings): then `\r\n`, which fuses with neither.
  private static func safeNewline(_ newline: [UInt8], after previous: UInt8?, before next: UInt8?)
    -> [UInt8]
  {
    let fusesBefore = previous == 0x0D && newline.first == 0x0A
    let fusesAfter = next == 0x0A && newline.last == 0x0D
    return fusesBefore || fusesAfter ? [0x0D, 0x0A] : newline
  }

  /// The notebook's bytes with each cell in `outputs` followed by its fresh blocks.
  ///
  /// Cells missing from `outputs` (not run) keep their stored blocks untouched.
  public static func splice(_ notebook: Notebook, outputs: [Int: CellOutput]) -> [UInt8] {
    let bytes = notebook.bytes
    let lines = notebook.lines
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 256 * outputs.count)
    var copied = 0
    for cell in notebook.cells {
      guard let output = outputs[cell.index] else { continue }
      let cellEnd = lines.end(of: cell.endLine)
      let resume = lines.end(of: cell.attachedEndLine)
      let newline = safeNewline(
        notebook.newline, after: bytes[..<cellEnd].last,
        before: resume < bytes.count ? bytes[resume] : nil)
      result += bytes[copied..<max(copied, cellEnd)]
      if !lines.hasNewline(cell.endLine) { result += newline }
      for line in replacement(for: cell, output: output) {
        result += line
        result += newline
      }
      copied = max(copied, resume)
    }
    result += bytes[min(copied, bytes.count)...]
    return result
  }
}
