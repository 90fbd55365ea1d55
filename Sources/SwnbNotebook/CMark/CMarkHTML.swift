import CCmark

#if canImport(Glibc)
  import Glibc
#endif

/// Renders Markdown to HTML with cmark, putting ready-made HTML in place of placeholder blocks.
enum CMarkHTML {
  /// The HTML of `markdown`.
  ///
  /// An HTML block whose text (trimmed) is a key of `blocks` becomes that value, verbatim, even in
  /// safe mode; with `safe`, other raw HTML and unsafe link targets are dropped (`CMARK_OPT_SAFE`).
  static func render(_ markdown: [UInt8], blocks: [String: String], safe: Bool) -> [UInt8] {
    guard let document = MarkdownOutline.parse(markdown, options: CMARK_OPT_DEFAULT) else {
      return []
    }
    defer { cmark_node_free(document) }
    if !blocks.isEmpty { substitute(blocks, in: document) }
    let options = safe ? CMARK_OPT_SAFE : CMARK_OPT_UNSAFE
    guard let html = cmark_render_html(document, options) else { return [] }
    defer { free(html) }
    return Array(UnsafeRawBufferPointer(start: html, count: strlen(html)))
  }

  /// Replaces placeholder HTML blocks by custom blocks holding their HTML.
  private static func substitute(_ blocks: [String: String], in document: OpaquePointer) {
    var placeholders: [(OpaquePointer, String)] = []
    guard let iterator = cmark_iter_new(document) else { return }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
        cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK,
        let literal = cmark_node_get_literal(node)
      else { continue }
      let key = trim(String(cString: literal).split(separator: "\n").first ?? "")
      if let html = blocks[key] { placeholders.append((node, html)) }
    }
    cmark_iter_free(iterator)
    for (node, html) in placeholders {
      guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
      cmark_node_set_on_enter(custom, html)
      cmark_node_set_on_exit(custom, "")
      if cmark_node_replace(node, custom) == 1 {
        cmark_node_free(node)
      } else {
        cmark_node_free(custom)
      }
    }
  }
}
