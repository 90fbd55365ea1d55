import SwnbLinalg

/// Matrix products with numpy's shape rules: matmul, dot, inner, outer, vdot, trace.
///
/// float64 (and float32, computed in float64) products go through BLAS dgemm; integer and
/// bool products use exact loops as numpy does (integers wrap on overflow).
extension NDArray {
  private static let signature = "(n?,k),(k,m?)->(n?,m?)"

  /// `a @ b` (`np.matmul`): 1-D operands are promoted to a row/column and the added axis is
  /// removed from the result; leading (batch) axes broadcast.
  /// - Throws: `ValueError` for 0-d operands, core-dimension mismatch and unbroadcastable
  ///   batch axes (numpy's texts); `UFuncTypeError` for string operands.
  public static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    if let small = smallMatmul(a, b) { return small }
    for (i, x) in [a, b].enumerated() where x.ndim == 0 {
      throw ArrayError(
        .valueError,
        "matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with "
          + "signature \(signature) requires 1)")
    }
    let dtype = try productDType(a, b, name: "matmul")
    let a2 = a.ndim == 1 ? a.view(shape: [1] + a.shape, strides: [0] + a.strides) : a
    let b2 = b.ndim == 1 ? b.view(shape: b.shape + [1], strides: b.strides + [0]) : b
    let (n, k) = (a2.shape[a2.ndim - 2], a2.shape[a2.ndim - 1])
    let (k2, m) = (b2.shape[b2.ndim - 2], b2.shape[b2.ndim - 1])
    guard k == k2 else {
      throw ArrayError(
        .valueError,
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
          + "\(signature) (size \(k2) is different from \(k))")
    }
    if dtype == .float64 && a.ndim == 2 && b.ndim == 2 {
      // The common 2-D case: one BLAS call whose result becomes the array (no batch loop).
      let (ma, ta) = a.asMatrix(nil)
      let (mb, tb) = b.asMatrix(b.sharesStorage(with: a) && b.offset == a.offset ? ma : nil)
      let c = BLAS.matmul(ma, transposeA: ta, mb, transposeB: tb)
      return NDArray(float64: c.elements, shape: [n, m])
    }
    let batchA = Array(a2.shape.dropLast(2))
    let batchB = Array(b2.shape.dropLast(2))
    let batch: [Int]
    do {
      batch = try Shape.broadcast(batchA, batchB)
    } catch {
      let remap = [a, b].map { x in
        Shape.compactText(x.shape) + "->("
          + x.shape.dropLast(2).map(String.init).joined(separator: ",")
          + ",newaxis,newaxis)"
      }
      throw ArrayError(
        .valueError,
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + remap.joined(separator: " ") + "  and requested shape (\(n),\(m))")
    }
    var outShape = batch
    if a.ndim > 1 { outShape.append(n) }
    if b.ndim > 1 { outShape.append(m) }
    if batch.isEmpty && dtype == .float64 {
      // No batch axes: one BLAS product straight into the result, no per-item views or copies.
      let c = blasProduct(a2, b2)
      return NDArray(float64: c.elements, shape: outShape)
    }
    let result = try NDArray(zeros: batch + [n, m], dtype: dtype)
    let aB = try a2.broadcastView(to: batch + [n, k])
    let bB = try b2.broadcastView(to: batch + [k, m])
    for items in batchIndices(batch) {
      try multiply(aB.get(items), bB.get(items), into: result.get(items))
    }
    return result.view(shape: outShape, strides: Shape.contiguousStrides(outShape))
  }

  /// The integer index tuples of every position of a batch shape, in C order (one empty
  /// tuple for the empty batch shape).
  static func batchIndices(_ batch: [Int]) -> [[IndexItem]] {
    let strides = Shape.contiguousStrides(batch)
    return (0..<Shape.size(batch)).map { flat in
      var rest = flat
      return strides.map { s in
        defer { rest %= max(s, 1) }
        return .int(rest / max(s, 1))
      }
    }
  }

  /// The dtype of a product of `a` and `b`; strings have no product loop.
  static func productDType(_ a: NDArray, _ b: NDArray, name: String) throws -> DType {
    guard a.dtype.isNumeric && b.dtype.isNumeric else {
      throw ArrayError(
        .ufuncTypeError,
        "ufunc '\(name)' did not contain a loop with signature matching types "
          + "(dtype('\(a.dtype.name)'), dtype('\(b.dtype.name)')) -> None")
    }
    return DType.promote(a.dtype, b.dtype)
  }

  /// `out = a @ b` for 2-D `a` (n, k), `b` (k, m) into the contiguous 2-D view `out`.
  private static func multiply(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
    let (n, k, m) = (a.shape[0], a.shape[1], b.shape[1])
    switch out.dtype {
    case .float64, .float32:
      let c = blasProduct(a, b)
      try out.copyElements(from: NDArray(float64: c.elements, shape: [n, m]))
    case .bool:
      let x = a.gathered(as: Bool.self)
      let y = b.gathered(as: Bool.self)
      var r = [Bool](repeating: false, count: n * m)
      for i in 0..<n {
        for p in 0..<k where x[i * k + p] {
          for j in 0..<m where y[p * m + j] { r[i * m + j] = true }
        }
      }
      try out.copyElements(from: NDArray(bool: r, shape: [n, m]))
    default:
      let x = a.gathered(as: Int64.self)
      let y = b.gathered(as: Int64.self)
      var r = [Int64](repeating: 0, count: n * m)
      for i in 0..<n {
        for p in 0..<k {
          let v = x[i * k + p]
          if v == 0 { continue }
          for j in 0..<m { r[i * m + j] = r[i * m + j] &+ v &* y[p * m + j] }
        }
      }
      try out.copyElements(from: NDArray(int64: r, shape: [n, m]))
    }
  }

  /// `a @ b` for 2-D `a` and `b` as float64, through BLAS.
  private static func blasProduct(_ a: NDArray, _ b: NDArray) -> Matrix {
    let (ma, ta) = a.asMatrix(nil)
    let (mb, tb) = b.asMatrix(b.sharesStorage(with: a) && b.offset == a.offset ? ma : nil)
    return BLAS.matmul(ma, transposeA: ta, mb, transposeB: tb)
  }

  /// A 2-D view as a BLAS operand without copying work: a C-contiguous view or the transpose of
  /// one (then the flag is set). `sameBuffer`, when the view is known to lie in the same memory
  /// as an earlier operand, is reused so BLAS can see the shared storage (`W.T @ W` -> syrk).
  private func asMatrix(_ sameBuffer: Matrix?) -> (Matrix, Bool) {
    let (r, c) = (shape[0], shape[1])
    if isContiguous {
      if let same = sameBuffer, same.rows == r, same.cols == c { return (same, false) }
      return (Matrix(rows: r, cols: c, elements: contiguousFloat64()), false)
    }
    let t = T
    if t.isContiguous {
      if let same = sameBuffer, same.rows == c, same.cols == r { return (same, true) }
      return (Matrix(rows: c, cols: r, elements: t.contiguousFloat64()), true)
    }
    return (Matrix(rows: r, cols: c, elements: contiguousFloat64()), false)
  }

  /// `np.dot(a, b)`: inner product for 1-D, matmul for 2-D, and numpy's sum over the last axis
  /// of `a` and the second-to-last of `b` for N-D. 0-d operands multiply element-wise.
  /// - Throws: `ValueError` "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)".
  public static func dot(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    guard a.dtype.isNumeric && b.dtype.isNumeric else {
      throw ArrayError(.valueError, "data type must provide an itemsize")
    }
    let dtype = DType.promote(a.dtype, b.dtype)
    if a.ndim == 0 || b.ndim == 0 { return try scaled(a, b, dtype: dtype) }
    let ka = a.ndim - 1
    let kb = max(b.ndim - 2, 0)
    guard a.shape[ka] == b.shape[kb] else {
      throw ArrayError(
        .valueError,
        "shapes \(Shape.compactText(a.shape)) and \(Shape.compactText(b.shape)) not aligned: "
          + "\(a.shape[ka]) (dim \(ka)) != \(b.shape[kb]) (dim \(kb))")
    }
    if b.ndim <= 2 { return try matmul(a, b) }
    // Move b's contracted axis to the front and flatten the rest: (k, rest...) as 2-D.
    let k = b.shape[kb]
    let moved = try b.moveaxis(kb, 0)
    let b2 = try moved.copy().reshaped([k, -1])
    let product = try matmul(a, b2)
    let outShape = Array(a.shape.dropLast()) + Array(moved.shape.dropFirst())
    return try product.reshaped(outShape)
  }

  /// `np.inner(a, b)`: sums over the last axes of both operands.
  public static func inner(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    if a.ndim == 0 || b.ndim <= 1 { return try dot(a, b) }
    return try dot(a, b.swapaxes(-1, -2))
  }

  /// `np.outer(a, b)`: every product `a.ravel()[i] * b.ravel()[j]`.
  public static func outer(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    _ = try productDType(a, b, name: "multiply")
    let x = try a.raveled()
    let y = try b.raveled()
    return try matmul(
      x.view(shape: [x.size, 1], strides: [x.strides[0], 0]),
      y.view(shape: [1, y.size], strides: [0, y.strides[0]]))
  }

  /// `np.vdot(a, b)`: the dot product of the flattened operands (a 0-d array).
  /// - Throws: `ValueError` "cannot reshape array of size 2 into shape (3,)" on size mismatch.
  public static func vdot(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    let x = try a.raveled()
    return try dot(x, b.reshaped([x.size]))
  }

  /// `np.trace(a, offset)`: the sum of diagonal `offset` of a 2-D array (0-d result; integer
  /// and bool inputs sum as int64).
  /// - Throws: `ValueError` "diag requires an array of at least two dimensions".
  public func trace(offset k: Int = 0) throws -> NDArray {
    let d = try diagonal(k)
    if dtype.isFloat {
      let total = d.gathered(as: Double.self).reduce(0, +)
      let result = NDArray(float64: [total], shape: [])
      return dtype == .float64 ? result : try result.astype(dtype)
    }
    guard dtype.isNumeric else {
      throw ArrayError(
        .ufuncTypeError,
        "ufunc 'add' did not contain a loop with signature matching types (dtype('\(dtype.name)'), dtype('\(dtype.name)')) -> None"
      )
    }
    let total = d.gathered(as: Int64.self).reduce(0, &+)
    return NDArray(int64: [total], shape: [])
  }

  // A 0-d operand in dot: element-wise product with the other operand.
  private static func scaled(_ a: NDArray, _ b: NDArray, dtype: DType) throws -> NDArray {
    let shape = try Shape.broadcast(a.shape, b.shape)
    let x = try a.broadcastView(to: shape)
    let y = try b.broadcastView(to: shape)
    if dtype.isFloat {
      let r = zip(x.gathered(as: Double.self), y.gathered(as: Double.self)).map { $0 * $1 }
      let result = NDArray(float64: r, shape: shape)
      return dtype == .float64 ? result : try result.astype(dtype)
    }
    if dtype == .bool {
      return NDArray(
        bool: zip(x.gathered(as: Bool.self), y.gathered(as: Bool.self)).map { $0 && $1 },
        shape: shape)
    }
    let r = zip(x.gathered(as: Int64.self), y.gathered(as: Int64.self)).map { $0 &* $1 }
    return try NDArray(int64: r, shape: shape).astype(dtype)
  }
}
