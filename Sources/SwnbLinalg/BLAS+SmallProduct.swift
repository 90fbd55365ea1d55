import COpenBLAS
import SwnbKernels

// Small float64 products without a BLAS call: numpy hands a 3 x 3 product to cblas_dgemm, whose
// fixed cost is many times the arithmetic. For small operands SwnbKernels' FusedProduct repeats
// what OpenBLAS's Haswell/Zen kernel computes, in the same order, so the bits stay numpy's
// (proved against numpy by Tests/SwnbLinalgTests/Goldens/small_products.json).

extension BLAS {
  /// One operand of `smallMatmul`: element `(i, j)` is `start[i * rowStride + j * colStride]`.
  public typealias SmallOperand = (start: UnsafePointer<Double>, rowStride: Int, colStride: Int)

  /// The largest dimension `smallMatmul` takes: well inside one block of OpenBLAS's kernel
  /// loops (its K block is 256 deep), and small enough that the packed copy fits the stack.
  public static let smallProductLimit = 32

  /// True when OpenBLAS runs the Haswell/Zen kernels `FusedProduct` mirrors (which also
  /// guarantees the AVX2 and FMA instructions SwnbKernels is compiled for).
  public static let hasFusedSmallProducts: Bool = {
    guard let name = openblas_get_corename() else { return false }
    let core = String(cString: name).lowercased()
    return core == "haswell" || core == "zen"
  }()

  /// `a @ b` (`m` x `k` times `k` x `n`) into the C-contiguous `out`, bit-identical to numpy's
  /// dgemm or dsyrk, when every dimension is in `2...smallProductLimit` and both operands are
  /// BLAS-ready as numpy defines it (C-contiguous or transposed C-contiguous rows). Returns
  /// false, writing nothing, when the case does not apply; `BLAS.matmul` then handles it.
  ///
  /// numpy calls dsyrk for one buffer times its own transpose (`w.T @ w`, `w @ w.T`), where
  /// every output is one in-order sum; dgemm otherwise (see `FusedProduct`).
  public static func smallMatmul(
    _ a: SmallOperand, _ b: SmallOperand, m: Int, k: Int, n: Int,
    into out: UnsafeMutablePointer<Double>
  ) -> Bool {
    let limit = smallProductLimit
    guard hasFusedSmallProducts, (2...limit).contains(m), (2...limit).contains(k),
      (2...limit).contains(n)
    else { return false }
    let plainA = isBlasable(a.rowStride, a.colStride, m, k)
    let plainB = isBlasable(b.rowStride, b.colStride, k, n)
    guard plainA || isBlasable(a.colStride, a.rowStride, k, m),
      plainB || isBlasable(b.colStride, b.rowStride, n, k)
    else { return false }
    let syrk =
      a.start == b.start && m == n && a.rowStride == b.colStride && a.colStride == b.rowStride
      && plainA != plainB
    let ldb = (n + 3) / 4 * 4
    withScratch(k * ldb) { packed in
      FusedProduct.pack(
        b.start, rowStride: b.rowStride, colStride: b.colStride, k: k, n: n, into: packed,
        ldb: ldb)
      FusedProduct.product(
        m: m, k: k, n: n, a: a.start, aRow: a.rowStride, aCol: a.colStride, b: packed, ldb: ldb,
        c: out, lastRowSplit: !syrk && m % 2 == 1 && k >= 8, symmetric: syrk)
    }
    return true
  }
}
