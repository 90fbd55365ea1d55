/// numpy's summation order for `np.add.reduce` over a contiguous run of float64.
///
/// numpy starts the reduction from the identity 0 and adds `DOUBLE_pairwise_sum` of the
/// whole run: fewer than 8 values are summed left to right; up to 128 values go through
/// 8 interleaved accumulators combined as `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` plus a
/// left-to-right tail; longer runs split in two at a multiple of 8 and recurse. Mirroring it
/// makes norms agree with numpy to the last bit.
enum PairwiseSum {
  private static let blockSize = 128

  /// `0 + pairwise(values)` for `count` values `transform(p[i * stride])`.
  static func sum(
    _ p: UnsafePointer<Double>?, count: Int, stride: Int = 1,
    transform: (Double) -> Double = { $0 }
  ) -> Double {
    guard let p, count > 0 else { return 0 }
    return 0.0 + pairwise(p, count, stride, transform)
  }

  /// The sum of an array, in numpy's order.
  static func sum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { sum($0.baseAddress, count: $0.count) }
  }

  private static func pairwise(
    _ p: UnsafePointer<Double>, _ n: Int, _ stride: Int, _ f: (Double) -> Double
  ) -> Double {
    if n < 8 {
      var res = 0.0
      for i in 0..<n { res += f(p[i * stride]) }
      return res
    }
    if n <= blockSize {
      var (r0, r1, r2, r3) = (f(p[0]), f(p[stride]), f(p[2 * stride]), f(p[3 * stride]))
      var (r4, r5, r6, r7) = (
        f(p[4 * stride]), f(p[5 * stride]), f(p[6 * stride]), f(p[7 * stride])
      )
      var i = 8
      while i < n - n % 8 {
        let q = p + i * stride
        r0 += f(q[0])
        r1 += f(q[stride])
        r2 += f(q[2 * stride])
        r3 += f(q[3 * stride])
        r4 += f(q[4 * stride])
        r5 += f(q[5 * stride])
        r6 += f(q[6 * stride])
        r7 += f(q[7 * stride])
        i += 8
      }
      var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
      while i < n {
        res += f(p[i * stride])
        i += 1
      }
      return res
    }
    var half = n / 2
    half -= half % 8
    return pairwise(p, half, stride, f) + pairwise(p + half * stride, n - half, stride, f)
  }
}
