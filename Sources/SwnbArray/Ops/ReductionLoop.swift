import SwnbKernels

/// numpy's pairwise summation (`pairwise_sum` in loops_utils.h.src), bit for bit.
///
/// Runs shorter than 8 are summed left to right from 0; up to 128 elements use eight
/// interleaved accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) plus the tail;
/// longer runs split at half (rounded down to a multiple of 8) and recurse.
func pairwiseSum<T: FloatingPoint & SIMDScalar>(_ a: UnsafePointer<T>, _ n: Int, _ stride: Int)
  -> T
{
  if n <= 128 {
    return stride == 1 && n >= 8 ? pairwiseBlockContiguous(a, n) : pairwiseBlock(a, n, stride)
  }
  var n2 = n / 2
  n2 -= n2 % 8
  return pairwiseSum(a, n2, stride) + pairwiseSum(a + n2 * stride, n - n2, stride)
}

/// One leaf of `pairwiseSum`: at most 128 elements.
@inline(__always)
private func pairwiseBlock<T: FloatingPoint>(_ a: UnsafePointer<T>, _ n: Int, _ stride: Int)
  -> T
{
  if n < 8 {
    var res: T = 0
    for i in 0..<n { res += a[i * stride] }
    return res
  }
  var r0 = a[0]
  var r1 = a[stride]
  var r2 = a[2 * stride]
  var r3 = a[3 * stride]
  var r4 = a[4 * stride]
  var r5 = a[5 * stride]
  var r6 = a[6 * stride]
  var r7 = a[7 * stride]
  var i = 8
  let end = n - n % 8
  while i < end {
    let p = a + i * stride
    r0 += p[0]
    r1 += p[stride]
    r2 += p[2 * stride]
    r3 += p[3 * stride]
    r4 += p[4 * stride]
    r5 += p[5 * stride]
    r6 += p[6 * stride]
    r7 += p[7 * stride]
    i += 8
  }
  var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
  while i < n {
    res += a[i * stride]
    i += 1
  }
  return res
}

/// `pairwiseBlock` for 8 to 128 adjacent elements: the eight accumulators are the lanes of
/// one SIMD vector, so each step is a few vector adds with the same per-lane order.
@inline(__always)
private func pairwiseBlockContiguous<T: FloatingPoint & SIMDScalar>(
  _ a: UnsafePointer<T>, _ n: Int
) -> T {
  let raw = UnsafeRawPointer(a)
  var r = raw.loadUnaligned(as: SIMD8<T>.self)
  var i = 8
  let end = n - n % 8
  while i < end {
    r += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.stride, as: SIMD8<T>.self)
    i += 8
  }
  var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
  while i < n {
    res += a[i]
    i += 1
  }
  return res
}

/// How a reduction folds elements into an accumulator (a type, so loops specialize).
protocol Reducer {
  associatedtype Element
  /// Combines the accumulator with one element (or with a folded run).
  static func combine(_ acc: Element, _ x: Element) -> Element
  /// True when whole runs are folded by `fold` (pairwise summation).
  static var foldsRuns: Bool { get }
  /// Folds a strided run of `n` elements.
  static func fold(_ a: UnsafePointer<Element>, _ n: Int, _ stride: Int) -> Element
}

extension Reducer {
  static var foldsRuns: Bool { false }
  static func fold(_ a: UnsafePointer<Element>, _ n: Int, _ stride: Int) -> Element {
    var acc = a[0]
    for k in 1..<max(n, 1) { acc = combine(acc, a[k * stride]) }
    return acc
  }
}

/// Float addition with numpy's pairwise runs (float64 runs through SwnbKernels' 256-bit
/// loops when the CPU has them, see `hasWideLoops`).
enum FloatSum<Element: FloatingPoint & SIMDScalar>: Reducer {
  @inline(__always) static func combine(_ acc: Element, _ x: Element) -> Element { acc + x }
  static var foldsRuns: Bool { true }
  @inline(__always) static func fold(_ a: UnsafePointer<Element>, _ n: Int, _ stride: Int)
    -> Element
  {
    if Element.self == Double.self && stride == 1 && hasWideLoops {
      let sum = WideSum.pairwise(UnsafeRawPointer(a).assumingMemoryBound(to: Double.self), n)
      return unsafeBitCast(sum, to: Element.self)
    }
    return pairwiseSum(a, n, stride)
  }
}


/// Wrapping integer addition.
enum IntegerSum<Element: FixedWidthInteger>: Reducer {
  @inline(__always) static func combine(_ acc: Element, _ x: Element) -> Element { acc &+ x }
}

/// Multiplication (wrapping for integers), element by element as numpy's multiply.reduce.
enum Product<Element: UfuncElement>: Reducer {
  @inline(__always) static func combine(_ acc: Element, _ x: Element) -> Element {
    Element.multiply(acc, x)
  }
}

/// numpy's maximum.reduce (NaN propagates).
enum Maximum<Element: UfuncElement>: Reducer {
  @inline(__always) static func combine(_ acc: Element, _ x: Element) -> Element {
    Element.maximum(acc, x)
  }
}

/// numpy's minimum.reduce (NaN propagates).
enum Minimum<Element: UfuncElement>: Reducer {
  @inline(__always) static func combine(_ acc: Element, _ x: Element) -> Element {
    Element.minimum(acc, x)
  }
}

/// logical_or.reduce (`any`).
enum AnyTrue: Reducer {
  @inline(__always) static func combine(_ acc: Bool, _ x: Bool) -> Bool { acc || x }
}

/// logical_and.reduce (`all`).
enum AllTrue: Reducer {
  @inline(__always) static func combine(_ acc: Bool, _ x: Bool) -> Bool { acc && x }
}

/// Reduces `x` over `axes` into `out` (C-contiguous, shaped as `x` without the reduced axes),
/// whose elements already hold the initial values.
///
/// Mirrors numpy's reduction iterator: axes are visited in the input's memory order and
/// merged where possible; when the innermost run is a reduced axis it is folded by `run`
/// (numpy's `io1 += pairwise_sum(...)`), otherwise the run is accumulated elementwise into
/// the output, so `axis=0` of a C-contiguous array adds row after row.
func reduceInto<R: Reducer>(_ x: NDArray, axes: ReductionAxes, out: NDArray, _ reducer: R.Type) {
  typealias T = R.Element
  var outStrides = [Int](repeating: 0, count: x.ndim)
  var step = 1
  for d in stride(from: x.ndim - 1, through: 0, by: -1) where !axes.contains(d) {
    outStrides[d] = step
    step *= max(x.shape[d], 1)
  }
  let order = LoopLayout.memoryOrder(shape: x.shape, strides: x.strides)
  let (dims, s) = StridedLoop.coalesce(
    order.map { x.shape[$0] }, [order.map { x.strides[$0] }, order.map { outStrides[$0] }])
  let layout = LoopLayout(dims: dims, strides: s)
  let (si, so) = (layout.innerStride(0), layout.innerStride(1))
  withExtendedLifetime((x, out)) {
    let (px, po) = (x.elementPointer(T.self), out.elementPointer(T.self))
    if dims.count == 2 && s[0][1] == 1 && s[1] == [0, 1] {
      accumulateRows(px, rows: dims[0], rowStride: s[0][0], into: po, count: dims[1], R.self)
      return
    }
    layout.forEachRun { offsets, n in
      let (a, o) = (px + offsets[0], po + offsets[1])
      if so == 0 {
        if R.foldsRuns {
          o[0] = R.combine(o[0], R.fold(a, n, si))
        } else {
          var acc = o[0]
          for k in 0..<n { acc = R.combine(acc, a[k * si]) }
          o[0] = acc
        }
      } else if so == 1 && si == 1 {
        for k in 0..<n { o[k] = R.combine(o[k], a[k]) }
      } else {
        for k in 0..<n { o[k * so] = R.combine(o[k * so], a[k * si]) }
      }
    }
  }
}

/// Folds `rows` contiguous rows of `count` elements, one after another, into the row `o`
/// (`axis=0` of a C-contiguous matrix). Each output element sees the rows in order, so the
/// result matches row-at-a-time accumulation; taking four rows per pass reads and writes
/// `o` a quarter as often.
private func accumulateRows<R: Reducer>(
  _ x: UnsafePointer<R.Element>, rows: Int, rowStride: Int,
  into o: UnsafeMutablePointer<R.Element>, count n: Int, _ reducer: R.Type
) {
  if R.self == FloatSum<Double>.self && hasWideLoops {
    WideSum.accumulateRows(
      UnsafeRawPointer(x).assumingMemoryBound(to: Double.self), rows: rows,
      rowStride: rowStride,
      into: UnsafeMutableRawPointer(o).assumingMemoryBound(to: Double.self), count: n)
    return
  }
  var r = 0
  while r + 4 <= rows {
    let a = x + r * rowStride
    let (b, c, d) = (a + rowStride, a + 2 * rowStride, a + 3 * rowStride)
    for k in 0..<n {
      o[k] = R.combine(R.combine(R.combine(R.combine(o[k], a[k]), b[k]), c[k]), d[k])
    }
    r += 4
  }
  while r < rows {
    let a = x + r * rowStride
    for k in 0..<n { o[k] = R.combine(o[k], a[k]) }
    r += 1
  }
}

extension LoopLayout {
  /// A layout from already merged dimensions and strides.
  init(dims: [Int], strides: [[Int]]) {
    self.dims = dims
    self.strides = strides
  }
}
