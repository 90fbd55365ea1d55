import CCmark

/// A block-level node of a CommonMark document, copied out of cmark's tree.
///
/// Lines are 1-based; `startColumn` is a 1-based byte column (cmark does not count a BOM).
struct OutlineBlock: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// A code block; whether fenced is decided from the source text.
    case code
    case html, other
  }

  var kind: Kind
  var startLine: Int
  var endLine: Int
  var startColumn: Int
  /// The whole info string of a fenced block ("" otherwise).
  var info: String
  /// The text of a code or HTML block, with container prefixes and fence indentation removed.
  var literal: String
  /// Index (in the outline) of the block's parent container; -1 for the document's children.
  var parent: Int
  /// Index of the next sibling block, if any.
  var nextSibling: Int?
}

/// The block structure of a document, as cmark parses it with `CMARK_OPT_SOURCEPOS`.
enum MarkdownOutline {
  /// Every block node of `tree`, in document order.
  static func blocks(of tree: MarkdownTree) -> [OutlineBlock] {
    let document = tree.document
    var blocks: [OutlineBlock] = []
    // Iterative pre-order walk with an explicit stack (deep block quotes must not overflow).
    var stack: [(node: OpaquePointer, parent: Int)] = []
    // lastChild[parent + 1]: index of the parent's last child so far, or -1.
    var lastChild: [Int] = [-1]
    func push(children first: OpaquePointer?, parent: Int) {
      var items: [OpaquePointer] = []
      var node = first
      while let current = node {
        items.append(current)
        node = cmark_node_next(current)
      }
      for item in items.reversed() { stack.append((item, parent)) }
    }
    push(children: cmark_node_first_child(document), parent: -1)
    while let (node, parent) = stack.popLast() {
      let type = cmark_node_get_type(node)
      guard type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue,
        type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
      else { continue }
      let index = blocks.count
      let previous = lastChild[parent + 1]
      if previous >= 0 { blocks[previous].nextSibling = index }
      lastChild[parent + 1] = index
      lastChild.append(-1)
      blocks.append(block(node, type: type, parent: parent))
      switch type {
      case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
        push(children: cmark_node_first_child(node), parent: index)
      default:
        break
      }
    }
    return blocks
  }

  private static func block(_ node: OpaquePointer, type: cmark_node_type, parent: Int)
    -> OutlineBlock
  {
    var kind = OutlineBlock.Kind.other
    var info = ""
    var literal = ""
    switch type {
    case CMARK_NODE_CODE_BLOCK:
      // cmark's API does not say whether a block was fenced: `Notebook` decides from the source.
      kind = .code
      info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
      literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    case CMARK_NODE_HTML_BLOCK:
      kind = .html
      literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    default:
      break
    }
    return OutlineBlock(
      kind: kind,
      startLine: Int(cmark_node_get_start_line(node)),
      endLine: Int(cmark_node_get_end_line(node)),
      startColumn: Int(cmark_node_get_start_column(node)),
      info: info, literal: literal, parent: parent, nextSibling: nil)
  }

  /// Parses bytes into a cmark document that the caller must free.
  static func parse(_ bytes: [UInt8], options: Int32) -> OpaquePointer? {
    bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          cmark_parse_document($0, buffer.count, options)
        }
      } ?? cmark_parse_document("", 0, options)
    }
  }
}
