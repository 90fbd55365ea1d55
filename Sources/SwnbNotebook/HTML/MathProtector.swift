#if canImport(Glibc)
  import Glibc
#endif

/// A math formula found in prose, with its delimiters.
struct MathSpan: Sendable, Equatable {
  /// The formula exactly as written, delimiters included.
  var source: String
  /// `\[ \]` and `$$ $$` are display math.
  var display: Bool
}

/// Hides math from cmark: each formula becomes an alphanumeric token before parsing, and the token
/// is replaced by the escaped formula in the HTML (cmark would eat backslashes, emphasise `_…_`).
///
/// Pandoc's rules: `\( \)` inline, `\[ \]` and `$$ $$` display, `$…$` only when the opening `$`
/// has a non-space after it and the closing `$` a non-space before it and no digit after it;
/// `\$` is a dollar; code spans are never math; no formula crosses a blank line.
struct MathProtector {
  /// The formulas found so far; token `i` stands for `spans[i]`.
  private(set) var spans: [MathSpan] = []
  private let prefix: [UInt8]
  /// For each closer searched in vain (a byte, or a backtick run length as a negative key): where
  /// the search gave up. A later search that starts before that point fails too, so an unclosed
  /// delimiter repeated along a long line costs linear time, not quadratic.
  private var failedUntil: [Int: Int] = [:]

  /// A protector whose tokens do not occur in `document`.
  init(document: [UInt8]) {
    var nonce = 0
    while true {
      let candidate = Array("SWNBMATH\(nonce)X".utf8)
      if !document.contains(subsequence: candidate) {
        prefix = candidate
        break
      }
      nonce += 1
    }
  }

  /// `text` (a run of prose lines) with each formula replaced by a token.
  mutating func protect(_ text: ArraySlice<UInt8>) -> [UInt8] {
    let bytes = Array(text)
    guard Self.mayHoldMath(text) else { return bytes }
    failedUntil = [:]
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x60 {  // a code span is copied untouched
        let end = codeSpanEnd(bytes, at: index)
        result += bytes[index..<end]
        index = end
        continue
      }
      if byte == 0x5C, index + 1 < bytes.count {  // backslash
        let next = bytes[index + 1]
        let closer: UInt8? = next == 0x28 ? 0x29 : next == 0x5B ? 0x5D : nil
        if let closer, let end = backslashMathEnd(bytes, from: index + 2, closer: closer) {
          record(bytes[index..<end], display: next == 0x5B, into: &result)
          index = end
          continue
        }
        result += bytes[index..<(index + 2)]  // `\$`, `\\`, `\(` without end: not math
        index += 2
        continue
      }
      if byte == 0x24, let (end, display) = dollarMathEnd(bytes, at: index) {
        record(bytes[index..<end], display: display, into: &result)
        index = end
        continue
      }
      result.append(byte)
      index += 1
    }
    return result
  }

  /// Whether `text` has a `$` or a backslash, which every formula starts with (most prose has
  /// neither).
  static func mayHoldMath(_ text: ArraySlice<UInt8>) -> Bool {
    text.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map {
        memchr($0, 0x24, buffer.count) != nil || memchr($0, 0x5C, buffer.count) != nil
      } ?? false
    }
  }

  private mutating func record(
    _ formula: ArraySlice<UInt8>, display: Bool, into result: inout [UInt8]
  ) {
    result += prefix + Array("\(spans.count)Q".utf8)
    spans.append(MathSpan(source: String(decoding: formula, as: UTF8.self), display: display))
  }

  /// The HTML with each token replaced by its formula in a `span.math` (escaped; inside a tag's
  /// attribute, only the escaped formula).
  func restore(_ html: [UInt8]) -> [UInt8] {
    guard !spans.isEmpty else { return html }
    let bytes = html
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var inTag = false
    var index = 0
    while index < bytes.count {
      if bytes[index] == prefix[0], let (number, end) = token(bytes, at: index),
        number < spans.count
      {
        let span = spans[number]
        let escaped = HTMLEscape.escape(span.source)
        if inTag {
          result += Array(escaped.utf8)
        } else {
          let kind = span.display ? "display" : "inline"
          result += Array("<span class=\"math \(kind)\">\(escaped)</span>".utf8)
        }
        index = end
        continue
      }
      if bytes[index] == 0x3C { inTag = true } else if bytes[index] == 0x3E { inTag = false }
      result.append(bytes[index])
      index += 1
    }
    return result
  }

  private func token(_ bytes: [UInt8], at index: Int) -> (Int, Int)? {
    guard index + prefix.count < bytes.count,
      bytes[index..<(index + prefix.count)].elementsEqual(prefix)
    else {
      return nil
    }
    var position = index + prefix.count
    var number = 0
    let digitsStart = position
    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39,
      position - digitsStart < 9
    {
      number = number * 10 + Int(bytes[position] - 0x30)
      position += 1
    }
    guard position > digitsStart, position < bytes.count, bytes[position] == 0x51 else {
      return nil
    }
    return (number, position + 1)
  }

  /// Whether a blank line starts right after the newline at `index`.
  private func blankLineFollows(_ bytes: [UInt8], newlineAt index: Int) -> Bool {
    var position = index + 1
    while position < bytes.count,
      bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D
    {
      position += 1
    }
    return position >= bytes.count || bytes[position] == 0x0A
  }

  /// End of `\(`…`\)` or `\[`…`\]` searching from `start`; nil when unclosed in its paragraph.
  private mutating func backslashMathEnd(_ bytes: [UInt8], from start: Int, closer: UInt8) -> Int? {
    let key = Int(closer)
    if let limit = failedUntil[key], start < limit { return nil }
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A && blankLineFollows(bytes, newlineAt: index) {
        failedUntil[key] = index
        return nil
      }
      if byte == 0x5C, index + 1 < bytes.count {
        if bytes[index + 1] == closer { return index + 2 }
        index += 2
        continue
      }
      index += 1
    }
    failedUntil[key] = bytes.count
    return nil
  }

  /// End of `$…$` or `$$…$$` at `index` under Pandoc's rules, and whether it is display math.
  private mutating func dollarMathEnd(_ bytes: [UInt8], at index: Int) -> (Int, Bool)? {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    if index + 1 < bytes.count, bytes[index + 1] == 0x24 {
      let key = 0x24 * 2
      if let limit = failedUntil[key], index < limit { return nil }
      var position = index + 2
      while position + 1 < bytes.count {
        let byte = bytes[position]
        if byte == 0x0A && blankLineFollows(bytes, newlineAt: position) {
          failedUntil[key] = position
          return nil
        }
        if byte == 0x5C {
          position += 2
          continue
        }
        if byte == 0x24, bytes[position + 1] == 0x24 {
          return position > index + 2 ? (position + 2, true) : nil
        }
        position += 1
      }
      failedUntil[key] = bytes.count
      return nil
    }
    guard index + 1 < bytes.count, !isSpace(bytes[index + 1]) else { return nil }
    var position = index + 1
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x0A && blankLineFollows(bytes, newlineAt: position) { return nil }
      if byte == 0x5C {
        position += 2
        continue
      }
      if byte == 0x24 {
        let after = position + 1 < bytes.count ? bytes[position + 1] : 0x20
        if !isSpace(bytes[position - 1]), !(after >= 0x30 && after <= 0x39) {
          return (position + 1, false)
        }
        return nil
      }
      position += 1
    }
    return nil
  }

  /// Where the code span opening at `index` ends (past its closing run), or past the run itself
  /// when no closing run of the same length follows in the paragraph.
  private mutating func codeSpanEnd(_ bytes: [UInt8], at index: Int) -> Int {
    var runEnd = index
    while runEnd < bytes.count, bytes[runEnd] == 0x60 { runEnd += 1 }
    let length = runEnd - index
    let key = -length
    if let limit = failedUntil[key], index < limit { return runEnd }
    var position = runEnd
    while position < bytes.count {
      if bytes[position] == 0x0A && blankLineFollows(bytes, newlineAt: position) {
        failedUntil[key] = position
        return runEnd
      }
      if bytes[position] == 0x60 {
        var end = position
        while end < bytes.count, bytes[end] == 0x60 { end += 1 }
        if end - position == length { return end }
        position = end
        continue
      }
      position += 1
    }
    failedUntil[key] = bytes.count
    return runEnd
  }
}

extension Array where Element == UInt8 {
  /// Whether `needle` occurs in the array.
  func contains(subsequence needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    return withUnsafeBufferPointer { haystack in
      needle.withUnsafeBufferPointer { needle in
        guard let base = haystack.baseAddress, let wanted = needle.baseAddress,
          needle.count <= haystack.count
        else { return false }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
          // memchr finds the next candidate start; memcmp checks it.
          guard let found = memchr(base + index, Int32(wanted.pointee), last - index + 1) else {
            return false
          }
          index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          if memcmp(base + index, wanted, needle.count) == 0 { return true }
          index += 1
        }
        return false
      }
    }
  }
}
