/// A stretch of a notebook: prose lines, or a cell with its stored blocks.
enum NotebookSegment: Equatable {
  /// Lines `lines` (1-based, inclusive) of prose.
  case prose(ClosedRange<Int>)
  /// The cell at this index.
  case cell(Int)
}

/// What a cell shows when published: fresh results of a run, or the blocks stored in the notebook.
struct PublishedCell {
  var executionCount: Int?
  var printed: String?
  var display: String?
  var error: String?

  init(cell: Cell, run: CellRun?, storedCount: Int?) {
    if let run {
      executionCount = run.executionCount
      if cell.options.output {
        let printed = run.output.printed
        self.printed = printed.isEmpty ? nil : printed
        display = run.output.display
      }
      error = OutputBlocks.errorText(run.output)
    } else {
      executionCount = storedCount
      display = cell.options.output ? cell.storedOutput?.text : nil
      if let text = display, text.hasSuffix("\n") { display = String(text.dropLast()) }
      error = cell.storedError?.text
    }
  }
}

extension Notebook {
  /// The notebook cut into prose and cells, in order.
  var segments: [NotebookSegment] {
    var result: [NotebookSegment] = []
    var next = 1
    for cell in cells {
      if cell.fenceLine > next { result.append(.prose(next...(cell.fenceLine - 1))) }
      result.append(.cell(cell.index))
      next = max(next, cell.attachedEndLine + 1)
    }
    if next <= lines.count { result.append(.prose(next...lines.count)) }
    return result
  }

  /// The execution count each cell would get (cells with `eval: false` get none).
  var storedCounts: [Int: Int] {
    var counts: [Int: Int] = [:]
    var count = 0
    for cell in cells where cell.options.eval {
      count += 1
      counts[cell.index] = count
    }
    return counts
  }

  /// The cell's source without its leading `#|` option lines.
  func shownSource(of cell: Cell) -> String {
    let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
    let body = lines.drop(while: { $0.hasPrefix("#|") })
    return body.joined(separator: "\n")
  }

  /// The bytes of lines `range` (line endings included).
  func bytes(of range: ClosedRange<Int>) -> ArraySlice<UInt8> {
    let start = lines.start(of: range.lowerBound)
    let end = lines.end(of: range.upperBound)
    return bytes[start..<max(start, end)]
  }
}
