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

  /// The notebook's bytes with each cell in `outputs` followed by its fresh blocks.
  ///
  /// Cells missing from `outputs` (not run) keep their stored blocks untouched.
  public static func splice(_ notebook: Notebook, outputs: [Int: CellOutput]) -> [UInt8] {
    let bytes = notebook.bytes
    let lines = notebook.lines
    let newline = lines.newline
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 256 * outputs.count)
    var copied = 0
    for cell in notebook.cells {
      guard let output = outputs[cell.index] else { continue }
      let cellEnd = lines.end(of: cell.endLine)
      result += bytes[copied..<max(copied, cellEnd)]
      if !lines.hasNewline(cell.endLine) { result += newline }
      for line in replacement(for: cell, output: output) {
        result += line
        result += newline
      }
      copied = max(copied, lines.end(of: cell.attachedEndLine))
    }
    result += bytes[min(copied, bytes.count)...]
    return result
  }
}
