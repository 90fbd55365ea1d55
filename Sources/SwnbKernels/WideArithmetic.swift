import _Builtin_intrinsics.intel
import Synchronization

/// Float64 arithmetic over contiguous runs in 256-bit vectors (this module is compiled for
/// Haswell; callers enter only on a CPU with AVX2, as for `FusedProduct`).
///
/// Each output is the one IEEE operation on its two inputs, so the bits are those of any
/// other correctly rounded loop (numpy's AVX2 loops included); the vectors only do more of
/// them per instruction. `out` may be exactly one of the inputs (in-place `a += b`), but must
/// not overlap them otherwise.
///
/// Runs of `streamingCount` elements or more are written with non-temporal stores: a normal
/// store first reads each output cache line from memory (to own it) and then writes it back,
/// so `x + y` on 1e6 float64 moves 32 MB; streaming stores skip the read (24 MB) and leave the
/// caches to the inputs. On the 2-core EPYC this project runs on, this loop on 1e6 float64
/// (malloc'd output, as `x + y`) took 600-710 us against 945-1235 us with normal stores (best
/// of 300 calls, three runs, load average 15); from 140,000 to 400,000 elements the two were
/// equal, so shorter runs keep normal stores and with them a cached result.
public enum WideArithmetic {
  /// The elementwise operations with a wide loop.
  public enum Operation: Sendable {
    case add, subtract, multiply, divide
  }

  /// `out[i] = a[i * aStep] op b[i * bStep]` for `i` in `0..<count`, where each step is 1 (a
  /// run) or 0 (one value repeated: a broadcast scalar).
  public static func apply(
    _ op: Operation, _ a: UnsafePointer<Double>, aStep: Int, _ b: UnsafePointer<Double>,
    bStep: Int, into out: UnsafeMutablePointer<Double>, count: Int
  ) {
    switch op {
    case .add: run(a, aStep, b, bStep, out, count) { $0 + $1 }
    case .subtract: run(a, aStep, b, bStep, out, count) { $0 - $1 }
    case .multiply: run(a, aStep, b, bStep, out, count) { $0 * $1 }
    case .divide: run(a, aStep, b, bStep, out, count) { $0 / $1 }
    }
  }

  /// One loop specialized per operation and per step pattern.
  @inline(__always)
  private static func run(
    _ a: UnsafePointer<Double>, _ aStep: Int, _ b: UnsafePointer<Double>, _ bStep: Int,
    _ out: UnsafeMutablePointer<Double>, _ n: Int,
    _ f: (SIMD4<Double>, SIMD4<Double>) -> SIMD4<Double>
  ) {
    switch (aStep, bStep) {
    case (0, 0):
      let v = f(SIMD4(repeating: a[0]), SIMD4(repeating: b[0]))
      loop(out, n) { _, _ in v }
    case (0, _):
      let x = SIMD4(repeating: a[0])
      loop(out, n) { i, count in f(x, load(b + i, count)) }
    case (_, 0):
      let y = SIMD4(repeating: b[0])
      loop(out, n) { i, count in f(load(a + i, count), y) }
    default:
      loop(out, n) { i, count in f(load(a + i, count), load(b + i, count)) }
    }
  }

  /// Runs from this many elements (4 MiB of output, where the inputs and output crowd out
  /// much of the 32 MiB L3) bypass the caches.
  static let streamingCount = 1 << 19

  /// Writes `value(i, 4)` to `out[i..<i+4]` for every full vector (two per pass), then the
  /// last `n % 4` lanes of `value(i, n % 4)`; long runs go through `streamingLoop`.
  @inline(__always)
  private static func loop(
    _ out: UnsafeMutablePointer<Double>, _ n: Int, _ value: (Int, Int) -> SIMD4<Double>
  ) {
    if n >= streamingCount && Int(bitPattern: out) % 8 == 0 {
      streamingLoop(out, n, value)
      return
    }
    var i = 0
    while i + 8 <= n {
      let (u, v) = (value(i, 4), value(i + 4, 4))
      store(u, out + i)
      store(v, out + i + 4)
      i += 8
    }
    if i + 4 <= n {
      store(value(i, 4), out + i)
      i += 4
    }
    if i < n { storeLanes(value(i, n - i), out + i, count: n - i) }
  }

  /// `loop` with non-temporal stores: the first lanes up to a 32-byte boundary of `out` (the
  /// streaming store's alignment) are written as a partial vector, then every full vector is
  /// streamed, then the tail. The closing fence is a locked instruction, which drains the
  /// write-combining buffers (Intel SDM vol. 3A, 8.2.5), so the stores are visible to other
  /// threads (OpenBLAS's) before anything that follows.
  @inline(__always)
  private static func streamingLoop(
    _ out: UnsafeMutablePointer<Double>, _ n: Int, _ value: (Int, Int) -> SIMD4<Double>
  ) {
    var i = (32 - Int(bitPattern: out) % 32) % 32 / 8
    if i > 0 { storeLanes(value(0, i), out, count: i) }
    while i + 4 <= n {
      _mm256_stream_pd(out + i, value(i, 4))
      i += 4
    }
    if i < n { storeLanes(value(i, n - i), out + i, count: n - i) }
    atomicMemoryFence(ordering: .sequentiallyConsistent)
  }

  /// The first `count` lanes of `v` to `p`.
  @inline(__always)
  private static func storeLanes(_ v: SIMD4<Double>, _ p: UnsafeMutablePointer<Double>, count: Int) {
    for lane in 0..<count { p[lane] = v[lane] }
  }

  /// `count` (one to four) values from `p`. Lanes past `count` repeat `p[0]`, so a partial
  /// vector only repeats operations on real elements and raises no floating-point flag
  /// (divide by zero, invalid) that the elements themselves do not.
  @inline(__always)
  static func load(_ p: UnsafePointer<Double>, _ count: Int) -> SIMD4<Double> {
    if count == 4 { return UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self) }
    var v = SIMD4(repeating: p[0])
    for lane in 1..<count { v[lane] = p[lane] }
    return v
  }

  @inline(__always)
  private static func store(_ v: SIMD4<Double>, _ p: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: SIMD4<Double>.self)
  }
}
