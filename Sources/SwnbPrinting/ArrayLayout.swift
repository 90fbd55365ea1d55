/// numpy's `_formatArray`: nests brackets, wraps rows at the line width, and summarises
/// long axes with `...`. It knows nothing about dtypes: elements arrive as text.
///
/// Mirrors the non-legacy rules of numpy/_core/arrayprint.py: each nesting level narrows
/// the width by one for its closing bracket, the last element of a row may use the
/// separator's column, and a line is never wrapped when wrapping would not help.
struct ArrayLayout {
  let shape: [Int]
  let separator: String
  let lineWidth: Int
  let edgeItems: Int
  let summarise: Bool
  let element: (Int) -> String

  private var strides: [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for axis in shape.indices.reversed() {
      strides[axis] = step
      step = step.multipliedReportingOverflow(by: Swift.max(shape[axis], 1)).partialValue
    }
    return strides
  }

  /// The text of the whole array; `nextLinePrefix` indents continuation lines.
  func render(nextLinePrefix: String) -> String {
    let context = Context(strides: strides, separatorTrimmed: trimTrailing(separator))
    return recurse(
      axis: 0, offset: 0, hangingIndent: nextLinePrefix, width: lineWidth,
      context: context)
  }

  private struct Context {
    let strides: [Int]
    let separatorTrimmed: String
  }

  /// The indices shown along an axis of length `length`: the leading and trailing items.
  private func shownCounts(_ length: Int) -> (leading: Int, trailing: Int, summary: Bool) {
    if summarise && 2 * edgeItems < length { return (edgeItems, edgeItems, true) }
    return (0, length, false)
  }

  private func recurse(
    axis: Int, offset: Int, hangingIndent: String, width: Int, context: Context
  ) -> String {
    if axis == shape.count { return element(offset) }
    let length = shape[axis]
    let stride = context.strides[axis]
    let nextIndent = hangingIndent + " "
    let nextWidth = width - 1
    let (leading, trailing, summary) = shownCounts(length)
    var rows: [Int] = Array(0..<leading)
    if trailing >= 2 { rows += ((length - trailing)..<(length - 1)) }
    let last = length - 1
    let child = { (i: Int) in
      recurse(
        axis: axis + 1, offset: offset + i * stride, hangingIndent: nextIndent,
        width: nextWidth, context: context)
    }
    var s: String
    if axis == shape.count - 1 {
      s = row(
        indices: rows, summaryAfter: leading, summary: summary, last: last,
        hangingIndent: hangingIndent, width: width, context: context, child: child)
    } else {
      let lineSeparator =
        context.separatorTrimmed + String(repeating: "\n", count: shape.count - axis - 1)
      s = ""
      for (position, i) in rows.enumerated() {
        if summary && position == leading { s += hangingIndent + "..." + lineSeparator }
        s += hangingIndent + child(i) + lineSeparator
      }
      if summary && rows.count == leading { s += hangingIndent + "..." + lineSeparator }
      s += hangingIndent + child(last)
    }
    // The hanging indent is ASCII spaces, so dropping its UTF-8 bytes drops its characters.
    return "[" + String(Substring(s.utf8.dropFirst(hangingIndent.utf8.count))) + "]"
  }

  private func row(
    indices: [Int], summaryAfter leading: Int, summary: Bool, last: Int, hangingIndent: String,
    width: Int, context: Context, child: (Int) -> String
  ) -> String {
    let elementWidth = width - Swift.max(context.separatorTrimmed.unicodeScalars.count, 1)
    var lines = LineBuilder(indent: hangingIndent)
    for (position, i) in indices.enumerated() {
      if summary && position == leading {
        lines.extend("...", width: elementWidth)
        lines.append(separator)
      }
      lines.extend(child(i), width: elementWidth)
      lines.append(separator)
    }
    if summary && indices.count == leading {
      lines.extend("...", width: elementWidth)
      lines.append(separator)
    }
    lines.extend(child(last), width: elementWidth)
    return lines.finish()
  }
}

/// numpy's `_extendLine`: accumulates finished lines and the current line with its width.
private struct LineBuilder {
  let indent: String
  let indentCount: Int
  var done = ""
  var line: String
  var lineCount: Int

  init(indent: String) {
    self.indent = indent
    indentCount = indent.unicodeScalars.count
    line = indent
    lineCount = indentCount
  }

  mutating func extend(_ word: String, width: Int) {
    let wordCount = word.unicodeScalars.count
    if lineCount + wordCount > width && lineCount > indentCount {
      done += trimTrailing(line) + "\n"
      line = indent
      lineCount = indentCount
    }
    append(word, count: wordCount)
  }

  mutating func append(_ text: String, count: Int? = nil) {
    line += text
    lineCount += count ?? text.unicodeScalars.count
  }

  func finish() -> String { done + line }
}

/// Python's `s.rstrip()`: drops trailing whitespace characters.
func trimTrailing(_ s: String) -> String {
  let scalars = s.unicodeScalars
  var end = scalars.endIndex
  while end > scalars.startIndex {
    let previous = scalars.index(before: end)
    guard scalars[previous].properties.isWhitespace else { break }
    end = previous
  }
  return end == scalars.endIndex ? s : String(s[..<end])
}
