import SwnbArray

/// `multivariate_normal(mean, cov, size)` for Generators and the legacy RandomState: standard
/// normals transformed by the SVD factor of `cov`, in numpy's order of operations.
extension Runtime {
  func multivariateNormal(_ a: Arguments, legacy: Bool, normals: (Int) throws -> [Double]) throws -> Value {
    let v = try a.bind("multivariate_normal", ["mean", "cov", "size", "check_valid", "tol", "method"], required: 2)
    if let m = v[5], case .str(let method) = m, method != "svd" {
      throw PyError.make(.notImplementedError, "MatrixScript supports multivariate_normal with method='svd' only")
    }
    let mean = try engine { try toArray(v[0] ?? .none).astype(.float64) }
    let cov = try engine { try toArray(v[1] ?? .none).astype(.float64) }
    guard mean.ndim == 1 else { throw PyError.make(.valueError, "mean must be 1 dimensional") }
    guard cov.ndim == 2, cov.shape[0] == cov.shape[1] else {
      throw PyError.make(.valueError, "cov must be 2 dimensional and square")
    }
    guard mean.shape[0] == cov.shape[0] else { throw PyError.make(.valueError, "mean and cov must have same length") }
    let n = mean.shape[0]
    let finalShape = (try sizeArgument(v[2]) ?? []) + [n]
    let count = try self.count(finalShape)
    let draws = try engine { try normals(count) }
    let x = NDArray(float64: draws, shape: [n == 0 ? 0 : count / n, n])
    let (u, s, vh) = try engine { try cov.svd() }
    let tol = try v[4].map { try requireFloat($0, "multivariate_normal") } ?? 1e-8
    var checkValid = "warn"
    if let c = v[3], case .str(let text) = c { checkValid = text }
    if checkValid != "ignore" {
      guard checkValid == "warn" || checkValid == "raise" else {
        throw PyError.make(.valueError, "check_valid must equal 'warn', 'raise', or 'ignore'")
      }
      let rebuilt = try engine { try NDArray.dot(try NDArray.apply(.multiply, .array(vh.T), .array(s)), vh) }
      let psd = zip(rebuilt.contiguousFloat64(), cov.contiguousFloat64()).allSatisfy { p, q in abs(p - q) <= tol + tol * abs(q) }
      if !psd {
        let message = "covariance is not symmetric positive-semidefinite."
        if checkValid == "raise" { throw PyError.make(.valueError, message) }
        showWarning(category: "RuntimeWarning", message: message)
      }
    }
    let root = try engine { try s.apply(.sqrt) }
    let samples: NDArray = try engine {
      if legacy {
        // mtrand: x = dot(x, sqrt(s)[:, None] * v); x += mean.
        let factor = try NDArray.apply(.multiply, .array(try root.reshaped([n, 1])), .array(vh))
        return try NDArray.apply(.add, .array(try NDArray.dot(x, factor)), .array(mean))
      }
      // Generator: x = mean + x @ (u * sqrt(s)).T.
      let factor = try NDArray.apply(.multiply, .array(u), .array(root))
      return try NDArray.apply(.add, .array(mean), .array(try NDArray.matmul(x, factor.T)))
    }
    return .array(try engine { try samples.reshaped(finalShape) })
  }
}
