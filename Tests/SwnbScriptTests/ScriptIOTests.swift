import Foundation
import Testing

@testable import SwnbScript

/// One case of Scripts/goldens/script_io.py: input files, a program, and what CPython + numpy
/// printed, displayed, raised and wrote.
struct FileCase: Decodable, Sendable, CustomTestStringConvertible {
  struct Content: Decodable, Sendable {
    let text: String?
    let hex: String?
    /// For archives: the member names, in order (their bytes hold a timestamp).
    let npz: [String]?
    var bytes: Data {
      if let text { return Data(text.utf8) }
      var out = Data()
      var digits = hex?.makeIterator()
      while let a = digits?.next(), let b = digits?.next(), let v = UInt8(String([a, b]), radix: 16) { out.append(v) }
      return out
    }
  }
  let name: String
  let dirs: [String]
  let files: [String: Content]
  let source: String
  let printed: String
  let display: String?
  let error: String?
  let written: [String: Content]
  var testDescription: String { name }

  static func load() -> [FileCase] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent("script_io.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([FileCase].self, from: data)) ?? []
  }
}

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct ScratchFolder {
  let path: String
  init() {
    path = NSTemporaryDirectory() + "swnb-io-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  func remove() { try? FileManager.default.removeItem(atPath: path) }

  /// Every regular file below the folder, by relative path.
  func snapshot() -> [String: Data] {
    var out: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: path) else { return out }
    while let rel = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let full = path + "/" + rel
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        out[rel] = FileManager.default.contents(atPath: full)
      }
    }
    return out
  }
}

/// The last line of a traceback: `Kind: message` (messages may span lines, as genfromtxt's).
func errorLine(_ failure: ScriptFailure?, expected: String?) -> String? {
  guard let failure else { return nil }
  let text = failure.traceback
  if let expected, text.hasSuffix("\n" + expected) { return expected }
  return text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init)
}

@Suite struct ScriptIOTests {
  static let cases = FileCase.load()

  @Test func goldenFileIsPresent() {
    #expect(ScriptIOTests.cases.count >= 100)
  }

  @Test(arguments: ScriptIOTests.cases)
  func matchesNumpy(_ c: FileCase) throws {
    let folder = ScratchFolder()
    defer { folder.remove() }
    for d in c.dirs { try FileManager.default.createDirectory(atPath: folder.path + "/" + d, withIntermediateDirectories: true) }
    for (name, content) in c.files { #expect(FileManager.default.createFile(atPath: folder.path + "/" + name, contents: content.bytes)) }
    let before = folder.snapshot()
    let session = ScriptSession(directory: folder.path)
    let r = session.run(c.source, file: "io.md", firstLine: 1, label: nil, executionCount: 1, timeout: 20)
    #expect(r.printed == c.printed)
    #expect(r.display == c.display)
    #expect(errorLine(r.error, expected: c.error) == c.error)
    let after = folder.snapshot()
    let changed = after.filter { before[$0.key] != $0.value }
    #expect(Set(changed.keys) == Set(c.written.keys))
    for (name, content) in c.written {
      let got = changed[name] ?? Data()
      if let members = content.npz {
        #expect((try? ZipArchive.read(got).map(\.name)) == members, "\(name)")
      } else if let text = content.text {
        #expect(String(decoding: got, as: UTF8.self) == text, "\(name)")
      } else {
        #expect(got == content.bytes, "\(name)")
      }
    }
  }
}

/// Files written in one cell are there for the next; an open handle survives across cells.
@Suite struct FileSessionTests {
  @Test func filesPersistAcrossCells() {
    let folder = ScratchFolder()
    defer { folder.remove() }
    let session = ScriptSession(directory: folder.path)
    func cell(_ source: String, _ n: Int) -> ScriptResult {
      session.run(source, file: "nb.md", firstLine: 1, label: nil, executionCount: n, timeout: 20)
    }
    #expect(cell("import numpy as np\nA = np.arange(6.).reshape(2, 3)\nnp.save('A.npy', A)\nlog = open('log.txt', 'w')\nlog.write('first\\n')", 1).error == nil)
    #expect(cell("log.write('second\\n')\nlog.close()\nB = np.load('A.npy')\nprint((A == B).all(), open('log.txt').read().split())", 2).printed == "True ['first', 'second']\n")
    let failed = cell("np.load('../A.npy')", 3)
    #expect(failed.error?.kind == "PermissionError")
    #expect(cell("print(np.array_equal(np.load('A.npy'), A))", 4).printed == "True\n")
  }
}
