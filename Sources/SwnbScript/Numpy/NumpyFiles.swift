import Foundation
import SwnbArray
import SwnbPrinting

/// `np.save`, `np.load`, `np.savetxt`, `np.loadtxt`, `np.genfromtxt`: files in the notebook's folder.
extension Runtime {
  func installFileFunctions(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    installArchiveFunctions(&attrs)
    def("save") { [unowned self] a in
      let v = try a.bind("save", ["file", "arr", "allow_pickle"], required: 2)
      var name = try self.pathArgument(v[0] ?? .none)
      if !name.hasSuffix(".npy") { name += ".npy" }
      let arr = try self.toArray(v[1] ?? .none)
      let data = try self.engine { try NpyFormat.encode(arr) }
      try self.writeFile(name, data)
      return .none
    }
    def("load") { [unowned self] a in
      let v = try a.bind("load", ["file", "mmap_mode", "allow_pickle", "fix_imports", "encoding", "max_header_size"], required: 1)
      let name = try self.pathArgument(v[0] ?? .none)
      let allowPickle = try v[2].map { try self.truthy($0) } ?? false
      let data = try self.readFile(name, missing: "[Errno 2] No such file or directory: \(PythonString.repr(name))")
      if data.isEmpty { throw PyError.make(.eofError, "No data left in file") }
      if data.starts(with: NpyFormat.magic) {
        return .array(try self.engine { try NpyFormat.decode(data, allowPickle: allowPickle) })
      }
      if data.starts(with: Array("PK\u{3}\u{4}".utf8)) || data.starts(with: Array("PK\u{5}\u{6}".utf8)) {
        return try self.npzFile(data, name: name, allowPickle: allowPickle)
      }
      if !allowPickle {
        throw PyError.make(
          .valueError,
          "This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."
        )
      }
      throw PyError.make(.notImplementedError, "pickled data cannot be loaded in MatrixScript")
    }
    def("savetxt") { [unowned self] a in
      let v = try a.bind("savetxt", ["fname", "X", "fmt", "delimiter", "newline", "header", "footer", "comments", "encoding"], required: 2)
      func text(_ i: Int, _ fallback: String) throws -> String {
        try v[i].map { try self.requireString($0, "savetxt() argument must be str, not \(typeName($0))") } ?? fallback
      }
      let target = v[0] ?? .none
      let isPath: Bool
      if case .object = target { isPath = false } else { isPath = true }
      // numpy creates the file before it checks the array and the format.
      if isPath { try self.writeFile(try self.pathArgument(target), Data()) }
      let output = try self.savetxtText(
        try self.toArray(v[1] ?? .none), fmt: v[2] ?? .str("%.18e"), delimiter: try text(3, " "), newline: try text(4, "\n"),
        header: try text(5, ""), footer: try text(6, ""), comments: try text(7, "# "))
      if !isPath {
        _ = try self.callMethod(v[0] ?? .none, "write", Arguments([.str(output)]))
      } else {
        try self.writeFile(try self.pathArgument(v[0] ?? .none), Data(output.utf8))
      }
      return .none
    }
    def("loadtxt") { [unowned self] a in
      let v = try a.bind(
        "loadtxt", ["fname", "dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin", "encoding", "max_rows"],
        required: 1)
      let options = try self.tableOptions(delimiter: v[3], comments: v[2], skip: v[5], usecols: v[6], maxRows: v[10])
      let dtype = try self.dtypeArgument(v[1]) ?? .float64
      let (text, label) = try self.tableText(v[0] ?? .none)
      let rows = TextTable.rows(text, options)
      var result: NDArray
      if rows.isEmpty {
        write("UserWarning: loadtxt: input contained no data: \"\(label)\"\n")
        result = try self.engine { try NDArray.zeros([0], dtype: dtype) }
      } else {
        result = try self.engine { try TextTable.loadtxt(rows, options, dtype: dtype) }
      }
      result = try self.engine { try TextTable.ensureNdmin(result, try v[8].map { try self.requireInt($0, "loadtxt") } ?? 0) }
      if let unpack = v[7], try self.truthy(unpack) { result = try self.engine { try result.transposed() } }
      return .array(result)
    }
    def("genfromtxt") { [unowned self] a in
      let v = try a.bind(
        "genfromtxt", ["fname", "dtype", "comments", "delimiter", "skip_header", "skip_footer", "converters", "missing_values", "filling_values", "usecols", "names", "excludelist", "deletechars", "replace_space", "autostrip", "case_sensitive", "defaultfmt", "unpack", "usemask", "loose", "invalid_raise", "max_rows", "encoding", "ndmin", "like"],
        required: 1)
      if let names = v[10], !names.isNone, try self.truthy(names) {
        throw PyError.make(.notImplementedError, "genfromtxt(names=...): structured arrays are not supported by MatrixScript")
      }
      let options = try self.tableOptions(delimiter: v[3], comments: v[2], skip: v[4], usecols: v[9], maxRows: v[21])
      let explicitNone = v[1]?.isNone ?? false
      let dtype: DType? = explicitNone ? nil : try self.dtypeArgument(v[1]) ?? .float64
      let filling = try v[8].flatMap { $0.isNone ? nil : try self.requireFloat($0, "genfromtxt") } ?? .nan
      let (text, label) = try self.tableText(v[0] ?? .none)
      var rows = TextTable.rows(text, options)
      let footer = try v[5].map { try self.requireInt($0, "genfromtxt") } ?? 0
      if footer > 0 { rows.removeLast(min(footer, rows.count)) }
      var result: NDArray
      if rows.isEmpty {
        write("UserWarning: genfromtxt: Empty input file: \"\(label)\"\n")
        result = try self.engine { try NDArray.zeros([0], dtype: dtype ?? .float64) }
      } else {
        result = try self.engine { try TextTable.genfromtxt(rows, options, dtype: dtype, filling: filling) }
      }
      result = try self.engine { try TextTable.ensureNdmin(result, try v[23].map { try self.requireInt($0, "genfromtxt") } ?? 0) }
      if let unpack = v[17], try self.truthy(unpack) { result = try self.engine { try result.transposed() } }
      return .array(result)
    }
  }

  /// The bytes of a file inside the notebook's folder.
  func readFile(_ name: String, missing: String) throws -> Data {
    let full = try Sandbox(directory: directory).resolve(name)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
      throw PyError.make(.fileNotFoundError, missing)
    }
    if isDirectory.boolValue { throw PyError.make(.isADirectoryError, "[Errno 21] Is a directory: \(PythonString.repr(name))") }
    guard let data = FileManager.default.contents(atPath: full) else {
      throw PyError.make(.permissionError, "[Errno 13] Permission denied: \(PythonString.repr(name))")
    }
    return data
  }

  /// Creates or replaces a file inside the notebook's folder.
  func writeFile(_ name: String, _ data: Data) throws {
    let full = try Sandbox(directory: directory).resolve(name)
    let quoted = PythonString.repr(name)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
      throw PyError.make(.isADirectoryError, "[Errno 21] Is a directory: \(quoted)")
    }
    let parent = (full as NSString).deletingLastPathComponent
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) else {
      throw PyError.make(.fileNotFoundError, "[Errno 2] No such file or directory: \(quoted)")
    }
    guard isDirectory.boolValue else { throw PyError.make(.notADirectoryError, "[Errno 20] Not a directory: \(quoted)") }
    guard FileManager.default.createFile(atPath: full, contents: data) else {
      throw PyError.make(.permissionError, "[Errno 13] Permission denied: \(quoted)")
    }
  }

  /// The text of a `fname` argument (a path, an open file or a list of lines) and its label.
  private func tableText(_ source: Value) throws -> (String, String) {
    switch source {
    case .str(let name):
      let data = try readFile(name, missing: "\(name) not found.")
      let text = try decodeUTF8(data)
      return (universalNewlines(text, hasReturns: data.contains(0x0d)), name)
    case .object:
      guard case .str(let text) = try callMethod(source, "read", Arguments([])) else {
        throw PyError.make(.typeError, "fname must be a string, filehandle, list of strings, or generator. Got \(typeName(source)) instead.")
      }
      return (text, "<file>")
    case .list, .tuple:
      let lines = try collect(source).map { try requireString($0, "fname must be a string, filehandle, list of strings, or generator. Got \(typeName(source)) instead.") }
      return (lines.joined(separator: "\n"), "<list>")
    default:
      throw PyError.make(.typeError, "fname must be a string, filehandle, list of strings, or generator. Got \(typeName(source)) instead.")
    }
  }

  private func tableOptions(delimiter: Value?, comments: Value?, skip: Value?, usecols: Value?, maxRows: Value?) throws -> TextTable.Options {
    var o = TextTable.Options()
    if let d = delimiter, !d.isNone { o.delimiter = try requireString(d, "Text reading control character must be a single unicode character or None; but got: \(try repr(d))") }
    if let c = comments {
      switch c {
      case .none: o.comments = []
      case .str(let s): o.comments = [s]
      default: o.comments = try collect(c).map { try requireString($0, "comments must be a str or a sequence of str") }
      }
    }
    o.skip = try skip.map { try requireInt($0, "skiprows") } ?? 0
    if let u = usecols, !u.isNone {
      if let i = intValue(u) { o.usecols = [i] } else { o.usecols = try collect(u).map { try requireInt($0, "usecols") } }
    }
    if let m = maxRows, !m.isNone {
      let n = try requireInt(m, "max_rows")
      guard n >= 0 else { throw PyError.make(.valueError, "'max_rows' must be a nonnegative integer.") }
      o.maxRows = n
    }
    return o
  }

  /// numpy's `savetxt` text for a 1-D or 2-D array.
  private func savetxtText(
    _ x: NDArray, fmt: Value, delimiter: String, newline: String, header: String, footer: String, comments: String
  ) throws -> String {
    guard x.ndim == 1 || x.ndim == 2 else { throw PyError.make(.valueError, "Expected 1D or 2D array, got \(x.ndim)D array instead") }
    let table = x.ndim == 1 ? try engine { try x.reshaped([x.size, 1]) } : x
    let columns = table.shape[1]
    let format: String
    switch fmt {
    case .list, .tuple:
      let parts = try collect(fmt).map { try requireString($0, "fmt must be str") }
      guard parts.count == columns else { throw PyError.make(.attributeError, "fmt has wrong shape.  \(try str(fmt))") }
      format = parts.joined(separator: delimiter)
    case .str(let f):
      let count = f.filter { $0 == "%" }.count
      if count == 1 {
        format = Array(repeating: f, count: columns).joined(separator: delimiter)
      } else if count != columns {
        throw PyError.make(.valueError, "fmt has wrong number of % formats:  \(f)")
      } else {
        format = f
      }
    default: throw PyError.make(.valueError, "invalid fmt: \(try repr(fmt))")
    }
    var out = ""
    if !header.isEmpty { out += comments + header.replacingOccurrences(of: "\n", with: "\n" + comments) + newline }
    if case .str("%.18e") = fmt, x.dtype == .float64 {
      // numpy's default format on floats: C's %.18e, which Python's %-formatting equals for
      // finite values; inf and nan are spelled as Python spells them.
      let numbers = table.contiguousFloat64()
      for r in 0..<table.shape[0] {
        out += numbers[(r * columns)..<(r * columns + columns)].map { v in
          v.isNaN ? "nan" : v.isInfinite ? (v < 0 ? "-inf" : "inf") : String(format: "%.18e", v)
        }.joined(separator: delimiter) + newline
      }
    } else {
      try formatRows(table, format: format, dtype: x.dtype, newline: newline, into: &out)
    }
    if !footer.isEmpty { out += comments + footer.replacingOccurrences(of: "\n", with: "\n" + comments) + newline }
    return out
  }

  /// `format % tuple(row) + newline` for every row, as numpy's savetxt loop.
  private func formatRows(_ table: NDArray, format: String, dtype: DType, newline: String, into out: inout String) throws {
    let columns = table.shape[1]
    let values = table.scalars()
    for r in 0..<table.shape[0] {
      let row = values[(r * columns)..<(r * columns + columns)].map { pythonValue($0) }
      do { out += try percentFormat(format, .tuple(row)) + newline } catch let e as PyError {
        if exceptionObject(e).type.isSubtype(of: exceptionType(.typeError)) {
          throw PyError.make(.typeError, "Mismatch between array dtype ('\(dtype.name)') and format specifier ('\(format)')")
        }
        throw e
      }
    }
  }
}
