/// LLVM's prefetch intrinsic: `(address, 0 = read, 3 = keep in all cache levels, 1 = data)`.
@_silgen_name("llvm.prefetch.p0")
private func prefetchLine(
  _ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ data: Int32)

/// The two products of an NMF iteration on one row panel `X_p` (`rows` x `n`, row stride
/// `ldx`) of a large, dense `X`, against a factor with few components (`k` of 10 to 50):
/// `X_p·Hᵀ` and `W_pᵀ·X_p`, both written component-major.
///
/// OpenBLAS packs both operands of every gemm into blocks before its micro-kernel runs; with one
/// dimension only `k` long, packing the large operand costs a good share of the arithmetic.
/// These kernels read `X_p` in place, with register blocks of AVX2 fused multiply-adds: the
/// first streams `X_p` from memory (prefetching the next rows while the current ones are in
/// use), the second then finds it in cache. This module is compiled for Haswell (see
/// Package.swift): callers must check that the CPU has AVX2 and FMA before entering it.
///
/// The sums are the exact products reassociated (per-lane partial sums over columns for the
/// first product, one in-order sum per panel for the second), so they agree with dgemm to a
/// few units in the last place.
public enum PanelProducts {
  /// `t[c * ldt + i] = sum_j x[i * ldx + j] * h[c * ldh + j]` for `i < rows`, `c < k`: the
  /// panel times `Hᵀ` (`H` row-major `k` x `n`), component-major (`k` x `rows`, row stride
  /// `ldt`). Rows beyond a multiple of 4 and components beyond a multiple of 3 go through the
  /// same blocks with a repeated row or component whose sums are dropped.
  ///
  /// Each block of 4 rows meets every component over the full width (its rows come from L2,
  /// where the previous block prefetched them, a slice per component block; `H` stays in L2
  /// or L3). Blocking the columns too, to keep a chunk of `H` in L1, measured slower: each
  /// block then pays the lane sums per chunk. The prefetch reaches 4 rows past the panel: it
  /// never faults, and the caller's next panel starts there.
  public static func timesTranspose(
    x: UnsafePointer<Double>, ldx: Int, rows: Int, n: Int, h: UnsafePointer<Double>, ldh: Int,
    k: Int, into t: UnsafeMutablePointer<Double>, ldt: Int
  ) {
    guard rows > 0, k > 0 else { return }
    // The next 4 rows, prefetched a slice per component block while this block's are in use.
    let blocks = (k + 2) / 3
    let nextBytes = (3 * ldx + n) * MemoryLayout<Double>.stride
    var i = 0
    while i < rows {
      let rowCount = min(4, rows - i)
      let row = { (r: Int) in x + (i + min(r, rowCount - 1)) * ldx }
      let next = UnsafeRawPointer(x + (i + 4) * ldx)
      var c = 0
      while c < k {
        let compCount = min(3, k - c)
        let slice = (c / 3 * nextBytes / blocks, (c / 3 + 1) * nextBytes / blocks)
        let sums = dotBlock(
          row(0), row(1), row(2), row(3), h + c * ldh, h + (c + min(1, compCount - 1)) * ldh,
          h + (c + compCount - 1) * ldh, count: n,
          prefetch: (next + slice.0, slice.1 - slice.0))
        let out = t + c * ldt + i
        store(sums.0, to: out, count: rowCount)
        if compCount > 1 { store(sums.1, to: out + ldt, count: rowCount) }
        if compCount > 2 { store(sums.2, to: out + 2 * ldt, count: rowCount) }
        c += 3
      }
      i += 4
    }
  }

  /// For four rows `x0...x3` and three rows `h0...h2`, the dot products over their first
  /// `count` columns: element `r` of `result[q]` is row `r` times row `q`. The columns from
  /// where `alignmentGap` puts `x0` go through `dotVectors` 4 at a time; those before it and
  /// after the last full vector are added one at a time.
  @inline(__always)
  private static func dotBlock(
    _ x0: UnsafePointer<Double>, _ x1: UnsafePointer<Double>, _ x2: UnsafePointer<Double>,
    _ x3: UnsafePointer<Double>, _ h0: UnsafePointer<Double>, _ h1: UnsafePointer<Double>,
    _ h2: UnsafePointer<Double>, count: Int, prefetch: (start: UnsafeRawPointer, bytes: Int)
  ) -> (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>) {
    let start = min(alignmentGap(x0), count)
    let end = start + (count - start) / 4 * 4
    var sums = dotVectors(
      x0 + start, x1 + start, x2 + start, x3 + start, h0 + start, h1 + start, h2 + start,
      count: end - start, prefetch: prefetch)
    for columns in [0..<start, end..<count] {
      for j in columns {
        let y = SIMD4(x0[j], x1[j], x2[j], x3[j])
        sums.0 = sums.0.addingProduct(y, SIMD4(repeating: h0[j]))
        sums.1 = sums.1.addingProduct(y, SIMD4(repeating: h1[j]))
        sums.2 = sums.2.addingProduct(y, SIMD4(repeating: h2[j]))
      }
    }
    return sums
  }

  /// The dot products of `dotBlock` over the first `count` columns (a multiple of 4): twelve
  /// vector accumulators take 4 columns at a time, then each is summed across its lanes. Kept
  /// out of line so that the accumulators, the four loaded rows' vectors and the three of `H`
  /// have the 16 vector registers to themselves.
  @inline(never)
  private static func dotVectors(
    _ x0: UnsafePointer<Double>, _ x1: UnsafePointer<Double>, _ x2: UnsafePointer<Double>,
    _ x3: UnsafePointer<Double>, _ h0: UnsafePointer<Double>, _ h1: UnsafePointer<Double>,
    _ h2: UnsafePointer<Double>, count: Int, prefetch: (start: UnsafeRawPointer, bytes: Int)
  ) -> (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>) {
    // One prefetch per step, spread evenly over the range (at most a line apart: for very
    // few components the range outruns the steps and its end is left to the hardware).
    let step = min(64, max(8, prefetch.bytes / max(count / 4, 1)))
    let last = max(prefetch.bytes - 1, 0)
    var ahead = 0
    var a00 = SIMD4<Double>(), a01 = SIMD4<Double>(), a02 = SIMD4<Double>()
    var a10 = SIMD4<Double>(), a11 = SIMD4<Double>(), a12 = SIMD4<Double>()
    var a20 = SIMD4<Double>(), a21 = SIMD4<Double>(), a22 = SIMD4<Double>()
    var a30 = SIMD4<Double>(), a31 = SIMD4<Double>(), a32 = SIMD4<Double>()
    var j = 0
    while j < count {
      let g0 = load(h0 + j), g1 = load(h1 + j), g2 = load(h2 + j)
      let y0 = load(x0 + j)
      a00 = a00.addingProduct(y0, g0)
      a01 = a01.addingProduct(y0, g1)
      a02 = a02.addingProduct(y0, g2)
      let y1 = load(x1 + j)
      a10 = a10.addingProduct(y1, g0)
      a11 = a11.addingProduct(y1, g1)
      a12 = a12.addingProduct(y1, g2)
      let y2 = load(x2 + j)
      a20 = a20.addingProduct(y2, g0)
      a21 = a21.addingProduct(y2, g1)
      a22 = a22.addingProduct(y2, g2)
      let y3 = load(x3 + j)
      a30 = a30.addingProduct(y3, g0)
      a31 = a31.addingProduct(y3, g1)
      a32 = a32.addingProduct(y3, g2)
      prefetchLine(prefetch.start + min(ahead, last), 0, 3, 1)
      ahead &+= step
      j &+= 4
    }
    return (
      SIMD4(a00.sum(), a10.sum(), a20.sum(), a30.sum()),
      SIMD4(a01.sum(), a11.sum(), a21.sum(), a31.sum()),
      SIMD4(a02.sum(), a12.sum(), a22.sum(), a32.sum())
    )
  }

  /// `c[q * ldc + j] (+)= sum_i w[q * ldw + i] * x[i * ldx + j]` for `q < k`, `j < n`: the
  /// transpose of the panel's rows of `W` (given component-major, `k` x `rows`) times the
  /// panel, added to `c` (`k` x `n`, row-major) or, without `accumulate`, written there.
  /// Components beyond a multiple of 5 go through the blocks with a repeated component whose
  /// sums are dropped. Every sum starts at zero and takes the rows' products in order with
  /// fused multiply-adds (in 8-column strips, and one by one in the last `n % 8` columns), so a
  /// column's result does not depend on where `x` and `n` split a wider matrix.
  public static func transposeTimes(
    w: UnsafePointer<Double>, ldw: Int, rows: Int, k: Int, x: UnsafePointer<Double>, ldx: Int,
    n: Int, into c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
  ) {
    guard k > 0, n > 0 else { return }
    var j = 0
    while j < n {
      let width = min(8, n - j)
      var q = 0
      while q < k {
        let count = min(5, k - q)
        let comp = { (p: Int) in q + min(p, count - 1) }
        if width == 8 {
          stripBlock(
            w + comp(0) * ldw, w + comp(1) * ldw, w + comp(2) * ldw, w + comp(3) * ldw,
            w + comp(4) * ldw, rows: rows, x: x + j, ldx: ldx)
          { p, sums in
            guard p < count else { return }
            let out = UnsafeMutableRawPointer(c + (q + p) * ldc + j)
            let old = accumulate ? (
              out.loadUnaligned(as: SIMD4<Double>.self),
              out.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)) : (SIMD4(), SIMD4())
            out.storeBytes(of: old.0 + sums.0, as: SIMD4<Double>.self)
            out.storeBytes(of: old.1 + sums.1, toByteOffset: 32, as: SIMD4<Double>.self)
          }
        } else {
          for p in 0..<count {
            let wq = w + (q + p) * ldw
            let out = c + (q + p) * ldc + j
            for col in 0..<width {
              var sum = 0.0
              for i in 0..<rows { sum.addProduct(wq[i], x[i * ldx + j + col]) }
              out[col] = (accumulate ? out[col] : 0) + sum
            }
          }
        }
        q += 5
      }
      j += width
    }
  }

  /// Five components times 8 columns of the panel: ten vector accumulators (with the two
  /// vectors of `X` and one broadcast of `W[i, q]`, 13 of the 16 vector registers), then
  /// `put(p, sums)` for each component `p`.
  @inline(__always)
  private static func stripBlock(
    _ w0: UnsafePointer<Double>, _ w1: UnsafePointer<Double>, _ w2: UnsafePointer<Double>,
    _ w3: UnsafePointer<Double>, _ w4: UnsafePointer<Double>, rows: Int,
    x: UnsafePointer<Double>, ldx: Int,
    put: (Int, (SIMD4<Double>, SIMD4<Double>)) -> Void
  ) {
    var a00 = SIMD4<Double>(), a01 = SIMD4<Double>(), a10 = SIMD4<Double>()
    var a11 = SIMD4<Double>(), a20 = SIMD4<Double>(), a21 = SIMD4<Double>()
    var a30 = SIMD4<Double>(), a31 = SIMD4<Double>(), a40 = SIMD4<Double>()
    var a41 = SIMD4<Double>()
    var row = x
    for i in 0..<rows {
      let y0 = load(row), y1 = load(row + 4)
      let b0 = SIMD4(repeating: w0[i])
      a00 = a00.addingProduct(b0, y0)
      a01 = a01.addingProduct(b0, y1)
      let b1 = SIMD4(repeating: w1[i])
      a10 = a10.addingProduct(b1, y0)
      a11 = a11.addingProduct(b1, y1)
      let b2 = SIMD4(repeating: w2[i])
      a20 = a20.addingProduct(b2, y0)
      a21 = a21.addingProduct(b2, y1)
      let b3 = SIMD4(repeating: w3[i])
      a30 = a30.addingProduct(b3, y0)
      a31 = a31.addingProduct(b3, y1)
      let b4 = SIMD4(repeating: w4[i])
      a40 = a40.addingProduct(b4, y0)
      a41 = a41.addingProduct(b4, y1)
      row += ldx
    }
    put(0, (a00, a01))
    put(1, (a10, a11))
    put(2, (a20, a21))
    put(3, (a30, a31))
    put(4, (a40, a41))
  }

  /// Writes the first `count` lanes of `v` to `out`.
  @inline(__always)
  private static func store(_ v: SIMD4<Double>, to out: UnsafeMutablePointer<Double>, count: Int) {
    if count == 4 {
      UnsafeMutableRawPointer(out).storeBytes(of: v, as: SIMD4<Double>.self)
    } else {
      for r in 0..<count { out[r] = v[r] }
    }
  }

  /// Elements from `p` to the next address 32 bytes past a 64-byte boundary (0 to 7; 0 for a
  /// pointer not aligned to a `Double`). Row blocks whose vector loads start there measured
  /// 25-35% faster than at a cache-line boundary or unaligned (AMD Zen 3, 4 rows of 1000).
  @inline(__always)
  private static func alignmentGap(_ p: UnsafePointer<Double>) -> Int {
    let offset = Int(bitPattern: UInt(bitPattern: p)) & 63
    return offset & 7 == 0 ? ((96 - offset) & 63) / 8 : 0
  }

  /// Four packed values from `p`.
  @inline(__always)
  private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
  }
}
