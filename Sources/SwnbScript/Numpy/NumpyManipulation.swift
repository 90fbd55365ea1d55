import SwnbArray

/// Shape and arrangement functions of the engine exposed as `np.*`: meshgrid, repeat, roll,
/// flip, rot90, the split and stack families, take, take/put_along_axis, delete, append, moveaxis, atleast_*,
/// flatnonzero, fill_diagonal and pad.
extension Runtime {
  func installManipulation(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("meshgrid") { [unowned self] a in
      let xs = try a.positional.map { try self.toArray($0) }
      var cartesian = true
      if let ix = a.keyword("indexing") {
        guard case .str(let s) = ix, s == "xy" || s == "ij" else {
          throw PyError.make(.valueError, "Valid values for `indexing` are 'xy' and 'ij'.")
        }
        cartesian = s == "xy"
      }
      for k in a.keywords where !["indexing", "sparse", "copy"].contains(k.name) {
        throw PyError.make(.typeError, "meshgrid() got an unexpected keyword argument '\(k.name)'")
      }
      if let sparse = a.keyword("sparse"), try self.truthy(sparse) {
        // Each input along its own axis, length 1 elsewhere (the first two swapped for 'xy').
        return .tuple(try xs.enumerated().map { i, x in
          var shape = [Int](repeating: 1, count: xs.count)
          shape[cartesian && xs.count >= 2 && i < 2 ? 1 - i : i] = x.size
          return .array(try self.engine { try x.raveled().copy().reshaped(shape) })
        })
      }
      return .tuple(try self.engine { try NDArray.meshgrid(xs, cartesian: cartesian) }.map { .array($0) })
    }
    def("repeat") { [unowned self] a in
      let v = try a.bind("repeat", ["a", "repeats", "axis"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let reps = try self.toArray(v[1] ?? .none).scalars().map { s -> Int in
        guard case .int(let i) = s else { throw PyError.make(.typeError, "Cannot cast array data from dtype('\(s.inferredDType.name)') to dtype('int64') according to the rule 'safe'") }
        return Int(i)
      }
      return .array(try self.engine { try x.repeated(reps, axis: try self.optionalInt(v[2], "repeat")) })
    }
    def("roll") { [unowned self] a in
      let v = try a.bind("roll", ["a", "shift", "axis"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      func ints(_ value: Value) throws -> [Int] {
        switch value {
        case .tuple, .list: return try self.collect(value).map { try self.requireInt($0, "roll") }
        default: return [try self.requireInt(value, "roll")]
        }
      }
      let shifts = try ints(v[1] ?? .none)
      guard let axisValue = v[2], !axisValue.isNone else {
        return .array(try self.engine { try x.rolled(shifts.reduce(0, &+), axis: nil) })
      }
      // numpy broadcasts `shift` against `axis` and rolls once per pair.
      let axes = try ints(axisValue)
      guard shifts.count == axes.count || shifts.count == 1 || axes.count == 1 else {
        throw PyError.make(.valueError, "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(shifts.count),) and arg 1 with shape (\(axes.count),).")
      }
      var result = x
      for k in 0..<max(shifts.count, axes.count) {
        let shift = shifts[shifts.count == 1 ? 0 : k], axis = axes[axes.count == 1 ? 0 : k]
        result = try self.engine { try result.rolled(shift, axis: axis) }
      }
      return .array(result)
    }
    def("flip") { [unowned self] a in
      let v = try a.bind("flip", ["m", "axis"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      if case .tuple(let axes)? = v[1] {
        // Several axes: flipped one after another.
        return self.wrap(try axes.reduce(x) { r, axis in try self.engine { try r.flipped(try self.requireInt(axis, "flip")) } })
      }
      return self.wrap(try self.engine { try x.flipped(try self.optionalInt(v[1], "flip")) })
    }
    def("fliplr") { [unowned self] a in .array(try self.engine { try self.toArray(try a.exactly(1, "fliplr")[0]).fliplr() }) }
    def("flipud") { [unowned self] a in .array(try self.engine { try self.toArray(try a.exactly(1, "flipud")[0]).flipud() }) }
    def("rot90") { [unowned self] a in
      let v = try a.bind("rot90", ["m", "k", "axes"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let k = try v[1].map { try self.requireInt($0, "rot90") } ?? 1
      var axes = (0, 1)
      if let ax = v[2] {
        let pair = try self.shapeArgument(ax)
        guard pair.count == 2 else { throw PyError.make(.valueError, "len(axes) must be 2.") }
        axes = (pair[0], pair[1])
      }
      return .array(try self.engine { try x.rot90(k, axes: axes) })
    }
    for (name, fixedAxis) in [("split", nil), ("array_split", nil), ("hsplit", 1), ("vsplit", 0), ("dsplit", 2)] as [(String, Int?)] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, fixedAxis == nil ? ["ary", "indices_or_sections", "axis"] : ["ary", "indices_or_sections"], required: 2)
        let x = try self.toArray(v[0] ?? .none)
        var axis = try fixedAxis ?? v[2].map { try self.requireInt($0, name) } ?? 0
        if name == "hsplit" {
          guard x.ndim > 0 else { throw PyError.make(.valueError, "hsplit only works on arrays of 1 or more dimensions") }
          if x.ndim == 1 { axis = 0 }
        } else if name == "vsplit", x.ndim < 2 {
          throw PyError.make(.valueError, "vsplit only works on arrays of 2 or more dimensions")
        } else if name == "dsplit", x.ndim < 3 {
          throw PyError.make(.valueError, "dsplit only works on arrays of 3 or more dimensions")
        }
        let spec = v[1] ?? .none
        let parts: [NDArray] = try self.engine {
          if case .list = spec { return try x.split(at: try self.collect(spec).map { try self.requireInt($0, name) }, axis: axis) }
          if case .tuple = spec { return try x.split(at: try self.collect(spec).map { try self.requireInt($0, name) }, axis: axis) }
          if case .array(let idx) = spec {
            let notSlice = PyError.make(.typeError, "slice indices must be integers or None or have an __index__ method")
            return try x.split(at: try indexIntegers(idx, nonInteger: notSlice), axis: axis)
          }
          let n = try self.requireInt(spec, name)
          return name == "array_split" ? try x.arraySplit(n, axis: axis) : try x.split(n, axis: axis)
        }
        return .list(PyList(parts.map { .array($0) }))
      }
    }
    def("column_stack") { [unowned self] a in
      let v = try a.bind("column_stack", ["tup"], required: 1)
      let arrays = try self.collect(v[0] ?? .none).map { try self.toArray($0) }
      return .array(try self.engine { try NDArray.columnStack(arrays) })
    }
    def("dstack") { [unowned self] a in
      let v = try a.bind("dstack", ["tup"], required: 1)
      let arrays = try self.collect(v[0] ?? .none).map { x -> NDArray in
        let y = try self.toArray(x).atLeast2D()
        return y.ndim == 2 ? try self.engine { try y.reshaped(y.shape + [1]) } : y
      }
      return .array(try self.engine { try NDArray.concatenate(arrays, axis: 2) })
    }
    def("take") { [unowned self] a in
      let v = try a.bind("take", ["a", "indices", "axis", "out", "mode"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      var idx = try self.toArray(v[1] ?? .none)
      let axis = try self.optionalInt(v[2], "take")
      var n = x.size
      if let axis { n = x.shape[try self.engine { try Shape.normalizeAxis(axis, ndim: x.ndim) }] }
      if n == 0 && idx.size > 0 { throw PyError.make(.indexError, "cannot do a non-empty take from an empty axes.") }
      if let m = v[4], !m.isNone {
        guard case .str(let mode) = m, ["raise", "wrap", "clip"].contains(mode) else {
          throw PyError.make(.valueError, "clipmode must be one of 'clip', 'raise', or 'wrap' (got \(try self.repr(m)))")
        }
        // numpy's 'clip' pins indices to [0, n - 1]; 'wrap' takes them modulo n.
        if mode != "raise" && n > 0 {
          let ints = try self.engine { try idx.astype(.int64) }.scalars().map { s -> Int64 in
            guard case .int(let i) = s else { return 0 }
            return mode == "clip" ? min(max(i, 0), Int64(n - 1)) : ((i % Int64(n)) + Int64(n)) % Int64(n)
          }
          idx = try self.engine { try NDArray(int64: ints, shape: [ints.count]).reshaped(idx.shape) }
        }
      }
      let indices = idx
      return self.wrap(try self.engine { try x.take(indices, axis: axis) })
    }
    def("take_along_axis") { [unowned self] a in
      let v = try a.bind("take_along_axis", ["arr", "indices", "axis"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let idx = try self.toArray(v[1] ?? .none)
      let axis = try v[2].map { try self.optionalInt($0, "take_along_axis") } ?? -1
      return .array(try self.engine { try x.takeAlongAxis(idx, axis: axis) })
    }
    def("put_along_axis") { [unowned self] a in
      let v = try a.bind("put_along_axis", ["arr", "indices", "values", "axis"], required: 4)
      guard case .array(let x) = v[0] ?? .none else {
        throw PyError.make(.typeError, "put_along_axis() needs an ndarray to write into")
      }
      let idx = try self.toArray(v[1] ?? .none)
      let values = try self.toArray(v[2] ?? .none, dtype: x.dtype)
      try self.engine { try x.putAlongAxis(idx, values: values, axis: try self.optionalInt(v[3], "put_along_axis")) }
      return .none
    }
    def("delete") { [unowned self] a in
      let v = try a.bind("delete", ["arr", "obj", "axis"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let notIndices = PyError.make(.indexError, "arrays used as indices must be of integer (or boolean) type")
      let idx = try indexIntegers(self.toArray(v[1] ?? .none), nonInteger: notIndices)
      return .array(try self.engine { try x.deleting(idx, axis: try self.optionalInt(v[2], "delete")) })
    }
    def("append") { [unowned self] a in
      let v = try a.bind("append", ["arr", "values", "axis"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let y = try self.toArray(v[1] ?? .none)
      return .array(try self.engine { try NDArray.append(x, y, axis: try self.optionalInt(v[2], "append")) })
    }
    def("moveaxis") { [unowned self] a in
      let v = try a.bind("moveaxis", ["a", "source", "destination"], required: 3)
      let x = try self.toArray(v[0] ?? .none)
      let source = try self.shapeArgument(v[1] ?? .none), destination = try self.shapeArgument(v[2] ?? .none)
      guard source.count == destination.count else {
        throw PyError.make(.valueError, "`source` and `destination` arguments must have the same number of elements")
      }
      if source.count == 1 { return .array(try self.engine { try x.moveaxis(source[0], destination[0]) }) }
      // numpy's order: the axes not moved keep their order, the moved ones go to their slots.
      let src = try source.map { axis in try self.engine { try Shape.normalizeAxis(axis, ndim: x.ndim, argument: "source") } }
      let dst = try destination.map { axis in try self.engine { try Shape.normalizeAxis(axis, ndim: x.ndim, argument: "destination") } }
      var order = (0..<x.ndim).filter { !src.contains($0) }
      for (d, s) in zip(dst, src).sorted(by: { $0.0 < $1.0 }) { order.insert(s, at: d) }
      return .array(try self.engine { try x.transposed(order) })
    }
    def("swapaxes") { [unowned self] a in
      let v = try a.bind("swapaxes", ["a", "axis1", "axis2"], required: 3)
      let x = try self.toArray(v[0] ?? .none)
      return .array(try self.engine { try x.swapaxes(try self.requireInt(v[1] ?? .none, "swapaxes"), try self.requireInt(v[2] ?? .none, "swapaxes")) })
    }
    for name in ["atleast_1d", "atleast_2d"] {
      def(name) { [unowned self] a in
        try a.noKeywords(name)
        let out = try a.positional.map { v -> Value in
          let x = try self.toArray(v)
          return .array(name == "atleast_1d" ? x.atLeast1D() : x.atLeast2D())
        }
        return out.count == 1 ? out[0] : .tuple(out)
      }
    }
    def("flatnonzero") { [unowned self] a in
      let x = try self.engine { try self.toArray(try a.exactly(1, "flatnonzero")[0]).raveled() }
      guard case .tuple(let parts) = try self.nonzero(x), let first = parts.first else { return .none }
      return first
    }
    def("fill_diagonal") { [unowned self] a in
      let v = try a.bind("fill_diagonal", ["a", "val", "wrap"], required: 2)
      guard case .array(let x) = v[0] ?? .none else { throw PyError.make(.typeError, "fill_diagonal() argument 'a' must be an ndarray") }
      try self.fillDiagonal(x, try self.toArray(v[1] ?? .none), wrap: try v[2].map { try self.truthy($0) } ?? false)
      return .none
    }
    def("pad") { [unowned self] a in
      let v = try a.bind("pad", ["array", "pad_width", "mode", "constant_values"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      var mode = "constant"
      if let m = v[2] {
        guard case .str(let s) = m else { throw PyError.make(.typeError, "pad mode must be a string") }
        mode = s
      }
      guard ["constant", "edge", "reflect", "symmetric", "wrap"].contains(mode) else {
        throw PyError.make(.notImplementedError, "MatrixScript supports np.pad with mode 'constant', 'edge', 'reflect', 'symmetric' or 'wrap' only")
      }
      let widths = try self.padWidths(v[1] ?? .none, ndim: x.ndim)
      if mode != "constant" && mode != "edge" { return .array(try self.periodicPad(x, widths, mode: mode)) }
      let fill = try v[3].map { try self.toArray($0) }
      return .array(try self.pad(x, widths, edge: mode == "edge", fill: fill))
    }
  }

  /// An optional integer argument (`axis=None` style).
  func optionalInt(_ v: Value?, _ name: String) throws -> Int? {
    guard let v, !v.isNone else { return nil }
    return try requireInt(v, name)
  }

  /// numpy's `fill_diagonal`: writes `values` (cycled) at flat positions 0, n+1, ... of `x`.
  private func fillDiagonal(_ x: NDArray, _ values: NDArray, wrap: Bool) throws {
    guard x.ndim >= 2 else { throw PyError.make(.valueError, "array must be at least 2-d") }
    guard x.ndim == 2 || Set(x.shape).count == 1 else {
      throw PyError.make(.valueError, "All dimensions of input must be of equal length")
    }
    // numpy's step: 1 + the sum of the cumulative products of the leading dimensions.
    var step = 1
    var product = 1
    for d in x.shape.dropLast() { product *= d; step += product }
    if x.ndim == 2 { step = x.shape[1] + 1 }
    var end = x.size
    if x.ndim == 2 && !wrap { end = min(x.size, x.shape[1] * x.shape[1]) }
    let fills = values.scalars()
    guard !fills.isEmpty else { return }
    try engine {
      var k = 0
      var flat = 0
      while flat < end {
        var rest = flat
        var index = [Int](repeating: 0, count: x.ndim)
        for axis in stride(from: x.ndim - 1, through: 0, by: -1) {
          index[axis] = rest % x.shape[axis]
          rest /= x.shape[axis]
        }
        try x.setElement(index, fills[k % fills.count])
        k += 1
        flat += step
      }
    }
  }

  /// `pad_width` as (before, after) per axis: an int, a pair, or one pair per axis.
  private func padWidths(_ v: Value, ndim: Int) throws -> [(Int, Int)] {
    let spec = try toArray(v)
    let values = try spec.scalars().map { s -> Int in
      guard case .int(let i) = s else { throw PyError.make(.typeError, "`pad_width` must be of integral type.") }
      return Int(i)
    }
    if values.contains(where: { $0 < 0 }) { throw PyError.make(.valueError, "index can't contain negative values") }
    switch values.count {
    case 1: return Array(repeating: (values[0], values[0]), count: ndim)
    case 2 where spec.ndim <= 1 || spec.shape == [1, 2]: return Array(repeating: (values[0], values[1]), count: ndim)
    case 2 * ndim: return (0..<ndim).map { (values[2 * $0], values[2 * $0 + 1]) }
    default:
      throw PyError.make(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: \(spec.shape) and requested shape (\(ndim),2)")
    }
  }

  /// Constant or edge padding: a new array with `x` copied into its middle.
  /// `reflect` (mirror without the edge), `symmetric` (with it) and `wrap` padding: each
  /// axis gathered through its periodic index map.
  private func periodicPad(_ x: NDArray, _ widths: [(Int, Int)], mode: String) throws -> NDArray {
    var out = x
    for d in 0..<x.ndim {
      let n = x.shape[d]
      guard n > 0 else {
        if widths[d].0 + widths[d].1 > 0 { throw PyError.make(.valueError, "can't extend empty axis \(d) using modes other than 'constant' or 'empty'") }
        continue
      }
      let period = mode == "wrap" ? n : mode == "symmetric" ? 2 * n : max(2 * n - 2, 1)
      let indices = (0..<(widths[d].0 + n + widths[d].1)).map { i -> Int64 in
        let j = ((i - widths[d].0) % period + period) % period
        if j < n { return Int64(j) }
        return Int64(mode == "symmetric" ? 2 * n - 1 - j : 2 * n - 2 - j)
      }
      out = try engine { try out.take(NDArray(int64: indices, shape: [indices.count]), axis: d) }
    }
    return out
  }

  private func pad(_ x: NDArray, _ widths: [(Int, Int)], edge: Bool, fill: NDArray?) throws -> NDArray {
    try engine {
      var shape = x.shape
      for d in 0..<x.ndim { shape[d] += widths[d].0 + widths[d].1 }
      let out = try NDArray(zeros: shape, dtype: x.dtype)
      if let fill, fill.size > 0 {
        let f = try fill.astype(x.dtype)
        try out.assign(try f.flattened().get([.int(0)]))
      }
      let middle = (0..<x.ndim).map { IndexItem.slice(start: widths[$0].0, stop: widths[$0].0 + x.shape[$0], step: nil) }
      try out.set(middle, value: x)
      guard edge else { return out }
      for d in 0..<x.ndim where x.shape[d] > 0 {
        var items = [IndexItem](repeating: .all, count: x.ndim)
        let before = widths[d].0
        let n = x.shape[d]
        items[d] = .slice(start: before, stop: before + 1, step: nil)
        let first = try out.get(items).copy()
        items[d] = .slice(start: before + n - 1, stop: before + n, step: nil)
        let last = try out.get(items).copy()
        items[d] = .slice(start: 0, stop: before, step: nil)
        try out.set(items, value: first)
        items[d] = .slice(start: before + n, stop: nil, step: nil)
        try out.set(items, value: last)
      }
      return out
    }
  }
}
