import SwnbPrinting

/// Scalar-level conversions with numpy's setitem/astype ('unsafe') semantics.
enum Cast {
  /// A scalar as bool: numbers by `!= 0`, strings by non-emptiness (numpy's str -> bool).
  static func toBool(_ value: Scalar) throws -> Bool {
    switch value {
    case .bool(let b): b
    case .int(let i): i != 0
    case .float(let d): d != 0
    case .complex(let z): z != .zero
    case .str(let s): !s.isEmpty
    }
  }

  /// A Python value as numpy stores it into an integer array: through Python's `int()`,
  /// then checked against the target range.
  static func pythonInt(_ value: Scalar, in range: ClosedRange<Int64>, name: String) throws -> Int64
  {
    let i: Int64
    switch value {
    case .float(let d):
      if d.isNaN { throw ArrayError(.valueError, "cannot convert float NaN to integer") }
      if d.isInfinite {
        throw ArrayError(.overflowError, "cannot convert float infinity to integer")
      }
      guard d > -9.223_372_036_854_775_809e18 && d < 9.223_372_036_854_775_808e18 else {
        throw ArrayError(.overflowError, "Python int too large to convert to C long")
      }
      i = Int64(d)
    default:
      i = try toInt64(value)
    }
    guard range.contains(i) else {
      throw ArrayError(.overflowError, "Python integer \(i) out of bounds for \(name)")
    }
    return i
  }

  /// `text` cut to at most `width` Unicode scalars (numpy counts code points).
  static func fitted(_ text: String, width: Int) -> String {
    text.unicodeScalars.count > width
      ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(width))) : text
  }

  /// A scalar as Int64 with numpy's unsafe cast for floats; strings parse as Python's `int()`.
  static func toInt64(_ value: Scalar) throws -> Int64 {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return i
    case .float(let d): return Int64.cast(from: d)
    case .complex:
      throw ArrayError(
        .typeError, "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
    case .str(let s):
      guard let i = Int64(s.trimmingSpaces) else {
        throw ArrayError(
          .valueError, "invalid literal for int() with base 10: \(PythonString.repr(s))")
      }
      return i
    }
  }

  /// A scalar as Double; strings parse as Python's `float()`.
  static func toDouble(_ value: Scalar) throws -> Double {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .complex:
      throw ArrayError(.typeError, "float() argument must be a string or a real number, not 'complex'")
    case .str(let s):
      guard let d = parseFloat(s) else {
        throw ArrayError(.valueError, "could not convert string to float: \(PythonString.repr(s))")
      }
      return d
    }
  }

  /// A scalar as numpy's `astype(str)` text (`True`, `3`, `1.5`, `1e+20`, `nan`).
  static func toText(_ value: Scalar) -> String {
    switch value {
    case .bool(let b): b ? "True" : "False"
    case .int(let i): String(i)
    case .float(let d): PythonFloat.repr(d)
    case .complex(let z): PythonFloat.complexRepr(z.real, z.imag)
    case .str(let s): s
    }
  }

  /// A scalar stored into a complex128 array: numbers widen, strings parse as a real
  /// number (`complex('1+2j')` text is not supported here).
  static func toComplex(_ value: Scalar) throws -> Complex {
    if case .complex(let z) = value { return z }
    if case .str(let s) = value, parseFloat(s) == nil {
      throw ArrayError(.valueError, "complex() arg is a malformed string")
    }
    return Complex(try toDouble(value))
  }

  /// Python's `float(str)` for the common spellings (digits, exponents, inf, nan).
  static func parseFloat(_ s: String) -> Double? {
    let t = s.trimmingSpaces.lowercased()
    switch t {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    // Swift also reads hexadecimal ("0x1p3"), which Python's float() rejects.
    default: return t.isEmpty || t.contains("x") ? nil : Double(t)
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s.removeFirst() }
    while let c = s.last, c.isWhitespace { s.removeLast() }
    return String(s)
  }
}
