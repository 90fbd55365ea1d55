/// The axes one reduction collapses, validated as numpy validates `axis=`.
struct ReductionAxes {
  /// Sorted, distinct, non-negative axes.
  let axes: [Int]
  /// The reduced array's number of dimensions.
  let ndim: Int

  /// `axis=None` (nil) means every axis. Like numpy's ufunc reductions, a 0-d array accepts
  /// axis 0 or -1 unless `strict` (numpy's `mean`/`var` normalize axes first and refuse).
  ///
  /// - Throws: `AxisError` "axis 2 is out of bounds for array of dimension 2", `ValueError`
  ///   "duplicate value in 'axis'".
  init(_ axis: [Int]?, ndim: Int, strict: Bool = false) throws {
    self.ndim = ndim
    guard let axis else {
      axes = Array(0..<ndim)
      return
    }
    if ndim == 0 && !strict && axis.allSatisfy({ $0 == 0 || $0 == -1 }) {
      axes = []
      return
    }
    var seen = Set<Int>()
    for a in axis {
      let n = try Shape.normalizeAxis(a, ndim: ndim)
      guard seen.insert(n).inserted else {
        throw ArrayError(.valueError, "duplicate value in 'axis'")
      }
    }
    axes = seen.sorted()
  }

  /// True when every axis is reduced.
  var isAll: Bool { axes.count == ndim }

  func contains(_ axis: Int) -> Bool { axes.contains(axis) }

  /// The result shape: reduced axes dropped, or kept with length 1 (`keepdims`).
  func resultShape(_ shape: [Int], keepdims: Bool) -> [Int] {
    var out: [Int] = []
    for (d, n) in shape.enumerated() {
      if !contains(d) {
        out.append(n)
      } else if keepdims {
        out.append(1)
      }
    }
    return out
  }

  /// The number of elements combined into each result element.
  func count(_ shape: [Int]) -> Int {
    axes.reduce(1) { $0 * shape[$1] }
  }
}

extension NDArray {
  /// This array reshaped to `shape` when it is C-contiguous (a view), else a contiguous copy.
  func reshapedForOps(_ shape: [Int]) throws -> NDArray {
    let source = try converted(to: dtype)
    return source.view(shape: shape, strides: Shape.contiguousStrides(shape))
  }

  /// The view with `axis` moved to the end (numpy's `moveaxis(a, axis, -1)`).
  func movingAxisToEnd(_ axis: Int) -> NDArray {
    var order = Array(0..<ndim)
    order.remove(at: axis)
    order.append(axis)
    return view(shape: order.map { shape[$0] }, strides: order.map { strides[$0] })
  }

  /// The elements in K order (memory order of the axes, strides never negated) as a new
  /// 1-d contiguous array; `self` flattened as a view when it already is one contiguous run.
  func kOrderFlattened() throws -> NDArray {
    let order = LoopLayout.memoryOrder(shape: shape, strides: strides)
    let permuted = view(shape: order.map { shape[$0] }, strides: order.map { strides[$0] })
    let (dims, s) = StridedLoop.coalesce(permuted.shape, [permuted.strides])
    if dims.count <= 1 && (s[0].first ?? 1) == 1 {
      return view(shape: [size], strides: [1])
    }
    return try permuted.converted(to: dtype).view(shape: [size], strides: [1])
  }
}
