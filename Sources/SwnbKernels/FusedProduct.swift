/// Small float64 matrix products with fused multiply-adds, in the accumulation order of
/// OpenBLAS's Haswell/Zen double-precision kernel (`dgemm_kernel_4x8_haswell.S`).
///
/// This module is compiled for Haswell (AVX2 + FMA, see Package.swift) so that
/// `addingProduct` is one `vfmadd` instruction. Callers must only enter it on a CPU with
/// those instructions; SwnbLinalg checks that OpenBLAS itself runs its Haswell or Zen kernels.
public enum FusedProduct {
  /// `c = a @ b` for a row-major `m` x `k` operand `a` (element `(i, p)` at
  /// `a[i * aRow + p * aCol]`), a packed row-major `k` x `ldb` operand `b` (columns `n..<ldb`
  /// are zero padding, `ldb` a multiple of 4) and a C-contiguous `m` x `n` result.
  ///
  /// Every output is one accumulator that starts at +0 and takes `fma(a[i, p], b[p, j], acc)`
  /// for `p` in order, as the kernel's 4 x 8, 4 x 4, 2 x N and 1 x N blocks do. With
  /// `lastRowSplit`, row `m - 1` instead mirrors the kernel's 4 x 1 block (numpy's odd row
  /// count reaches OpenBLAS as an odd column count): columns below `4 * (n / 4)` sum the first
  /// `8 * (k / 8)` products into four accumulators by `p % 4`, the rest into the first one,
  /// and return `(acc0 + acc1) + (acc2 + acc3)`.
  public static func product(
    m: Int, k: Int, n: Int, a: UnsafePointer<Double>, aRow: Int, aCol: Int,
    b: UnsafePointer<Double>, ldb: Int, c: UnsafeMutablePointer<Double>, lastRowSplit: Bool
  ) {
    let plainRows = lastRowSplit ? m - 1 : m
    // Two rows per pass share every load of `b`; an odd last row pairs with itself (its
    // outputs are written twice with the same values).
    var i = 0
    while i < plainRows {
      let i1 = min(i + 1, plainRows - 1)
      var j = 0
      while j < n {
        let width = min(n - j, 12)
        rowPair(
          a + i * aRow, a + i1 * aRow, aCol: aCol, k: k, b: b + j, ldb: ldb, c + i * n + j,
          c + i1 * n + j, width: width)
        j += width
      }
      i += 2
    }
    if lastRowSplit { splitRow(m - 1, k: k, n: n, a: a, aRow: aRow, aCol: aCol, b: b, ldb: ldb, c: c) }
  }

  /// Columns `0..<width` (at most 12) of two rows of `product`: rows `r0` and `r1` of `a`
  /// times the packed `b`, into `o0` and `o1`. Up to three vectors per row share each
  /// broadcast of `a[i, p]`.
  @inline(__always)
  private static func rowPair(
    _ r0: UnsafePointer<Double>, _ r1: UnsafePointer<Double>, aCol: Int, k: Int,
    b: UnsafePointer<Double>, ldb: Int, _ o0: UnsafeMutablePointer<Double>,
    _ o1: UnsafeMutablePointer<Double>, width: Int
  ) {
    switch (width + 3) / 4 {
    case 3:
      var (u0, u1, u2) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
      var (v0, v1, v2) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
      for p in 0..<k {
        let q = b + p * ldb
        let (y0, y1, y2) = (load(q), load(q + 4), load(q + 8))
        let (x0, x1) = (SIMD4(repeating: r0[p * aCol]), SIMD4(repeating: r1[p * aCol]))
        u0.addProduct(x0, y0)
        u1.addProduct(x0, y1)
        u2.addProduct(x0, y2)
        v0.addProduct(x1, y0)
        v1.addProduct(x1, y1)
        v2.addProduct(x1, y2)
      }
      store(u0, o0, count: 4)
      store(u1, o0 + 4, count: 4)
      store(u2, o0 + 8, count: width - 8)
      store(v0, o1, count: 4)
      store(v1, o1 + 4, count: 4)
      store(v2, o1 + 8, count: width - 8)
    case 2:
      var (u0, u1, v0, v1) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
      for p in 0..<k {
        let q = b + p * ldb
        let (y0, y1) = (load(q), load(q + 4))
        let (x0, x1) = (SIMD4(repeating: r0[p * aCol]), SIMD4(repeating: r1[p * aCol]))
        u0.addProduct(x0, y0)
        u1.addProduct(x0, y1)
        v0.addProduct(x1, y0)
        v1.addProduct(x1, y1)
      }
      store(u0, o0, count: 4)
      store(u1, o0 + 4, count: width - 4)
      store(v0, o1, count: 4)
      store(v1, o1 + 4, count: width - 4)
    default:
      var (u, v) = (SIMD4<Double>(), SIMD4<Double>())
      for p in 0..<k {
        let y = load(b + p * ldb)
        u.addProduct(SIMD4(repeating: r0[p * aCol]), y)
        v.addProduct(SIMD4(repeating: r1[p * aCol]), y)
      }
      store(u, o0, count: width)
      store(v, o1, count: width)
    }
  }

  /// Packs the `k` x `n` operand `b` (element `(p, j)` at `b[p * rowStride + j * colStride]`)
  /// into `packed` as `product` reads it: row-major rows of `ldb` (`n` rounded up to a
  /// multiple of 4) with zeros after column `n`.
  public static func pack(
    _ b: UnsafePointer<Double>, rowStride: Int, colStride: Int, k: Int, n: Int,
    into packed: UnsafeMutablePointer<Double>, ldb: Int
  ) {
    let padded = n / 4 * 4
    for p in 0..<k where padded < ldb {
      store(SIMD4(), packed + p * ldb + padded, count: 4)
    }
    if colStride == 1 {
      // Rows are runs: whole vectors, then the last `n % 4` elements over the zeros.
      for p in 0..<k {
        let (source, row) = (b + p * rowStride, packed + p * ldb)
        for j in stride(from: 0, to: padded, by: 4) { store(load(source + j), row + j, count: 4) }
        for j in padded..<n { row[j] = source[j] }
      }
    } else {
      // Any other layout column by column: each is a run when `b` is a transposed
      // C-contiguous block (`a.T @ a`).
      for j in 0..<n {
        let source = b + j * colStride
        for p in 0..<k { packed[p * ldb + j] = source[p * rowStride] }
      }
    }
  }

  /// Row `i` of `product` in the 4 x 1 block's order (see `product`).
  private static func splitRow(
    _ i: Int, k: Int, n: Int, a: UnsafePointer<Double>, aRow: Int, aCol: Int,
    b: UnsafePointer<Double>, ldb: Int, c: UnsafeMutablePointer<Double>
  ) {
    let row = a + i * aRow
    let blocked = k / 8 * 8
    var j = 0
    while j < n {
      var acc = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
      let split = j + 4 <= n
      for p in 0..<k {
        let x = SIMD4(repeating: row[p * aCol])
        let y = load(b + p * ldb + j)
        switch p < blocked && split ? p % 4 : 0 {
        case 0: acc.0.addProduct(x, y)
        case 1: acc.1.addProduct(x, y)
        case 2: acc.2.addProduct(x, y)
        default: acc.3.addProduct(x, y)
        }
      }
      let sum = split ? (acc.0 + acc.1) + (acc.2 + acc.3) : acc.0
      store(sum, c + i * n + j, count: min(4, n - j))
      j += 4
    }
  }

  /// Four packed values from `p`.
  @inline(__always)
  private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
  }

  /// Writes the first `count` lanes of `v` to `out`.
  @inline(__always)
  private static func store(_ v: SIMD4<Double>, _ out: UnsafeMutablePointer<Double>, count: Int) {
    if count == 4 {
      UnsafeMutableRawPointer(out).storeBytes(of: v, as: SIMD4<Double>.self)
      return
    }
    for lane in 0..<count { out[lane] = v[lane] }
  }
}

extension SIMD4<Double> {
  /// `self = fma(x, y, self)` lane by lane.
  @inline(__always)
  fileprivate mutating func addProduct(_ x: SIMD4<Double>, _ y: SIMD4<Double>) {
    self = addingProduct(x, y)
  }
}
