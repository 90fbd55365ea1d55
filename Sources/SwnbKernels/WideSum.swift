/// Float64 sums in numpy's order over contiguous memory, in 256-bit vectors (this module is
/// compiled for Haswell; callers enter only on a CPU with AVX2, as for `FusedProduct`).
///
/// The vectors only hold independent accumulators side by side: every accumulator sees the
/// same additions in the same order as numpy's scalar code, so the bits are numpy's.
public enum WideSum {
  /// numpy's `pairwise_sum` of `count` adjacent values: fewer than 8 are added left to right
  /// from 0; up to 128 go through eight interleaved accumulators (element `i` into
  /// accumulator `i % 8`), combined as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))`, then the
  /// `count % 8` tail left to right; longer runs split at half the count rounded down to a
  /// multiple of 8 and add the two halves' sums.
  ///
  /// The eight accumulators are two vectors, so one block is two dependency chains; when a
  /// split leaves two blocks, both are summed in one pass (four chains) to hide the adds'
  /// latency.
  public static func pairwise(_ a: UnsafePointer<Double>, _ count: Int) -> Double {
    if count < 8 {
      var res = 0.0
      for i in 0..<count { res += a[i] }
      return res
    }
    if count <= 128 { return block(a, count) }
    var half = count / 2
    half -= half % 8
    if count - half <= 128 { return blockPair(a, half, count - half) }
    return pairwise(a, half) + pairwise(a + half, count - half)
  }

  /// `o[k]` plus `x[r * rowStride + k]` for each row `r` in order, for `k` in `0..<count`
  /// (numpy's `axis=0` sum of a C-contiguous matrix: one row added after another).
  public static func accumulateRows(
    _ x: UnsafePointer<Double>, rows: Int, rowStride: Int,
    into o: UnsafeMutablePointer<Double>, count: Int
  ) {
    // Four rows per pass over the output: each lane still adds its rows in order.
    var r = 0
    while r + 4 <= rows {
      let a = x + r * rowStride
      let (b, c, d) = (a + rowStride, a + 2 * rowStride, a + 3 * rowStride)
      var k = 0
      while k + 4 <= count {
        let sum = (((load(o + k) + load(a + k)) + load(b + k)) + load(c + k)) + load(d + k)
        UnsafeMutableRawPointer(o + k).storeBytes(of: sum, as: SIMD4<Double>.self)
        k += 4
      }
      while k < count {
        o[k] = (((o[k] + a[k]) + b[k]) + c[k]) + d[k]
        k += 1
      }
      r += 4
    }
    while r < rows {
      let a = x + r * rowStride
      for k in 0..<count { o[k] += a[k] }
      r += 1
    }
  }

  /// One leaf of `pairwise`: 8 to 128 values.
  @inline(__always)
  private static func block(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
    var (lo, hi) = (load(a), load(a + 4))
    var i = 8
    let end = n - n % 8
    while i < end {
      lo += load(a + i)
      hi += load(a + i + 4)
      i += 8
    }
    return finish(lo, hi, a, from: i, to: n)
  }

  /// `block(a, n) + block(a + n, m)`, the two leaves interleaved.
  @inline(__always)
  private static func blockPair(_ a: UnsafePointer<Double>, _ n: Int, _ m: Int) -> Double {
    let b = a + n
    var (lo, hi, lo2, hi2) = (load(a), load(a + 4), load(b), load(b + 4))
    var i = 8
    let (end, end2) = (n - n % 8, m - m % 8)
    while i < min(end, end2) {
      lo += load(a + i)
      hi += load(a + i + 4)
      lo2 += load(b + i)
      hi2 += load(b + i + 4)
      i += 8
    }
    var j = i
    while i < end {
      lo += load(a + i)
      hi += load(a + i + 4)
      i += 8
    }
    while j < end2 {
      lo2 += load(b + j)
      hi2 += load(b + j + 4)
      j += 8
    }
    return finish(lo, hi, a, from: i, to: n) + finish(lo2, hi2, b, from: j, to: m)
  }

  /// The eight accumulators combined in numpy's order, plus `a[from..<to]` left to right.
  @inline(__always)
  private static func finish(
    _ lo: SIMD4<Double>, _ hi: SIMD4<Double>, _ a: UnsafePointer<Double>, from: Int, to: Int
  ) -> Double {
    var res = ((lo[0] + lo[1]) + (lo[2] + lo[3])) + ((hi[0] + hi[1]) + (hi[2] + hi[3]))
    for i in from..<to { res += a[i] }
    return res
  }

  @inline(__always)
  private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
  }
}
