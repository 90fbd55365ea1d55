import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The largest single allocation the engine attempts, in bytes.
///
/// Linux overcommits: `calloc` of 80 GB may succeed and the process dies later when the pages
/// are touched. Checking every element buffer against a cap first turns such requests into
/// numpy's `MemoryError` ("Unable to allocate 74.5 GiB for an array with shape (100000,
/// 100000) and data type float64") at once.
public struct MemoryCap: Sendable, Equatable {
  /// The cap in bytes.
  public let bytes: Int

  /// A cap of `bytes` (negative values count as 0).
  public init(bytes: Int) {
    self.bytes = max(bytes, 0)
  }

  /// The process-wide cap, computed once from the environment and the machine: see
  /// `resolved(environment:physicalMemory:cgroupMax:addressSpaceLimit:)`.
  public static let process: MemoryCap = resolved(
    environment: ProcessInfo.processInfo.environment,
    physicalMemory: ProcessInfo.processInfo.physicalMemory,
    cgroupMax: try? String(contentsOfFile: "/sys/fs/cgroup/memory.max", encoding: .utf8),
    addressSpaceLimit: currentAddressSpaceLimit())

  /// The cap from its inputs: `SWNB_MAX_MEMORY` (bytes, a non-negative integer) when set,
  /// otherwise the smallest of physical memory, the cgroup v2 `memory.max` text (`max` means
  /// no limit) and `RLIMIT_AS` (nil when unlimited).
  public static func resolved(
    environment: [String: String], physicalMemory: UInt64, cgroupMax: String?,
    addressSpaceLimit: UInt64?
  ) -> MemoryCap {
    if let text = environment["SWNB_MAX_MEMORY"],
      let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0
    {
      return MemoryCap(bytes: value)
    }
    var limit = physicalMemory
    if let text = cgroupMax?.trimmingCharacters(in: .whitespacesAndNewlines),
      let cgroup = UInt64(text)
    {
      limit = min(limit, cgroup)
    }
    if let addressSpaceLimit { limit = min(limit, addressSpaceLimit) }
    return MemoryCap(bytes: Int(clamping: limit))
  }

  /// Throws numpy's `MemoryError` when `count` elements of `dtype` exceed the cap.
  public func check(count: Int, dtype: DType, shape: [Int]) throws {
    let (total, overflow) = count.multipliedReportingOverflow(by: max(dtype.itemsize, 1))
    if overflow || total > bytes { throw ArrayError.memory(shape: shape, dtype: dtype) }
  }

  // RLIMIT_AS's soft limit, or nil when unlimited or unreadable.
  private static func currentAddressSpaceLimit() -> UInt64? {
    var limit = rlimit()
    #if canImport(Glibc)
      guard getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0 else { return nil }
    #else
      guard getrlimit(RLIMIT_AS, &limit) == 0 else { return nil }
    #endif
    return limit.rlim_cur == rlim_t.max ? nil : UInt64(limit.rlim_cur)
  }
}
