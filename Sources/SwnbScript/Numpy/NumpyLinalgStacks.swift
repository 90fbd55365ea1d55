import SwnbArray

/// numpy.linalg's decompositions on stacks of matrices (`a.ndim > 2`): numpy's gufunc loop
/// runs LAPACK on each trailing 2-D matrix and stacks every result under the leading
/// dimensions; swnb does the same around its one-matrix functions.
extension Runtime {
  func installLinalgStacks(_ attrs: inout [String: Value]) {
    let results: [(name: String, tuple: String?, fields: [String])] = [
      ("svd", "SVDResult", ["U", "S", "Vh"]), ("eigh", "EighResult", ["eigenvalues", "eigenvectors"]),
      ("eig", "EigResult", ["eigenvalues", "eigenvectors"]), ("eigvals", nil, []), ("eigvalsh", nil, []),
      ("matrix_rank", nil, []), ("pinv", nil, []),
    ]
    for (name, tuple, fields) in results {
      guard let single = attrs[name] else { continue }
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        guard case .array(let x)? = a.positional.first, x.ndim > 2, x.size > 0 else { return try self.call(single, a) }
        let lead = Array(x.shape.dropLast(2))
        let count = lead.reduce(1, *)
        let flat = try self.engine { try x.reshaped([count] + x.shape.suffix(2)) }
        var components: [[NDArray]] = []
        for k in 0..<count {
          var args = a
          args.positional[0] = .array(try self.engine { try flat.get([.int(k)]) })
          let r = try self.call(single, args)
          let parts: [Value]
          switch r {
          case .array, .npScalar: parts = [r]
          default: parts = try self.collect(r)
          }
          if components.isEmpty { components = parts.map { _ in [] } }
          for (i, p) in parts.enumerated() where i < components.count { components[i].append(try self.toArray(p)) }
        }
        let stacked = try components.map { list in
          try self.engine { try NDArray.stack(list, axis: 0).reshaped(lead + (list.first?.shape ?? [])) }
        }
        guard let tuple, stacked.count == fields.count else { return .array(stacked[0]) }
        return self.resultTuple(tuple, zip(fields, stacked).map { ($0, .array($1)) })
      })
    }
  }
}

extension Runtime {
  /// numpy's `trace(a, offset, axis1, axis2)`: the sums of diagonal `offset` of the matrices
  /// spanned by `axis1` and `axis2`, one per position along the other axes.
  func trace(_ a: NDArray, _ args: Arguments) throws -> Value {
    let v = try args.bind("trace", ["offset", "axis1", "axis2", "dtype", "out"])
    let k = try v[0].map { try requireInt($0, "trace") } ?? 0
    return wrap(try engine {
      guard a.ndim >= 2 else { throw ArrayError(.valueError, "diag requires an array of at least two dimensions") }
      let first = try Shape.normalizeAxis(try v[1].map { try requireInt($0, "trace") } ?? 0, ndim: a.ndim)
      let second = try Shape.normalizeAxis(try v[2].map { try requireInt($0, "trace") } ?? 1, ndim: a.ndim)
      guard first != second else { throw ArrayError(.valueError, "axis1 and axis2 cannot be the same") }
      let others = (0..<a.ndim).filter { $0 != first && $0 != second }
      let moved = try a.transposed(others + [first, second])
      if moved.ndim == 2 { return try moved.trace(offset: k) }
      let lead = Array(moved.shape.dropLast(2))
      let count = lead.reduce(1, *)
      let flat = try moved.reshaped([count] + moved.shape.suffix(2))
      let sums = try (0..<count).map { try flat.get([.int($0)]).trace(offset: k) }
      if sums.isEmpty { return try NDArray(zeros: lead, dtype: a.dtype.isFloat || a.dtype.isComplex ? a.dtype : .int64) }
      return try NDArray.stack(sums, axis: 0).reshaped(lead)
    })
  }
}
