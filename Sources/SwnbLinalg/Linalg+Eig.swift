// numpy.linalg eig and eigvals: umath_linalg's dgeev loop (no left vectors) and its
// real-to-complex unpacking, then _linalg.py's "real if every imaginary part is 0" rule.

extension Linalg {
  /// The result of `eig`, with complex numbers split into real and imaginary parts.
  ///
  /// numpy returns float64 arrays when every eigenvalue is real and complex128 otherwise;
  /// here the imaginary parts are `nil` in the first case.
  public struct EigResult: Equatable, Sendable {
    /// Real parts of the eigenvalues, in LAPACK's order (not sorted).
    public var valuesReal: [Double]
    /// Imaginary parts of the eigenvalues, or `nil` when all are zero.
    public var valuesImag: [Double]?
    /// Real parts of the unit eigenvectors (column `j` belongs to eigenvalue `j`).
    public var vectorsReal: Matrix
    /// Imaginary parts of the eigenvectors, or `nil` when all eigenvalues are real.
    public var vectorsImag: Matrix?
  }

  /// Eigenvalues and right eigenvectors of a square matrix (numpy `eig`, via dgeev).
  ///
  /// A complex pair `w[j], w[j+1] = x ± iy` has eigenvectors `v[:, j] ± i v[:, j+1]` built from
  /// dgeev's packed real output, as numpy unpacks it.
  /// - Throws: `LinAlgError` "Last 2 dimensions of the array must be square",
  ///   "Array must not contain infs or NaNs" or "Eigenvalues did not converge".
  public static func eig(_ a: Matrix) throws(LinalgError) -> EigResult {
    try geev(a, vectors: true)
  }

  /// Eigenvalues of a square matrix (numpy `eigvals`, dgeev without vectors).
  ///
  /// - Returns: real parts, and imaginary parts or `nil` when all are zero.
  /// - Throws: as `eig`.
  public static func eigvals(_ a: Matrix) throws(LinalgError) -> (real: [Double], imag: [Double]?) {
    let r = try geev(a, vectors: false)
    return (r.valuesReal, r.valuesImag)
  }

  private static func geev(_ a: Matrix, vectors: Bool) throws(LinalgError) -> EigResult {
    guard a.rows == a.cols else { throw .notSquare }
    guard a.elements.allSatisfy(\.isFinite) else {
      throw LinalgError.linAlg("Array must not contain infs or NaNs")
    }
    try checkLapackSize((a.rows, a.cols))
    let n = a.rows
    return try withScratch(2 * n * n + 2 * n) { buffer throws(LinalgError) in
      let (wr, wi) = (buffer + n * n, buffer + n * n + n)
      let vr = wi + n
      a.copyColumnMajor(into: buffer, ld: max(n, 1))
      guard LAPACK.geev(n: LapackInt(n), a: buffer, wr: wr, wi: wi, vr: vr, vectors: vectors) == 0
      else { throw .eigenvaluesDidNotConverge }
      let real = Array(UnsafeBufferPointer(start: wr, count: n))
      let imag = Array(UnsafeBufferPointer(start: wi, count: n))
      let isReal = imag.allSatisfy { $0 == 0 }
      guard vectors else {
        return EigResult(
          valuesReal: real, valuesImag: isReal ? nil : imag, vectorsReal: Matrix(rows: 0, cols: 0),
          vectorsImag: nil)
      }
      let packed = Matrix(columnMajor: vr, rows: n, cols: n, ld: max(n, 1))
      if isReal {
        return EigResult(valuesReal: real, valuesImag: nil, vectorsReal: packed, vectorsImag: nil)
      }
      let (re, im) = unpackEigenvectors(packed, imag: imag)
      return EigResult(valuesReal: real, valuesImag: imag, vectorsReal: re, vectorsImag: im)
    }
  }

  /// umath_linalg's `mk_geev_complex_eigenvectors`: a real eigenvalue keeps its column; a
  /// complex pair at `j, j+1` becomes `v[:, j] + i v[:, j+1]` and its conjugate.
  private static func unpackEigenvectors(_ packed: Matrix, imag: [Double]) -> (Matrix, Matrix) {
    let n = packed.rows
    var re = packed
    var im = Matrix(rows: n, cols: n)
    var j = 0
    while j < n {
      guard imag[j] != 0, j + 1 < n else {
        j += 1
        continue
      }
      for i in 0..<n {
        let (x, y) = (packed[i, j], packed[i, j + 1])
        re[i, j] = x
        im[i, j] = y
        re[i, j + 1] = x
        im[i, j + 1] = -y
      }
      j += 2
    }
    return (re, im)
  }
}
