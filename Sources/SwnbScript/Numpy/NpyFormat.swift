import Foundation
import SwnbArray
import SwnbPrinting

/// numpy's `.npy` format (version 1.0 written; 1.0, 2.0 and 3.0 read), as `numpy.lib.format`.
enum NpyFormat {
  static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

  /// The `descr` string numpy writes for a dtype (`<f8`, `|b1`, `<U5`).
  static func descr(_ d: DType) -> String {
    switch d {
    case .bool: return "|b1"
    case .int8, .int16, .int32, .int64, .uint8, .uint16, .uint32, .uint64:
      return (d.itemsize == 1 ? "|" : "<") + String(d.kind) + String(d.itemsize)
    case .float32: return "<f4"
    case .float64: return "<f8"
    case .complex128: return "<c16"
    case .unicode(let n): return "<U\(n)"
    }
  }

  /// The file bytes numpy's `np.save` writes for `a`: C order, or Fortran order for an array
  /// that is Fortran- but not C-contiguous.
  static func encode(_ a: NDArray) throws -> Data {
    let fortran = a.ndim > 1 && !a.isContiguous && isFortranContiguous(a)
    let shapeText = a.shape.count == 1 ? "(\(a.shape[0]),)" : "(" + a.shape.map(String.init).joined(separator: ", ") + ")"
    var header = "{'descr': '\(descr(a.dtype))', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shapeText), }"
    if let growth = fortran ? a.shape.last : a.shape.first {
      header += String(repeating: " ", count: max(0, 21 - String(growth).count))
    }
    let headerLength = header.utf8.count + 1
    let pad = 64 - (10 + headerLength) % 64
    let total = headerLength + pad
    guard total <= 65535 else { throw PyError.make(.valueError, "header does not fit inside 65535 bytes") }
    var data = Data(magic + [1, 0, UInt8(total & 0xff), UInt8(total >> 8)])
    data.append(contentsOf: Array(header.utf8) + Array(repeating: UInt8(ascii: " "), count: pad) + [UInt8(ascii: "\n")])
    let ordered = fortran ? try a.transposed() : a
    appendElements(ordered, to: &data)
    return data
  }

  private static func isFortranContiguous(_ a: NDArray) -> Bool {
    var expected = 1
    for (n, s) in zip(a.shape, a.strides) {
      if n != 1 && s != expected { return false }
      expected *= n
    }
    return true
  }

  private static func appendElements(_ a: NDArray, to data: inout Data) {
    func raw<T>(_ values: [T]) { values.withUnsafeBytes { data.append(contentsOf: $0) } }
    switch a.dtype {
    case .bool: raw(a.gathered(as: Bool.self).map { $0 ? UInt8(1) : 0 })
    case .int8: raw(a.gathered(as: Int8.self))
    case .int16: raw(a.gathered(as: Int16.self).map(\.littleEndian))
    case .int32: raw(a.gathered(as: Int32.self).map(\.littleEndian))
    case .int64: raw(a.gathered(as: Int64.self).map(\.littleEndian))
    case .uint8: raw(a.gathered(as: UInt8.self))
    case .uint16: raw(a.gathered(as: UInt16.self).map(\.littleEndian))
    case .uint32: raw(a.gathered(as: UInt32.self).map(\.littleEndian))
    case .uint64: raw(a.gathered(as: UInt64.self).map(\.littleEndian))
    case .float32: raw(a.gathered(as: Float.self).map(\.bitPattern.littleEndian))
    case .float64: raw(a.contiguousFloat64().map(\.bitPattern.littleEndian))
    case .complex128:
      raw(a.complexElements().flatMap { [$0.real.bitPattern.littleEndian, $0.imag.bitPattern.littleEndian] })
    case .unicode(let n):
      for s in a.gatheredStrings() {
        var units = s.unicodeScalars.prefix(n).map { $0.value.littleEndian }
        units += Array(repeating: 0, count: n - units.count)
        raw(units)
      }
    }
  }

  /// Parses a `.npy` file into an array.
  static func decode(_ bytes: Data, allowPickle: Bool) throws -> NDArray {
    let b = [UInt8](bytes)
    guard b.count >= 10, Array(b[0..<6]) == magic else {
      throw PyError.make(.valueError, "the magic string is not correct; expected b'\\x93NUMPY', got \(bytesRepr(Array(b.prefix(6))))")
    }
    let major = b[6]
    let headerLength: Int
    let start: Int
    switch major {
    case 1:
      headerLength = Int(b[8]) | Int(b[9]) << 8
      start = 10
    case 2, 3:
      guard b.count >= 12 else { throw PyError.make(.valueError, "EOF at 12 before reading array header length") }
      headerLength = Int(b[8]) | Int(b[9]) << 8 | Int(b[10]) << 16 | Int(b[11]) << 24
      start = 12
    default:
      throw PyError.make(.valueError, "we only support format version (1,0), (2,0), and (3,0), not (\(major), \(b[7]))")
    }
    guard start + headerLength <= b.count else {
      throw PyError.make(.valueError, "EOF: reading array header, expected \(headerLength) bytes got \(b.count - start)")
    }
    let header = String(decoding: b[start..<(start + headerLength)], as: UTF8.self)
    let (descr, fortran, shape) = try parseHeader(header)
    if descr == "|O" {
      if allowPickle {
        throw PyError.make(.notImplementedError, "object arrays (pickled data) cannot be loaded in MatrixScript")
      }
      throw PyError.make(.valueError, "Object arrays cannot be loaded when allow_pickle=False")
    }
    guard let (dtype, itemsize) = dtype(descr) else {
      throw PyError.make(.typeError, "dtype \(descr) is not supported by MatrixScript")
    }
    var count = 1
    for n in shape {
      let (c, o) = count.multipliedReportingOverflow(by: n)
      guard !o, n >= 0 else { throw PyError.make(.valueError, "array is too big.") }
      count = c
    }
    let offset = start + headerLength
    let (needed, o) = count.multipliedReportingOverflow(by: itemsize)
    guard !o, offset + needed <= b.count else {
      let available = (b.count - offset) / max(itemsize, 1)
      throw PyError.make(.valueError, "cannot reshape array of size \(available) into shape \(shapeRepr(shape))")
    }
    let body = b[offset..<(offset + needed)]
    let storedShape = fortran ? Array(shape.reversed()) : shape
    let array = elements(body, dtype: dtype, count: count, shape: storedShape)
    return fortran ? try array.transposed() : array
  }

  private static func elements(_ body: ArraySlice<UInt8>, dtype: DType, count: Int, shape: [Int]) -> NDArray {
    func load<T>(_ type: T.Type, units: Int = count) -> [T] {
      body.withUnsafeBytes { raw in (0..<units).map { raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self) } }
    }
    switch dtype {
    case .bool: return NDArray(bool: load(UInt8.self).map { $0 != 0 }, shape: shape)
    case .int8: return NDArray(values: load(Int8.self), shape: shape, dtype: .int8)
    case .int16: return NDArray(values: load(Int16.self).map { Int16(littleEndian: $0) }, shape: shape, dtype: .int16)
    case .int32: return NDArray(values: load(Int32.self).map { Int32(littleEndian: $0) }, shape: shape, dtype: .int32)
    case .uint8: return NDArray(values: load(UInt8.self), shape: shape, dtype: .uint8)
    case .uint16: return NDArray(values: load(UInt16.self).map { UInt16(littleEndian: $0) }, shape: shape, dtype: .uint16)
    case .uint32: return NDArray(values: load(UInt32.self).map { UInt32(littleEndian: $0) }, shape: shape, dtype: .uint32)
    case .uint64: return NDArray(values: load(UInt64.self).map { UInt64(littleEndian: $0) }, shape: shape, dtype: .uint64)
    case .int64: return NDArray(int64: load(Int64.self).map { Int64(littleEndian: $0) }, shape: shape)
    case .float32:
      return NDArray(values: load(UInt32.self).map { Float(bitPattern: UInt32(littleEndian: $0)) }, shape: shape, dtype: .float32)
    case .float64: return NDArray(float64: load(UInt64.self).map { Double(bitPattern: UInt64(littleEndian: $0)) }, shape: shape)
    case .complex128:
      let parts = load(UInt64.self, units: 2 * count).map { Double(bitPattern: UInt64(littleEndian: $0)) }
      return NDArray(complex128: (0..<count).map { Complex(parts[2 * $0], parts[2 * $0 + 1]) }, shape: shape)
    case .unicode(let n):
      let units = load(UInt32.self, units: count * n)
      var strings: [String] = []
      strings.reserveCapacity(count)
      for i in 0..<count {
        var s = String.UnicodeScalarView()
        for u in units[(i * n)..<(i * n + n)] {
          let v = UInt32(littleEndian: u)
          if v == 0 { break }
          if let scalar = Unicode.Scalar(v) { s.append(scalar) }
        }
        strings.append(String(s))
      }
      return NDArray(strings: strings, shape: shape, width: n)
    }
  }

  /// Our dtype and item size for a `descr`; nil when the engine has no such dtype.
  private static func dtype(_ descr: String) -> (DType, Int)? {
    switch descr {
    case "|b1", "<b1", "?": return (.bool, 1)
    case "|u1", "<u1": return (.uint8, 1)
    case "|i1", "<i1": return (.int8, 1)
    case "<i2": return (.int16, 2)
    case "<u2": return (.uint16, 2)
    case "<u4": return (.uint32, 4)
    case "<u8": return (.uint64, 8)
    case "<i4": return (.int32, 4)
    case "<i8": return (.int64, 8)
    case "<f4": return (.float32, 4)
    case "<f8": return (.float64, 8)
    default:
      guard descr.hasPrefix("<U"), let n = Int(descr.dropFirst(2)), n > 0, n < 1 << 24 else { return nil }
      return (.unicode(n), 4 * n)
    }
  }

  /// Reads the header dict: `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`.
  private static func parseHeader(_ text: String) throws -> (String, Bool, [Int]) {
    let bad = PyError.make(.valueError, "Cannot parse header: \(PythonString.repr(text))")
    var descr: String?
    var fortran: Bool?
    var shape: [Int]?
    var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    guard s.first == "{", s.last == "}" else { throw bad }
    s = s.dropFirst().dropLast()
    func skipSpaces() { while let c = s.first, c == " " || c == "," || c == "\n" { s.removeFirst() } }
    func quoted() throws -> String {
      guard let q = s.first, q == "'" || q == "\"" else { throw bad }
      s.removeFirst()
      guard let end = s.firstIndex(of: q) else { throw bad }
      defer { s = s[s.index(after: end)...] }
      return String(s[..<end])
    }
    while true {
      skipSpaces()
      if s.isEmpty { break }
      let key = try quoted()
      skipSpaces()
      guard s.first == ":" else { throw bad }
      s.removeFirst()
      while s.first == " " { s.removeFirst() }
      switch key {
      case "descr": descr = try quoted()
      case "fortran_order":
        if s.hasPrefix("True") { fortran = true; s = s.dropFirst(4) } else if s.hasPrefix("False") {
          fortran = false
          s = s.dropFirst(5)
        } else { throw bad }
      case "shape":
        guard s.first == "(", let end = s.firstIndex(of: ")") else { throw bad }
        let inner = s[s.index(after: s.startIndex)..<end]
        shape = try inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
          guard let n = Int($0) else { throw bad }
          return n
        }
        s = s[s.index(after: end)...]
      default: throw bad
      }
    }
    guard let descr, let fortran, let shape else {
      throw PyError.make(.valueError, "Header does not contain the correct keys: \(PythonString.repr(text))")
    }
    return (descr, fortran, shape)
  }

  static func shapeRepr(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  private static func bytesRepr(_ b: [UInt8]) -> String {
    "b'" + b.map { c -> String in
      if c >= 0x20 && c < 0x7f && c != 0x27 && c != 0x5c { return String(UnicodeScalar(c)) }
      let h = String(c, radix: 16)
      return "\\x" + (h.count == 1 ? "0" + h : h)
    }.joined() + "'"
  }
}
