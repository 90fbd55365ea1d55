import SwnbArray
import SwnbLinalg

/// `numpy.linalg`.
extension Runtime {
  func makeLinalgModule() -> PyModule {
    var attrs: [String: Value] = ["LinAlgError": .type(exceptionType(.linAlgError))]
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("norm") { [unowned self] a in
      // `norm(x)` and `norm(x, ord)`, the common calls, skip the generic binding.
      if a.keywords.isEmpty, a.positional.count == 1 || a.positional.count == 2 {
        return try self.norm(try self.toArray(a.positional[0]), ord: a.positional.dropFirst().first, axis: nil)
      }
      let v = try a.bind("norm", ["x", "ord", "axis", "keepdims"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let r = try self.norm(x, ord: v[1], axis: v[2])
      guard let keep = v[3], try self.truthy(keep) else { return r }
      return try self.keptNormDims(r, shape: x.shape, axis: v[2])
    }
    def("lstsq") { [unowned self] a in
      let (x, y, rcond) = try self.lstsqOperands(a)
      let result = try self.engine { try NDArray.lstsq(x, y, rcond: rcond) }
      return .tuple([.array(result.x), .array(result.residuals), .npScalar(NDArray.scalar(.int(Int64(result.rank)), dtype: .int32)), .array(result.singularValues)])
    }
    if case .builtin(let lstsq)? = attrs["lstsq"] {
      lstsq.firstItem = { [unowned self] a in
        let (x, y, rcond) = try self.lstsqOperands(a)
        return .array(try self.engine { try NDArray.lstsqSolution(x, y, rcond: rcond) })
      }
    }
    def("solve") { [unowned self] a in
      let v = try a.exactly(2, "solve")
      return .array(try self.engine { try NDArray.solve(try self.toArray(v[0]), try self.toArray(v[1])) })
    }
    def("inv") { [unowned self] a in .array(try self.engine { try self.toArray(try a.exactly(1, "inv")[0]).inv() }) }
    def("det") { [unowned self] a in self.wrap(try self.engine { try self.toArray(try a.exactly(1, "det")[0]).det() }) }
    def("cholesky") { [unowned self] a in .array(try self.engine { try self.toArray(try a.exactly(1, "cholesky")[0]).cholesky() }) }
    def("svd") { [unowned self] a in
      let v = try a.bind("svd", ["a", "full_matrices", "compute_uv"], required: 1)
      let full = try v[1].map { try self.truthy($0) } ?? true
      let x = try self.toArray(v[0] ?? .none)
      if let c = v[2], !(try self.truthy(c)) {
        return .array(try self.engine { NDArray(float64: try Linalg.svdvals(try x.matrix()), shape: [min(x.shape.first ?? 0, x.shape.last ?? 0)]) })
      }
      let r = try self.engine { try x.svd(fullMatrices: full) }
      return self.resultTuple("SVDResult", [("U", .array(r.u)), ("S", .array(r.s)), ("Vh", .array(r.vh))])
    }
    def("eigh") { [unowned self] a in
      let r = try self.engine { try self.toArray(try a.exactly(1, "eigh")[0]).eigh() }
      return self.resultTuple("EighResult", [("eigenvalues", .array(r.eigenvalues)), ("eigenvectors", .array(r.eigenvectors))])
    }
    def("pinv") { [unowned self] a in
      .array(try self.engine { NDArray(matrix: try Linalg.pinv(try self.toArray(try a.exactly(1, "pinv")[0]).matrix())) })
    }
    def("matrix_rank") { [unowned self] a in
      let x = try self.toArray(try a.bind("matrix_rank", ["A", "tol"], required: 1)[0] ?? .none)
      let rank = try self.engine { x.ndim < 2 ? Linalg.matrixRank(x.contiguousFloat64()) : try Linalg.matrixRank(try x.matrix()) }
      return .npScalar(NDArray.scalar(.int(Int64(rank)), dtype: .int64))
    }
    def("cond") { [unowned self] a in
      let v = try a.bind("cond", ["x", "p"], required: 1)
      let ord = try self.normOrder(v[1])
      return .npScalar(NDArray.scalar(.float(try self.engine { try Linalg.cond(try self.toArray(v[0] ?? .none).matrix(), p: ord) }), dtype: .float64))
    }
    def("matrix_power") { [unowned self] a in
      let v = try a.exactly(2, "matrix_power")
      return .array(try self.engine { NDArray(matrix: try Linalg.matrixPower(try self.toArray(v[0]).matrix(), try self.requireInt(v[1], "matrix_power"))) })
    }
    installLinalgMore(&attrs)
    installLinalgArrayAPI(&attrs)
    installLinalgStacks(&attrs)
    return PyModule(name: "numpy.linalg", attributes: attrs)
  }

  /// `lstsq(a, b, rcond)`'s operands as arrays and its cut-off; the common `lstsq(a, b)` and
  /// `lstsq(a, b, rcond=...)` calls skip the generic binding and its argument array.
  private func lstsqOperands(_ args: Arguments) throws -> (NDArray, NDArray, Double?) {
    let a: Value
    let b: Value
    var r: Value?
    if args.positional.count == 2
      && (args.keywords.isEmpty || args.keywords.count == 1 && args.keywords[0].name == "rcond")
    {
      (a, b, r) = (args.positional[0], args.positional[1], args.keywords.first?.value)
    } else {
      let v = try args.bind("lstsq", ["a", "b", "rcond"], required: 2)
      (a, b, r) = (v[0] ?? .none, v[1] ?? .none, v[2])
    }
    var rcond: Double?
    if let r, !r.isNone { rcond = try requireFloat(r, "lstsq") }
    return (try engine { try toArray(a) }, try engine { try toArray(b) }, rcond)
  }

  func normOrder(_ v: Value?) throws -> Linalg.NormOrder? {
    guard let v, !v.isNone else { return nil }
    if case .str(let s) = v {
      if s == "fro" || s == "f" { return .frobenius }
      if s == "nuc" { return .nuclear }
      throw PyError.make(.valueError, "Invalid norm order '\(s)' for vectors")
    }
    return .p(try requireFloat(v, "norm"))
  }

  /// `np.linalg.norm(x, ord, axis)` for 1-D and 2-D arrays (others: the flattened 2-norm).
  private func norm(_ x: NDArray, ord: Value?, axis: Value?) throws -> Value {
    let order = try normOrder(ord)
    let scalar: (Double) -> Value = { .npScalar(NDArray.scalar(.float($0), dtype: .float64)) }
    return try engine {
      if x.dtype.isComplex {
        // numpy's default norm of complex input: sqrt(re·re + im·im) as two dot products.
        guard order == nil, axis?.isNone ?? true else { throw ArrayError.complexUnsupported("numpy.linalg.norm with ord or axis") }
        let (re, im) = (try x.realPart().raveled(), try x.imagPart().raveled())
        let squares = try NDArray.apply(.add, .array(NDArray.dot(re, re)), .array(NDArray.dot(im, im)))
        return .npScalar(try squares.apply(.sqrt))
      }
      if let axis, !axis.isNone, x.ndim >= 3 { return .array(try stackedNorm(x, order, axis)) }
      if let axis, !axis.isNone {
        if case .tuple(let items) = axis, items.count == 2 {
          let axes = (try requireInt(items[0], "norm"), try requireInt(items[1], "norm"))
          return scalar(try Linalg.norm(try x.matrix(), ord: order, axes: axes))
        }
        let ax = try requireInt(axis, "norm")
        if x.ndim == 1 { return scalar(try Linalg.norm(x.contiguousFloat64(), ord: order, axis: ax)) }
        let values = try Linalg.norm(try x.matrix(), ord: order, axis: ax)
        return .array(NDArray(float64: values, shape: [values.count]))
      }
      if x.ndim == 2 { return scalar(try Linalg.norm(try x.matrix(), ord: order)) }
      if x.ndim == 1 { return scalar(try Linalg.norm(x.contiguousFloat64(), ord: order)) }
      if order != nil { throw PyError.make(.valueError, "Improper number of dimensions to norm.") }
      return scalar(try Linalg.norm(x.contiguousFloat64(), ord: nil))
    }
  }

  /// numpy's `norm` of an array of three or more dimensions along `axis`: vector norms along
  /// one axis, and the Frobenius or 1/inf-induced matrix norms over two, from the same ufunc
  /// reductions numpy's `linalg.norm` runs (so `norm(X[:, None] - X, axis=-1)` matches).
  private func stackedNorm(_ x: NDArray, _ order: Linalg.NormOrder?, _ axis: Value) throws -> NDArray {
    let a = x.dtype.isFloat ? x : try x.astype(.float64)
    let items: [Value] = if case .tuple(let t) = axis { t } else { [axis] }
    let axes = try items.map { try Shape.normalizeAxis(try requireInt($0, "norm"), ndim: a.ndim) }
    let magnitudes = { try a.apply(.absolute) }
    func squaredSum() throws -> NDArray {
      try NDArray.apply(.multiply, .array(a), .array(a)).sum(axis: axes).apply(.sqrt)
    }
    if axes.count == 1 {
      switch order {
      case nil, .p(2): return try squaredSum()
      case .p(.infinity): return try magnitudes().amax(axis: axes)
      case .p(-.infinity): return try magnitudes().amin(axis: axes)
      case .p(0): return try NDArray.apply(.notEqual, .array(a), .python(.int(0))).astype(a.dtype).sum(axis: axes)
      case .p(1): return try magnitudes().sum(axis: axes)
      case .p(let p):
        let powered = try NDArray.apply(.power, .array(magnitudes()), .python(.float(p)))
        return try NDArray.apply(.power, .array(powered.sum(axis: axes)), .python(.float(1 / p)))
      case .frobenius: throw PyError.make(.valueError, "Invalid norm order 'fro' for vectors")
      default: throw PyError.make(.valueError, "Invalid norm order 'nuc' for vectors")
      }
    }
    guard axes.count == 2, axes[0] != axes[1] else {
      throw PyError.make(.valueError, axes.count == 2 ? "Duplicate axes given." : "Improper number of dimensions to norm.")
    }
    var (row, col) = (axes[0], axes[1])
    switch order {
    case nil, .frobenius: return try squaredSum()
    case .p(1), .p(-1):
      if col > row { col -= 1 }
      let sums = try magnitudes().sum(axis: [row])
      return order == .p(1) ? try sums.amax(axis: [col]) : try sums.amin(axis: [col])
    case .p(.infinity), .p(-.infinity):
      if row > col { row -= 1 }
      let sums = try magnitudes().sum(axis: [col])
      return order == .p(.infinity) ? try sums.amax(axis: [row]) : try sums.amin(axis: [row])
    default:
      throw PyError.make(.notImplementedError, "swnb: stacked (>2-D) linalg operands are not supported")
    }
  }
}
