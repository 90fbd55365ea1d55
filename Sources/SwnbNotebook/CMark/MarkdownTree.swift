import CCmark

#if canImport(Glibc)
  import Glibc
#endif

/// A document as cmark parsed it, kept after its outline was read so that publishing it can reuse
/// the parse instead of parsing the prose a second time.
///
/// `@unchecked Sendable`: the tree is never changed after parsing, and reading it (walking it,
/// rendering it) keeps no state in its nodes.
final class MarkdownTree: @unchecked Sendable {
  /// The document node, freed with the tree.
  let document: OpaquePointer

  /// Parses `bytes`; source positions do not change the tree cmark builds, only what it records.
  init?(_ bytes: [UInt8]) {
    let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
    guard let document = MarkdownOutline.parse(bytes, options: options) else { return nil }
    self.document = document
  }

  deinit { cmark_node_free(document) }

  /// A top-level block replaced when publishing: its HTML, and the last line of the blocks it
  /// stands for (the blocks starting on later lines up to that one are dropped).
  struct Replacement {
    var html: String
    var throughLine: Int
  }

  /// Calls `body` with cmark's HTML of the document with the top-level blocks that start on a
  /// line of `replacements` swapped for their HTML; `capacity` is the expected size in bytes.
  ///
  /// Each top-level block is rendered on its own; cmark's renderer ends every block with a
  /// newline, so the pieces join into the bytes it gives for the whole document, and a
  /// replacement is emitted the way it emits a custom block. Without replacements the whole
  /// document is rendered at once and read where cmark wrote it.
  func withHTML<Result>(
    replacing replacements: [Int: Replacement], safe: Bool, capacity: Int,
    _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    let options = safe ? CMARK_OPT_SAFE : CMARK_OPT_UNSAFE
    if replacements.isEmpty, let rendered = cmark_render_html(document, options) {
      defer { free(rendered) }
      // CChar and UInt8 may alias each other.
      let bytes = UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self)
      return body(UnsafeBufferPointer(start: bytes, count: strlen(rendered)))
    }
    var html: [UInt8] = []
    html.reserveCapacity(capacity)
    func newlineUnlessAtLineStart() {
      if let last = html.last, last != 0x0A { html.append(0x0A) }
    }
    var droppedThrough = 0
    var node = cmark_node_first_child(document)
    while let current = node {
      node = cmark_node_next(current)
      let line = Int(cmark_node_get_start_line(current))
      if line <= droppedThrough { continue }
      if let replacement = replacements[line] {
        newlineUnlessAtLineStart()
        html += replacement.html.utf8
        newlineUnlessAtLineStart()
        droppedThrough = replacement.throughLine
        continue
      }
      guard let rendered = cmark_render_html(current, options) else { continue }
      html.append(contentsOf: UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
      free(rendered)
    }
    return html.withUnsafeBufferPointer(body)
  }
}
