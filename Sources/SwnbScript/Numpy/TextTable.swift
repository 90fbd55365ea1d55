import Foundation
import SwnbArray
import SwnbPrinting

/// Splitting delimited text into rows and converting them, as `np.loadtxt` and `np.genfromtxt`.
enum TextTable {
  struct Options {
    /// nil splits on runs of whitespace.
    var delimiter: String?
    var comments = ["#"]
    /// Lines skipped at the top of the file (`skiprows`, `skip_header`).
    var skip = 0
    var usecols: [Int]?
    var maxRows: Int?
  }

  /// The non-empty data rows, split into fields, after skipped lines and comments are removed.
  static func rows(_ text: String, _ o: Options) -> [[String]] {
    let bytes = Array(text.utf8)
    let markers = o.comments.filter { !$0.isEmpty }.map { Array($0.utf8) }
    let delimiter = o.delimiter.map { Array($0.utf8) }
    func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    func field(_ from: Int, _ to: Int) -> String {
      var a = from
      var b = to
      while a < b && isBlank(bytes[a]) { a += 1 }
      while b > a && isBlank(bytes[b - 1]) { b -= 1 }
      return String(decoding: bytes[a..<b], as: UTF8.self)
    }
    func find(_ needle: [UInt8], _ from: Int, _ to: Int) -> Int? {
      guard let first = needle.first, to - from >= needle.count else { return nil }
      var i = from
      while i <= to - needle.count {
        if bytes[i] == first && (needle.count == 1 || Array(bytes[i..<(i + needle.count)]) == needle) { return i }
        i += 1
      }
      return nil
    }
    var out: [[String]] = []
    var start = 0
    var lineNumber = 0
    while start < bytes.count {
      var stop = start
      while stop < bytes.count && bytes[stop] != 0x0a { stop += 1 }
      defer {
        start = stop + 1
        lineNumber += 1
      }
      guard lineNumber >= o.skip else { continue }
      if let limit = o.maxRows, out.count >= limit { break }
      var end = stop
      for m in markers { if let p = find(m, start, end) { end = p } }
      if bytes[start..<end].allSatisfy(isBlank) { continue }
      var fields: [String] = []
      if let d = delimiter, !d.isEmpty {
        var a = start
        while let p = find(d, a, end) {
          fields.append(field(a, p))
          a = p + d.count
        }
        fields.append(field(a, end))
      } else {
        var a = start
        while a < end {
          while a < end && isBlank(bytes[a]) { a += 1 }
          var b = a
          while b < end && !isBlank(bytes[b]) { b += 1 }
          if b > a { fields.append(field(a, b)) }
          a = b
        }
      }
      out.append(fields)
    }
    return out
  }

  /// `loadtxt`: every row must have the same number of fields; fields must convert.
  static func loadtxt(_ rows: [[String]], _ o: Options, dtype: DType) throws -> NDArray {
    let width = rows.first?.count ?? 0
    var cells: [String] = []
    var columns = 0
    for (i, row) in rows.enumerated() {
      if let use = o.usecols {
        var picked: [String] = []
        for c in use {
          let k = c < 0 ? c + row.count : c
          guard k >= 0, k < row.count else {
            throw PyError.make(.valueError, "invalid column index \(c) at row \(i + 1) with \(row.count) columns")
          }
          picked.append(row[k])
        }
        cells += picked
        columns = use.count
      } else {
        guard row.count == width else {
          throw PyError.make(.valueError, 
            "the number of columns changed from \(width) to \(row.count) at row \(i + 1); use `usecols` to select a subset and avoid this error")
        }
        cells += row
        columns = width
      }
    }
    let shape = [rows.count, columns]
    if case .unicode = dtype { return NDArray(strings: cells, shape: shape) }
    var values: [Double] = []
    var ints: [Int64] = []
    let integral = dtype.kind == "i" || dtype.kind == "u"
    for (n, cell) in cells.enumerated() {
      let fail = PyError.make(.valueError, 
        "could not convert string \(PythonString.repr(cell)) to \(dtype.name) at row \(n / max(columns, 1)), column \(n % max(columns, 1) + 1).")
      if integral {
        guard let i = Int64(cell.replacingOccurrences(of: "_", with: "")) else { throw fail }
        ints.append(i)
      } else {
        guard let d = parseFloat(cell) else { throw fail }
        values.append(d)
      }
    }
    if integral { return try NDArray(int64: ints, shape: shape).astype(dtype) }
    return try NDArray(float64: values, shape: shape).astype(dtype)
  }

  /// `genfromtxt`: missing or unparsable fields become `filling` (nan); ragged rows are errors.
  /// A nil `dtype` infers the type from the text, as `dtype=None`.
  static func genfromtxt(_ rows: [[String]], _ o: Options, dtype: DType?, filling: Double) throws -> NDArray {
    let width = rows.first?.count ?? 0
    var bad: [String] = []
    for (i, row) in rows.enumerated() where row.count != width && o.usecols == nil {
      bad.append("    Line #\(i + o.skip + 1) (got \(row.count) columns instead of \(width))")
    }
    if !bad.isEmpty { throw PyError.make(.valueError, "Some errors were detected !\n" + bad.joined(separator: "\n")) }
    var picked: [[String]] = []
    for row in rows {
      let fields = try o.usecols.map { use in
        try use.map { c -> String in
          let k = c < 0 ? c + row.count : c
          guard k >= 0, k < row.count else { throw PyError.make(.indexError, "list index out of range") }
          return row[k]
        }
      } ?? row
      picked.append(fields)
    }
    let columns = picked.first?.count ?? 0
    let shape = [rows.count, columns]
    guard let dtype else { return try inferred(picked, shape: shape) }
    let values = picked.flatMap { $0.map { $0.isEmpty ? filling : parseFloat($0) ?? filling } }
    return try NDArray(float64: values, shape: shape).astype(dtype)
  }

  /// `genfromtxt(dtype=None)`: int64 when every field is an integer, float64 when every column
  /// holds a float; mixed columns would need a structured array.
  private static func inferred(_ rows: [[String]], shape: [Int]) throws -> NDArray {
    let columns = shape[1]
    var intColumns = Array(repeating: true, count: columns)
    for row in rows {
      for (c, field) in row.enumerated() where !field.isEmpty {
        if Int64(field) == nil {
          guard parseFloat(field) != nil else {
            throw PyError.make(.notImplementedError, "genfromtxt(dtype=None) with text columns needs structured arrays, which MatrixScript does not support")
          }
          intColumns[c] = false
        }
      }
    }
    if intColumns.allSatisfy({ $0 }) {
      return NDArray(int64: rows.flatMap { $0.map { Int64($0) ?? -1 } }, shape: shape)
    }
    guard intColumns.allSatisfy({ !$0 }) else {
      throw PyError.make(.notImplementedError, "genfromtxt(dtype=None) with integer and float columns needs a structured array, which MatrixScript does not support")
    }
    return NDArray(float64: rows.flatMap { $0.map { parseFloat($0) ?? .nan } }, shape: shape)
  }

  /// numpy's `_ensure_ndmin_ndarray`: squeeze, then pad to at least `ndmin` dimensions.
  static func ensureNdmin(_ a: NDArray, _ ndmin: Int) throws -> NDArray {
    guard (0...2).contains(ndmin) else { throw PyError.make(.valueError, "Illegal value of ndmin keyword: \(ndmin)") }
    var r = a
    if r.ndim > ndmin { r = try r.reshaped(r.shape.filter { $0 != 1 }) }
    if r.ndim < ndmin {
      if ndmin == 1 { r = try r.reshaped([r.size]) } else if r.ndim == 1 { r = try r.reshaped([r.size, 1]) } else { r = try r.reshaped([1, 1]) }
    }
    return r
  }

  /// Python's `float()` text syntax (surrounding spaces, `inf`, `nan`, underscores between digits).
  static func parseFloat(_ s: String) -> Double? {
    var u = Substring(s)
    while let c = u.first, c == " " || c == "\t" { u.removeFirst() }
    while let c = u.last, c == " " || c == "\t" { u.removeLast() }
    guard !u.isEmpty else { return nil }
    if u.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2e || $0 == 0x65 || $0 == 0x45 || $0 == 0x2b || $0 == 0x2d }) {
      return Double(u)
    }
    let lower = u.lowercased()
    let body = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
    let sign: Double = lower.hasPrefix("-") ? -1 : 1
    if body == "inf" || body == "infinity" { return sign * .infinity }
    if body == "nan" { return .nan }
    guard body.allSatisfy({ $0.isASCII && ($0.isNumber || ".e+-_".contains($0)) }) else { return nil }
    return Double(lower.replacingOccurrences(of: "_", with: ""))
  }
}
