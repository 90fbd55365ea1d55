/// mean, var, std and average, following numpy's `_methods.py` step by step so results are
/// bit-identical: the same sums, the same divisions, the same warnings.
extension NDArray {
  /// numpy's `mean`: `sum / n` (float64 accumulator for bool/integer arrays).
  ///
  /// An empty reduction gives NaN with numpy's "Mean of empty slice" and "invalid value
  /// encountered in (scalar) divide" warnings.
  ///
  /// - Throws: axis errors as `sum`.
  public func mean(axis: [Int]? = nil, keepdims: Bool = false, warnings: inout [ArrayWarning])
    throws -> NDArray
  {
    let axes = try ReductionAxes(axis, ndim: ndim, strict: true)
    let count = axes.count(shape)
    if count == 0 { warnings.append(ArrayWarning("Mean of empty slice")) }
    let total = try sum(axis: axis, keepdims: keepdims, dtype: dtype.meanType, warnings: &warnings)
    try total.divideInPlace(by: count, warnings: &warnings)
    return total
  }

  /// numpy's `var`: `sum((x - mean)**2) / max(n - ddof, 0)` with the mean kept as an array.
  ///
  /// - Throws: axis errors as `sum`.
  public func variance(
    axis: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false, warnings: inout [ArrayWarning]
  ) throws -> NDArray {
    let axes = try ReductionAxes(axis, ndim: ndim, strict: true)
    let count = axes.count(shape)
    if ddof >= count { warnings.append(ArrayWarning("Degrees of freedom <= 0 for slice")) }
    let acc = dtype.meanType
    let mean = try sum(axis: axis, keepdims: true, dtype: acc, warnings: &warnings)
    try mean.divideInPlace(by: count, alwaysArray: true, warnings: &warnings)
    let deviation = try NDArray.apply(.subtract, .array(self), .array(mean), warnings: &warnings)
    let squared: NDArray
    if dtype.isComplex {
      // numpy's fast path: re·re + im·im of each deviation, summed as float64.
      squared = NDArray(
        float64: deviation.complexElements().map { $0.real * $0.real + $0.imag * $0.imag },
        shape: deviation.shape)
    } else {
      try deviation.applyInPlace(.multiply, .array(deviation), warnings: &warnings)
      squared = deviation
    }
    let squares = try squared.sum(
      axis: axis, keepdims: keepdims, dtype: dtype.isComplex ? .float64 : acc, warnings: &warnings)
    let (dof, _) = count.subtractingReportingOverflow(ddof)
    try squares.divideInPlace(by: Swift.max(dof, 0), warnings: &warnings)
    return squares
  }

  /// numpy's `std`: the square root of `variance`.
  public func std(
    axis: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false, warnings: inout [ArrayWarning]
  ) throws -> NDArray {
    try variance(axis: axis, ddof: ddof, keepdims: keepdims, warnings: &warnings)
      .apply(.sqrt, warnings: &warnings)
  }

  /// numpy's `average`: the mean, or with `weights` `sum(a * w) / sum(w)` along `axis`.
  ///
  /// `weights` has the array's shape, or is 1-d with the length of the single `axis`.
  ///
  /// - Throws: `ZeroDivisionError` "Weights sum to zero, can't be normalized"; numpy's
  ///   shape errors for weights; axis errors.
  public func average(
    axis: [Int]? = nil, weights: NDArray? = nil, keepdims: Bool = false,
    warnings: inout [ArrayWarning]
  ) throws -> NDArray {
    guard let weights else { return try mean(axis: axis, keepdims: keepdims, warnings: &warnings) }
    let resultType = DType.promote(
      DType.promote(dtype, weights.dtype), dtype.isFloat ? dtype : .float64)
    let w = try alignedWeights(weights, axis: axis)
    let scale = try w.sum(axis: axis, keepdims: keepdims, dtype: resultType, warnings: &warnings)
    let zero = try NDArray.apply(.equal, .array(scale), .python(.float(0)))
    if try zero.any().item() == .bool(true) {
      throw ArrayError(.zeroDivisionError, "Weights sum to zero, can't be normalized")
    }
    let product = try NDArray.apply(
      .multiply, .array(converted(to: resultType)), .array(w.converted(to: resultType)),
      warnings: &warnings)
    let total = try product.sum(axis: axis, keepdims: keepdims, warnings: &warnings)
    return try NDArray.apply(.trueDivide, .array(total), .array(scale), warnings: &warnings)
  }

  private func alignedWeights(_ w: NDArray, axis: [Int]?) throws -> NDArray {
    if w.shape == shape { return w }
    guard let axis else {
      throw ArrayError(
        .typeError, "Axis must be specified when shapes of a and weights differ.")
    }
    guard axis.count == 1 else {
      throw ArrayError(.typeError, "Axis must be specified when shapes of a and weights differ.")
    }
    let a = try Shape.normalizeAxis(axis[0], ndim: ndim)
    guard w.ndim == 1 else {
      throw ArrayError(.typeError, "1D weights expected when shapes of a and weights differ.")
    }
    guard w.shape[0] == shape[a] else {
      throw ArrayError(.valueError, "Length of weights not compatible with specified axis.")
    }
    var wShape = [Int](repeating: 1, count: ndim)
    var wStrides = [Int](repeating: 0, count: ndim)
    wShape[a] = w.shape[0]
    wStrides[a] = w.strides[0]
    return w.view(shape: wShape, strides: wStrides)
  }

  /// Divides a float array by an element count in place, as numpy's `true_divide(ret, n)`
  /// (or `ret / n` on a numpy scalar, whose warnings say "scalar divide").
  func divideInPlace(by count: Int, alwaysArray: Bool = false, warnings: inout [ArrayWarning])
    throws
  {
    let name = (ndim == 0 && !alwaysArray) ? "scalar divide" : "divide"
    var local: [ArrayWarning] = []
    try applyInPlace(.trueDivide, .python(.int(Int64(count))), warnings: &local)
    warnings += local.map { ArrayWarning($0.message.replacingSuffix("divide", with: name)) }
  }
}

extension DType {
  /// The dtype numpy's `mean`/`var` accumulate in: float64 unless already a float or complex.
  var meanType: DType { isFloat || isComplex ? self : .float64 }
}

extension String {
  /// The string with a trailing `suffix` replaced by `replacement`.
  fileprivate func replacingSuffix(_ suffix: String, with replacement: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
  }
}
