/// Line diffs in the unified format (`---`, `+++`, `@@` hunks with three lines of context).
public enum UnifiedDiff {
  /// The unified diff from `old` to `new`; empty when they are equal.
  public static func diff(
    old: String, new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    let a = splitLines(old)
    let b = splitLines(new)
    if a == b { return "" }
    let edits = script(a, b)
    var text = "--- \(oldName)\n+++ \(newName)\n"
    var index = 0
    while index < edits.count {
      guard edits[index].kind != .keep else {
        index += 1
        continue
      }
      // Grow a hunk from this change while the next change is within 2 * context lines.
      var start = index
      var back = 0
      while start > 0, back < context, edits[start - 1].kind == .keep {
        start -= 1
        back += 1
      }
      var end = index
      var lastChange = index
      while end < edits.count {
        if edits[end].kind != .keep { lastChange = end }
        if end - lastChange > 2 * context { break }
        end += 1
      }
      end = min(edits.count, lastChange + 1 + context)
      let hunk = edits[start..<end]
      let oldStart = hunk.first.map { $0.oldLine } ?? 0
      let newStart = hunk.first.map { $0.newLine } ?? 0
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
      for edit in hunk {
        switch edit.kind {
        case .keep: text += " " + a[edit.oldLine - 1] + "\n"
        case .delete: text += "-" + a[edit.oldLine - 1] + "\n"
        case .insert: text += "+" + b[edit.newLine - 1] + "\n"
        }
      }
      index = end
    }
    return text
  }

  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
  }

  private static func splitLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private struct Edit {
    enum Kind { case keep, delete, insert }
    var kind: Kind
    /// 1-based line in the old text (for inserts: the old line the insert comes before).
    var oldLine: Int
    var newLine: Int
  }

  /// An edit script by longest common subsequence; very large inputs fall back to replace-all.
  private static func script(_ a: [String], _ b: [String]) -> [Edit] {
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix,
      a[a.count - 1 - suffix] == b[b.count - 1 - suffix]
    {
      suffix += 1
    }
    let midA = Array(a[prefix..<(a.count - suffix)])
    let midB = Array(b[prefix..<(b.count - suffix)])
    var edits: [Edit] = (0..<prefix).map { Edit(kind: .keep, oldLine: $0 + 1, newLine: $0 + 1) }
    let n = midA.count
    let m = midB.count
    var middle: [Edit.Kind] = []
    if n * m <= 4_000_000 {
      var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          table[i * (m + 1) + j] =
            midA[i] == midB[j]
            ? table[(i + 1) * (m + 1) + j + 1] + 1
            : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < n || j < m {
        if i < n, j < m, midA[i] == midB[j] {
          middle.append(.keep)
          i += 1
          j += 1
        } else if i < n, j == m || table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
          middle.append(.delete)
          i += 1
        } else {
          middle.append(.insert)
          j += 1
        }
      }
    } else {
      middle = Array(repeating: .delete, count: n) + Array(repeating: .insert, count: m)
    }
    var oldLine = prefix + 1
    var newLine = prefix + 1
    for kind in middle {
      edits.append(Edit(kind: kind, oldLine: oldLine, newLine: newLine))
      if kind != .insert { oldLine += 1 }
      if kind != .delete { newLine += 1 }
    }
    for offset in 0..<suffix {
      edits.append(Edit(kind: .keep, oldLine: oldLine + offset, newLine: newLine + offset))
    }
    return edits
  }
}
