// numpy.linalg.multi_dot for 2-D operands: _linalg.py's cost rule for three matrices and its
// dynamic-programming chain order for more, with each product computed as `np.dot` computes a
// 2-D product (the same BLAS calls as matmul).

extension Linalg {
  /// The product of a chain of matrices in numpy's cheapest order (numpy `multi_dot`).
  ///
  /// The caller turns a 1-D first operand into a row and a 1-D last operand into a column,
  /// and afterwards ravels the result (or takes `[0, 0]`), as numpy does.
  /// - Throws: `ValueError` "Expecting at least two arrays." for fewer than two matrices;
  ///   `np.dot`'s `ValueError` "shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)".
  public static func multiDot(_ matrices: [Matrix]) throws(LinalgError) -> Matrix {
    switch matrices.count {
    case ..<2:
      throw LinalgError(kind: "ValueError", message: "Expecting at least two arrays.")
    case 2: return try dot2D(matrices[0], matrices[1])
    case 3: return try multiDotThree(matrices[0], matrices[1], matrices[2])
    default:
      let order = chainOrder(matrices)
      return try multiDot(matrices, order, 0, matrices.count - 1)
    }
  }

  /// `np.dot` of two 2-D arrays.
  static func dot2D(_ a: Matrix, _ b: Matrix) throws(LinalgError) -> Matrix {
    guard a.cols == b.rows else {
      throw LinalgError(
        kind: "ValueError",
        message: "shapes (\(a.rows),\(a.cols)) and (\(b.rows),\(b.cols)) not aligned: "
          + "\(a.cols) (dim 1) != \(b.rows) (dim 0)")
    }
    try checkLapackSize((a.rows, a.cols), (b.rows, b.cols), (a.rows, b.cols))
    return BLAS.matmul(a, b)
  }

  /// numpy's `_multi_dot_three`: `(AB)C` when strictly cheaper, else `A(BC)`.
  private static func multiDotThree(_ a: Matrix, _ b: Matrix, _ c: Matrix) throws(LinalgError)
    -> Matrix
  {
    let (a0, a1b0) = (Double(a.rows), Double(a.cols))
    let (b1c0, c1) = (Double(c.rows), Double(c.cols))
    let cost1 = a0 * b1c0 * (a1b0 + c1)
    let cost2 = a1b0 * c1 * (a0 + b1c0)
    if cost1 < cost2 { return try dot2D(try dot2D(a, b), c) }
    return try dot2D(a, try dot2D(b, c))
  }

  /// numpy's `_multi_dot_matrix_chain_order` (Cormen's dynamic program, float64 costs): the
  /// split point of every sub-chain.
  private static func chainOrder(_ matrices: [Matrix]) -> [[Int]] {
    let n = matrices.count
    let p = matrices.map { Double($0.rows) } + [Double(matrices[n - 1].cols)]
    var cost = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    var split = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
    for length in 1..<n {
      for i in 0..<(n - length) {
        let j = i + length
        cost[i][j] = .infinity
        for k in i..<j {
          let q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
          if q < cost[i][j] {
            cost[i][j] = q
            split[i][j] = k
          }
        }
      }
    }
    return split
  }

  private static func multiDot(_ matrices: [Matrix], _ order: [[Int]], _ i: Int, _ j: Int)
    throws(LinalgError) -> Matrix
  {
    if i == j { return matrices[i] }
    let k = order[i][j]
    return try dot2D(
      try multiDot(matrices, order, i, k), try multiDot(matrices, order, k + 1, j))
  }
}
