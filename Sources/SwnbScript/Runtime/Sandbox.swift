import Foundation
import SwnbPrinting

/// Confines script file access to the notebook's folder.
///
/// Every path a script names is resolved against the folder; absolute paths, `..` steps that
/// climb above it and symbolic links that lead outside it raise `PermissionError`.
struct Sandbox {
  /// The folder with its symbolic links resolved.
  let root: String

  init(directory: String) {
    let absolute = directory.hasPrefix("/") ? directory : FileManager.default.currentDirectoryPath + "/" + directory
    let normal = Sandbox.normalize(absolute) ?? absolute
    root = Sandbox.realPath(normal) ?? normal
  }

  /// The on-disk path for `path` (as the script wrote it), checked to stay inside the folder.
  func resolve(_ path: String) throws -> String {
    guard !path.unicodeScalars.contains("\0") else { throw PyError.make(.valueError, "embedded null byte") }
    guard !path.hasPrefix("/") else { throw denied(path) }
    guard let joined = Sandbox.normalize(root + "/" + path), inside(joined) else { throw denied(path) }
    guard let target = followLinks(joined), inside(target) else { throw denied(path) }
    return target
  }

  private func inside(_ p: String) -> Bool { p == root || p.hasPrefix(root == "/" ? "/" : root + "/") }

  private func denied(_ path: String) -> PyError {
    PyError.make(
      .permissionError,
      "[Errno 13] Permission denied: \(PythonString.repr(path)) (swnb notebooks may only read and write files inside the notebook's folder)"
    )
  }

  /// Resolves symbolic links component by component (also dangling ones); nil on a link loop.
  private func followLinks(_ path: String) -> String? {
    var pending = path.split(separator: "/").map(String.init)
    var resolved: [String] = []
    var hops = 0
    while !pending.isEmpty {
      let part = pending.removeFirst()
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        _ = resolved.popLast()
        continue
      }
      let candidate = "/" + (resolved + [part]).joined(separator: "/")
      guard let link = Sandbox.linkTarget(candidate) else {
        resolved.append(part)
        continue
      }
      hops += 1
      if hops > 40 { return nil }
      if link.hasPrefix("/") { resolved = [] }
      pending = link.split(separator: "/").map(String.init) + pending
    }
    return "/" + resolved.joined(separator: "/")
  }

  /// The target of the symbolic link at `path`, or nil when it is not a link.
  private static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4097)
    let n = readlink(path, &buffer, 4096)
    guard n > 0 else { return nil }
    return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }

  /// Removes `.` and empty components and applies `..` lexically; nil when `..` climbs above `/`.
  static func normalize(_ path: String) -> String? {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if parts.popLast() == nil { return nil }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }
}
