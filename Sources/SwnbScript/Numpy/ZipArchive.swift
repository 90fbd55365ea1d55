import Foundation
import SwnbPrinting

/// The subset of the ZIP format that `.npz` files use: stored (uncompressed) members.
enum ZipArchive {
  /// A ZIP file holding `members` uncompressed, in order (what `np.savez` writes).
  static func write(_ members: [(name: String, data: Data)]) -> Data {
    var out = Data()
    var central = Data()
    for (name, data) in members {
      let nameBytes = Array(name.utf8)
      let crc = crc32(data)
      let offset = out.count
      var local = Data()
      local.append(le32(0x0403_4b50))
      local.append(le16(20))  // version needed
      local.append(le16(0))  // flags
      local.append(le16(0))  // stored
      local.append(le16(0))  // time 00:00
      local.append(le16(0x21))  // date 1980-01-01
      local.append(le32(crc))
      local.append(le32(UInt32(truncatingIfNeeded: data.count)))
      local.append(le32(UInt32(truncatingIfNeeded: data.count)))
      local.append(le16(UInt16(truncatingIfNeeded: nameBytes.count)))
      local.append(le16(0))
      local.append(contentsOf: nameBytes)
      out.append(local)
      out.append(data)
      central.append(le32(0x0201_4b50))
      central.append(le16(20))  // made by
      central.append(local[4..<30])
      central.append(le16(0))  // comment length
      central.append(le16(0))  // disk
      central.append(le16(0))  // internal attributes
      central.append(le32(0o600 << 16))  // external attributes
      central.append(le32(UInt32(truncatingIfNeeded: offset)))
      central.append(contentsOf: nameBytes)
    }
    let centralOffset = out.count
    out.append(central)
    out.append(le32(0x0605_4b50))
    out.append(le16(0))
    out.append(le16(0))
    out.append(le16(UInt16(truncatingIfNeeded: members.count)))
    out.append(le16(UInt16(truncatingIfNeeded: members.count)))
    out.append(le32(UInt32(truncatingIfNeeded: central.count)))
    out.append(le32(UInt32(truncatingIfNeeded: centralOffset)))
    out.append(le16(0))
    return out
  }

  /// The members of a ZIP file, in central-directory order; compressed members are refused.
  static func read(_ data: Data) throws -> [(name: String, data: Data)] {
    let b = [UInt8](data)
    let bad = PyError.make(.valueError, "File is not a zip file")
    func u16(_ i: Int) throws -> Int {
      guard i >= 0, i + 2 <= b.count else { throw bad }
      return Int(b[i]) | Int(b[i + 1]) << 8
    }
    func u32(_ i: Int) throws -> Int { try u16(i) | (try u16(i + 2)) << 16 }
    func u64(_ i: Int) throws -> Int {
      let low = try u32(i)
      let high = try u32(i + 4)
      guard high < 1 << 30 else { throw bad }
      return low | high << 32
    }
    guard b.count >= 22 else { throw bad }
    var end = b.count - 22
    while end >= 0, try u32(end) != 0x0605_4b50 { end -= 1 }
    guard end >= 0 else { throw bad }
    var count = try u16(end + 10)
    var position = try u32(end + 16)
    if count == 0xffff || position == 0xffff_ffff, end >= 20, try u32(end - 20) == 0x0706_4b50 {
      let record = try u64(end - 12)
      guard try u32(record) == 0x0606_4b50 else { throw bad }
      count = try u64(record + 32)
      position = try u64(record + 48)
    }
    var members: [(name: String, data: Data)] = []
    for _ in 0..<min(count, b.count / 46) {
      guard try u32(position) == 0x0201_4b50 else { throw bad }
      let method = try u16(position + 10)
      var size = try u32(position + 20)
      let nameLength = try u16(position + 28)
      let extraLength = try u16(position + 30)
      let commentLength = try u16(position + 32)
      var local = try u32(position + 42)
      let nameStart = position + 46
      guard nameStart + nameLength + extraLength <= b.count else { throw bad }
      let name = String(decoding: b[nameStart..<(nameStart + nameLength)], as: UTF8.self)
      // Zip64 extra field: the sizes and offset that did not fit in 32 bits, in this order.
      var e = nameStart + nameLength
      let extraEnd = e + extraLength
      while e + 4 <= extraEnd {
        let tag = try u16(e)
        let length = try u16(e + 2)
        if tag == 1 {
          var f = e + 4
          if try u32(position + 24) == 0xffff_ffff { f += 8 }
          if size == 0xffff_ffff { size = try u64(f); f += 8 }
          if local == 0xffff_ffff { local = try u64(f) }
        }
        e += 4 + length
      }
      guard method == 0 else {
        throw PyError.make(.notImplementedError, "compressed .npz members (\(PythonString.repr(name))) are not supported by MatrixScript")
      }
      guard try u32(local) == 0x0403_4b50 else { throw bad }
      let start = local + 30 + (try u16(local + 26)) + (try u16(local + 28))
      guard start >= 0, size >= 0, start <= b.count, size <= b.count - start else { throw bad }
      members.append((name, Data(b[start..<(start + size)])))
      position = extraEnd + commentLength
    }
    return members
  }

  private static func le16(_ v: UInt16) -> Data { Data([UInt8(v & 0xff), UInt8(v >> 8)]) }
  private static func le32(_ v: UInt32) -> Data { Data((0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) }) }

  private static let crcTable: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The CRC-32 (IEEE) ZIP stores for each member.
  static func crc32(_ data: Data) -> UInt32 {
    var c: UInt32 = 0xffff_ffff
    for byte in data { c = crcTable[Int((c ^ UInt32(byte)) & 0xff)] ^ (c >> 8) }
    return c ^ 0xffff_ffff
  }
}
