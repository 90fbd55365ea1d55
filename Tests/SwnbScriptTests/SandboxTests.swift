import Foundation
import Testing

@testable import SwnbScript

/// Scripts may only touch files inside the notebook's folder, and have no os/sys/eval escape
/// hatches. (CPython has no sandbox, so these expectations are ours, not numpy's.)
@Suite struct SandboxTests {
  static let note = "(swnb notebooks may only read and write files inside the notebook's folder)"

  /// Runs `source` in a session rooted at a scratch folder that has `inside.txt`, a `sub` folder
  /// and a sibling file `outside.txt` next to the folder.
  private func run(_ source: String, prepare: (String) throws -> Void = { _ in }) throws -> (ScriptResult, String) {
    let parent = ScratchFolder()
    let root = parent.path + "/nb"
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    try "secret\n".write(toFile: parent.path + "/outside.txt", atomically: true, encoding: .utf8)
    try "1 2\n3 4\n".write(toFile: root + "/inside.txt", atomically: true, encoding: .utf8)
    try prepare(root)
    let r = ScriptSession(directory: root).run(source, file: "t.md", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    return (r, parent.path)
  }

  private func lastLine(_ r: ScriptResult) -> String? {
    r.error?.traceback.split(separator: "\n").last.map(String.init)
  }

  @Test(arguments: [
    ("open('/etc/passwd')", "/etc/passwd"),
    ("open('../outside.txt')", "../outside.txt"),
    ("open('sub/../../outside.txt', 'w')", "sub/../../outside.txt"),
    ("np.loadtxt('/etc/hostname')", "/etc/hostname"),
    ("np.genfromtxt('../outside.txt')", "../outside.txt"),
    ("np.load('../x.npy')", "../x.npy"),
    ("np.save('/tmp/swnb-escape', np.ones(2))", "/tmp/swnb-escape.npy"),
    ("np.savetxt('../written.txt', np.ones(2))", "../written.txt"),
  ])
  func pathsOutsideTheFolderAreDenied(_ program: String, _ named: String) throws {
    let (r, parent) = try run("import numpy as np\n" + program)
    defer { ScratchFolder(existing: parent).remove() }
    #expect(lastLine(r) == "PermissionError: [Errno 13] Permission denied: '\(named)' \(SandboxTests.note)")
    #expect(!FileManager.default.fileExists(atPath: parent + "/written.txt"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/swnb-escape.npy"))
  }

  @Test func symlinkToAFolderOutsideIsDenied() throws {
    let (r, parent) = try run("open('etc/passwd').read()") { root in
      try FileManager.default.createSymbolicLink(atPath: root + "/etc", withDestinationPath: "/etc")
    }
    defer { ScratchFolder(existing: parent).remove() }
    #expect(lastLine(r) == "PermissionError: [Errno 13] Permission denied: 'etc/passwd' \(SandboxTests.note)")
  }

  @Test func relativeSymlinkEscapeIsDeniedForWriting() throws {
    let (r, parent) = try run("f = open('leak.txt', 'w')") { root in
      try FileManager.default.createSymbolicLink(atPath: root + "/leak.txt", withDestinationPath: "../stolen.txt")
    }
    defer { ScratchFolder(existing: parent).remove() }
    #expect(lastLine(r) == "PermissionError: [Errno 13] Permission denied: 'leak.txt' \(SandboxTests.note)")
    #expect(!FileManager.default.fileExists(atPath: parent + "/stolen.txt"))
  }

  @Test func symlinksThatStayInsideAreFollowed() throws {
    let (r, parent) = try run("import numpy as np\nprint(open('alias.txt').read(), end='')\nnp.loadtxt('subalias/../inside.txt')") { root in
      try FileManager.default.createSymbolicLink(atPath: root + "/alias.txt", withDestinationPath: "inside.txt")
      try FileManager.default.createSymbolicLink(atPath: root + "/subalias", withDestinationPath: "sub")
    }
    defer { ScratchFolder(existing: parent).remove() }
    #expect(r.error == nil)
    #expect(r.printed == "1 2\n3 4\n")
    #expect(r.display == "array([[1., 2.],\n       [3., 4.]])")
  }

  @Test func dotDotThatStaysInsideIsAllowed() throws {
    let (r, parent) = try run("open('sub/../inside.txt').readline()")
    defer { ScratchFolder(existing: parent).remove() }
    #expect(r.error == nil)
    #expect(r.display == "'1 2\\n'")
  }

  @Test func permissionErrorIsAnOSError() throws {
    let (r, parent) = try run("try:\n    open('/etc/passwd')\nexcept OSError as e:\n    print(type(e).__name__, isinstance(e, PermissionError))")
    defer { ScratchFolder(existing: parent).remove() }
    #expect(r.printed == "PermissionError True\n")
  }

  @Test(arguments: ["os", "sys", "subprocess", "shutil", "socket", "pathlib"])
  func systemModulesDoNotExist(_ name: String) throws {
    let (r, parent) = try run("import \(name)")
    defer { ScratchFolder(existing: parent).remove() }
    #expect(lastLine(r) == "ModuleNotFoundError: No module named '\(name)'")
  }

  @Test(arguments: ["eval", "exec", "__import__", "compile", "breakpoint"])
  func escapeBuiltinsDoNotExist(_ name: String) throws {
    let (r, parent) = try run("\(name)('1')")
    defer { ScratchFolder(existing: parent).remove() }
    #expect(lastLine(r) == "NameError: name '\(name)' is not defined")
  }

  @Test func binaryModesAreNotImplemented() throws {
    let (r, parent) = try run("open('inside.txt', 'rb')")
    defer { ScratchFolder(existing: parent).remove() }
    #expect(r.error?.kind == "NotImplementedError")
  }
}

extension ScratchFolder {
  /// An existing folder to clean up.
  init(existing path: String) { self.path = path }
}

/// Damaged `.npy` files raise Python errors, never crash.
@Suite struct NpyDamageTests {
  @Test func truncatedAndCorruptedFilesRaise() throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let session = ScriptSession(directory: folder.path)
    let made = session.run(
      "import numpy as np\nnp.save('a.npy', np.arange(6.).reshape(2, 3).T)\nnp.save('s.npy', np.array(['ab', 'c']))",
      file: "t.md", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(made.error == nil)
    for name in ["a.npy", "s.npy"] {
      let whole = try #require(FileManager.default.contents(atPath: folder.path + "/" + name))
      var variants: [Data] = (0..<whole.count).map { whole.prefix($0) }
      for i in stride(from: 0, to: whole.count, by: 5) {
        var d = whole
        d[i] ^= 0x5a
        variants.append(d)
      }
      var header = whole
      if let r = header.range(of: Data("(3, 2)".utf8)) { header.replaceSubrange(r, with: Data("(-1,99999999999999999)".utf8)) }
      variants.append(header)
      for (k, bytes) in variants.enumerated() {
        #expect(FileManager.default.createFile(atPath: folder.path + "/bad.npy", contents: bytes))
        let r = session.run("x = np.load('bad.npy')", file: "t.md", firstLine: 1, label: nil, executionCount: 2 + k, timeout: 20)
        if let kind = r.error?.kind {
          #expect(["ValueError", "EOFError", "TypeError", "NotImplementedError"].contains(kind), "\(kind) for variant \(k)")
        }
      }
    }
  }
}
