import Foundation
import SwnbArray
import SwnbLinalg

/// numpy's classic polynomial functions on coefficient arrays (highest power first):
/// `np.roots`, `np.polyder`, `np.polyint`, `np.polyadd`, `np.polysub`, `np.polymul`,
/// `np.polydiv`, and the text of `str(poly1d)`.
extension Runtime {
  func installPolynomialFunctions(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("roots") { [unowned self] a in
      .array(try self.roots(try self.polyCoefficients(try a.exactly(1, "roots")[0])))
    }
    def("polyder") { [unowned self] a in
      let v = try a.bind("polyder", ["p", "m"], required: 1)
      let m = try v[1].map { try self.requireInt($0, "polyder") } ?? 1
      guard m >= 0 else { throw PyError.make(.valueError, "Order of derivative must be positive (see polyint)") }
      return try self.polyResult(v[0] ?? .none, try self.polyder(try self.polyCoefficients(v[0] ?? .none), m))
    }
    def("polyint") { [unowned self] a in
      let v = try a.bind("polyint", ["p", "m", "k"], required: 1)
      let m = try v[1].map { try self.requireInt($0, "polyint") } ?? 1
      guard m >= 0 else { throw PyError.make(.valueError, "Order of integral must be positive (see polyder)") }
      var constants = [Double](repeating: 0, count: m)
      if let k = v[2], !k.isNone {
        let given = try self.toArray(k).contiguousFloat64()
        if given.count == 1 && m > 1 { constants = Array(repeating: given[0], count: m) } else {
          guard given.count >= m else { throw PyError.make(.valueError, "k must be a scalar or a rank-1 array of length 1 or >m.") }
          constants = Array(given.prefix(m))
        }
      }
      return try self.polyResult(v[0] ?? .none, try self.polyint(try self.polyCoefficients(v[0] ?? .none), constants))
    }
    for (name, op) in [("polyadd", BinaryUfunc.add), ("polysub", .subtract)] {
      def(name) { [unowned self] a in
        let v = try a.exactly(2, name)
        var p = try self.polyCoefficients(v[0]).atLeast1D(), q = try self.polyCoefficients(v[1]).atLeast1D()
        let diff = q.size - p.size
        try self.engine {
          if diff > 0 { p = try NDArray.concatenate([try NDArray.zeros([diff], dtype: p.dtype), p]) }
          if diff < 0 { q = try NDArray.concatenate([try NDArray.zeros([-diff], dtype: q.dtype), q]) }
        }
        let sum = try self.engine { try NDArray.apply(op, .array(p), .array(q)) }
        return try self.polyResult(v[0], sum, alsoPoly: v[1])
      }
    }
    def("polymul") { [unowned self] a in
      let v = try a.exactly(2, "polymul")
      let p = try self.polyCoefficients(v[0]).atLeast1D(), q = try self.polyCoefficients(v[1]).atLeast1D()
      return try self.polyResult(v[0], try self.polymul(p, q), alsoPoly: v[1])
    }
    def("polydiv") { [unowned self] a in
      let v = try a.exactly(2, "polydiv")
      let (quotient, remainder) = try self.polydiv(try self.polyCoefficients(v[0]), try self.polyCoefficients(v[1]))
      return .tuple([try self.polyResult(v[0], quotient, alsoPoly: v[1]), try self.polyResult(v[0], remainder, alsoPoly: v[1])])
    }
  }

  /// Coefficients of a poly1d or an array-like.
  func polyCoefficients(_ v: Value) throws -> NDArray {
    if case .object(let o) = v, o.type.name == "poly1d", case .array(let c) = o.attributes["coeffs"] ?? .none { return c }
    return try toArray(v)
  }

  /// A poly1d when an input was one (numpy's `truepoly`), else the array.
  private func polyResult(_ input: Value, _ c: NDArray, alsoPoly other: Value = .none) throws -> Value {
    for v in [input, other] {
      if case .object(let o) = v, o.type.name == "poly1d" { return try call(.type(o.type), Arguments([.array(c)])) }
    }
    return .array(c)
  }

  /// numpy's `roots`: the eigenvalues of the companion matrix, then the trailing zeros' roots.
  func roots(_ p: NDArray) throws -> NDArray {
    if p.dtype.isComplex { throw PyError.make(.typeError, "np.roots of complex coefficients is not supported in MatrixScript") }
    let values = try engine { try p.astype(.float64).raveled() }.contiguousFloat64()
    guard let first = values.firstIndex(where: { $0 != 0 }), let last = values.lastIndex(where: { $0 != 0 }) else {
      return NDArray(float64: [], shape: [0])
    }
    let trailing = values.count - last - 1
    let c = Array(values[first...last])
    var found: [Double] = []
    var foundImag: [Double]?
    if c.count > 1 {
      let n = c.count - 1
      var companion = [Double](repeating: 0, count: n * n)
      for j in 0..<n { companion[j] = -c[j + 1] / c[0] }
      for i in 1..<n { companion[i * n + i - 1] = 1 }
      let r = try engine { try Linalg.eigvals(Matrix(rows: n, cols: n, elements: companion)) }
      found = r.real
      foundImag = r.imag
    }
    found += Array(repeating: 0, count: trailing)
    guard let imag = foundImag.map({ $0 + Array(repeating: 0, count: trailing) }) else {
      return NDArray(float64: found, shape: [found.count])
    }
    return NDArray(complex128: zip(found, imag).map { Complex($0, $1) }, shape: [found.count])
  }

  /// numpy's `polyder`: `p[:-1] * arange(n, 0, -1)`, `m` times (integers stay integers).
  func polyder(_ p: NDArray, _ m: Int) throws -> NDArray {
    var c = p.atLeast1D()
    for _ in 0..<m {
      let n = c.size - 1
      guard n > 0 else {
        c = try engine { try NDArray.apply(.multiply, .array(try c.get([.slice(start: nil, stop: -1, step: nil)])), .python(.int(0))) }
        break
      }
      let powers = try engine { try NDArray.arange(.int(Int64(n)), .int(0), step: .int(-1), dtype: .int64) }
      c = try engine { try NDArray.apply(.multiply, .array(try c.get([.slice(start: nil, stop: -1, step: nil)])), .array(powers)) }
    }
    return c
  }

  /// numpy's `polyint`: divide by `arange(len, 0, -1)` and append the constant, `m` times.
  func polyint(_ p: NDArray, _ constants: [Double]) throws -> NDArray {
    var c = p.atLeast1D()
    for k in constants {
      let powers = try engine { try NDArray.arange(.int(Int64(c.size)), .int(0), step: .int(-1), dtype: .int64) }
      let divided = try engine { try NDArray.apply(.trueDivide, .array(c), .array(powers)) }
      c = try engine { try NDArray.concatenate([divided, NDArray(float64: [k], shape: [1])]) }
    }
    return c
  }

  /// numpy's `polymul`: the full convolution of the coefficients.
  private func polymul(_ p: NDArray, _ q: NDArray) throws -> NDArray {
    let dtype = DType.promote(p.dtype, q.dtype)
    let a = p.scalars(), b = q.scalars()
    guard !a.isEmpty, !b.isEmpty else { throw PyError.make(.valueError, "v cannot be empty") }
    if dtype.isInteger || dtype == .bool {
      func integer(_ s: Scalar) -> Int64 {
        switch s {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
      }
      var out = [Int64](repeating: 0, count: a.count + b.count - 1)
      for (i, x) in a.enumerated() {
        for (j, y) in b.enumerated() {
          let product = integer(x).multipliedReportingOverflow(by: integer(y)).partialValue
          out[i + j] = out[i + j].addingReportingOverflow(product).partialValue
        }
      }
      return try engine { try NDArray(int64: out, shape: [out.count]).astype(dtype == .bool ? .int64 : dtype) }
    }
    var out = [Double](repeating: 0, count: a.count + b.count - 1)
    for (i, x) in a.enumerated() {
      for (j, y) in b.enumerated() { out[i + j] += x.doubleValue * y.doubleValue }
    }
    return try engine { try NDArray(float64: out, shape: [out.count]).astype(dtype) }
  }

  /// numpy's `polydiv`: long division in float64, remainder's leading near-zeros dropped.
  private func polydiv(_ u: NDArray, _ v: NDArray) throws -> (NDArray, NDArray) {
    let num = try engine { try u.astype(.float64).atLeast1D().raveled() }.contiguousFloat64()
    let den = try engine { try v.astype(.float64).atLeast1D().raveled() }.contiguousFloat64()
    guard let lead = den.first, !num.isEmpty else { throw PyError.make(.indexError, "index 0 is out of bounds for axis 0 with size 0") }
    let m = num.count - 1, n = den.count - 1
    let scale = 1.0 / lead
    var q = [Double](repeating: 0, count: max(m - n + 1, 1))
    var r = num
    if m - n >= 0 {
      for k in 0...(m - n) {
        let d = scale * r[k]
        q[k] = d
        for j in 0...n { r[k + j] -= d * den[j] }
      }
    }
    // numpy trims while allclose(r[0], 0, rtol=1e-14): |r0| <= 1e-8.
    while r.count > 1, abs(r[0]) <= 1e-8 { r.removeFirst() }
    return (NDArray(float64: q, shape: [q.count]), NDArray(float64: r, shape: [r.count]))
  }

  /// numpy's `str(poly1d)`: terms like `2.5 x - 1` with the powers raised onto a line above.
  func poly1dText(_ c: NDArray, variable: String) throws -> String {
    let values = c.scalars()
    let start = values.firstIndex { $0.doubleValue != 0 } ?? values.count
    let coefficients = Array(values[start...])
    let n = coefficients.count - 1
    var text = "0"
    for (k, coefficient) in coefficients.enumerated() {
      var coefficientText = try format(pythonValue(coefficient), ".4g")
      if coefficientText.hasSuffix(".0000") { coefficientText.removeLast(5) }
      let power = n - k
      let term: String
      if coefficientText == "0" {
        term = power == 0 && k == 0 ? "0" : ""
      } else if power == 0 {
        term = coefficientText
      } else if power == 1 {
        term = "\(coefficientText) \(variable)"
      } else {
        term = "\(coefficientText) \(variable)**\(power)"
      }
      if k == 0 {
        text = term
      } else if !term.isEmpty {
        text = term.hasPrefix("-") ? "\(text) - \(term.dropFirst())" : "\(text) + \(term)"
      }
    }
    return Runtime.raisePowers(text)
  }

  /// numpy's `_raise_power`: each `**k` becomes `k` on the line above, wrapped at 70 columns.
  private static func raisePowers(_ text: String, wrap: Int = 70) -> String {
    var line1 = "", line2 = "", output = " "
    var rest = Substring(text)
    while let star = rest.range(of: "**") {
      let part = String(rest[..<star.lowerBound])
      let digits = String(rest[star.upperBound...].prefix { $0.isNumber })
      rest = rest[star.upperBound...].dropFirst(digits.count)
      let add2 = part + String(repeating: " ", count: max(digits.count - 1, 0))
      let add1 = String(repeating: " ", count: max(part.count - 1, 0)) + digits
      if line2.count + add2.count > wrap || line1.count + add1.count > wrap {
        output += line1 + "\n" + line2 + "\n "
        line1 = add1
        line2 = add2
      } else {
        line2 += add2
        line1 += add1
      }
    }
    return output + line1 + "\n" + line2 + rest
  }
}
