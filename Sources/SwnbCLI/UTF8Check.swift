/// Where a file stops being UTF-8, so that swnb can refuse it before touching anything.
enum UTF8Check {
  /// The 1-based line and byte column of the first byte that is not valid UTF-8, if any.
  static func firstInvalid(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
    if bytes.withUnsafeBufferPointer(isValid) { return nil }
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: break loop
      case .error:
        let before = bytes[..<offset]
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return (line, offset - lineStart + 1, bytes[offset])
      }
    }
    return nil
  }

  /// Whether `bytes` is UTF-8. Notebooks are mostly ASCII: it is skipped eight bytes at a time
  /// (up to the first non-ASCII byte of the eight),
  /// and each other sequence is checked against the well-formed byte ranges of Unicode's
  /// table 3-7 (no overlong forms, no surrogates, nothing past U+10FFFF).
  private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count {
        // Little-endian: the lowest set high bit belongs to the first non-ASCII byte.
        let high =
          UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
          & 0x8080_8080_8080_8080
        if high == 0 {
          index += 8
          continue
        }
        index += high.trailingZeroBitCount / 8
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let (length, secondLow, secondHigh): (Int, UInt8, UInt8)
      switch lead {
      case 0xC2...0xDF: (length, secondLow, secondHigh) = (2, 0x80, 0xBF)
      case 0xE0: (length, secondLow, secondHigh) = (3, 0xA0, 0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, secondLow, secondHigh) = (3, 0x80, 0xBF)
      case 0xED: (length, secondLow, secondHigh) = (3, 0x80, 0x9F)
      case 0xF0: (length, secondLow, secondHigh) = (4, 0x90, 0xBF)
      case 0xF1...0xF3: (length, secondLow, secondHigh) = (4, 0x80, 0xBF)
      case 0xF4: (length, secondLow, secondHigh) = (4, 0x80, 0x8F)
      default: return false
      }
      guard index + length <= count, (secondLow...secondHigh).contains(bytes[index + 1]) else {
        return false
      }
      var next = index + 2
      while next < index + length {
        guard (0x80...0xBF).contains(bytes[next]) else { return false }
        next += 1
      }
      index += length
    }
    return true
  }
}
