import SwnbLinalg

/// The axis order, merged dimensions and strides of one elementwise loop.
///
/// Axes are visited in the output's memory order (numpy's K order), so the output is written
/// sequentially even for transposed operands; axes laid out back to back in every operand
/// are merged, so contiguous operands become one flat run.
struct LoopLayout {
  /// Merged dimensions, outermost first (empty for a single element).
  var dims: [Int]
  /// Strides in elements per operand (inputs first, output last), matching `dims`.
  var strides: [[Int]]

  /// The layout for operands already broadcast to `shape`; `outputStrides` decide the order.
  init(shape: [Int], operandStrides: [[Int]], outputStrides: [Int]) {
    let order = LoopLayout.memoryOrder(shape: shape, strides: outputStrides)
    let permutedShape = order.map { shape[$0] }
    let all = (operandStrides + [outputStrides]).map { s in order.map { s[$0] } }
    (dims, strides) = StridedLoop.coalesce(permutedShape, all)
  }

  /// Axes sorted from largest to smallest stride magnitude (stable, so ties keep C order).
  static func memoryOrder(shape: [Int], strides: [Int]) -> [Int] {
    Array(shape.indices).sorted { i, j in
      let (a, b) = (Swift.abs(strides[i]), Swift.abs(strides[j]))
      return a != b ? a > b : i < j
    }
  }

  /// C-contiguous strides for `shape` laid out in the memory order of `like` (numpy's K order
  /// for a new output); plain C order when `like` is nil.
  static func kOrderStrides(shape: [Int], like: [Int]?) -> [Int] {
    guard let like, like.count == shape.count else { return Shape.contiguousStrides(shape) }
    let order = memoryOrder(shape: shape, strides: like)
    var strides = [Int](repeating: 0, count: shape.count)
    var step = 1
    for axis in order.reversed() {
      strides[axis] = step
      step *= max(shape[axis], 1)
    }
    return strides
  }

  /// True when some dimension is empty (nothing to visit).
  var isEmpty: Bool { dims.contains(0) }

  /// Calls `body` with the starting offsets of every innermost run and the run length.
  @inline(__always)
  func forEachRun(_ body: (_ offsets: [Int], _ count: Int) -> Void) {
    guard !isEmpty else { return }
    let operands = strides.count
    guard let inner = dims.last else {
      body([Int](repeating: 0, count: operands), 1)
      return
    }
    var counter = [Int](repeating: 0, count: dims.count - 1)
    var offsets = [Int](repeating: 0, count: operands)
    while true {
      body(offsets, inner)
      var d = counter.count - 1
      while d >= 0 {
        counter[d] += 1
        for k in 0..<operands { offsets[k] &+= strides[k][d] }
        if counter[d] < dims[d] { break }
        for k in 0..<operands { offsets[k] &-= strides[k][d] &* dims[d] }
        counter[d] = 0
        d -= 1
      }
      if d < 0 { return }
    }
  }

  /// The innermost stride of operand `k` (0 for a single element).
  func innerStride(_ k: Int) -> Int { strides[k].last ?? 0 }
}

/// Applies `f` to pairs of elements, writing `out`; contiguous and scalar-broadcast runs get
/// plain counted loops the compiler can vectorize.
@inline(__always)
func mapBinary<A, B, R>(
  _ a: UnsafeMutablePointer<A>, _ b: UnsafeMutablePointer<B>, _ out: UnsafeMutablePointer<R>,
  _ layout: LoopLayout, _ f: (A, B) -> R
) {
  let (sa, sb, so) = (layout.innerStride(0), layout.innerStride(1), layout.innerStride(2))
  layout.forEachRun { offsets, n in
    let (x, y, o) = (a + offsets[0], b + offsets[1], out + offsets[2])
    if so == 1 && sa == 1 && sb == 1 {
      for i in 0..<n { o[i] = f(x[i], y[i]) }
    } else if so == 1 && sa == 1 && sb == 0 {
      let v = y[0]
      for i in 0..<n { o[i] = f(x[i], v) }
    } else if so == 1 && sa == 0 && sb == 1 {
      let v = x[0]
      for i in 0..<n { o[i] = f(v, y[i]) }
    } else {
      var (i, j, k) = (0, 0, 0)
      for _ in 0..<n {
        o[k] = f(x[i], y[j])
        i &+= sa
        j &+= sb
        k &+= so
      }
    }
  }
}

/// Applies `f` to each element, writing `out` (see `mapBinary`).
@inline(__always)
func mapUnary<A, R>(
  _ a: UnsafeMutablePointer<A>, _ out: UnsafeMutablePointer<R>, _ layout: LoopLayout,
  _ f: (A) -> R
) {
  let (sa, so) = (layout.innerStride(0), layout.innerStride(1))
  layout.forEachRun { offsets, n in
    let (x, o) = (a + offsets[0], out + offsets[1])
    if so == 1 && sa == 1 {
      for i in 0..<n { o[i] = f(x[i]) }
    } else {
      var (i, k) = (0, 0)
      for _ in 0..<n {
        o[k] = f(x[i])
        i &+= sa
        k &+= so
      }
    }
  }
}

/// The operands of one binary loop: inputs of the loop dtype, broadcast, and the output.
struct BinaryOperands {
  var x: NDArray
  var y: NDArray
  var out: NDArray
  var layout: LoopLayout

  /// Broadcasts `x` and `y` to `out.shape` (the caller checked they broadcast).
  init(_ x: NDArray, _ y: NDArray, out: NDArray) {
    let shape = out.shape
    let sx = Shape.broadcastStrides(x.shape, x.strides, to: shape) ?? x.strides
    let sy = Shape.broadcastStrides(y.shape, y.strides, to: shape) ?? y.strides
    self.x = x
    self.y = y
    self.out = out
    layout = LoopLayout(shape: shape, operandStrides: [sx, sy], outputStrides: out.strides)
  }

  /// Runs `f` over typed elements: inputs `A`, output `R`.
  @inline(__always)
  func map<A, R>(_ a: A.Type, _ r: R.Type, _ f: (A, A) -> R) {
    withExtendedLifetime((x, y, out)) {
      mapBinary(
        x.elementPointer(A.self), y.elementPointer(A.self), out.elementPointer(R.self),
        layout, f)
    }
  }
}

/// True when SwnbKernels' AVX2 loops may run: OpenBLAS runs its Haswell/Zen kernels, the
/// check that also gates the kernels' instructions in `smallMatmul`.
var hasWideLoops: Bool { BLAS.hasFusedSmallProducts }
