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
        if s == "raw" {
          let raw = try self.engine { try Linalg.qrRaw(try self.toArray(v[0] ?? .none).matrix()) }
          return .tuple([.array(NDArray(matrix: raw.h)), .array(NDArray(float64: raw.tau, shape: [raw.tau.count]))])
        }
        guard let parsed = Linalg.QRMode(rawValue: s) else { throw PyError.make(.valueError, "Unrecognized mode '\(s)'") }
        mode = parsed
      }
      let x = try self.toArray(v[0] ?? .none)
      let r = try self.engine { try Linalg.qr(try x.matrix(), mode: mode) }
      guard let q = r.q else { return .array(NDArray(matrix: r.r)) }
      return self.resultTuple("QRResult", [("Q", .array(NDArray(matrix: q))), ("R", .array(NDArray(matrix: r.r)))])
    }
    def("eig") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "eig")[0])
      let r = try self.engine { try Linalg.eig(try x.matrix()) }
      let values = Self.eigenvalueArray(r.valuesReal, r.valuesImag)
      var vectors = NDArray(matrix: r.vectorsReal)
      if let imag = r.vectorsImag {
        let parts = zip(r.vectorsReal.elements, imag.elements).map { Complex($0, $1) }
        vectors = NDArray(complex128: parts, shape: vectors.shape)
      }
      return self.resultTuple("EigResult", [("eigenvalues", .array(values)), ("eigenvectors", .array(vectors))])
    }
    def("eigvals") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "eigvals")[0])
      let r = try self.engine { try Linalg.eigvals(try x.matrix()) }
      return .array(Self.eigenvalueArray(r.real, r.imag))
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
      return self.resultTuple("SlogdetResult", [("sign", scalar(r.sign)), ("logabsdet", scalar(r.logAbsDet))])
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

  /// Eigenvalues as numpy returns them: float64 when all are real, else complex128.
  private static func eigenvalueArray(_ real: [Double], _ imag: [Double]?) -> NDArray {
    guard let imag else { return NDArray(float64: real, shape: [real.count]) }
    return NDArray(complex128: zip(real, imag).map { Complex($0, $1) }, shape: [real.count])
  }
}
