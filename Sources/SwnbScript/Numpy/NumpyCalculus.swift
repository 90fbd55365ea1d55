import Foundation
import SwnbArray

/// Numerical helpers tutorials reach for: `np.gradient`, `np.correlate`, `np.tensordot`,
/// `np.heaviside`, `np.fmod`, `np.can_cast`, `np.partition`/`argpartition` and `np.trim_zeros`.
extension Runtime {
  func installCalculus(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("gradient") { [unowned self] a in
      guard let first = a.positional.first else { throw PyError.make(.typeError, "gradient() missing 1 required positional argument: 'f'") }
      let f = try self.toArray(first)
      let edgeOrder = try a.keyword("edge_order").map { try self.requireInt($0, "gradient") } ?? 1
      guard edgeOrder == 1 || edgeOrder == 2 else {
        throw PyError.make(.valueError, edgeOrder > 2 ? "'edge_order' greater than 2 not supported" : "'edge_order' must be 1 or 2")
      }
      let axes = try self.engine {
        try (self.axisArgument(a.keyword("axis")) ?? Array(0..<f.ndim)).map { try Shape.normalizeAxis($0, ndim: f.ndim) }
      }
      let spacings = try self.gradientSpacings(Array(a.positional.dropFirst()), f, axes)
      let outs = try zip(axes, spacings).map { axis, dx in try self.gradient(f, axis: axis, dx: dx, edgeOrder: edgeOrder) }
      return outs.count == 1 ? .array(outs[0]) : .tuple(outs.map { .array($0) })
    }
    def("correlate") { [unowned self] a in
      try self.rejectComplexArguments(a, "correlate")
      let v = try a.bind("correlate", ["a", "v", "mode"], required: 2)
      var mode = "valid"
      if let m = v[2], case .str(let s) = m { mode = s }
      let kernel = try self.engine { try self.toArray(v[1] ?? .none).atLeast1D().flipped() }
      return .array(try self.convolve(try self.toArray(v[0] ?? .none), kernel, mode: mode))
    }
    def("tensordot") { [unowned self] a in
      let v = try a.bind("tensordot", ["a", "b", "axes"], required: 2)
      return self.wrap(try self.tensordot(try self.toArray(v[0] ?? .none), try self.toArray(v[1] ?? .none), v[2] ?? .int(2)))
    }
    def("heaviside") { [unowned self] a in
      let v = try a.bind("heaviside", ["x1", "x2", "out"], required: 2)
      return try self.elementwise("heaviside", v[0] ?? .none, v[1] ?? .none, floatOnly: true) { x, h, _ in
        x.isNaN ? x : x < 0 ? 0 : x > 0 ? 1 : h
      } integer: { _, _ in 0 }
    }
    def("fmod") { [unowned self] a in
      let v = try a.bind("fmod", ["x1", "x2", "out"], required: 2)
      var divideByZero = false
      let r = try self.elementwise("fmod", v[0] ?? .none, v[1] ?? .none, floatOnly: false) { x, y, _ in
        Foundation.fmod(x, y)
      } integer: { x, y in
        if y == 0 { divideByZero = true; return 0 }
        return y == -1 ? 0 : x % y
      }
      if divideByZero { self.warn([ArrayWarning("divide by zero encountered in fmod")]) }
      return r
    }
    def("can_cast") { [unowned self] a in
      let v = try a.bind("can_cast", ["from_", "to", "casting"], required: 2)
      let from: DType
      switch v[0] ?? .none {
      case .array(let x), .npScalar(let x): from = x.dtype
      default:
        guard let d = try self.dtypeArgument(v[0]) else { throw PyError.make(.typeError, "did not understand one of the input arguments") }
        from = d
      }
      guard let to = try self.dtypeArgument(v[1]) else { throw PyError.make(.typeError, "did not understand one of the input arguments") }
      var casting = "safe"
      if let c = v[2], case .str(let s) = c { casting = s }
      switch casting {
      case "unsafe": return .bool(true)
      case "no", "equiv": return .bool(from == to)
      case "same_kind": return .bool(DType.promote(from, to) == to || (from.isFloat && to.isFloat) || (from.isInteger && to.isInteger) || from == .bool)
      default: return .bool(from == to || DType.promote(from, to) == to)
      }
    }
    // numpy's SIMD quickselect sorts small runs outright, so a sorted run is what
    // `partition` shows for them; any valid partition satisfies the contract.
    for name in ["partition", "argpartition"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "kth", "axis", "kind", "order"], required: 2)
        let x = try self.toArray(v[0] ?? .none)
        let axis: Int? = try v[2].map { $0.isNone ? nil : try self.requireInt($0, name) } ?? -1
        let n = axis == nil ? x.size : try self.engine { x.ndim == 0 ? 0 : x.shape[try Shape.normalizeAxis(axis ?? -1, ndim: x.ndim)] }
        for k in try self.toArray(v[1] ?? .none).scalars() {
          guard case .int(let kth) = k else { throw PyError.make(.typeError, "Partition index must be integer") }
          guard kth >= -Int64(n) && kth < Int64(n) else {
            throw PyError.make(.valueError, "kth(=\(kth)) out of bounds (\(n))")
          }
        }
        return .array(try self.sortArray(x, argsort: name == "argpartition", axis: axis))
      }
    }
    def("trim_zeros") { [unowned self] a in
      let v = try a.bind("trim_zeros", ["filt", "trim"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      var trim = "fb"
      if let t = v[1], case .str(let s) = t { trim = s.lowercased() }
      let values = x.scalars().map { $0.doubleValue != 0 || $0 == .bool(true) }
      var start = 0, stop = values.count
      if trim.contains("f") { start = values.firstIndex(of: true) ?? values.count }
      if trim.contains("b") { stop = (values.lastIndex(of: true) ?? -1) + 1 }
      return .array(try self.engine { try x.get([.slice(start: start, stop: max(start, stop), step: nil)]) })
    }
  }

  /// Spacing per axis: nil for 1.0, a scalar, or the coordinate differences of a 1-d array
  /// (a scalar again when they are all equal, as numpy checks).
  private func gradientSpacings(_ varargs: [Value], _ f: NDArray, _ axes: [Int]) throws -> [[Double]] {
    if varargs.isEmpty { return Array(repeating: [1], count: axes.count) }
    if varargs.count == 1, try toArray(varargs[0]).ndim == 0 {
      return Array(repeating: [try requireFloat(varargs[0], "gradient")], count: axes.count)
    }
    guard varargs.count == axes.count else { throw PyError.make(.typeError, "invalid number of arguments") }
    return try zip(varargs, axes).map { value, axis in
      let d = try toArray(value)
      if d.ndim == 0 { return [try requireFloat(value, "gradient")] }
      guard d.ndim == 1 else { throw PyError.make(.valueError, "distances must be either scalars or 1d") }
      guard d.size == f.shape[axis] else {
        throw PyError.make(.valueError, "when 1d, distances must match the length of the corresponding dimension")
      }
      let x = try engine { try d.astype(.float64) }.contiguousFloat64()
      let diffs = zip(x.dropFirst(), x).map { $0 - $1 }
      return diffs.allSatisfy({ $0 == diffs.first }) ? Array(diffs.prefix(1)) : diffs
    }
  }

  /// numpy's gradient along one axis: central differences inside, one-sided at the edges.
  private func gradient(_ f: NDArray, axis: Int, dx: [Double], edgeOrder: Int) throws -> NDArray {
    guard f.shape[axis] >= edgeOrder + 1 else {
      throw PyError.make(.valueError, "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.")
    }
    let moved = try engine { try f.moveaxis(axis, -1) }
    let n = f.shape[axis]
    let rows = moved.size / n
    func compute<T: BinaryFloatingPoint>(_ values: [T]) -> [T] {
      var out = values
      let spacing = dx.map { T($0) }
      for r in 0..<rows {
        let y = Array(values[(r * n)..<((r + 1) * n)])
        out.replaceSubrange((r * n)..<((r + 1) * n), with: Runtime.gradientRow(y, spacing, edgeOrder))
      }
      return out
    }
    let result: NDArray = try engine {
      if f.dtype == .float32 {
        let values = try moved.astype(.float32).scalars().map { Float($0.doubleValue) }
        return try NDArray(float64: compute(values).map { Double($0) }, shape: moved.shape).astype(.float32)
      }
      return NDArray(float64: compute(try moved.astype(.float64).contiguousFloat64()), shape: moved.shape)
    }
    return try engine { try result.moveaxis(-1, axis).copy() }
  }

  private static func gradientRow<T: BinaryFloatingPoint>(_ f: [T], _ dx: [T], _ edgeOrder: Int) -> [T] {
    let n = f.count
    var out = [T](repeating: 0, count: n)
    if dx.count == 1 {
      let h = dx[0]
      for i in 1..<max(n - 1, 1) { out[i] = (f[i + 1] - f[i - 1]) / (2 * h) }
      if edgeOrder == 1 {
        out[0] = (f[1] - f[0]) / h
        out[n - 1] = (f[n - 1] - f[n - 2]) / h
      } else {
        out[0] = (-1.5 / h) * f[0] + (2 / h) * f[1] + (-0.5 / h) * f[2]
        out[n - 1] = (0.5 / h) * f[n - 3] + (-2 / h) * f[n - 2] + (1.5 / h) * f[n - 1]
      }
      return out
    }
    for i in 1..<max(n - 1, 1) {
      let (d1, d2) = (dx[i - 1], dx[i])
      let a = -d2 / (d1 * (d1 + d2)), b = (d2 - d1) / (d1 * d2), c = d1 / (d2 * (d1 + d2))
      out[i] = a * f[i - 1] + b * f[i] + c * f[i + 1]
    }
    if edgeOrder == 1 {
      out[0] = (f[1] - f[0]) / dx[0]
      out[n - 1] = (f[n - 1] - f[n - 2]) / dx[n - 2]
    } else {
      // Coefficients named one by one: as a single expression over a generic T, these take
      // the type checker minutes.
      var (d1, d2) = (dx[0], dx[1])
      var a: T = -(2 * d1 + d2) / (d1 * (d1 + d2))
      var b: T = (d1 + d2) / (d1 * d2)
      var c: T = -d1 / (d2 * (d1 + d2))
      out[0] = a * f[0] + b * f[1] + c * f[2]
      (d1, d2) = (dx[n - 3], dx[n - 2])
      a = d2 / (d1 * (d1 + d2))
      b = -(d2 + d1) / (d1 * d2)
      c = (2 * d2 + d1) / (d2 * (d1 + d2))
      out[n - 1] = a * f[n - 3] + b * f[n - 2] + c * f[n - 1]
    }
    return out
  }

  /// numpy's `tensordot`: the summed axes moved together, then one matrix product.
  private func tensordot(_ a: NDArray, _ b: NDArray, _ axes: Value) throws -> NDArray {
    var axesA: [Int], axesB: [Int]
    if let n = intValue(axes) {
      guard n >= 0, n <= a.ndim, n <= b.ndim else { throw PyError.make(.valueError, "shape-mismatch for sum") }
      axesA = Array((a.ndim - n)..<a.ndim)
      axesB = Array(0..<n)
    } else {
      let pair = try collect(axes)
      guard pair.count == 2 else { throw PyError.make(.valueError, "Axes must consist of two sequences.") }
      axesA = try shapeArgument(pair[0])
      axesB = try shapeArgument(pair[1])
    }
    guard axesA.count == axesB.count else { throw PyError.make(.valueError, "shape-mismatch for sum") }
    axesA = try axesA.map { ax in try engine { try Shape.normalizeAxis(ax, ndim: a.ndim) } }
    axesB = try axesB.map { ax in try engine { try Shape.normalizeAxis(ax, ndim: b.ndim) } }
    for (p, q) in zip(axesA, axesB) where a.shape[p] != b.shape[q] {
      throw PyError.make(.valueError, "shape-mismatch for sum")
    }
    let freeA = (0..<a.ndim).filter { !axesA.contains($0) }
    let freeB = (0..<b.ndim).filter { !axesB.contains($0) }
    let inner = axesA.reduce(1) { $0 * a.shape[$1] }
    return try engine {
      let left = try a.transposed(freeA + axesA).copy().reshaped([freeA.reduce(1) { $0 * a.shape[$1] }, inner])
      let right = try b.transposed(axesB + freeB).copy().reshaped([inner, freeB.reduce(1) { $0 * b.shape[$1] }])
      return try NDArray.dot(left, right).reshaped(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
    }
  }

  /// A two-input elementwise function computed per element: float64 (float32 when both
  /// inputs are) through `real`, integers through `integer` unless `floatOnly`.
  private func elementwise(
    _ ufunc: String, _ p: Value, _ q: Value, floatOnly: Bool, _ real: (Double, Double, DType) -> Double,
    integer: (Int64, Int64) -> Int64
  ) throws -> Value {
    let x = try toArray(p), y = try toArray(q)
    try rejectComplex(ufunc, x, y)
    var dtype = DType.promote(x.dtype, y.dtype)
    if dtype == .bool || (floatOnly && !dtype.isFloat) { dtype = .float64 }
    return wrap(try engine {
      let shape = try Shape.broadcast(x.shape, y.shape)
      let xs = try x.broadcast(to: shape).scalars(), ys = try y.broadcast(to: shape).scalars()
      if dtype.isInteger {
        func exact(_ s: Scalar) -> Int64 { if case .int(let i) = s { return i } else { return Int64(s.doubleValue) } }
        let values = zip(xs, ys).map { integer(exact($0), exact($1)) }
        return try NDArray(int64: values, shape: shape).astype(dtype)
      }
      let values = zip(xs, ys).map { real($0.doubleValue, $1.doubleValue, dtype) }
      return try NDArray(float64: values, shape: shape).astype(dtype)
    })
  }
}
