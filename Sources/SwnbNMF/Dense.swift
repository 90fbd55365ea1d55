import SwnbLinalg

/// Small dense helpers over row-major buffers; products of any size go through `BLAS.gemm`.
enum Dense {
  /// `a · b` with optional transposes (shapes are checked by the callers).
  @inline(__always)
  static func mul(_ a: Matrix, _ ta: Bool = false, _ b: Matrix, _ tb: Bool = false) -> Matrix {
    BLAS.gemm(a, transposeA: ta, b, transposeB: tb)
  }

  static func transpose(_ m: Matrix) -> Matrix {
    var t = Matrix(rows: m.cols, cols: m.rows)
    let (r, c) = (m.rows, m.cols)
    m.elements.withUnsafeBufferPointer { src in
      t.elements.withUnsafeMutableBufferPointer { dst in
        for i in 0..<r {
          for j in 0..<c { dst[j * r + i] = src[i * c + j] }
        }
      }
    }
    return t
  }

  /// `sum(a * b)` over equal-length buffers (the Frobenius inner product of two matrices).
  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        var s = 0.0
        for i in 0..<min(pa.count, pb.count) { s += pa[i] * pb[i] }
        return s
      }
    }
  }

  static func sumOfSquares(_ a: [Double]) -> Double { dot(a, a) }

  static func sum(_ a: [Double]) -> Double {
    a.withUnsafeBufferPointer { p in
      var s = 0.0
      for v in p { s += v }
      return s
    }
  }

  /// Replaces every negative entry by zero (numpy's `a[a < 0] = 0`).
  static func clipNegatives(_ m: inout Matrix) {
    m.elements.withUnsafeMutableBufferPointer { p in
      for i in p.indices where p[i] < 0 { p[i] = 0 }
    }
  }

  /// Adds `value` to the diagonal of a square matrix.
  static func addToDiagonal(_ m: inout Matrix, _ value: Double) {
    let n = min(m.rows, m.cols)
    m.elements.withUnsafeMutableBufferPointer { p in
      for i in 0..<n { p[i * m.cols + i] += value }
    }
  }

  /// Subtracts `value` from every entry.
  static func subtract(_ m: inout Matrix, _ value: Double) {
    m.elements.withUnsafeMutableBufferPointer { p in
      for i in p.indices { p[i] -= value }
    }
  }

  /// numpy's pairwise-free mean, as a plain sum over the count.
  static func mean(_ m: Matrix) -> Double {
    m.elements.isEmpty ? .nan : sum(m.elements) / Double(m.elements.count)
  }
}
