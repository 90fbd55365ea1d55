import SwnbArray

/// `np.einsum(subscripts, *operands)` (ellipses spelled out as letters): a matrix product of two 2-d float
/// operands goes to BLAS (`matmul`); everything else (transposes, traces, diagonals, sums,
/// outer and batched products) runs as an explicit sum of products.
extension Runtime {
  func einsum(_ spec: String, _ operands: [NDArray]) throws -> NDArray {
    var text = spec.filter { $0 != " " }
    if text.contains(".") { text = try einsumWithoutEllipsis(text, operands) }
    let halves = text.components(separatedBy: "->")
    guard halves.count <= 2 else { throw PyError.make(.valueError, "einstein sum subscript string does not contain proper '->' output specified") }
    let inputs = halves[0].split(separator: ",", omittingEmptySubsequences: false).map { Array($0) }
    if inputs.count > operands.count {
      // numpy's wording: the count of subscripts exceeds the operands.
      throw PyError.make(.valueError, "more operands provided to einstein sum function than specified in the subscripts string")
    }
    if inputs.count < operands.count {
      throw PyError.make(.valueError, "fewer operands provided to einstein sum function than specified in the subscripts string")
    }
    var sizes: [Character: Int] = [:]
    var counts: [Character: Int] = [:]
    for (k, letters) in inputs.enumerated() {
      guard letters.allSatisfy(\.isLetter) else { throw PyError.make(.valueError, "invalid subscript in einstein sum subscripts string, subscripts must be letters") }
      guard letters.count == operands[k].ndim else {
        throw PyError.make(.valueError, "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
      }
      for (d, c) in letters.enumerated() {
        let n = operands[k].shape[d]
        if let known = sizes[c], known != n, known != 1, n != 1 {
          throw PyError.make(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]")
        }
        sizes[c] = max(sizes[c] ?? n, n)
        counts[c, default: 0] += 1
      }
    }
    let output = halves.count == 2 ? Array(halves[1]) : counts.filter { $0.value == 1 }.keys.sorted()
    for c in output where sizes[c] == nil {
      throw PyError.make(.valueError, "einstein sum subscripts string included output subscript '\(c)' which never appeared in an input")
    }
    let dtype = operands.dropFirst().reduce(operands.first?.dtype ?? .float64) { DType.promote($0, $1.dtype) }
    if let product = try einsumMatmul(inputs, output, operands, dtype) { return product }
    let contracted = sizes.keys.filter { !output.contains($0) }.sorted()
    return try engine { try einsumLoop(inputs, output + contracted, output.count, sizes, operands, dtype) }
  }

  /// The subscripts with each `...` spelled out as letters the string does not use: the
  /// broadcast dimensions, right-aligned across operands as numpy aligns them, and placed
  /// first in an implicit output.
  private func einsumWithoutEllipsis(_ text: String, _ operands: [NDArray]) throws -> String {
    let halves = text.components(separatedBy: "->")
    let inputs = halves[0].components(separatedBy: ",")
    guard inputs.count == operands.count else { return text }
    var extra: [Int] = []
    for (k, input) in inputs.enumerated() {
      let parts = input.components(separatedBy: "...")
      guard parts.count <= 2, !parts.joined().contains(".") else {
        throw PyError.make(.valueError, "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand \(k)")
      }
      let named = parts.joined().count
      extra.append(parts.count == 2 ? max(operands[k].ndim - named, 0) : 0)
    }
    let width = extra.max() ?? 0
    let fresh = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".filter { !text.contains($0) })
    guard fresh.count >= width else { throw PyError.make(.valueError, "too many subscripts in einsum") }
    let broadcast = String(fresh.prefix(width))
    let spelled = zip(inputs, extra).map { input, n in
      input.replacingOccurrences(of: "...", with: String(broadcast.suffix(n)))
    }
    let output: String
    if halves.count == 2 {
      output = halves[1].replacingOccurrences(of: "...", with: broadcast)
    } else {
      // numpy's implicit output: the broadcast dimensions, then the letters used once, sorted.
      let letters = spelled.joined().filter { !broadcast.contains($0) }
      output = broadcast + String(Set(letters).filter { c in letters.filter { $0 == c }.count == 1 }.sorted())
    }
    return spelled.joined(separator: ",") + "->" + output
  }

  /// `ij,jk->ik` and its transposed variants of two 2-d float64 operands, via BLAS.
  private func einsumMatmul(_ inputs: [[Character]], _ output: [Character], _ operands: [NDArray], _ dtype: DType) throws -> NDArray? {
    guard operands.count == 2, dtype == .float64, inputs.allSatisfy({ $0.count == 2 && Set($0).count == 2 }), output.count == 2 else { return nil }
    let shared = Set(inputs[0]).intersection(inputs[1])
    guard shared.count == 1, let c = shared.first, !output.contains(c) else { return nil }
    let a = inputs[0][1] == c ? operands[0] : operands[0].T
    let b = inputs[1][0] == c ? operands[1] : operands[1].T
    let i = inputs[0].first { $0 != c }
    let k = inputs[1].first { $0 != c }
    guard a.shape[1] == b.shape[0] else { return nil }
    if output == [i, k].compactMap({ $0 }) { return try engine { try NDArray.matmul(a, b) } }
    if output == [k, i].compactMap({ $0 }) { return try engine { try NDArray.matmul(a, b).T.copy() } }
    return nil
  }

  /// The explicit sum of products over every index combination (output indices outermost).
  private func einsumLoop(
    _ inputs: [[Character]], _ letters: [Character], _ outputCount: Int, _ sizes: [Character: Int],
    _ operands: [NDArray], _ dtype: DType
  ) throws -> NDArray {
    let isFloat = dtype.isFloat
    let contiguous = try operands.map { try $0.copy() }
    let floats = contiguous.map { isFloat ? $0.contiguousFloat64() : [] }
    let ints = contiguous.map { isFloat ? [] : $0.scalars().map { Int64($0.doubleValue) } }
    // Per operand, per letter: the element stride (broadcast axes of length 1 contribute 0).
    let strides: [[Int]] = contiguous.enumerated().map { k, x in
      let elementStrides = Shape.contiguousStrides(x.shape)
      return letters.map { c in
        inputs[k].enumerated().reduce(0) { acc, e in
          e.element == c && x.shape[e.offset] != 1 ? acc + elementStrides[e.offset] : acc
        }
      }
    }
    let dims = letters.map { sizes[$0] ?? 1 }
    let outShape = Array(dims.prefix(outputCount))
    let outSize = outShape.reduce(1, *)
    let inner = dims.dropFirst(outputCount).reduce(1, *)
    var floatOut = [Double](repeating: 0, count: isFloat ? outSize : 0)
    var intOut = [Int64](repeating: 0, count: isFloat ? 0 : outSize)
    var index = [Int](repeating: 0, count: letters.count)
    for o in 0..<outSize {
      for _ in 0..<inner {
        let offsets = strides.map { s in zip(s, index).reduce(0) { $0 + $1.0 * $1.1 } }
        if isFloat {
          floatOut[o] += (0..<operands.count).reduce(1.0) { $0 * floats[$1][offsets[$1]] }
        } else {
          intOut[o] = intOut[o] &+ (0..<operands.count).reduce(Int64(1)) { $0 &* ints[$1][offsets[$1]] }
        }
        var d = letters.count - 1
        while d >= 0 {
          index[d] += 1
          if index[d] < dims[d] { break }
          index[d] = 0
          d -= 1
        }
      }
    }
    let result = isFloat ? NDArray(float64: floatOut, shape: outShape) : NDArray(int64: intOut, shape: outShape)
    return try result.astype(dtype)
  }
}
