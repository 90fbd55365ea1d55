import Foundation

/// The `math` and `time` modules.
extension Runtime {
  func makeMathModule() -> PyModule {
    var attrs: [String: Value] = [
      "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi), "inf": .float(.infinity),
      "nan": .float(.nan),
    ]
    func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: ((Double) -> Bool)? = nil) {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        let x = try self.requireFloat(try a.exactly(1, name)[0], name)
        if let domain, !domain(x) { throw PyError.make(.valueError, "math domain error") }
        let r = f(x)
        if r.isInfinite && x.isFinite { throw PyError.make(.overflowError, "math range error") }
        return .float(r)
      })
    }
    unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN })
    unary("exp", { Foundation.exp($0) })
    unary("log10", { Foundation.log10($0) }, domain: { $0 > 0 || $0.isNaN })
    unary("log2", { Foundation.log2($0) }, domain: { $0 > 0 || $0.isNaN })
    unary("log1p", { Foundation.log1p($0) }, domain: { $0 > -1 || $0.isNaN })
    unary("expm1", { Foundation.expm1($0) })
    unary("sin", { Foundation.sin($0) }, domain: { !$0.isInfinite })
    unary("cos", { Foundation.cos($0) }, domain: { !$0.isInfinite })
    unary("tan", { Foundation.tan($0) }, domain: { !$0.isInfinite })
    unary("asin", { Foundation.asin($0) }, domain: { abs($0) <= 1 || $0.isNaN })
    unary("acos", { Foundation.acos($0) }, domain: { abs($0) <= 1 || $0.isNaN })
    unary("atan", { Foundation.atan($0) })
    unary("sinh", { Foundation.sinh($0) })
    unary("cosh", { Foundation.cosh($0) })
    unary("tanh", { Foundation.tanh($0) })
    unary("fabs", { abs($0) })
    unary("degrees", { $0 * 180 / Double.pi })
    unary("radians", { $0 * Double.pi / 180 })
    unary("erf", { Foundation.erf($0) })
    unary("erfc", { Foundation.erfc($0) })
    unary("gamma", { Foundation.tgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) })
    unary("lgamma", { Foundation.lgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) })
    unary("asinh", { Foundation.asinh($0) })
    unary("acosh", { Foundation.acosh($0) }, domain: { $0 >= 1 || $0.isNaN })
    unary("atanh", { Foundation.atanh($0) }, domain: { abs($0) < 1 || $0.isNaN })
    unary("cbrt", { Foundation.cbrt($0) })
    unary("exp2", { Foundation.exp2($0) })
    func define(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    define("log") { [unowned self] a in
      guard (1...2).contains(a.positional.count) else {
        throw PyError.make(.typeError, "log expected at least 1 argument, got 0")
      }
      let x = try self.requireFloat(a.positional[0], "log")
      guard x > 0 || x.isNaN else { throw PyError.make(.valueError, "math domain error") }
      if a.positional.count == 2 {
        let b = try self.requireFloat(a.positional[1], "log")
        guard b > 0 else { throw PyError.make(.valueError, "math domain error") }
        let d = Foundation.log(b)
        if d == 0 { throw PyError.make(.zeroDivisionError, "float division by zero") }
        return .float(Foundation.log(x) / d)
      }
      return .float(Foundation.log(x))
    }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
      define(name) { [unowned self] a in
        let v = try a.exactly(1, name)[0]
        if let i = self.intValue(v) { return .int(i) }
        if case .object(let o) = v, let f = o.type.lookup("__\(name)__") { return try self.callBound(f, v, Arguments([])) }
        return .int(try Numbers.toInt(try self.requireFloat(v, name).rounded(rule)))
      }
    }
    define("isqrt") { [unowned self] a in
      let v = try a.exactly(1, "isqrt")[0]
      guard let n = self.intValue(v) else {
        throw PyError.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
      }
      if n < 0 { throw PyError.make(.valueError, "isqrt() argument must be nonnegative") }
      var r = Int(Double(n).squareRoot())
      while r > 0, r.multipliedReportingOverflow(by: r).overflow || r * r > n { r -= 1 }
      while !(r + 1).multipliedReportingOverflow(by: r + 1).overflow, (r + 1) * (r + 1) <= n { r += 1 }
      return .int(r)
    }
    define("isnan") { [unowned self] a in .bool(try self.requireFloat(try a.exactly(1, "isnan")[0], "isnan").isNaN) }
    define("isinf") { [unowned self] a in .bool(try self.requireFloat(try a.exactly(1, "isinf")[0], "isinf").isInfinite) }
    define("isfinite") { [unowned self] a in .bool(try self.requireFloat(try a.exactly(1, "isfinite")[0], "isfinite").isFinite) }
    define("isclose") { [unowned self] a in
      let v = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
      let x = try self.requireFloat(v[0] ?? .none, "isclose")
      let y = try self.requireFloat(v[1] ?? .none, "isclose")
      let rel = try v[2].map { try self.requireFloat($0, "isclose") } ?? 1e-9
      let absTol = try v[3].map { try self.requireFloat($0, "isclose") } ?? 0
      if rel < 0 || absTol < 0 { throw PyError.make(.valueError, "tolerances must be non-negative") }
      if x == y { return .bool(true) }
      if x.isInfinite || y.isInfinite { return .bool(false) }
      let diff = abs(y - x)
      return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
    }
    define("factorial") { [unowned self] a in
      let v = try a.exactly(1, "factorial")[0]
      guard let n = self.intValue(v) else {
        throw PyError.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
      }
      if n < 0 { throw PyError.make(.valueError, "factorial() not defined for negative values") }
      var r = 1
      for k in stride(from: 2, through: n, by: 1) {
        let (p, o) = r.multipliedReportingOverflow(by: k)
        if o { throw Numbers.tooLarge }
        r = p
      }
      return .int(r)
    }
    define("gcd") { [unowned self] a in
      .int(try self.integerMagnitudes(a.positional, "gcd").reduce(0, Runtime.greatestCommonDivisor))
    }
    define("comb") { [unowned self] a in
      let v = try a.exactly(2, "comb")
      let n = try self.requireInt(v[0], "comb")
      var k = try self.requireInt(v[1], "comb")
      if n < 0 || k < 0 { throw PyError.make(.valueError, "\(n < 0 ? "n" : "k") must be a non-negative integer") }
      if k > n { return .int(0) }
      k = min(k, n - k)
      var r = 1
      for i in stride(from: 1, through: k, by: 1) {
        let (p, o) = r.multipliedReportingOverflow(by: n - k + i)
        if o { throw Numbers.tooLarge }
        r = p / i
      }
      return .int(r)
    }
    define("perm") { [unowned self] a in
      guard (1...2).contains(a.positional.count) else {
        throw PyError.make(.typeError, "perm expected at most 2 arguments, got \(a.positional.count)")
      }
      let n = try self.requireInt(a.positional[0], "perm")
      let k = try a.positional.count > 1 && a.positional[1].isNotNone ? self.requireInt(a.positional[1], "perm") : n
      if n < 0 || k < 0 { throw PyError.make(.valueError, "\(n < 0 ? "n" : "k") must be a non-negative integer") }
      if k > n { return .int(0) }
      var r = 1
      for i in stride(from: n - k + 1, through: n, by: 1) {
        let (p, o) = r.multipliedReportingOverflow(by: i)
        if o { throw Numbers.tooLarge }
        r = p
      }
      return .int(r)
    }
    define("prod") { [unowned self] a in
      var r = a.keyword("start") ?? .int(1)
      try self.iterate(a.positional.first ?? .none) { r = try self.binary(.mul, r, $0); return true }
      return r
    }
    define("fsum") { [unowned self] a in .float(try self.exactSum(try self.collect(a.positional.first ?? .none))) }
    define("hypot") { [unowned self] a in
      .float(try a.positional.map { try self.requireFloat($0, "hypot") }.reduce(0) { Foundation.hypot($0, $1) })
    }
    define("atan2") { [unowned self] a in
      let v = try a.exactly(2, "atan2")
      return .float(Foundation.atan2(try self.requireFloat(v[0], "atan2"), try self.requireFloat(v[1], "atan2")))
    }
    define("pow") { [unowned self] a in
      let v = try a.exactly(2, "pow")
      return .float(Foundation.pow(try self.requireFloat(v[0], "pow"), try self.requireFloat(v[1], "pow")))
    }
    define("copysign") { [unowned self] a in
      let v = try a.exactly(2, "copysign")
      return .float(Foundation.copysign(try self.requireFloat(v[0], "copysign"), try self.requireFloat(v[1], "copysign")))
    }
    define("fmod") { [unowned self] a in
      let v = try a.exactly(2, "fmod")
      return .float(Foundation.fmod(try self.requireFloat(v[0], "fmod"), try self.requireFloat(v[1], "fmod")))
    }
    installMoreMath(&attrs)
    return PyModule(name: "math", attributes: attrs)
  }

  /// Shewchuk's exact summation, rounded once as `math.fsum` does (infinities and NaNs are
  /// summed apart, as CPython does).
  private func exactSum(_ items: [Value]) throws -> Double {
    var partials: [Double] = []
    var special = 0.0
    var infinities = 0.0
    for v in items {
      var x = try requireFloat(v, "fsum")
      if !x.isFinite {
        if x.isInfinite { infinities += x }
        special += x
        continue
      }
      var i = 0
      for var y in partials {
        if abs(x) < abs(y) { swap(&x, &y) }
        let hi = x + y
        let lo = y - (hi - x)
        if lo != 0 {
          partials[i] = lo
          i += 1
        }
        x = hi
      }
      partials.removeSubrange(i...)
      if !x.isFinite { throw PyError.make(.overflowError, "intermediate overflow in fsum") }
      partials.append(x)
    }
    if special != 0 || special.isNaN {
      if infinities.isNaN { throw PyError.make(.valueError, "-inf + inf in fsum") }
      return special
    }
    return Self.roundedPartials(partials)
  }

  /// The sum of non-overlapping partials (smallest first), correctly rounded: added from the
  /// top until the sum turns inexact, then CPython's half-even fix across the partials.
  private static func roundedPartials(_ p: [Double]) -> Double {
    var n = p.count
    guard n > 0 else { return 0 }
    n -= 1
    var hi = p[n]
    var lo = 0.0
    while n > 0 {
      let x = hi
      n -= 1
      let y = p[n]
      hi = x + y
      lo = y - (hi - x)
      if lo != 0 { break }
    }
    if n > 0, (lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0) {
      let y = lo * 2
      let x = hi + y
      if y == x - hi { hi = x }
    }
    return hi
  }

  func makeTimeModule() -> PyModule {
    let now: BuiltinFunction.Body = { _ in .float(Date().timeIntervalSince1970) }
    let counter: BuiltinFunction.Body = { _ in .float(Double(DispatchTime.now().uptimeNanoseconds) / 1e9) }
    return PyModule(name: "time", attributes: [
      "time": .builtin(BuiltinFunction("time", now)),
      "perf_counter": .builtin(BuiltinFunction("perf_counter", counter)),
      "monotonic": .builtin(BuiltinFunction("monotonic", counter)),
      "process_time": .builtin(BuiltinFunction("process_time", counter)),
    ])
  }

  /// Imports a module by dotted name: `math`, `time`, `numpy`, `numpy.linalg`, ...
  func importModule(_ name: String) throws -> Value {
    if let m = modules[name] { return .module(m) }
    let module: PyModule
    switch name {
    case "math": module = makeMathModule()
    case "time": module = makeTimeModule()
    case "random": module = makePythonRandomModule()
    case "itertools": module = makeItertoolsModule()
    case "dataclasses": module = makeDataclassesModule()
    case "copy": module = makeCopyModule()
    case "string": module = makeStringModule()
    case "operator": module = makeOperatorModule()
    case "warnings": module = makeWarningsModule()
    case "collections": module = try makeScriptedModule(name, source: Runtime.collectionsSource, factory: "__swnb_collections")
    case "heapq": module = try makeScriptedModule(name, source: Runtime.heapqSource, factory: "__swnb_heapq")
    case "bisect": module = try makeScriptedModule(name, source: Runtime.bisectSource, factory: "__swnb_bisect")
    case "functools": module = try makeScriptedModule(name, source: Runtime.functoolsSource, factory: "__swnb_functools")
    case "json": module = try makeScriptedModule(name, source: Runtime.jsonSource, factory: "__swnb_json")
    case "statistics":
      let exact = BuiltinFunction("_exact") { [unowned self] a in try self.statisticsExact(&a) }
      module = try makeScriptedModule(name, source: Runtime.statisticsSource, factory: "__swnb_statistics", natives: [.builtin(exact)])
    default:
      guard let m = try makeExtensionModule(name) else {
        // Python imports the parent package first, so a missing package names itself.
        if let dot = name.firstIndex(of: ".") { _ = try importModule(String(name[..<dot])) }
        throw PyError.make(.moduleNotFoundError, "No module named '\(name)'")
      }
      module = m
    }
    modules[name] = module
    return .module(module)
  }
}
