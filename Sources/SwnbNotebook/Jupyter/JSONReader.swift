/// A parsed JSON value that remembers the line it starts on (for `file:line` messages).
struct JSONNode {
  /// The value's kind and contents.
  enum Value {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])
  }

  var value: Value
  /// The 1-based line of the value's first character.
  var line: Int

  /// The member named `key` of an object (the last one if the key repeats, as Python does).
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  var array: [JSONNode]? {
    if case .array(let items) = value { return items }
    return nil
  }

  var isObject: Bool {
    if case .object = value { return true }
    return false
  }

  /// The value as an exact integer, when it is one.
  var integer: Int? {
    guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e15 else {
      return nil
    }
    return Int(number)
  }
}

/// Why a JSON text could not be read: the line and what was expected there.
struct JSONSyntaxError: Error, Equatable {
  var line: Int
  var message: String
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes, with line tracking and a nesting limit.
struct JSONReader {
  /// How deeply arrays and objects may nest before the text is refused (no stack overflow).
  static let maximumDepth = 512

  private let bytes: [UInt8]
  private var position = 0
  private var line = 1

  /// Parses the whole of `bytes` as one JSON value (a UTF-8 byte-order mark is skipped).
  static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var reader = JSONReader(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
    reader.skipSpace()
    let value = try reader.parseValue(depth: 0)
    reader.skipSpace()
    guard reader.position == bytes.count else {
      throw reader.error("extra data after the JSON value")
    }
    return value
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, message: message)
  }

  private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

  private mutating func skipSpace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      if byte == 0x0A { line += 1 }
      position += 1
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    let start = line
    guard let byte = current else { throw error("unexpected end of the file") }
    switch byte {
    case UInt8(ascii: "{"):
      return JSONNode(value: .object(try parseObject(depth: depth + 1)), line: start)
    case UInt8(ascii: "["):
      return JSONNode(value: .array(try parseArray(depth: depth + 1)), line: start)
    case UInt8(ascii: "\""):
      return JSONNode(value: .string(try parseString()), line: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONNode(value: .bool(true), line: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONNode(value: .bool(false), line: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONNode(value: .null, line: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: .number(try parseNumber()), line: start)
    default:
      throw error("expected a JSON value, found \(describe(byte))")
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [(
    key: String, value: JSONNode
  )] {
    guard depth <= Self.maximumDepth else { throw error("JSON nested too deeply") }
    position += 1
    var members: [(key: String, value: JSONNode)] = []
    skipSpace()
    if current == UInt8(ascii: "}") {
      position += 1
      return members
    }
    while true {
      skipSpace()
      guard current == UInt8(ascii: "\"") else {
        throw error("expected a quoted key, found \(describe(current))")
      }
      let key = try parseString()
      skipSpace()
      guard current == UInt8(ascii: ":") else {
        throw error("expected ':' after a key, found \(describe(current))")
      }
      position += 1
      skipSpace()
      members.append((key, try parseValue(depth: depth)))
      skipSpace()
      switch current {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return members
      default: throw error("expected ',' or '}' in an object, found \(describe(current))")
      }
    }
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONNode] {
    guard depth <= Self.maximumDepth else { throw error("JSON nested too deeply") }
    position += 1
    var items: [JSONNode] = []
    skipSpace()
    if current == UInt8(ascii: "]") {
      position += 1
      return items
    }
    while true {
      skipSpace()
      items.append(try parseValue(depth: depth))
      skipSpace()
      switch current {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return items
      default: throw error("expected ',' or ']' in an array, found \(describe(current))")
      }
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let expected = Array(word.utf8)
    guard bytes.count - position >= expected.count,
      bytes[position..<(position + expected.count)].elementsEqual(expected)
    else { throw error("expected a JSON value, found \(describe(current))") }
    position += expected.count
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = position
    if current == UInt8(ascii: "-") { position += 1 }
    func digits(_ reader: inout JSONReader) -> Int {
      var count = 0
      while let byte = reader.current, byte >= 0x30, byte <= 0x39 {
        reader.position += 1
        count += 1
      }
      return count
    }
    if current == UInt8(ascii: "0") {
      position += 1
    } else if digits(&self) == 0 {
      throw error("malformed number")
    }
    if current == UInt8(ascii: ".") {
      position += 1
      guard digits(&self) > 0 else { throw error("malformed number") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      position += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
      guard digits(&self) > 0 else { throw error("malformed number") }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let number = Double(text) else { throw error("malformed number") }
    return number
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    position += 1
    var utf8: [UInt8] = []
    while true {
      guard let byte = current else { throw error("unterminated string") }
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        guard let text = String(validating: utf8, as: UTF8.self) else {
          throw error("the text is not valid UTF-8")
        }
        return text
      case UInt8(ascii: "\\"):
        position += 1
        try parseEscape(into: &utf8)
      case 0x00..<0x20:
        throw error("control character \(describe(byte)) inside a string (use an escape)")
      default:
        utf8.append(byte)
        position += 1
      }
    }
  }

  private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
    guard let byte = current else { throw error("unterminated string") }
    position += 1
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let replacement = simple[byte] {
      utf8.append(replacement)
      return
    }
    guard byte == UInt8(ascii: "u") else { throw error("invalid escape \\\(describe(byte))") }
    var code = try hexQuad()
    if (0xD800..<0xDC00).contains(code), bytes[position...].starts(with: [0x5C, 0x75]) {
      let save = position
      position += 2
      let low = try hexQuad()
      if (0xDC00..<0xE000).contains(low) {
        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
      } else {
        position = save
      }
    }
    // A lone surrogate cannot be UTF-8; Python would keep it, we show U+FFFD.
    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
    utf8.append(contentsOf: String(Character(scalar)).utf8)
  }

  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    guard bytes.count - position >= 4 else { throw error("invalid \\u escape") }
    var value: UInt32 = 0
    for byte in bytes[position..<(position + 4)] {
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw error("invalid \\u escape")
      }
      value = value << 4 | UInt32(digit)
    }
    position += 4
    return value
  }

  private func describe(_ byte: UInt8?) -> String {
    guard let byte else { return "the end of the file" }
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }
}
