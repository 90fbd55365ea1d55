import Foundation

/// The rest of `math`: lcm, remainder, modf, frexp, ldexp (libm behind each, as CPython's),
/// and gamma/lgamma of positive arguments by CPython's own Lanczos formulas.
extension Runtime {
  /// `math.gcd`/`math.lcm`'s arguments as magnitudes (each must be an int; |Int.min| is too large).
  func integerMagnitudes(_ values: [Value], _ name: String) throws -> [Int] {
    try values.map { v in
      let raw = try requireInt(v, name)
      if raw == Int.min { throw Numbers.tooLarge }
      return abs(raw)
    }
  }

  /// Euclid's greatest common divisor of two magnitudes (gcd(0, x) = x).
  static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }

  func installMoreMath(_ attrs: inout [String: Value]) {
    func define(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    for (name, positive, libm) in [("gamma", LanczosGamma.gamma, Foundation.tgamma), ("lgamma", LanczosGamma.logGamma, Foundation.lgamma)] {
      define(name) { [unowned self] a in
        let x = try self.requireFloat(try a.exactly(1, name)[0], name)
        if x <= 0 && x == x.rounded() { throw PyError.make(.valueError, "math domain error") }
        let r = x > 0 && x.isFinite ? positive(x) : libm(x)
        if r.isInfinite && x.isFinite { throw PyError.make(.overflowError, "math range error") }
        return .float(r)
      }
    }
    define("lcm") { [unowned self] a in
      var l = 1
      for x in try self.integerMagnitudes(a.positional, "lcm") {
        if x == 0 || l == 0 {
          l = 0
          continue
        }
        let g = Runtime.greatestCommonDivisor(l, x)
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
      // Swift's `frexp` overlay drops the sign of the mantissa: build it from the parts.
      let mantissa = Double(signOf: x, magnitudeOf: x.significand / 2)
      return .tuple([.float(mantissa), .int(x.exponent + 1)])
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

/// Lanczos' approximation with CPython's coefficients (g = 6.02468..., N = 13), as
/// `math.gamma` and `math.lgamma` compute it for positive arguments.
private enum LanczosGamma {
  static let g = 6.024680040776729583740234375
  static let gMinusHalf = 5.524680040776729583740234375
  static let numerator: [Double] = [
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
  ]
  /// x(x+1)...(x+11) expanded.
  static let denominator: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
    1925.0, 66.0, 1.0,
  ]

  /// The rational sum, in 1/x for x ≥ 5 so that neither polynomial overflows.
  static func sum(_ x: Double) -> Double {
    var (num, den) = (0.0, 0.0)
    if x < 5 {
      for i in stride(from: numerator.count - 1, through: 0, by: -1) {
        num = num * x + numerator[i]
        den = den * x + denominator[i]
      }
    } else {
      for i in 0..<numerator.count {
        num = num / x + numerator[i]
        den = den / x + denominator[i]
      }
    }
    return num / den
  }

  /// Γ(x) for x > 0: exact factorials up to 23, then Lanczos with the rounding-error correction
  /// of x + g - 1/2.
  static func gamma(_ x: Double) -> Double {
    if x == x.rounded(), x <= 23 {
      var f = 1.0
      var k = 2.0
      while k < x {
        f *= k
        k += 1
      }
      return f
    }
    if x < 1e-20 { return 1 / x }
    if x > 200 { return .infinity }
    let y = x + gMinusHalf
    let error = x > gMinusHalf ? (y - x) - gMinusHalf : (y - gMinusHalf) - x
    let z = error * g / y
    var r = sum(x) / Foundation.exp(y)
    r += z * r
    if x < 140 {
      r *= Foundation.pow(y, x - 0.5)
    } else {
      let half = Foundation.pow(y, x / 2 - 0.25)
      r *= half
      r *= half
    }
    return r
  }

  /// log Γ(x) for x > 0.
  static func logGamma(_ x: Double) -> Double {
    if x == x.rounded(), x <= 2 { return 0 }
    if x < 1e-20 { return -Foundation.log(x) }
    var r = Foundation.log(sum(x)) - g
    r += (x - 0.5) * (Foundation.log(x + g - 0.5) - 1)
    return r
  }
}
