import Foundation

/// The rest of `math`: lcm, remainder, modf, frexp, ldexp (libm behind each, as CPython's).
extension Runtime {
  func installMoreMath(_ attrs: inout [String: Value]) {
    func define(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    define("lcm") { [unowned self] a in
      var l = 1
      for v in a.positional {
        let raw = try self.requireInt(v, "lcm")
        if raw == Int.min { throw Numbers.tooLarge }
        let x = abs(raw)
        if x == 0 || l == 0 {
          l = 0
          continue
        }
        var (g, y) = (l, x)
        while y != 0 { (g, y) = (y, g % y) }
        let (p, o) = (l / g).multipliedReportingOverflow(by: x)
        if o { throw Numbers.tooLarge }
        l = p
      }
      return .int(l)
    }
    define("remainder") { [unowned self] a in
      let v = try a.exactly(2, "remainder")
      let x = try self.requireFloat(v[0], "remainder")
      let y = try self.requireFloat(v[1], "remainder")
      if x.isNaN || y.isNaN { return .float(.nan) }
      if x.isInfinite || y == 0 { throw PyError.make(.valueError, "math domain error") }
      return .float(Foundation.remainder(x, y))
    }
    define("modf") { [unowned self] a in
      let x = try self.requireFloat(try a.exactly(1, "modf")[0], "modf")
      if x.isInfinite { return .tuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)]) }
      let whole = x.rounded(.towardZero)
      return .tuple([.float(x.isNaN ? x : Double(signOf: x, magnitudeOf: abs(x - whole))), .float(whole)])
    }
    define("frexp") { [unowned self] a in
      let x = try self.requireFloat(try a.exactly(1, "frexp")[0], "frexp")
      guard x.isFinite, x != 0 else { return .tuple([.float(x), .int(0)]) }
      let r = Foundation.frexp(x)
      return .tuple([.float(r.0), .int(r.1)])
    }
    define("ldexp") { [unowned self] a in
      let v = try a.exactly(2, "ldexp")
      let x = try self.requireFloat(v[0], "ldexp")
      guard let e = self.intValue(v[1]) else {
        throw PyError.make(.typeError, "Expected an int as second argument to ldexp.")
      }
      let r = Foundation.scalbn(x, Int(clamping: max(-1_000_000, min(1_000_000, e))))
      if r.isInfinite && x.isFinite { throw PyError.make(.overflowError, "math range error") }
      return .float(r)
    }
  }
}
