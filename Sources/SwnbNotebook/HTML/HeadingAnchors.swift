#if canImport(Glibc)
  import Glibc
#endif

/// Gives each `<h1>`…`<h6>` of cmark's HTML an `id`, and finds the page title.
enum HeadingAnchors {
  /// The text of the first heading of `html` (the page title), if any.
  static func title(in html: UnsafeBufferPointer<UInt8>) -> String? {
    guard let heading = nextHeading(in: html, from: 0) else { return nil }
    return titleAndSlug(html[heading.inner]).text
  }

  /// Appends `html` to `page` with heading ids (GitHub-style slugs, made unique).
  ///
  /// One pass over the UTF-8 bytes: pages are large, headings few.
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
    var used: [String: Int] = [:]
    var copied = 0
    while let heading = nextHeading(in: bytes, from: copied) {
      var slug = titleAndSlug(bytes[heading.inner]).slug
      if slug.isEmpty { slug = "section" }
      if let seen = used[slug] {
        used[slug] = seen + 1
        slug += "-\(seen + 1)"
      } else {
        used[slug] = 0
      }
      result += UnsafeBufferPointer(rebasing: bytes[copied..<heading.open])
      // A slug holds letters, digits, `_` and `-` only: nothing to escape.
      result += [0x3C, 0x68, UInt8(0x30 + heading.level)] + Array(" id=\"".utf8)
      result += slug.utf8
      result += [0x22, 0x3E]
      // The inner HTML and the closing tag, as they are.
      result += UnsafeBufferPointer(rebasing: bytes[heading.inner.lowerBound..<heading.end])
      copied = heading.end
    }
    result += UnsafeBufferPointer(rebasing: bytes[copied...])
  }

  /// Where a heading is: the offset of its `<hN>`, N, the range of its inner HTML, and the
  /// offset just past its `</hN>`.
  private struct Heading {
    var open: Int
    var level: Int
    var inner: Range<Int>
    var end: Int
  }

  /// The next `<hN>` (N in 1...6) at or after `start` that a `</hN>` closes.
  private static func nextHeading(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Heading?
  {
    var index = start
    while let (open, level) = nextOpening(in: bytes, from: index) {
      let innerStart = open + 4
      let closing: [UInt8] = [0x3C, 0x2F, 0x68, UInt8(0x30 + level), 0x3E]  // </hN>
      if let close = find(closing, in: bytes, from: innerStart) {
        return Heading(
          open: open, level: level, inner: innerStart..<close, end: close + closing.count)
      }
      index = innerStart
    }
    return nil
  }

  /// The offset and level of the next `<hN>` (N in 1...6) at or after `start`.
  private static func nextOpening(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (Int, Int)?
  {
    guard let base = bytes.baseAddress else { return nil }
    var index = start
    while index + 3 < bytes.count {
      guard let found = memchr(base + index, 0x3C, bytes.count - 3 - index) else { return nil }
      index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if bytes[index + 1] == 0x68, (0x31...0x36).contains(bytes[index + 2]), bytes[index + 3] == 0x3E {
        return (index, Int(bytes[index + 2] - 0x30))
      }
      index += 1
    }
    return nil
  }

  /// The offset of the first `needle` at or after `start`.
  private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> Int?
  {
    guard let first = needle.first else { return nil }
    var index = start
    while index + needle.count <= bytes.count {
      if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  /// The text (`stripTags`) and the slug (`slugify`) of a heading's inner HTML.
  private static func titleAndSlug(_ inner: Slice<UnsafeBufferPointer<UInt8>>)
    -> (text: String, slug: String)
  {
    if let (text, slug) = fastTitleAndSlug(inner) {
      return (text, String(decoding: slug, as: UTF8.self))
    }
    let text = stripTags(Substring(String(decoding: inner, as: UTF8.self)))
    return (text, slugify(text))
  }

  /// `titleAndSlug` worked out on the bytes, when the fragment is valid UTF-8 whose scalars are
  /// all below U+0300 and none is U+0130; else nil.
  ///
  /// Such scalars are each a grapheme cluster of their own (none extends a cluster) and each
  /// lower-cases to one scalar that is again a cluster of its own, so going scalar by scalar
  /// gives what `stripTags` and `slugify` give going character by character.
  private static func fastTitleAndSlug(_ inner: Slice<UnsafeBufferPointer<UInt8>>)
    -> (String, [UInt8])?
  {
    var text: [UInt8] = []
    text.reserveCapacity(inner.count)
    var inTag = false
    var index = inner.startIndex
    while index < inner.endIndex {
      let byte = inner[index]
      if byte < 0x80 {
        if byte == 0x3C {
          inTag = true
        } else if byte == 0x3E {
          inTag = false
        } else if !inTag {
          text.append(byte)
        }
        index += 1
        continue
      }
      // Two-byte sequences C2 80 ... CB BF are U+0080 ... U+02FF.
      guard (0xC2...0xCB).contains(byte), index + 1 < inner.endIndex else { return nil }
      let next = inner[index + 1]
      guard (0x80...0xBF).contains(next), !(byte == 0xC4 && next == 0xB0) else { return nil }
      if !inTag { text += [byte, next] }
      index += 2
    }
    let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
    guard let first = text.firstIndex(where: { !isBlank($0) }),
      let last = text.lastIndex(where: { !isBlank($0) })
    else { return ("", []) }
    let trimmed = text[first...last]
    return (String(decoding: trimmed, as: UTF8.self), slug(ofNarrow: trimmed))
  }

  /// `slugify` of text whose scalars are all below U+0300 (and not U+0130), as UTF-8.
  private static func slug(ofNarrow text: ArraySlice<UInt8>) -> [UInt8] {
    var slug: [UInt8] = []
    slug.reserveCapacity(text.count)
    var entity = false
    var index = text.startIndex
    while index < text.endIndex {
      let byte = text[index]
      if byte >= 0x80 {
        let scalar = UInt32(byte & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F)
        index += 2
        if entity { continue }
        guard let decoded = Unicode.Scalar(scalar) else { continue }
        for character in Character(decoded).lowercased()
        where character.isLetter || character.isNumber {
          slug += character.utf8
        }
        continue
      }
      index += 1
      if byte == 0x26 {
        entity = true
        continue
      }
      if entity {
        if byte == 0x3B { entity = false }
        continue
      }
      switch byte {
      case 0x41...0x5A: slug.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39, 0x5F: slug.append(byte)
      case 0x20, 0x2D: slug.append(0x2D)
      default: break
      }
    }
    return slug
  }

  /// The text of an HTML fragment without its tags (entities kept).
  static func stripTags(_ html: Substring) -> String {
    var text = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        text.append(character)
      }
    }
    return trim(text)
  }

  /// Lower-case letters and digits, spaces and hyphens to `-`, everything else dropped.
  static func slugify(_ text: String) -> String {
    var slug = ""
    var entity = false
    for character in text.lowercased() {
      if character == "&" {
        entity = true
        continue
      }
      if entity {
        if character == ";" { entity = false }
        continue
      }
      if character.isLetter || character.isNumber || character == "_" {
        slug.append(character)
      } else if character == " " || character == "-" {
        slug.append("-")
      }
    }
    return slug
  }
}
