import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reading notebooks and writing results, replacing files atomically.
enum FileIO {
  /// The bytes of the file at `path`.
  static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .io("cannot read '\(path)': \(lastError())") }
    defer { close(descriptor) }
    var info = stat()
    let known = fstat(descriptor, &info) == 0
    if known, (info.st_mode & S_IFMT) == S_IFDIR {
      throw .io("cannot read '\(path)': Is a directory")
    }
    var bytes: [UInt8] = []
    if known, (info.st_mode & S_IFMT) == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io("cannot read '\(path)': \(lastError())")
      }
      if count == 0 { break }
      bytes += chunk[0..<count]
    }
    return bytes
  }

  /// Replaces (or creates) `path` with `bytes` atomically: a temporary file in the same folder
  /// is written, synced to disk and renamed over `path`. An existing file's permissions are kept;
  /// no temporary file is left behind on failure.
  ///
  /// A symbolic link is followed (the file it names is replaced, the link stays); a target that
  /// is not a regular file (`/dev/null`, a pipe) is written to directly, never replaced.
  static func writeAtomically(_ bytes: [UInt8], to requested: String) throws(CLIError) {
    var path = requested
    var existing = stat()
    if stat(requested, &existing) == 0 {
      switch existing.st_mode & S_IFMT {
      case S_IFDIR:
        throw .io("cannot write '\(requested)': Is a directory")
      case S_IFREG:
        if let resolved = realpath(requested, nil) {
          path = String(cString: resolved)
          free(resolved)
        }
      default:
        try writeInPlace(bytes, to: requested)
        return
      }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array((folder + "/." + url.lastPathComponent + ".swnb-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw .io("cannot write '\(path)': \(lastError())") }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var succeeded = false
    var closed = false
    defer {
      if !closed { close(descriptor) }
      if !succeeded { unlink(temporary) }
    }
    try writeAll(bytes, to: descriptor, path: path)
    let mode: mode_t
    if stat(path, &existing) == 0 {
      mode = existing.st_mode & 0o7777
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
      throw .io("cannot write '\(path)': \(lastError())")
    }
    closed = true
    guard close(descriptor) == 0 else { throw .io("cannot write '\(path)': \(lastError())") }
    guard rename(temporary, path) == 0 else { throw .io("cannot write '\(path)': \(lastError())") }
    succeeded = true
  }

  /// Writes into an existing file that is not a regular one (a device or a pipe).
  private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(CLIError) {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .io("cannot write '\(path)': \(lastError())") }
    defer { close(descriptor) }
    try writeAll(bytes, to: descriptor, path: path)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String)
    throws(CLIError)
  {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw .io("cannot write '\(path)': \(lastError())")
      }
      offset += written
    }
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}
