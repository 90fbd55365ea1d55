/// A fenced block of results that a previous run stored after a cell.
public struct StoredBlock: Sendable, Equatable {
  /// The block's text, one `\n` after each line.
  public var text: String
  /// Its opening fence line.
  public var startLine: Int
  /// Its last line (the closing fence, or the last text line of a block left open).
  public var endLine: Int
}

/// A code cell: a fenced block whose info string starts with `python` or `py`.
public struct Cell: Sendable, Equatable {
  /// Position among the notebook's cells, from 0.
  public let index: Int
  /// The cell's text, `#|` lines included, one `\n` after each line.
  public let source: String
  /// The cell's `#|` options.
  public let options: CellOptions
  /// The line of the opening fence.
  public let fenceLine: Int
  /// The last line of the cell: its closing fence, or its last text line when left open.
  public let endLine: Int
  /// Whether a closing fence ends the cell (cmark also closes a fence at the end of its container).
  public let isClosed: Bool
  /// The `output` block stored after the cell.
  public let storedOutput: StoredBlock?
  /// The `error` block stored after the cell.
  public let storedError: StoredBlock?
  /// The last line of the stored blocks, or `endLine` when there are none.
  let attachedEndLine: Int
  /// What each written line starts with so that it stays in the cell's container (`> `, spaces).
  let containerPrefix: [UInt8]
  /// The opening line's bytes before the fence (a list marker on the first line of an item).
  let openingPrefix: [UInt8]
  /// The opening fence run, to close a fence left open.
  let fence: [UInt8]

  /// The notebook line of the cell's first source line.
  public var firstSourceLine: Int { fenceLine + 1 }
}

/// A parsed notebook: its original bytes, and its code cells with their stored outputs.
public struct Notebook: Sendable {
  /// The name used in messages (the path as the user gave it).
  public let file: String
  /// The file's bytes, kept exactly.
  public let bytes: [UInt8]
  /// The code cells, in order.
  public let cells: [Cell]
  let lines: LineTable
  /// The line ending written lines use: the one most used outside stored output blocks (which
  /// a run replaces), so that it stays the same from one run to the next.
  let newline: [UInt8]
  /// Line ranges of code blocks that are not cells and of HTML blocks (never math).
  let verbatimRanges: [ClosedRange<Int>]
  /// cmark's parse of `bytes`, which publishing reuses when it can.
  let tree: MarkdownTree?
  /// Whether every cell is a top-level block (none inside a list or a block quote).
  let cellsAreTopLevel: Bool

  /// Parses a notebook.
  ///
  /// - Throws: `NotebookError` for a bad `#|` option.
  public init(bytes: [UInt8], file: String) throws {
    try self.init(bytes: bytes, file: file, isCell: Self.isCell(info:))
  }

  /// Parses a notebook whose cells are the fenced blocks whose info string passes `isCell`.
  init(bytes: [UInt8], file: String, isCell: (String) -> Bool) throws {
    self.file = file
    self.bytes = bytes
    let lines = LineTable(bytes)
    self.lines = lines
    let tree = MarkdownTree(bytes)
    self.tree = tree
    let outline = tree.map(MarkdownOutline.blocks(of:)) ?? []
    var fences: [Int: Fence] = [:]
    for (index, block) in outline.enumerated() where block.kind == .code {
      if let fence = Fence.find(block, lines: lines, bytes: bytes) { fences[index] = fence }
    }
    var cells: [Cell] = []
    var verbatim: [ClosedRange<Int>] = []
    var attached = Set<Int>()
    var cellsAreTopLevel = true
    for (index, block) in outline.enumerated() {
      if attached.contains(index) { continue }
      guard let fence = fences[index], isCell(block.info) else {
        if block.kind == .code || block.kind == .html {
          let end = fences[index].map { $0.endLine } ?? block.endLine
          verbatim.append(block.startLine...max(block.startLine, end))
        }
        continue
      }
      if block.parent != -1 { cellsAreTopLevel = false }
      let source = block.literal
      let options = try CellOptions.parse(
        source: source, file: file, firstLine: block.startLine + 1)
      var output: StoredBlock?
      var error: StoredBlock?
      var lastLine = fence.endLine
      var next = block.nextSibling
      if fence.isClosed {
        // Every `output`/`error` block in a row belongs to the cell (stray copies are replaced
        // too); the first of each kind is what the cell stores.
        while let candidate = next, let stored = fences[candidate] {
          let kind = Self.firstWord(outline[candidate].info)
          guard kind == "output" || kind == "error",
            Self.onlyBlankLines(after: lastLine, before: outline[candidate].startLine, lines, bytes)
          else { break }
          let storedBlock = StoredBlock(
            text: outline[candidate].literal, startLine: outline[candidate].startLine,
            endLine: stored.endLine)
          if kind == "output" {
            output = output ?? storedBlock
          } else {
            error = error ?? storedBlock
          }
          attached.insert(candidate)
          lastLine = stored.endLine
          next = outline[candidate].nextSibling
          if !stored.isClosed { break }
        }
      }
      cells.append(
        Cell(
          index: cells.count, source: source, options: options, fenceLine: block.startLine,
          endLine: fence.endLine, isClosed: fence.isClosed, storedOutput: output,
          storedError: error,
          attachedEndLine: lastLine, containerPrefix: fence.containerPrefix,
          openingPrefix: fence.openingPrefix, fence: fence.run))
    }
    self.cells = cells
    self.verbatimRanges = verbatim
    self.cellsAreTopLevel = cellsAreTopLevel
    self.newline = Self.commonNewline(lines, bytes, skipping: cells)
  }

  private static func commonNewline(_ lines: LineTable, _ bytes: [UInt8], skipping cells: [Cell])
    -> [UInt8]
  {
    if !lines.hasCarriageReturn { return [0x0A] }
    // Counts of `\n`, `\r\n` and `\r` endings.
    var counts = [0, 0, 0]
    var line = 1
    var cellIterator = cells.makeIterator()
    var nextCell = cellIterator.next()
    while line <= lines.count {
      if let cell = nextCell, line > cell.endLine {
        if line <= cell.attachedEndLine {
          line = cell.attachedEndLine + 1
          continue
        }
        nextCell = cellIterator.next()
        continue
      }
      let ending = lines.ending(line, in: bytes)
      if ending.count == 2 {
        counts[1] += 1
      } else if let byte = ending.first {
        counts[byte == 0x0A ? 0 : 2] += 1
      }
      line += 1
    }
    let preference: [[UInt8]] = [[0x0A], [0x0D, 0x0A], [0x0D]]
    let most = counts.indices.max { counts[$0] < counts[$1] } ?? 0
    return preference[most]
  }

  /// Parses a notebook from text.
  public init(text: String, file: String) throws {
    try self.init(bytes: Array(text.utf8), file: file)
  }

  /// Whether a fence's info string makes a code cell.
  static func isCell(info: String) -> Bool {
    let word = firstWord(info)
    return word == "python" || word == "py"
  }

  static func firstWord(_ info: String) -> Substring {
    info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
  }

  private static func onlyBlankLines(
    after first: Int, before last: Int, _ lines: LineTable, _ bytes: [UInt8]
  ) -> Bool {
    var line = first + 1
    while line < last {
      if !lines.content(line, in: bytes).allSatisfy(Fence.isPrefixByte) { return false }
      line += 1
    }
    return true
  }
}

/// Where a fenced code block's fences are, found from the source bytes.
struct Fence {
  var run: [UInt8]
  var endLine: Int
  var isClosed: Bool
  var containerPrefix: [UInt8]
  var openingPrefix: [UInt8]

  /// Space, tab and `>`: the bytes container prefixes are made of (besides list markers).
  static func isPrefixByte(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x3E }

  /// The fence of a cmark code block, or nil when the block is an indented one.
  static func find(_ block: OutlineBlock, lines: LineTable, bytes: [UInt8]) -> Fence? {
    let opening = lines.content(block.startLine, in: bytes)
    let columnOffset = lines.offset(line: block.startLine, column: block.startColumn)
    guard columnOffset <= opening.count else { return nil }
    let from = opening.startIndex + columnOffset
    var index = from
    while index < opening.endIndex, opening[index] == 0x20, index - from < 3 { index += 1 }
    guard index < opening.endIndex, opening[index] == 0x60 || opening[index] == 0x7E else {
      return nil
    }
    let char = opening[index]
    var end = index
    while end < opening.endIndex, opening[end] == char { end += 1 }
    guard end - index >= 3 else { return nil }
    // An indented code block whose text starts with a fence: its literal's first line is that text.
    if block.info.isEmpty {
      let rest = Array(opening[from...])
      let firstLiteralLine = Array(block.literal.utf8.prefix(while: { $0 != 0x0A }))
      if rest == firstLiteralLine { return nil }
    }
    let run = Array(opening[index..<end])
    let openingPrefix = Array(opening[opening.startIndex..<index])
    let contentLines = block.literal.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    let candidate = block.startLine + contentLines + 1
    if candidate == block.endLine,
      let prefix = closingPrefix(lines.content(candidate, in: bytes), run)
    {
      return Fence(
        run: run, endLine: candidate, isClosed: true, containerPrefix: prefix,
        openingPrefix: openingPrefix)
    }
    let continuation = openingPrefix.map { isPrefixByte($0) ? $0 : 0x20 }
    return Fence(
      run: run, endLine: block.startLine + contentLines, isClosed: false,
      containerPrefix: continuation, openingPrefix: openingPrefix)
  }

  /// The bytes before the fence when `line` closes a fence opened by `run`, else nil.
  private static func closingPrefix(_ line: ArraySlice<UInt8>, _ run: [UInt8]) -> [UInt8]? {
    guard let char = run.first else { return nil }
    var index = line.startIndex
    while index < line.endIndex, isPrefixByte(line[index]) { index += 1 }
    var end = index
    while end < line.endIndex, line[end] == char { end += 1 }
    guard end - index >= run.count, line[end...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else {
      return nil
    }
    return Array(line[line.startIndex..<index])
  }
}
