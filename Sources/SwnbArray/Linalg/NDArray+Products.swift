import SwnbLinalg

/// Matrix products with numpy's shape rules: matmul, dot, inner, outer, vdot, trace.
///
/// float64 and float32 products go through BLAS in their own precision (numpy's
/// `DOUBLE_matmul` / `FLOAT_matmul`), straight from the operands' memory into the result;
/// integer and bool products use exact loops as numpy does (integers wrap on overflow).
extension NDArray {
  private static let signature = "(n?,k),(k,m?)->(n?,m?)"

  /// `a @ b` (`np.matmul`): 1-D operands are promoted to a row/column and the added axis is
  /// removed from the result; leading (batch) axes broadcast.
  /// - Throws: `ValueError` for 0-d operands, core-dimension mismatch and unbroadcastable
  ///   batch axes (numpy's texts); `UFuncTypeError` for string operands.
  public static func matmul(_ a: NDArray, _ b: NDArray) throws -> NDArray {
    if let small = smallMatmul(a, b) { return small }
    return try matmul(a, b, copyingIrregular: false)
  }

  /// `matmul` as above; with `copyingIrregular`, float operands that are neither C-contiguous
  /// nor the transpose of a C-contiguous block are first copied to C order (`np.dot` hands
  /// BLAS such copies), otherwise they reach BLAS with their own strides as in numpy's matmul.
  private static func matmul(_ a: NDArray, _ b: NDArray, copyingIrregular: Bool) throws
    -> NDArray
  {
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
    let aB = try a2.broadcastView(to: batch + [n, k])
    let bB = try b2.broadcastView(to: batch + [k, m])
    let result: NDArray
    if dtype == .float64 || dtype == .float32 {
      result = try floatProducts(
        operand(aB, as: dtype, copyingIrregular), operand(bB, as: dtype, copyingIrregular),
        batch: batch, dtype: dtype)
    } else {
      result = try NDArray(zeros: batch + [n, m], dtype: dtype)
      for items in batchIndices(batch) {
        try multiply(aB.get(items), bB.get(items), into: result.get(items))
      }
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

  /// `out = a @ b` for 2-D integer or bool `a` (n, k), `b` (k, m) into the contiguous 2-D
  /// view `out`.
  private static func multiply(_ a: NDArray, _ b: NDArray, into out: NDArray) throws {
    let (n, k, m) = (a.shape[0], a.shape[1], b.shape[1])
    switch out.dtype {
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
    case .complex128:
      // A plain loop summing products in order of k (numpy calls zgemm, whose blocked sums
      // can differ from this in the last bit for long inner dimensions).
      let x = a.complexElements()
      let y = b.complexElements()
      var r = [Complex](repeating: .zero, count: n * m)
      for i in 0..<n {
        for j in 0..<m {
          var acc = Complex.zero
          for p in 0..<k { acc = acc + x[i * k + p] * y[p * m + j] }
          r[i * m + j] = acc
        }
      }
      try out.copyElements(from: NDArray(complex128: r, shape: [n, m]))
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

  /// A float product operand of `dtype`: `x` itself when it has that dtype (numpy hands its
  /// strided memory to BLAS), otherwise a C-ordered cast copy; with `copyingIrregular`, also a
  /// C-ordered copy when the last two axes are neither C-contiguous nor transposed C order.
  private static func operand(_ x: NDArray, as dtype: DType, _ copyingIrregular: Bool) throws
    -> NDArray
  {
    let core = Array(x.shape.suffix(2))
    let coreStrides = Array(x.strides.suffix(2))
    let regular =
      Shape.isContiguous(core, coreStrides)
      || Shape.isContiguous(core.reversed(), coreStrides.reversed())
    guard x.dtype != dtype || (copyingIrregular && !regular) else { return x }
    return try x.converted(to: dtype)
  }

  /// The products `a[i] @ b[i]` of every batch position `i` (operands of the result's float
  /// dtype, shapes `batch + [n, k]` and `batch + [k, m]`) written by BLAS straight into a new
  /// C-contiguous `batch + [n, m]` array.
  private static func floatProducts(_ a: NDArray, _ b: NDArray, batch: [Int], dtype: DType)
    throws -> NDArray
  {
    let shape = batch + [a.shape[a.ndim - 2], b.shape[b.ndim - 1]]
    let result = try NDArray(uninitialized: shape, dtype: dtype)
    if dtype == .float32 {
      productsInto(result, a, b, batch, as: Float.self) { BLAS.matmul($0, $1, into: $2) }
    } else {
      productsInto(result, a, b, batch, as: Double.self) { BLAS.matmul($0, $1, into: $2) }
    }
    return result
  }

  /// Runs `product` on each batch position's 2-D views of `a` and `b` (both `batch.count + 2`
  /// dimensional), writing into the matching block of the C-contiguous `result`.
  private static func productsInto<T>(
    _ result: NDArray, _ a: NDArray, _ b: NDArray, _ batch: [Int], as type: T.Type,
    _ product: (MatrixView<T>, MatrixView<T>, UnsafeMutablePointer<T>) -> Void
  ) {
    let r = batch.count
    let block = result.shape[r] * result.shape[r + 1]
    withExtendedLifetime((result, a, b)) {
      let pa = a.elementPointer(T.self)
      let pb = b.elementPointer(T.self)
      var out = result.elementPointer(T.self)
      StridedLoop.forEach(
        shape: batch, Array(a.strides.prefix(r)), 0, Array(b.strides.prefix(r)), 0
      ) { oa, ob in
        product(
          MatrixView(
            start: pa + oa, rows: a.shape[r], cols: a.shape[r + 1], rowStride: a.strides[r],
            colStride: a.strides[r + 1]),
          MatrixView(
            start: pb + ob, rows: b.shape[r], cols: b.shape[r + 1], rowStride: b.strides[r],
            colStride: b.strides[r + 1]),
          out)
        out += block
      }
    }
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
    if a.ndim <= 2 && b.ndim <= 2 { return try matmul(a, b, copyingIrregular: true) }
    if dtype == .float64 || dtype == .float32 { return try stackedDot(a, b, dtype: dtype) }
    if b.ndim <= 2 { return try matmul(a, b) }
    // Move b's contracted axis to the front and flatten the rest: (k, rest...) as 2-D.
    let k = b.shape[kb]
    let moved = try b.moveaxis(kb, 0)
    let b2 = try moved.copy().reshaped([k, -1])
    let product = try matmul(a, b2)
    let outShape = Array(a.shape.dropLast()) + Array(moved.shape.dropFirst())
    return try product.reshaped(outShape)
  }

  /// numpy's `np.dot` of float operands with more than two dimensions: every output element
  /// is one strided BLAS dot of a row of `a` (its last axis) and a column of `b` (its
  /// second-to-last axis), output axes `a`'s leading ones then `b`'s others.
  private static func stackedDot(_ a: NDArray, _ b: NDArray, dtype: DType) throws -> NDArray {
    let x = a.dtype == dtype ? a : try a.converted(to: dtype)
    let y = b.dtype == dtype ? b : try b.converted(to: dtype)
    let kb = max(y.ndim - 2, 0)
    var colShape = y.shape
    var colStrides = y.strides
    colShape.remove(at: kb)
    colStrides.remove(at: kb)
    let rowShape = Array(x.shape.dropLast())
    let rows = x.view(shape: rowShape, strides: Array(x.strides.dropLast()), offset: 0).offsets()
    let cols = y.view(shape: colShape, strides: colStrides, offset: 0).offsets()
    let result = try NDArray(uninitialized: rowShape + colShape, dtype: dtype)
    let (k, incx, incy) = (y.shape[kb], x.strides[x.ndim - 1], y.strides[kb])
    if dtype == .float32 {
      dotsInto(result, x, rows, y, cols, as: Float.self) { p, q in
        BLAS.dot(count: k, p, stride: incx, q, stride: incy)
      }
    } else {
      dotsInto(result, x, rows, y, cols, as: Double.self) { p, q in
        BLAS.dot(count: k, p, stride: incx, q, stride: incy)
      }
    }
    return result
  }

  /// Fills the C-contiguous `result` with `dot` of every (row, column) start pair, rows
  /// outermost; `rows` and `cols` are element positions relative to `x` and `y`.
  private static func dotsInto<T>(
    _ result: NDArray, _ x: NDArray, _ rows: [Int], _ y: NDArray, _ cols: [Int],
    as type: T.Type, _ dot: (UnsafePointer<T>, UnsafePointer<T>) -> T
  ) {
    withExtendedLifetime((result, x, y)) {
      let (px, py) = (x.elementPointer(T.self), y.elementPointer(T.self))
      var out = result.elementPointer(T.self)
      for r in rows {
        for c in cols {
          out.pointee = dot(px + r, py + c)
          out += 1
        }
      }
    }
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
    // numpy's vdot conjugates its first argument.
    let x = try a.raveled().conjugated()
    return try dot(x, b.reshaped([x.size]))
  }

  /// `np.trace(a, offset)`: the sum of diagonal `offset` of a 2-D array (0-d result; integer
  /// and bool inputs sum as int64).
  /// - Throws: `ValueError` "diag requires an array of at least two dimensions".
  public func trace(offset k: Int = 0) throws -> NDArray {
    let d = try diagonal(k)
    if dtype.isComplex {
      return NDArray(complex128: [d.complexElements().reduce(Complex(-0.0, -0.0), +)], shape: [])
    }
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
