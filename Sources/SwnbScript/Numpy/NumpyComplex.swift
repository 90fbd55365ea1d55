import SwnbArray

/// numpy complex128 in the interpreter: `np.complex128`, `np.real`/`imag`/`conj`/`angle`,
/// the complex predicates, and numpy complex scalars where Python's `complex` meets them.
extension Runtime {
  /// A numpy complex scalar (or one-element complex array) as a complex value; nil for
  /// everything else (real numpy scalars convert through `extensionFloat`).
  func extensionComplex(_ v: Value) -> Complex? {
    guard case .array(let a) = v.arrayView ?? .none, a.size == 1, a.dtype.isComplex,
      case .complex(let z)? = a.scalars().first
    else { return nil }
    return z
  }

  /// numpy's ComplexWarning for casting complex values to a real dtype.
  func warnDiscardingImaginary() {
    showWarning(category: "ComplexWarning", message: "Casting complex values to real discards the imaginary part")
  }

  /// numpy's TypeError for a ufunc with no complex loop (`fabs`, `fmod`, `heaviside`) when
  /// any input is complex.
  func rejectComplex(_ ufunc: String, _ inputs: NDArray...) throws {
    guard inputs.contains(where: { $0.dtype.isComplex }) else { return }
    throw PyError.make(
      .typeError,
      "ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely "
        + "coerced to any supported types according to the casting rule ''safe''")
  }

  /// MatrixScript's TypeError for a numpy function it computes in real arithmetic only
  /// (einsum, convolve, cov, interp, ...) when an argument is complex.
  func rejectComplexArguments(_ a: Arguments, _ function: String) throws {
    for v in a.positional + a.keywords.map(\.value) {
      let complex: Bool
      switch v {
      case .array(let x), .npScalar(let x): complex = x.dtype.isComplex
      case .complex: complex = true
      case .list, .tuple: complex = (try? toArray(v))?.dtype.isComplex ?? false
      default: complex = false
      }
      if complex { throw bridgeError(ArrayError.complexUnsupported("np.\(function)")) }
    }
  }

  /// `a.real`, `a.imag` of arrays and numpy scalars (nil for other names).
  func complexArrayAttribute(_ a: NDArray, _ name: String) throws -> Value? {
    switch name {
    case "real": return wrap(try engine { try a.realPart() })
    case "imag": return wrap(try engine { try a.imagPart() })
    default: return nil
    }
  }

  /// `a.conj()`, `a.conjugate()` (nil for other names).
  func complexArrayMethod(_ a: NDArray, _ name: String, _ args: Arguments) throws -> Value? {
    guard name == "conj" || name == "conjugate" else { return nil }
    _ = try args.bind(name, [])
    return wrap(try engine { try a.conjugated() })
  }

  func installComplexFunctions(_ attrs: inout [String: Value]) {
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    attrs["complex128"] = .type(numpyType("complex128"))
    attrs["cdouble"] = attrs["complex128"]
    attrs["complexfloating"] = .type(numpyType("complexfloating"))
    for (name, part) in [("real", true), ("imag", false)] {
      def(name) { [unowned self] a in
        let x = try self.toArray(try a.bind(name, ["val"], required: 1)[0] ?? .none)
        return self.wrap(try self.engine { part ? try x.realPart() : try x.imagPart() })
      }
    }
    for name in ["conj", "conjugate"] {
      def(name) { [unowned self] a in
        let x = try self.toArray(try a.bind(name, ["x", "out"], required: 1)[0] ?? .none)
        return self.wrap(try self.engine { try x.conjugated() })
      }
    }
    def("angle") { [unowned self] a in
      let v = try a.bind("angle", ["z", "deg"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      let degrees = try v[1].map { try self.truthy($0) } ?? false
      return self.wrap(try self.engine { try x.angle(degrees: degrees) })
    }
    def("iscomplexobj") { [unowned self] a in
      .bool(try self.toArray(try a.exactly(1, "iscomplexobj")[0]).dtype.isComplex)
    }
    def("isrealobj") { [unowned self] a in
      .bool(!(try self.toArray(try a.exactly(1, "isrealobj")[0]).dtype.isComplex))
    }
    for (name, complexTest) in [("iscomplex", true), ("isreal", false)] {
      def(name) { [unowned self] a in
        let x = try self.toArray(try a.exactly(1, name)[0])
        let imag = try self.engine { try x.imagPart() }
        let test: BinaryUfunc = complexTest ? .notEqual : .equal
        return self.wrap(try self.engine { try NDArray.apply(test, .array(imag), .python(.int(0))) })
      }
    }
    def("real_if_close") { [unowned self] a in
      let v = try a.bind("real_if_close", ["a", "tol"], required: 1)
      let x = try self.toArray(v[0] ?? .none)
      guard x.dtype.isComplex else { return self.wrap(x) }
      // numpy: tol (default 100) in machine epsilons when > 1.
      var tol = try v[1].map { try self.requireFloat($0, "real_if_close") } ?? 100
      if tol > 1 { tol *= Double.ulpOfOne }
      let small = x.complexElements().allSatisfy { abs($0.imag) < tol }
      return self.wrap(small ? try self.engine { try x.realPart() } : x)
    }
  }
}
