import SwnbArray

/// Python's `complex` inside the generic operations: arithmetic, `complex()`, attributes.
extension Runtime {
  /// A Python number as a complex value (bool, int, float, complex); nil for anything else.
  func pythonComplex(_ v: Value) -> Complex? {
    switch v {
    case .complex(let z): return z
    case .float(let d): return Complex(d)
    case .int(let i): return Complex(Double(i))
    case .bool(let b): return Complex(b ? 1 : 0)
    default: return nil
    }
  }

  /// `a op b` when one operand is a Python complex and the other a Python number; nil
  /// otherwise (and for `//`, `%`, bit operators, which complex lacks: the caller raises).
  func complexBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard case .complex = a else {
      guard case .complex = b else { return nil }
      return try complexArithmetic(op, a, b)
    }
    return try complexArithmetic(op, a, b)
  }

  private func complexArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard let x = pythonComplex(a), let y = pythonComplex(b) else { return nil }
    switch op {
    case .add: return .complex(x + y)
    case .sub: return .complex(x - y)
    case .mul: return .complex(x * y)
    case .div: return .complex(try PythonComplex.divide(x, y))
    case .pow: return .complex(try PythonComplex.power(x, y))
    default: return nil
    }
  }

  /// `x ** y` of two floats computed as complex numbers (a negative base to a fractional
  /// power).
  func complexPower(_ x: Double, _ y: Double) throws -> Value {
    .complex(try PythonComplex.power(Complex(x), Complex(y)))
  }

  /// `-z`, `+z`; nil for other operators or operands.
  func complexUnary(_ op: UnaryOperator, _ v: Value) -> Value? {
    guard case .complex(let z) = v else { return nil }
    switch op {
    case .neg: return .complex(-z)
    case .pos: return v
    default: return nil
    }
  }

  /// `complex(real=0, imag=0)` and `complex(text)`.
  func makeComplex(_ a: Arguments) throws -> Value {
    let v = try a.bind("complex", ["real", "imag"])
    guard let first = v[0] else {
      guard let second = v[1] else { return .complex(.zero) }
      let im = try complexArgument(second, second: true)
      return .complex(Complex(0 - im.imag, im.real))
    }
    if case .str(let text) = first {
      if v[1] != nil { throw PyError.make(.typeError, "complex() can't take second arg if first is a string") }
      guard let z = PythonComplex.parse(text) else {
        throw PyError.make(.valueError, "complex() arg is a malformed string")
      }
      return .complex(z)
    }
    let re = try complexArgument(first, second: false)
    guard let second = v[1] else { return .complex(re) }
    if case .str = second { throw PyError.make(.typeError, "complex() second arg can't be a string") }
    let im = try complexArgument(second, second: true)
    // complex(a, b) == a + b*1j, computed part by part as CPython does.
    return .complex(Complex(re.real - im.imag, re.imag + im.real))
  }

  private func complexArgument(_ v: Value, second: Bool) throws -> Complex {
    if let z = pythonComplex(v) { return z }
    if let z = extensionComplex(v) { return z }
    if case .object(let o) = v, let f = o.type.lookup("__complex__") {
      if let z = pythonComplex(try callBound(f, v, Arguments([]))) { return z }
    }
    if let d = extensionFloat(v) { return Complex(d) }
    let which = second ? "second" : "first"
    let expected = second ? "a number" : "a string or a number"
    throw PyError.make(.typeError, "complex() \(which) argument must be \(expected), not '\(typeName(v))'")
  }

  /// `z.real`, `z.imag`.
  func complexAttribute(_ z: Complex, _ name: String) -> Value? {
    switch name {
    case "real": return .float(z.real)
    case "imag": return .float(z.imag)
    default: return nil
    }
  }

  /// `z.conjugate()`.
  func complexMethod(_ z: Complex, _ name: String, _ a: Arguments) throws -> Value? {
    guard name == "conjugate" else { return nil }
    if !a.positional.isEmpty || !a.keywords.isEmpty {
      throw PyError.make(.typeError, "complex.conjugate() takes no arguments (\(a.positional.count + a.keywords.count) given)")
    }
    return .complex(z.conjugate)
  }
}

/// `==` between a Python complex and a Python number (nil when neither side is complex).
func complexEquals(_ a: Value, _ b: Value) -> Bool? {
  switch (a, b) {
  case (.complex(let x), .complex(let y)): return x == y
  case (.complex(let z), let other), (let other, .complex(let z)):
    switch other {
    case .int(let i): return z.imag == 0 && pyEquals(.float(z.real), .int(i))
    case .float(let d): return z.imag == 0 && z.real == d
    case .bool(let p): return z.imag == 0 && z.real == (p ? 1 : 0)
    default: return nil
    }
  default: return nil
  }
}
