import Foundation
import SwnbArray

/// `np.loadtxt`: whitespace- or delimiter-separated numbers, paths relative to the notebook.
extension Runtime {
  func installFileFunctions(_ attrs: inout [String: Value]) {
    attrs["loadtxt"] = .builtin(BuiltinFunction("loadtxt") { [unowned self] a in
      let v = try a.bind("loadtxt", ["fname", "dtype", "comments", "delimiter", "converters", "skiprows", "usecols", "unpack", "ndmin"], required: 1)
      let path = try self.requireString(v[0] ?? .none, "loadtxt: fname must be a string")
      var delimiter: String?
      if let d = v[3], case .str(let s) = d { delimiter = s }
      let comment: String? = v[2].flatMap { if case .str(let s) = $0 { s } else { nil } } ?? "#"
      let skip = try v[5].map { try self.requireInt($0, "loadtxt") } ?? 0
      let usecols = try v[6].flatMap { $0.isNone ? nil : try self.shapeArgument($0) }
      let rows = try self.readRows(path, delimiter: delimiter, comment: comment, skip: skip, usecols: usecols)
      let dtype = try self.dtypeArgument(v[1]) ?? .float64
      let width = rows.first?.count ?? 0
      var array = try self.engine {
        try NDArray.array(.list(rows.map { .list($0.map { .scalar(.float($0)) }) }), dtype: .float64).astype(dtype)
      }
      if rows.count == 1 || width == 1 { array = try self.engine { try array.reshaped([rows.count * width]) } }
      if let u = v[7], try self.truthy(u) { array = array.T }
      return .array(array)
    })
  }

  private func readRows(
    _ path: String, delimiter: String?, comment: String?, skip: Int, usecols: [Int]?
  ) throws -> [[Double]] {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: directory).appendingPathComponent(path)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw PyError.make(.fileNotFoundError, "\(path) not found.")
    }
    var rows: [[Double]] = []
    for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where n >= skip {
      var line = Substring(rawLine)
      if let comment, let r = line.range(of: comment) { line = line[..<r.lowerBound] }
      let fields = delimiter.map { line.components(separatedBy: $0) } ?? line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
      let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
      if trimmed.allSatisfy(\.isEmpty) { continue }
      var values: [Double] = []
      for field in trimmed {
        guard let d = Double(field) ?? (field.lowercased() == "nan" ? .nan : nil) else {
          throw PyError.make(.valueError, "could not convert string '\(field)' to float64 at row \(rows.count), column \(values.count + 1).")
        }
        values.append(d)
      }
      if let usecols {
        values = try usecols.map { c in
          let i = c < 0 ? c + values.count : c
          guard i >= 0 && i < values.count else {
            throw PyError.make(.valueError, "invalid column index \(c) at row \(rows.count + 1) with \(values.count) columns")
          }
          return values[i]
        }
      }
      if let first = rows.first, first.count != values.count {
        throw PyError.make(.valueError, "the number of columns changed from \(first.count) to \(values.count) at row \(rows.count + 1); use `usecols` to select a subset and avoid this error")
      }
      rows.append(values)
    }
    return rows
  }
}
