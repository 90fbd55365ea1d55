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
    for i in 0..<plainRows {
      let row = a + i * aRow
      var j = 0
      while j < n {
        var acc = SIMD4<Double>()
        var pb = b + j
        for p in 0..<k {
          acc.addProduct(SIMD4(repeating: row[p * aCol]), UnsafeRawPointer(pb).loadUnaligned(as: SIMD4<Double>.self))
          pb += ldb
        }
        store(acc, c + i * n + j, count: min(4, n - j))
        j += 4
      }
    }
    if lastRowSplit { splitRow(m - 1, k: k, n: n, a: a, aRow: aRow, aCol: aCol, b: b, ldb: ldb, c: c) }
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
        let y = UnsafeRawPointer(b + p * ldb + j).loadUnaligned(as: SIMD4<Double>.self)
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
