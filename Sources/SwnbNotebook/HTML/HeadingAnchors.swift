import Foundation

/// Gives each `<h1>`…`<h6>` of cmark's HTML an `id`, and finds the page title.
enum HeadingAnchors {
  /// The HTML with heading ids (GitHub-style slugs, made unique) and the first heading's text.
  static func apply(_ html: String) -> (String, String?) {
    var result = ""
    var title: String?
    var used: [String: Int] = [:]
    var rest = Substring(html)
    while let open = nextHeading(in: rest) {
      let level = open.level
      result += rest[..<open.range.lowerBound]
      let afterOpen = rest[open.range.upperBound...]
      guard let close = afterOpen.range(of: "</h\(level)>") else {
        result += rest[open.range]
        rest = afterOpen
        continue
      }
      let inner = afterOpen[..<close.lowerBound]
      let text = stripTags(inner)
      if title == nil { title = text }
      var slug = slugify(text)
      if slug.isEmpty { slug = "section" }
      if let seen = used[slug] {
        used[slug] = seen + 1
        slug += "-\(seen + 1)"
      } else {
        used[slug] = 0
      }
      result += "<h\(level) id=\"\(HTMLEscape.escape(slug))\">" + inner + "</h\(level)>"
      rest = afterOpen[close.upperBound...]
    }
    return (result + rest, title)
  }

  private static func nextHeading(in text: Substring) -> (
    range: Range<Substring.Index>, level: Int
  )? {
    var search = text[...]
    while let start = search.range(of: "<h") {
      let tail = search[start.upperBound...]
      if let digit = tail.first, let level = digit.wholeNumberValue, (1...6).contains(level),
        tail.dropFirst().first == ">"
      {
        let end = tail.index(tail.startIndex, offsetBy: 2)
        return (start.lowerBound..<end, level)
      }
      search = tail
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
