import Foundation
import SwnbPrinting

/// Python's built-in functions.
extension Runtime {
  func installBuiltins() {
    builtins["None"] = Value.none
    builtins["NotImplemented"] = .builtin(BuiltinFunction("NotImplemented") { _ in .none })
    builtins["Ellipsis"] = .ellipsis
    installIntrospectionBuiltins()
    define("print") { [unowned self] a in try self.builtinPrint(a) }
    define("len") { [unowned self] a in .int(try self.length(try a.exactly(1, "len")[0])) }
    define("repr") { [unowned self] a in .str(try self.repr(try a.exactly(1, "repr")[0])) }
    define("ascii") { [unowned self] a in .str(asciiEscaped(try self.repr(try a.exactly(1, "ascii")[0]))) }
    define("abs") { [unowned self] a in try self.absolute(try a.exactly(1, "abs")[0]) }
    define("isinstance") { [unowned self] a in
      let v = try a.exactly(2, "isinstance")
      return .bool(try self.isInstance(v[0], spec: v[1]))
    }
    define("issubclass") { [unowned self] a in
      let v = try a.exactly(2, "issubclass")
      guard case .type(let t) = v[0] else { throw PyError.make(.typeError, "issubclass() arg 1 must be a class") }
      let boolIsInt = t === self.types["bool"]
      return .bool(try self.typeSpec(v[1]).contains { t.isSubtype(of: $0) || (boolIsInt && $0 === self.types["int"]) })
    }
    define("callable") { a in
      switch try a.exactly(1, "callable")[0] {
      case .function, .builtin, .boundMethod, .type: return .bool(true)
      case .object(let o): return .bool(o.type.lookup("__call__") != nil)
      default: return .bool(false)
      }
    }
    define("id") { a in
      let v = try a.exactly(1, "id")[0]
      switch v {
      case .list(let l): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(l).hashValue)))
      case .object(let o): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue)))
      default: return .int((try? HashKey(v).hashValue) ?? 0)
      }
    }
    define("hash") { [unowned self] a in
      .int(try self.pythonHash(try a.exactly(1, "hash")[0]))
    }
    define("chr") { [unowned self] a in
      let i = try self.requireInt(try a.exactly(1, "chr")[0], "chr")
      guard let u = Unicode.Scalar(UInt32(clamping: max(0, i))), i >= 0 else {
        throw PyError.make(.valueError, "chr() arg not in range(0x110000)")
      }
      return .str(String(Character(u)))
    }
    define("ord") { a in
      guard case .str(let s) = try a.exactly(1, "ord")[0] else {
        throw PyError.make(.typeError, "ord() expected string of length 1, but \(typeName(a.positional[0])) found")
      }
      guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
        throw PyError.make(.typeError, "ord() expected a character, but string of length \(s.unicodeScalars.count) found")
      }
      return .int(Int(u.value))
    }
    define("input") { _ in throw PyError.make(.osError, "input() is not available in a notebook cell") }
    installFileBuiltins()
    define("format") { [unowned self] a in
      let v = try a.bind("format", ["value", "format_spec"], required: 1)
      let spec = try v[1].map { try self.requireString($0, "format() argument 2 must be str, not \(typeName($0))") } ?? ""
      return .str(try self.format(v[0] ?? .none, spec))
    }
    define("divmod") { [unowned self] a in
      let v = try a.exactly(2, "divmod")
      if case .float = v[0], self.floatValue(v[1]) == 0 { throw PyError.make(.zeroDivisionError, "float divmod()") }
      if case .float(0) = v[1], self.floatValue(v[0]) != nil { throw PyError.make(.zeroDivisionError, "float divmod()") }
      return .tuple([try self.binary(.floorDiv, v[0], v[1]), try self.binary(.mod, v[0], v[1])])
    }
    define("pow") { [unowned self] a in
      let v = try a.bind("pow", ["base", "exp", "mod"], required: 2)
      if let m = v[2], !m.isNone { return try self.modularPower(v[0] ?? .none, v[1] ?? .none, m) }
      return try self.binary(.pow, v[0] ?? .none, v[1] ?? .none)
    }
    define("round") { [unowned self] a in try self.builtinRound(a) }
    define("hasattr") { [unowned self] a in
      let v = try a.exactly(2, "hasattr")
      let name = try self.requireString(v[1], "attribute name must be string")
      do { _ = try self.getAttribute(v[0], name); return .bool(true) } catch let e as PyError {
        if self.exceptionObject(e).type.isSubtype(of: self.exceptionType(.attributeError)) { return .bool(false) }
        throw e
      }
    }
    define("getattr") { [unowned self] a in
      try a.noKeywords("getattr")
      guard a.positional.count == 2 || a.positional.count == 3 else {
        throw PyError.make(.typeError, "getattr expected 2 or 3 arguments, got \(a.positional.count)")
      }
      let name = try self.requireString(a.positional[1], "attribute name must be string")
      do { return try self.getAttribute(a.positional[0], name) } catch let e as PyError {
        if a.positional.count == 3,
          self.exceptionObject(e).type.isSubtype(of: self.exceptionType(.attributeError))
        {
          return a.positional[2]
        }
        throw e
      }
    }
    define("setattr") { [unowned self] a in
      let v = try a.exactly(3, "setattr")
      try self.setAttribute(v[0], try self.requireString(v[1], "attribute name must be string"), v[2])
      return .none
    }
    define("delattr") { [unowned self] a in
      let v = try a.exactly(2, "delattr")
      try self.deleteAttribute(v[0], try self.requireString(v[1], "attribute name must be string"))
      return .none
    }
    installIterationBuiltins()
    installReductionBuiltins()
  }

  private func builtinPrint(_ a: Arguments) throws -> Value {
    var sep = " "
    var end = "\n"
    var target: Value?
    for (k, v) in a.keywords {
      switch k {
      case "sep": if case .str(let s) = v { sep = s } else if case .none = v {} else {
          throw PyError.make(.typeError, "sep must be None or a string, not \(typeName(v))")
        }
      case "end": if case .str(let s) = v { end = s } else if case .none = v {} else {
          throw PyError.make(.typeError, "end must be None or a string, not \(typeName(v))")
        }
      case "flush": continue
      case "file": if !v.isNone { target = v }
      default: throw PyError.make(.typeError, "'\(k)' is an invalid keyword argument for print()")
      }
    }
    let text = try a.positional.map { try str($0) }.joined(separator: sep) + end
    if let target { _ = try callMethod(target, "write", Arguments([.str(text)])) } else { write(text) }
    return .none
  }

  func absolute(_ v: Value) throws -> Value {
    switch v {
    case .int(let i):
      if i == Int.min { throw Numbers.tooLarge }
      return .int(abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(abs(d))
    case .complex(let z): return .float(try PythonComplex.absolute(z))
    default:
      if let r = try extensionUnaryFunction("absolute", v) { return r }
      if case .object(let o) = v, let f = o.type.lookup("__abs__") { return try callBound(f, v, Arguments([])) }
      throw PyError.make(.typeError, "bad operand type for abs(): '\(typeName(v))'")
    }
  }

  private func builtinRound(_ a: Arguments) throws -> Value {
    let v = try a.bind("round", ["number", "ndigits"], required: 1)
    let x = v[0] ?? .none
    var digits: Int?
    if let n = v[1] { if case .none = n {} else { digits = try requireInt(n, "round") } }
    switch x {
    case .int(let iv):
      guard let n = digits, n < 0 else { return .int(iv) }
      if n < -18 { return .int(0) }
      let p = Int(Foundation.pow(10.0, Double(-n)))
      let q = try Numbers.floorDiv(iv, p)
      let r = iv - q * p
      let up = r > p - r || (r == p - r && q % 2 != 0)
      let (result, overflow) = (up ? q + 1 : q).multipliedReportingOverflow(by: p)
      if overflow { throw Numbers.tooLarge }
      return .int(result)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d):
      guard let n = digits else { return .int(try Numbers.roundToInt(d)) }
      return .float(Numbers.round(d, digits: n))
    default:
      if let r = try extensionRound(x, digits) { return r }
      if case .object(let o) = x, let f = o.type.lookup("__round__") {
        return try callBound(f, x, Arguments(digits.map { [.int($0)] } ?? []))
      }
      throw PyError.make(.typeError, "type \(typeName(x)) doesn't define __round__ method")
    }
  }

  func typeSpec(_ spec: Value) throws -> [PyType] {
    switch spec {
    case .type(let t): return [t]
    case .tuple(let items): return try items.flatMap { try typeSpec($0) }
    default:
      throw PyError.make(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
  }

  func isInstance(_ v: Value, spec: Value) throws -> Bool {
    try typeSpec(spec).contains { isInstance(v, $0) }
  }
}
