#if canImport(Glibc)
  import Glibc
#endif

/// A fixed-size, heap-allocated run of elements shared by every view of an array.
///
/// Reference semantics on purpose: numpy views alias their base's memory, so writes through
/// any view are seen by all. Numeric buffers come from `calloc` (zeroed) or, for outputs the
/// caller overwrites completely, `malloc`; a failed allocation returns nil instead of
/// trapping. String buffers are always initialised to "". Large buffers ask the kernel for
/// transparent huge pages, as numpy's allocator does.
public final class Buffer<Element> {
  /// The first element; valid for `count` elements for the buffer's lifetime.
  public let base: UnsafeMutablePointer<Element>
  /// Number of elements.
  public let count: Int

  /// A zeroed (or empty-string) buffer, or nil when the memory cannot be allocated.
  ///
  /// With `zeroed: false` numeric elements are left uninitialised (the caller writes every
  /// one before reading); strings are still initialised.
  init?(count: Int, empty: Element, zeroed: Bool = true) {
    guard count >= 0 else { return nil }
    let stride = MemoryLayout<Element>.stride
    guard count <= Int.max / max(stride, 1) else { return nil }
    let pod = _isPOD(Element.self)
    let memory = zeroed || !pod ? calloc(max(count, 1), stride) : malloc(max(count, 1) * stride)
    guard let raw = memory else { return nil }
    Buffer.adviseHugePages(raw, bytes: count * stride)
    base = raw.bindMemory(to: Element.self, capacity: max(count, 1))
    self.count = count
    if !pod { base.initialize(repeating: empty, count: count) }
  }

  /// A buffer holding a copy of `source`, or nil when the memory cannot be allocated.
  init?(copying source: UnsafeBufferPointer<Element>) {
    let stride = MemoryLayout<Element>.stride
    guard let raw = malloc(max(source.count, 1) * stride) else { return nil }
    Buffer.adviseHugePages(raw, bytes: source.count * stride)
    base = raw.bindMemory(to: Element.self, capacity: max(source.count, 1))
    count = source.count
    if let start = source.baseAddress { base.initialize(from: start, count: count) }
  }

  deinit {
    if !_isPOD(Element.self) { base.deinitialize(count: count) }
    free(base)
  }

  /// Buffers from this size up are worth backing with huge pages (numpy's threshold).
  private static var hugePageThreshold: Int { 1 << 22 }

  /// numpy's `madvise(MADV_HUGEPAGE)` on the page-aligned interior of a large allocation:
  /// 2 MiB pages cut the TLB misses of streaming loops over megabytes (about 5% on `x + y`
  /// for 1e6 float64). Advice only: failure changes nothing.
  private static func adviseHugePages(_ raw: UnsafeMutableRawPointer, bytes: Int) {
    #if os(Linux)
      guard bytes >= hugePageThreshold else { return }
      let page = 4096
      let skip = (page - Int(bitPattern: raw) % page) % page
      _ = madvise(raw + skip, bytes - skip, MADV_HUGEPAGE)
    #endif
  }

  /// The elements as a buffer pointer (for plain pointer loops).
  public var elements: UnsafeMutableBufferPointer<Element> {
    UnsafeMutableBufferPointer(start: base, count: count)
  }
}
