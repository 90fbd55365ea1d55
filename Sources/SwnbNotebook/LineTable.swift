#if canImport(Glibc)
  import Glibc
#endif

/// The lines of a document's bytes, split the way CommonMark splits them (`\n`, `\r\n`, `\r`).
struct LineTable: Sendable {
  /// Byte offset where each line starts.
  private(set) var starts: [Int] = []
  /// Byte offset where each line's content ends (before its line ending).
  private(set) var contentEnds: [Int] = []
  /// Byte offset just past each line's ending (equal to `contentEnds` on a last line without one).
  private(set) var ends: [Int] = []
  /// Whether the document starts with a UTF-8 byte order mark (cmark's columns skip it).
  let hasBOM: Bool
  /// Whether any line ends with `\r` or `\r\n`.
  let hasCarriageReturn: Bool

  init(_ bytes: [UInt8]) {
    hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    hasCarriageReturn = bytes.withUnsafeBufferPointer {
      $0.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false
    }
    if !hasCarriageReturn {
      splitAtLineFeeds(bytes)
      return
    }
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        starts.append(start)
        contentEnds.append(index)
        if byte == 0x0D, index + 1 < count, bytes[index + 1] == 0x0A {
          index += 2
        } else {
          index += 1
        }
        ends.append(index)
        start = index
      } else {
        index += 1
      }
    }
    if start < count {
      starts.append(start)
      contentEnds.append(count)
      ends.append(count)
    }
  }

  /// The table of a document whose only line ending is `\n`, found with `memchr`.
  private mutating func splitAtLineFeeds(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var start = 0
      while start < buffer.count,
        let found = memchr(base + start, 0x0A, buffer.count - start)
      {
        let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        starts.append(start)
        contentEnds.append(newline)
        ends.append(newline + 1)
        start = newline + 1
      }
      if start < buffer.count {
        starts.append(start)
        contentEnds.append(buffer.count)
        ends.append(buffer.count)
      }
    }
  }

  /// Number of lines.
  var count: Int { starts.count }

  /// Whether 1-based `line` exists.
  func contains(_ line: Int) -> Bool { line >= 1 && line <= starts.count }

  /// The content bytes of 1-based `line` (no line ending); empty when out of range.
  func content(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard contains(line) else { return [] }
    return bytes[starts[line - 1]..<contentEnds[line - 1]]
  }

  /// Byte offset of the start of 1-based `line`; the end of the document past the last line.
  func start(of line: Int) -> Int {
    if line < 1 { return 0 }
    return line <= starts.count ? starts[line - 1] : (ends.last ?? 0)
  }

  /// Byte offset just past `line`'s line ending.
  func end(of line: Int) -> Int {
    if line < 1 { return 0 }
    return line <= ends.count ? ends[line - 1] : (ends.last ?? 0)
  }

  /// The line ending of `line` (`\n`, `\r\n`, `\r`, or empty on a last line without one).
  func ending(_ line: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard contains(line) else { return [] }
    return bytes[contentEnds[line - 1]..<ends[line - 1]]
  }

  /// Whether `line` ends with a line ending.
  func hasNewline(_ line: Int) -> Bool {
    contains(line) && ends[line - 1] > contentEnds[line - 1]
  }

  /// Byte offset inside `line` of cmark's 1-based byte `column`.
  func offset(line: Int, column: Int) -> Int {
    let bom = (line == 1 && hasBOM) ? 3 : 0
    return max(0, column - 1) + bom
  }
}
