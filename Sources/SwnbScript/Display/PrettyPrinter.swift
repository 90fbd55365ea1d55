/// IPython 8's pretty printer (IPython/lib/pretty.py): groups whose breakables turn into
/// newlines, outermost group first, once a line would exceed `maxWidth`.
final class PrettyPrinter {
  private final class Group {
    let depth: Int
    var breakables: [Breakable] = []
    var head = 0
    var wantBreak = false
    init(depth: Int) { self.depth = depth }
    var hasBreakables: Bool { head < breakables.count }
  }

  private final class Breakable {
    let separator: String
    let width: Int
    let indentation: Int
    let group: Group
    init(_ separator: String, indentation: Int, group: Group) {
      self.separator = separator
      width = separator.unicodeScalars.count
      self.indentation = indentation
      self.group = group
    }
  }

  private enum Item {
    case text(String, Int)
    case breakable(Breakable)
    var width: Int {
      switch self {
      case .text(_, let w): return w
      case .breakable(let b): return b.width
      }
    }
  }

  let maxWidth: Int
  private(set) var output = ""
  private var outputWidth = 0
  private var bufferWidth = 0
  private var buffer: [Item] = []
  private var bufferHead = 0
  private var groupStack: [Group]
  private var queue: [[Group]] = []
  private var indentation = 0

  init(maxWidth: Int = 79) {
    self.maxWidth = maxWidth
    let root = Group(depth: 0)
    groupStack = [root]
    enqueue(root)
  }

  private var bufferIsEmpty: Bool { bufferHead >= buffer.count }

  private func enqueue(_ g: Group) {
    while g.depth > queue.count - 1 { queue.append([]) }
    queue[g.depth].append(g)
  }

  private func dequeue() -> Group? {
    for d in queue.indices {
      let stack = queue[d]
      for (offset, g) in stack.enumerated().reversed() where g.hasBreakables {
        queue[d].remove(at: offset)
        g.wantBreak = true
        return g
      }
      for g in stack { g.wantBreak = true }
      queue[d].removeAll()
    }
    return nil
  }

  private func removeFromQueue(_ g: Group) {
    guard g.depth < queue.count, let i = queue[g.depth].firstIndex(where: { $0 === g }) else { return }
    queue[g.depth].remove(at: i)
  }

  /// Writes one buffered item; returns the new output width.
  private func emit(_ item: Item, _ width: Int) -> Int {
    switch item {
    case .text(let s, let w):
      output += s
      return width + w
    case .breakable(let b):
      b.group.head += 1
      if b.group.wantBreak {
        output += "\n" + String(repeating: " ", count: b.indentation)
        return b.indentation
      }
      if !b.group.hasBreakables { removeFromQueue(b.group) }
      output += b.separator
      return width + b.width
    }
  }

  private func popFront() -> Item {
    let item = buffer[bufferHead]
    bufferHead += 1
    if bufferHead > 64 && bufferHead * 2 > buffer.count {
      buffer.removeFirst(bufferHead)
      bufferHead = 0
    }
    return item
  }

  private func breakOneGroup(_ g: Group) {
    while g.hasBreakables, !bufferIsEmpty {
      let x = popFront()
      outputWidth = emit(x, outputWidth)
      bufferWidth -= x.width
    }
    while !bufferIsEmpty, case .text = buffer[bufferHead] {
      let x = popFront()
      outputWidth = emit(x, outputWidth)
      bufferWidth -= x.width
    }
  }

  private func breakOuterGroups() {
    while maxWidth < outputWidth + bufferWidth {
      guard let g = dequeue() else { return }
      breakOneGroup(g)
    }
  }

  func text(_ s: String) {
    let width = s.unicodeScalars.count
    if !bufferIsEmpty {
      if case .text(let prev, let w) = buffer[buffer.count - 1] {
        buffer[buffer.count - 1] = .text(prev + s, w + width)
      } else {
        buffer.append(.text(s, width))
      }
      bufferWidth += width
      breakOuterGroups()
    } else {
      output += s
      outputWidth += width
    }
  }

  func breakable(_ separator: String = " ") {
    guard let group = groupStack.last else { return }
    if group.wantBreak {
      flush()
      output += "\n" + String(repeating: " ", count: indentation)
      outputWidth = indentation
      bufferWidth = 0
    } else {
      let b = Breakable(separator, indentation: indentation, group: group)
      group.breakables.append(b)
      buffer.append(.breakable(b))
      bufferWidth += b.width
      breakOuterGroups()
    }
  }

  /// A forced newline (multi-line reprs).
  func forceBreak() {
    if let g = dequeue() { breakOneGroup(g) }
    flush()
    output += "\n" + String(repeating: " ", count: indentation)
    outputWidth = indentation
    bufferWidth = 0
  }

  func beginGroup(_ indent: Int = 0, _ open: String = "") {
    if !open.isEmpty { text(open) }
    let g = Group(depth: (groupStack.last?.depth ?? 0) + 1)
    groupStack.append(g)
    enqueue(g)
    indentation += indent
  }

  func endGroup(_ dedent: Int = 0, _ close: String = "") {
    indentation -= dedent
    if let g = groupStack.popLast(), !g.hasBreakables { removeFromQueue(g) }
    if !close.isEmpty { text(close) }
  }

  func flush() {
    while !bufferIsEmpty {
      let x = popFront()
      outputWidth = emit(x, outputWidth)
    }
    buffer.removeAll()
    bufferHead = 0
    bufferWidth = 0
  }
}
