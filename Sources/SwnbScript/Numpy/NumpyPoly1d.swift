import SwnbArray

/// `np.poly1d(c)`: a polynomial object with `coeffs`, `order`, `c`, a call (`polyval`) and
/// numpy's repr `poly1d([1., 2.])`. Leading zero coefficients are dropped, as numpy does.
extension Runtime {
  func installPoly1d(_ attrs: inout [String: Value]) {
    let call = BuiltinFunction("__call__", isMethod: true) { [unowned self] a in
      guard a.positional.count == 2 else { throw PyError.make(.typeError, "__call__() takes 2 positional arguments but \(a.positional.count) were given") }
      let x = a.positional[1]
      if case .object(let other) = x, other.type.name == "poly1d" {
        throw PyError.make(.notImplementedError, "MatrixScript does not compose poly1d objects")
      }
      return self.wrap(try self.polyval(try self.poly1dCoefficients(a.positional[0]), try self.toArray(x)))
    }
    let repr = BuiltinFunction("__repr__", isMethod: true) { [unowned self] a in
      let text = try self.repr(.array(try self.poly1dCoefficients(a.positional.first ?? .none)))
      // numpy slices "array(" and ")" off the coefficients' repr.
      return .str("poly1d(" + String(text.dropFirst(6).dropLast()) + ")")
    }
    let str = BuiltinFunction("__str__", isMethod: true) { [unowned self] a in
      .str(try self.poly1dText(try self.poly1dCoefficients(a.positional.first ?? .none), variable: "x"))
    }
    var methods: [String: Value] = ["__call__": .builtin(call), "__repr__": .builtin(repr), "__str__": .builtin(str)]
    // deriv/integ and the arithmetic operators: numpy's functions on the coefficients.
    for (name, function, arity) in [("deriv", "polyder", 1), ("integ", "polyint", 1), ("__add__", "polyadd", 2), ("__radd__", "polyadd", 2), ("__sub__", "polysub", 2), ("__mul__", "polymul", 2), ("__rmul__", "polymul", 2)] {
      methods[name] = .builtin(BuiltinFunction(name, isMethod: true) { [unowned self] a in
        guard case .module(let np) = try self.importModule("numpy"), let f = np.attributes[function] else { return .none }
        var args = a
        // A number or array next to a poly1d acts as a constant polynomial.
        if arity == 2, name.hasPrefix("__r") { args.positional.reverse() }
        return try self.call(f, args)
      })
    }
    methods["__pow__"] = .builtin(BuiltinFunction("__pow__", isMethod: true) { [unowned self] a in
      // numpy's poly1d power: repeated polymul, non-negative integer exponents only.
      guard a.positional.count == 2, case .int(let n) = a.positional[1], n >= 0 else {
        throw PyError.make(.valueError, "Power to non-negative integers only.")
      }
      guard case .module(let np) = try self.importModule("numpy"), let mul = np.attributes["polymul"] else { return .none }
      var result = try self.call(np.attributes["poly1d"] ?? .none, Arguments([.list(PyList([.int(1)]))]))
      for _ in 0..<n { result = try self.call(mul, Arguments([result, a.positional[0]])) }
      return result
    })
    if let property = types["property"] {
      let getter = BuiltinFunction("roots") { [unowned self] a in
        .array(try self.roots(try self.poly1dCoefficients(a.positional.first ?? .none)))
      }
      let o = PyObject(type: property)
      o.attributes["__func__"] = .builtin(getter)
      methods["roots"] = .object(o)
      methods["r"] = .object(o)
    }
    let type = PyType(name: "poly1d", bases: [objectType], attributes: methods, module: "numpy")
    type.constructor = BuiltinFunction("poly1d") { [unowned self] a in
      let v = try a.bind("poly1d", ["c_or_r", "r", "variable"], required: 1)
      if let r = v[1], try self.truthy(r) { throw PyError.make(.notImplementedError, "MatrixScript does not support poly1d(r=True)") }
      let source = try self.toArray(v[0] ?? .none)
      guard source.ndim <= 1 else { throw PyError.make(.valueError, "Polynomial must be 1d only.") }
      let c = try self.engine { try source.atLeast1D().copy() }
      let values = c.scalars()
      let first = values.firstIndex { $0.doubleValue != 0 } ?? values.count
      var coeffs = try self.engine { try c.get([.slice(start: first, stop: nil, step: nil)]).copy() }
      if coeffs.size == 0 { coeffs = try self.engine { try NDArray(zeros: [1], dtype: c.dtype) } }
      let o = PyObject(type: type)
      o.attributes = ["coeffs": .array(coeffs), "c": .array(coeffs), "coef": .array(coeffs), "order": .int(coeffs.size - 1), "variable": .str("x")]
      return .object(o)
    }
    attrs["poly1d"] = .type(type)
  }

  private func poly1dCoefficients(_ v: Value) throws -> NDArray {
    guard case .object(let o) = v, case .array(let c) = o.attributes["coeffs"] ?? .none else {
      throw PyError.make(.typeError, "descriptor requires a 'poly1d' object")
    }
    return c
  }
}
