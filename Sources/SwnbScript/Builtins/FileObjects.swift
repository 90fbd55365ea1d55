import Foundation
import SwnbPrinting

/// The state behind one text file object returned by `open()`.
final class ScriptFile {
  enum Mode { case read, write }
  let name: String
  let modeText: String
  let mode: Mode
  /// Read mode: the whole decoded text (newlines translated) as code points, as Python counts
  /// them, and the read position.
  private var text: [Unicode.Scalar] = []
  private var position = 0
  /// Write mode: the open handle; nil once closed.
  private var handle: FileHandle?
  private(set) var closed = false

  init(name: String, modeText: String, text: String) {
    self.name = name
    self.modeText = modeText
    mode = .read
    self.text = Array(text.unicodeScalars)
  }

  init(name: String, modeText: String, handle: FileHandle) {
    self.name = name
    self.modeText = modeText
    mode = .write
    self.handle = handle
  }

  private func checkOpen() throws {
    if closed { throw PyError.make(.valueError, "I/O operation on closed file.") }
  }

  private func requireRead(_ rt: Runtime) throws {
    try checkOpen()
    guard mode == .read else { throw rt.unsupportedOperation("not readable") }
  }

  /// `read(size=-1)`: up to `size` characters, all the rest when negative.
  func read(_ rt: Runtime, _ size: Int) throws -> String {
    try requireRead(rt)
    let end = size < 0 || size > text.count - position ? text.count : position + size
    defer { position = end }
    return String(String.UnicodeScalarView(text[position..<end]))
  }

  /// `readline()`: the next line with its newline, or "" at the end.
  func readline(_ rt: Runtime) throws -> String {
    try requireRead(rt)
    var end = position
    while end < text.count {
      end += 1
      if text[end - 1] == "\n" { break }
    }
    defer { position = end }
    return String(String.UnicodeScalarView(text[position..<end]))
  }

  /// `write(s)`: writes through to disk at once and returns the number of characters.
  func write(_ rt: Runtime, _ s: String) throws -> Int {
    try checkOpen()
    guard mode == .write, let handle else { throw rt.unsupportedOperation("not writable") }
    do { try handle.write(contentsOf: Data(s.utf8)) } catch {
      throw PyError.make(.osError, "[Errno 5] Input/output error: \(PythonString.repr(name))")
    }
    return s.unicodeScalars.count
  }

  func close() {
    if let handle { try? handle.close() }
    handle = nil
    closed = true
  }

  deinit { if let handle { try? handle.close() } }
}

/// `open()` for text files inside the notebook's folder.
extension Runtime {
  func installFileBuiltins() {
    // Python 3 keeps these names as aliases of OSError.
    builtins["IOError"] = .type(exceptionType(.osError))
    builtins["EnvironmentError"] = .type(exceptionType(.osError))
    let fileType = PyType(name: "TextIOWrapper", bases: [], module: "_io")
    types["_io.TextIOWrapper"] = fileType
    func method(_ name: String, _ body: @escaping (Value, inout Arguments) throws -> Value) {
      fileType.attributes[name] = .builtin(BuiltinFunction(name, isMethod: true) { a in
        let receiver = a.positional.removeFirst()
        return try body(receiver, &a)
      })
    }
    method("__repr__") { v, _ in
      guard case .object(let o) = v, case .str(let name)? = o.attributes["name"], case .str(let mode)? = o.attributes["mode"]
      else { return .str("<_io.TextIOWrapper>") }
      return .str("<_io.TextIOWrapper name=\(PythonString.repr(name)) mode=\(PythonString.repr(mode)) encoding='UTF-8'>")
    }
    method("__enter__") { [unowned self] v, _ in
      try self.checkNotClosed(v)
      return v
    }
    method("__exit__") { [unowned self] v, _ in
      _ = try self.callMethod(v, "close", Arguments([]))
      return .bool(false)
    }
    method("__iter__") { [unowned self] v, _ in
      try self.checkNotClosed(v)
      return v
    }
    method("__next__") { [unowned self] v, _ in
      let line = try self.callMethod(v, "readline", Arguments([]))
      if case .str(let s) = line, s.isEmpty { throw PyError.make(.stopIteration, "") }
      return line
    }
    define("open") { [unowned self] a in
      let v = try a.bind("open", ["file", "mode", "buffering", "encoding", "errors", "newline"], required: 1)
      let path = try self.pathArgument(v[0] ?? .none)
      let mode = try v[1].map { try self.requireString($0, "open() argument 'mode' must be str, not \(typeName($0))") } ?? "r"
      if let enc = v[3], case .str(let e) = enc {
        let normal = e.lowercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        guard ["utf8", "ascii", "usascii"].contains(normal) else {
          throw PyError.make(.notImplementedError, "open() supports only UTF-8 text in MatrixScript, not encoding=\(PythonString.repr(e))")
        }
      }
      return try self.openFile(path, mode: mode, type: fileType)
    }
  }

  /// A file name argument: a str (Python also takes bytes and path objects).
  func pathArgument(_ v: Value) throws -> String {
    if case .str(let s) = v { return s }
    throw PyError.make(.typeError, "expected str, bytes or os.PathLike object, not \(typeName(v))")
  }

  /// `io.UnsupportedOperation` (a subclass of OSError and ValueError).
  func unsupportedOperation(_ message: String) -> PyError {
    let t: PyType
    if let known = types["io.UnsupportedOperation"] {
      t = known
    } else {
      t = PyType(name: "UnsupportedOperation", bases: [exceptionType(.osError), exceptionType(.valueError)], module: "io")
      types["io.UnsupportedOperation"] = t
    }
    return PyError.object(newException(t, args: [.str(message)]))
  }

  private func checkNotClosed(_ v: Value) throws {
    if case .object(let o) = v, case .bool(true)? = o.attributes["closed"] {
      throw PyError.make(.valueError, "I/O operation on closed file.")
    }
  }

  /// Opens `path` (as the script wrote it) in a text mode: r, w, a or x, optionally with `t`.
  private func openFile(_ path: String, mode: String, type: PyType) throws -> Value {
    let base = Set(mode).filter { "rwax".contains($0) }
    guard mode.count == Set(mode).count, mode.allSatisfy({ "rwaxtb+".contains($0) }) else {
      throw PyError.make(.valueError, "invalid mode: \(PythonString.repr(mode))")
    }
    if mode.contains("t") && mode.contains("b") {
      throw PyError.make(.valueError, "can't have text and binary mode at once")
    }
    guard base.count == 1 else { throw PyError.make(.valueError, "must have exactly one of create/read/write/append mode") }
    if mode.contains("b") || mode.contains("+") {
      throw PyError.make(.notImplementedError, "open() mode \(PythonString.repr(mode)): MatrixScript supports only the text modes 'r', 'w', 'a' and 'x'")
    }
    let full = try Sandbox(directory: directory).resolve(path)
    let quoted = PythonString.repr(path)
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
    if exists && isDirectory.boolValue { throw PyError.make(.isADirectoryError, "[Errno 21] Is a directory: \(quoted)") }
    let file: ScriptFile
    if base.contains("r") {
      guard exists else { throw PyError.make(.fileNotFoundError, "[Errno 2] No such file or directory: \(quoted)") }
      file = ScriptFile(name: path, modeText: mode, text: try readText(full, name: path))
    } else {
      if base.contains("x") && exists { throw PyError.make(.fileExistsError, "[Errno 17] File exists: \(quoted)") }
      let parent = (full as NSString).deletingLastPathComponent
      var parentIsDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: parent, isDirectory: &parentIsDirectory) else {
        throw PyError.make(.fileNotFoundError, "[Errno 2] No such file or directory: \(quoted)")
      }
      guard parentIsDirectory.boolValue else { throw PyError.make(.notADirectoryError, "[Errno 20] Not a directory: \(quoted)") }
      if !exists || base.contains("w") {
        guard FileManager.default.createFile(atPath: full, contents: Data()) else {
          throw PyError.make(.permissionError, "[Errno 13] Permission denied: \(quoted)")
        }
      }
      guard let handle = FileHandle(forWritingAtPath: full) else {
        throw PyError.make(.permissionError, "[Errno 13] Permission denied: \(quoted)")
      }
      if base.contains("a") { _ = try? handle.seekToEnd() }
      file = ScriptFile(name: path, modeText: mode, handle: handle)
    }
    return makeFileObject(file, type: type)
  }

  /// Reads a whole file as UTF-8 text with universal newlines (`\r\n` and `\r` become `\n`).
  func readText(_ full: String, name: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: full) else {
      throw PyError.make(.permissionError, "[Errno 13] Permission denied: \(PythonString.repr(name))")
    }
    return universalNewlines(try decodeUTF8(data), hasReturns: data.contains(0x0d))
  }

  /// Python's universal newlines: `\r\n` and `\r` read as `\n`.
  func universalNewlines(_ text: String, hasReturns: Bool) -> String {
    guard hasReturns else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  private func makeFileObject(_ file: ScriptFile, type: PyType) -> Value {
    let o = PyObject(type: type)
    let v = Value.object(o)
    o.attributes["name"] = .str(file.name)
    o.attributes["mode"] = .str(file.modeText)
    o.attributes["encoding"] = .str("UTF-8")
    o.attributes["closed"] = .bool(false)
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      o.attributes[name] = .builtin(BuiltinFunction(name, body))
    }
    def("read") { [unowned self] a in
      let size = try a.bind("read", ["size"])[0]
      let n = try size.flatMap { $0.isNone ? nil : try self.requireInt($0, "read") } ?? -1
      return .str(try file.read(self, n))
    }
    def("readline") { [unowned self] a in
      _ = try a.bind("readline", ["size"])
      return .str(try file.readline(self))
    }
    def("readlines") { [unowned self] a in
      _ = try a.bind("readlines", ["hint"])
      var lines: [Value] = []
      while case let line = try file.readline(self), !line.isEmpty { lines.append(.str(line)) }
      return .list(PyList(lines))
    }
    def("write") { [unowned self] a in
      let s = try a.exactly(1, "write")[0]
      guard case .str(let text) = s else { throw PyError.make(.typeError, "write() argument must be str, not \(typeName(s))") }
      return .int(try file.write(self, text))
    }
    def("writelines") { [unowned self] a in
      for line in try self.collect(try a.exactly(1, "writelines")[0]) {
        guard case .str(let text) = line else { throw PyError.make(.typeError, "write() argument must be str, not \(typeName(line))") }
        _ = try file.write(self, text)
      }
      return .none
    }
    def("close") { [weak o] _ in
      file.close()
      o?.attributes["closed"] = .bool(true)
      return .none
    }
    def("flush") { _ in .none }
    def("readable") { _ in .bool(file.mode == .read) }
    def("writable") { _ in .bool(file.mode == .write) }
    return v
  }
}
