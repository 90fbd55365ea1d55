#if canImport(Glibc)
  import Glibc
#endif
import SwnbArray

/// The process's resident memory against the engine's memory cap: growth the interpreter
/// cannot size in advance (lists of tuples from an iterator, strings built in a loop) raises
/// `MemoryError` before the kernel's out-of-memory killer ends the process.
enum ResidentMemory {
  /// Nine tenths of the process-wide cap (`SWNB_MAX_MEMORY`, physical memory, cgroup limit).
  static let limit = MemoryCap.process.bytes / 10 * 9

  /// Resident bytes now, from `/proc/self/statm`, or nil where it cannot be read.
  static func current() -> Int? {
    let fd = open("/proc/self/statm", O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 96)
    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    // "size resident shared text lib data dt", in pages.
    let fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
    guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else {
      return nil
    }
    return pages.multipliedReportingOverflow(by: Int(sysconf(Int32(_SC_PAGESIZE)))).partialValue
  }

  /// True when resident memory is past `limit`.
  static var exceeded: Bool {
    guard let bytes = current() else { return false }
    return bytes > limit
  }
}
