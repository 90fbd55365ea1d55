#if canImport(Glibc)
  import Glibc
#endif

/// Gives each `<h1>`…`<h6>` of cmark's HTML an `id`, and finds the page title.
enum HeadingAnchors {
  /// The HTML with heading ids (GitHub-style slugs, made unique) and the first heading's text.
  ///
  /// One pass over the UTF-8 bytes: pages are large, headings few.
  static func apply(_ html: [UInt8]) -> ([UInt8], String?) {
    html.withUnsafeBufferPointer(anchor)
  }

  private static func anchor(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], String?) {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 1024)
    var title: String?
    var used: [String: Int] = [:]
    var copied = 0
    var index = 0
    while let (open, level) = nextHeading(in: bytes, from: index) {
      let innerStart = open + 4
      let closing = Array("</h\(level)>".utf8)
      guard let close = find(closing, in: bytes, from: innerStart) else {
        index = innerStart
        continue
      }
      let inner = String(decoding: bytes[innerStart..<close], as: UTF8.self)
      let text = stripTags(Substring(inner))
      if title == nil { title = text }
      var slug = slugify(text)
      if slug.isEmpty { slug = "section" }
      if let seen = used[slug] {
        used[slug] = seen + 1
        slug += "-\(seen + 1)"
      } else {
        used[slug] = 0
      }
      result += bytes[copied..<open]
      result += Array("<h\(level) id=\"\(HTMLEscape.escape(slug))\">".utf8)
      result += bytes[innerStart..<close]
      result += closing
      copied = close + closing.count
      index = copied
    }
    result += bytes[copied...]
    return (result, title)
  }

  /// The offset and level of the next `<hN>` (N in 1...6) at or after `start`.
  private static func nextHeading(in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
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
