import Foundation

/// Decoding file contents as CPython's UTF-8 codec does, with its error messages.
extension Runtime {
  /// The text of `data`, or `UnicodeDecodeError` naming the first bad byte as CPython does.
  func decodeUTF8(_ data: Data) throws -> String {
    if let text = String(data: data, encoding: .utf8) { return text }
    let b = [UInt8](data)
    var i = 0
    while i < b.count {
      let lead = b[i]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xbf
      switch lead {
      case 0x00...0x7f: length = 1
      case 0xc2...0xdf: length = 2
      case 0xe0: length = 3; low = 0xa0
      case 0xe1...0xec, 0xee...0xef: length = 3
      case 0xed: length = 3; high = 0x9f
      case 0xf0: length = 4; low = 0x90
      case 0xf1...0xf3: length = 4
      case 0xf4: length = 4; high = 0x8f
      default: throw unicodeDecodeError(b, i, i + 1, "invalid start byte")
      }
      for k in 1..<max(length, 1) {
        guard i + k < b.count else {
          // A sequence cut off by the end of the file is reported by the final decoder flush,
          // which counts positions from the leftover bytes.
          throw unicodeDecodeError(Array(b[i...]), 0, b.count - i, "unexpected end of data")
        }
        let c = b[i + k]
        let (lo, hi) = k == 1 ? (low, high) : (0x80, 0xbf)
        guard c >= lo && c <= hi else { throw unicodeDecodeError(b, i, i + 1, "invalid continuation byte") }
      }
      i += length
    }
    return String(decoding: b, as: UTF8.self)
  }

  private func unicodeDecodeError(_ b: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyError {
    let t: PyType
    if let known = types["UnicodeDecodeError"] {
      t = known
    } else {
      t = PyType(name: "UnicodeDecodeError", bases: [exceptionType(.unicodeError)])
      types["UnicodeDecodeError"] = t
    }
    let hex = String(b[start], radix: 16)
    let what = end - start == 1
      ? "byte 0x\(hex.count == 1 ? "0" + hex : hex) in position \(start)" : "bytes in position \(start)-\(end - 1)"
    return PyError.object(newException(t, args: [.str("'utf-8' codec can't decode \(what): \(reason)")]))
  }
}
