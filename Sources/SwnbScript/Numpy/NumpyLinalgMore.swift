import SwnbArray
import SwnbLinalg

/// More of `numpy.linalg` for 2-d arrays: qr, eig, eigvals, eigvalsh, slogdet, multi_dot, and
/// matrix_power keeping integer dtypes.
extension Runtime {
  func installLinalgMore(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("qr") { [unowned self] a in
      let v = try a.bind("qr", ["a", "mode"], required: 1)
      var mode = Linalg.QRMode.reduced
      if let m = v[1] {
        guard case .str(let s) = m else { throw PyError.make(.typeError, "qr mode must be a string") }
        guard let parsed = Linalg.QRMode(rawValue: s) else { throw PyError.make(.valueError, "Unrecognized mode '\(s)'") }
        mode = parsed
      }
      let x = try self.toArray(v[0] ?? .none)
      let r = try self.engine { try Linalg.qr(try x.matrix(), mode: mode) }
      guard let q = r.q else { return .array(NDArray(matrix: r.r)) }
      return .tuple([.array(NDArray(matrix: q)), .array(NDArray(matrix: r.r))])
    }
    def("eig") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "eig")[0])
      let r = try self.engine { try Linalg.eig(try x.matrix()) }
      guard r.valuesImag == nil else { throw self.complexUnsupported("eig") }
      return .tuple([.array(NDArray(float64: r.valuesReal, shape: [r.valuesReal.count])), .array(NDArray(matrix: r.vectorsReal))])
    }
    def("eigvals") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "eigvals")[0])
      let r = try self.engine { try Linalg.eigvals(try x.matrix()) }
      guard r.imag == nil else { throw self.complexUnsupported("eigvals") }
      return .array(NDArray(float64: r.real, shape: [r.real.count]))
    }
    def("eigvalsh") { [unowned self] a in
      let v = try a.bind("eigvalsh", ["a", "UPLO"], required: 1)
      let upper = v[1].map { if case .str(let s) = $0 { return s == "U" } else { return false } } ?? false
      let values = try self.engine { try Linalg.eigvalsh(try self.toArray(v[0] ?? .none).matrix(), upper: upper) }
      return .array(NDArray(float64: values, shape: [values.count]))
    }
    def("slogdet") { [unowned self] a in
      let r = try self.engine { try Linalg.slogdet(try self.toArray(try a.exactly(1, "slogdet")[0]).matrix()) }
      let scalar: (Double) -> Value = { .npScalar(NDArray.scalar(.float($0), dtype: .float64)) }
      return .tuple([scalar(r.sign), scalar(r.logAbsDet)])
    }
    def("multi_dot") { [unowned self] a in
      let v = try a.bind("multi_dot", ["arrays"], required: 1)
      let arrays = try self.collect(v[0] ?? .none).map { try self.toArray($0) }
      guard arrays.count >= 2 else { throw PyError.make(.valueError, "Expecting at least two arrays.") }
      if arrays.allSatisfy({ $0.ndim == 2 }) {
        return .array(try self.engine { NDArray(matrix: try Linalg.multiDot(try arrays.map { try $0.matrix() })) })
      }
      return self.wrap(try self.engine { try arrays.dropFirst().reduce(arrays[0]) { try NDArray.dot($0, $1) } })
    }
    def("matrix_power") { [unowned self] a in
      let v = try a.bind("matrix_power", ["a", "n"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let n = try self.requireInt(v[1] ?? .none, "matrix_power")
      guard x.dtype.isInteger, n >= 0 else {
        return .array(try self.engine { NDArray(matrix: try Linalg.matrixPower(try x.matrix(), n)) })
      }
      return .array(try self.engine { try self.integerMatrixPower(x, n) })
    }
  }

  /// numpy's binary powering with integer matmuls (the same order of products as floats).
  private func integerMatrixPower(_ x: NDArray, _ n: Int) throws -> NDArray {
    guard x.ndim >= 2, x.shape[x.ndim - 1] == x.shape[x.ndim - 2] else {
      throw PyError.make(.linAlgError, x.ndim < 2
        ? "\(x.ndim)-dimensional array given. Array must be at least two-dimensional"
        : "Last 2 dimensions of the array must be square")
    }
    if n == 0 { return try NDArray.identity(x.shape[x.ndim - 1], dtype: x.dtype) }
    switch n {
    case 1: return try x.copy()
    case 2: return try NDArray.matmul(x, x)
    case 3: return try NDArray.matmul(try NDArray.matmul(x, x), x)
    default: break
    }
    var exponent = n
    var z: NDArray?
    var result: NDArray?
    while exponent > 0 {
      let square = try z.map { try NDArray.matmul($0, $0) } ?? x
      z = square
      let bit = exponent % 2
      exponent /= 2
      if bit == 1 { result = try result.map { try NDArray.matmul($0, square) } ?? square }
    }
    return try result ?? x.copy()
  }

  private func complexUnsupported(_ name: String) -> PyError {
    PyError.make(.notImplementedError, "MatrixScript has no complex numbers: np.linalg.\(name) found complex eigenvalues")
  }
}
