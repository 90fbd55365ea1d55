import SwnbArray

/// Building and re-shaping arrays from parts: `np.broadcast_to` / `broadcast_arrays` /
/// `broadcast_shapes`, `np.insert`, `np.resize`, `np.block`, `np.atleast_3d`, `np.rollaxis`,
/// `np.tri`, `np.vander`, `np.fromiter`, `np.ndindex`, `np.ndenumerate`, `np.array_equiv`
/// and `np.shares_memory`.
extension Runtime {
  func installAssembly(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    attrs["euler_gamma"] = .float(0.5772156649015329)
    def("broadcast_to") { [unowned self] a in
      let v = try a.bind("broadcast_to", ["array", "shape"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      return .array(try self.engine { try x.broadcast(to: try self.shapeArgument(v[1] ?? .none)) })
    }
    def("broadcast_arrays") { [unowned self] a in
      let xs = try a.positional.map { try self.toArray($0) }
      return try self.engine {
        let shape = try Shape.broadcast(xs.map(\.shape))
        return .tuple(try xs.map { .array(try $0.broadcast(to: shape)) })
      }
    }
    def("broadcast_shapes") { [unowned self] a in
      let shapes = try a.positional.map { try self.shapeArgument($0) }
      return .tuple(try self.engine { try Shape.broadcast(shapes) }.map { Value.int($0) })
    }
    def("array_equiv") { [unowned self] a in
      let v = try a.bind("array_equiv", ["a1", "a2"], required: 2)
      let x = try self.toArray(v[0] ?? .none), y = try self.toArray(v[1] ?? .none)
      guard let shape = try? Shape.broadcast(x.shape, y.shape) else { return .bool(false) }
      return .bool(try self.engine { try x.broadcast(to: shape).scalars() == y.broadcast(to: shape).scalars() })
    }
    for name in ["shares_memory", "may_share_memory"] {
      def(name) { a in
        let v = try a.bind(name, ["a", "b", "max_work"], required: 2)
        guard case .array(let x) = v[0] ?? .none, case .array(let y) = v[1] ?? .none else { return .bool(false) }
        return .bool(x.sharesStorage(with: y) && x.size > 0 && y.size > 0)
      }
    }
    def("insert") { [unowned self] a in
      let v = try a.bind("insert", ["arr", "obj", "values", "axis"], required: 3)
      return .array(try self.insert(try self.toArray(v[0] ?? .none), v[1] ?? .none, v[2] ?? .none, axis: try self.optionalInt(v[3], "insert")))
    }
    def("resize") { [unowned self] a in
      let v = try a.bind("resize", ["a", "new_shape"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let shape = try self.shapeArgument(v[1] ?? .none)
      let flat = x.scalars()
      if shape.contains(where: { $0 < 0 }) {
        throw PyError.make(.valueError, "all elements of `new_shape` must be non-negative")
      }
      let count = try self.engine { try Shape.checkedSize(shape, itemsize: x.dtype.itemsize) }
      try self.engine { try MemoryCap.process.check(count: count, dtype: x.dtype, shape: shape) }
      guard !flat.isEmpty else { return .array(try self.engine { try NDArray.zeros(shape, dtype: x.dtype) }) }
      let values = (0..<max(count, 0)).map { flat[$0 % flat.count] }
      return .array(try self.engine { try NDArray.fromScalars(values, shape: shape, dtype: x.dtype) })
    }
    def("atleast_3d") { [unowned self] a in
      let out = try a.positional.map { v -> Value in
        let x = try self.toArray(v)
        let shape: [Int]
        switch x.ndim {
        case 0: shape = [1, 1, 1]
        case 1: shape = [1, x.shape[0], 1]
        case 2: shape = x.shape + [1]
        default: shape = x.shape
        }
        return .array(try self.engine { try x.reshaped(shape) })
      }
      return out.count == 1 ? out[0] : .tuple(out)
    }
    def("rollaxis") { [unowned self] a in
      let v = try a.bind("rollaxis", ["a", "axis", "start"], required: 2)
      let x = try self.toArray(v[0] ?? .none)
      let axis = try self.engine { try Shape.normalizeAxis(try self.requireInt(v[1] ?? .none, "rollaxis"), ndim: x.ndim) }
      var start = try v[2].map { try self.requireInt($0, "rollaxis") } ?? 0
      if start < 0 { start += x.ndim }
      guard start >= 0 && start <= x.ndim else {
        throw PyError.make(.axisError, "'start' arg requires \(-x.ndim) <= start < \(x.ndim + 1), but \(start) was passed in")
      }
      if axis < start { start -= 1 }
      return .array(try self.engine { try x.moveaxis(axis, start) })
    }
    def("block") { [unowned self] a in
      let nested = try a.exactly(1, "block")[0]
      let depth = try self.blockDepth(nested)
      let leaves = try self.blockLeaves(nested)
      let ndim = max(depth, leaves.map(\.ndim).max() ?? 0)
      return .array(try self.block(nested, level: 0, depth: depth, ndim: ndim))
    }
    def("tri") { [unowned self] a in
      let v = try a.bind("tri", ["N", "M", "k", "dtype"], required: 1)
      let n = try self.requireInt(v[0] ?? .none, "tri")
      let m = try self.optionalInt(v[1], "tri") ?? n
      let k = try v[2].map { try self.requireInt($0, "tri") } ?? 0
      let ones = try self.engine { try NDArray.ones([max(n, 0), max(m, 0)], dtype: try self.dtypeArgument(v[3]) ?? .float64) }
      return .array(try self.engine { try ones.tril(k) })
    }
    def("vander") { [unowned self] a in
      let v = try a.bind("vander", ["x", "N", "increasing"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      guard x.ndim == 1 else { throw PyError.make(.valueError, "x must be a one-dimensional array or sequence.") }
      let n = try self.optionalInt(v[1], "vander") ?? x.shape[0]
      let increasing = try v[2].map { try self.truthy($0) } ?? false
      let column = try self.engine { try x.reshaped([x.shape[0], 1]) }
      let powers = try self.engine { try NDArray.arange(.int(0), .int(Int64(max(n, 0))), dtype: .int64) }
      let exponents = increasing ? powers : try self.engine { try powers.flipped() }
      return try self.ufunc(.power, .array(column), .array(exponents))
    }
    def("fromiter") { [unowned self] a in
      let v = try a.bind("fromiter", ["iter", "dtype", "count"], required: 2)
      var items = try self.collect(v[0] ?? .none)
      if let c = try self.optionalInt(v[2], "fromiter"), c >= 0 { items = Array(items.prefix(c)) }
      return .array(try self.toArray(.list(PyList(items)), dtype: try self.dtypeArgument(v[1])))
    }
    def("ndindex") { [unowned self] a in
      let shape = a.positional.count == 1 ? try self.shapeArgument(a.positional[0]) : try a.positional.map { try self.requireInt($0, "ndindex") }
      var next = 0
      let count = shape.reduce(1) { $0 * max($1, 0) }
      return .iterator(PyIterator {
        guard next < count else { return nil }
        defer { next += 1 }
        return .tuple(Runtime.coordinates(next, shape).map { Value.int($0) })
      })
    }
    let windows = BuiltinFunction("sliding_window_view") { [unowned self] a in
      let v = try a.bind("sliding_window_view", ["x", "window_shape", "axis", "subok", "writeable"], required: 2)
      return .array(try self.slidingWindows(try self.toArray(v[0] ?? .none), try self.shapeArgument(v[1] ?? .none), axis: try v[2].flatMap { $0.isNone ? nil : try self.shapeArgument($0) }))
    }
    let strideTricks = PyModule(name: "numpy.lib.stride_tricks", attributes: ["sliding_window_view": .builtin(windows)])
    attrs["lib"] = .module(PyModule(name: "numpy.lib", attributes: ["stride_tricks": .module(strideTricks)]))
    def("ndenumerate") { [unowned self] a in
      let x = try self.toArray(try a.exactly(1, "ndenumerate")[0])
      let values = x.scalars()
      var next = 0
      return .iterator(PyIterator {
        guard next < values.count else { return nil }
        defer { next += 1 }
        let index = Value.tuple(Runtime.coordinates(next, x.shape).map { Value.int($0) })
        return .tuple([index, .npScalar(NDArray.scalar(values[next], dtype: x.dtype))])
      })
    }
  }

  /// `sliding_window_view`: a read-only view with each window as trailing axes.
  private func slidingWindows(_ x: NDArray, _ window: [Int], axis: [Int]?) throws -> NDArray {
    let axes = try (axis ?? Array(0..<x.ndim)).map { ax in try engine { try Shape.normalizeAxis(ax, ndim: x.ndim) } }
    guard window.count == axes.count else {
      throw PyError.make(.valueError, "Since axis is `None`, must provide window_shape for all dimensions of `x`; got \(window.count) window_shape elements and `x.ndim` is \(x.ndim).")
    }
    guard window.allSatisfy({ $0 >= 0 }) else { throw PyError.make(.valueError, "`window_shape` cannot contain negative values") }
    var shape = x.shape
    for (ax, w) in zip(axes, window) {
      guard shape[ax] >= w else { throw PyError.make(.valueError, "window shape cannot be larger than input array shape") }
      shape[ax] -= w - 1
    }
    return x.view(shape: shape + window, strides: x.strides + axes.map { x.strides[$0] }, isWritable: false)
  }

  /// The C-order coordinates of flat position `flat` in `shape`.
  static func coordinates(_ flat: Int, _ shape: [Int]) -> [Int] {
    var rest = flat
    var out = [Int](repeating: 0, count: shape.count)
    for axis in shape.indices.reversed() where shape[axis] > 0 {
      out[axis] = rest % shape[axis]
      rest /= shape[axis]
    }
    return out
  }

  /// numpy's `insert` (`obj` an index or a sequence of indices) along `axis` (flattened when nil).
  private func insert(_ arr: NDArray, _ obj: Value, _ values: Value, axis: Int?) throws -> NDArray {
    let source = axis == nil ? try engine { try arr.flattened() } : arr
    let ax = try self.engine { try Shape.normalizeAxis(axis ?? 0, ndim: source.ndim) }
    let n = source.shape[ax]
    let scalarIndex = intValue(obj)
    let indices = try scalarIndex.map { [$0] } ?? indexIntegers(toArray(obj))
    let normalized = try indices.map { i -> Int in
      guard i >= -n && i <= n else {
        throw PyError.make(.indexError, "index \(i) is out of bounds for axis \(ax) with size \(n)")
      }
      return i < 0 ? i + n : i
    }
    // `values` as an array with at least `ndim` axes; a scalar index takes its first axis along `axis`.
    var vals = try toArray(values, dtype: source.dtype)
    if vals.ndim < source.ndim { vals = try engine { try vals.reshaped(Array(repeating: 1, count: source.ndim - vals.ndim) + vals.shape) } }
    if scalarIndex != nil { vals = try engine { try vals.moveaxis(0, ax) } }
    let added = scalarIndex != nil ? vals.shape[ax] : normalized.count
    var block = source.shape
    block[ax] = added
    let inserted = try engine { try vals.broadcast(to: block).moveaxis(ax, 0) }
    let old = try engine { try source.moveaxis(ax, 0) }
    // Rows of the result along `axis`: old rows with new ones placed before each index.
    let order = normalized.indices.sorted { normalized[$0] < normalized[$1] }
    var rows: [NDArray] = []
    var k = 0
    for i in 0...n {
      if scalarIndex != nil {
        if i == normalized[0] { rows += try (0..<added).map { j in try engine { try inserted.get([.int(j)]) } } }
      } else {
        while k < order.count && normalized[order[k]] == i {
          rows.append(try engine { try inserted.get([.int(order[k])]) })
          k += 1
        }
      }
      if i < n { rows.append(try engine { try old.get([.int(i)]) }) }
    }
    return try engine { try NDArray.stack(rows, axis: ax) }
  }

  private func blockDepth(_ v: Value) throws -> Int {
    guard case .list(let l) = v else { return 0 }
    guard let first = l.items.first else { throw PyError.make(.valueError, "List at arrays[0] cannot be empty") }
    return 1 + (try blockDepth(first))
  }

  private func blockLeaves(_ v: Value) throws -> [NDArray] {
    if case .list(let l) = v { return try l.items.flatMap { try blockLeaves($0) } }
    return [try toArray(v)]
  }

  /// `np.block`: the innermost lists join along the last axis, the outer ones along earlier axes.
  private func block(_ v: Value, level: Int, depth: Int, ndim: Int) throws -> NDArray {
    guard case .list(let l) = v else {
      let x = try toArray(v)
      return try engine { try x.reshaped(Array(repeating: 1, count: ndim - x.ndim) + x.shape) }
    }
    guard level < depth else {
      throw PyError.make(.valueError, "List depths are mismatched.")
    }
    let parts = try l.items.map { try block($0, level: level + 1, depth: depth, ndim: ndim) }
    return try engine { try NDArray.concatenate(parts, axis: ndim - depth + level) }
  }
}
