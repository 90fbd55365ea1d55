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
  ///
  /// With `symmetric` (`b` is the transpose of `a`, so `c` is symmetric: numpy's dsyrk case,
  /// never with `lastRowSplit`) only the vectors reaching the diagonal or above are computed
  /// and the rest is mirrored: `fma(x, y, acc)` equals `fma(y, x, acc)`, so the mirrored
  /// values are the bits the in-order sums would give.
  public static func product(
    m: Int, k: Int, n: Int, a: UnsafePointer<Double>, aRow: Int, aCol: Int,
    b: UnsafePointer<Double>, ldb: Int, c: UnsafeMutablePointer<Double>, lastRowSplit: Bool,
    symmetric: Bool = false
  ) {
    let plainRows = lastRowSplit ? m - 1 : m
    for i in 0..<plainRows {
      let row = a + i * aRow
      let out = c + i * n
      // Up to three vectors (12 columns) per pass share each broadcast of a[i, p]; each
      // output lane is its own in-order sum, so where the passes start changes no bits.
      var j = symmetric ? i / 4 * 4 : 0
      while j < n {
        let width = min(n - j, 12)
        let pb = b + j
        switch (width + 3) / 4 {
        case 3:
          var acc = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
          for p in 0..<k {
            let x = SIMD4(repeating: row[p * aCol])
            let q = pb + p * ldb
            acc.0.addProduct(x, load(q))
            acc.1.addProduct(x, load(q + 4))
            acc.2.addProduct(x, load(q + 8))
          }
          store(acc.0, out + j, count: 4)
          store(acc.1, out + j + 4, count: 4)
          store(acc.2, out + j + 8, count: width - 8)
        case 2:
          var acc = (SIMD4<Double>(), SIMD4<Double>())
          for p in 0..<k {
            let x = SIMD4(repeating: row[p * aCol])
            let q = pb + p * ldb
            acc.0.addProduct(x, load(q))
            acc.1.addProduct(x, load(q + 4))
          }
          store(acc.0, out + j, count: 4)
          store(acc.1, out + j + 4, count: width - 4)
        default:
          var acc = SIMD4<Double>()
          for p in 0..<k { acc.addProduct(SIMD4(repeating: row[p * aCol]), load(pb + p * ldb)) }
          store(acc, out + j, count: width)
        }
        j += width
      }
    }
    if lastRowSplit { splitRow(m - 1, k: k, n: n, a: a, aRow: aRow, aCol: aCol, b: b, ldb: ldb, c: c) }
    if symmetric {
      for i in 4..<max(m, 4) {
        for j in 0..<(i / 4 * 4) { c[i * n + j] = c[j * n + i] }
      }
    }
  }

  /// Packs the `k` x `n` operand `b` (element `(p, j)` at `b[p * rowStride + j * colStride]`)
  /// into `packed` as `product` reads it: row-major rows of `ldb` (a multiple of 4, at least
  /// `n`) with zeros after column `n`.
  public static func pack(
    _ b: UnsafePointer<Double>, rowStride: Int, colStride: Int, k: Int, n: Int,
    into packed: UnsafeMutablePointer<Double>, ldb: Int
  ) {
    for p in 0..<k {
      let source = b + p * rowStride
      let row = packed + p * ldb
      var j = 0
      while j < ldb {
        var v = SIMD4<Double>()
        if colStride == 1 && j + 4 <= n {
          v = load(source + j)
        } else {
          for lane in 0..<max(0, min(4, n - j)) { v[lane] = source[(j + lane) * colStride] }
        }
        store(v, row + j, count: 4)
        j += 4
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
