import Foundation
import SwnbRandom

/// Python's `random` module state: CPython's Mersenne Twister use (init_by_array seeding,
/// 53-bit `random()`, `getrandbits`-based `_randbelow`).
struct PythonRandom {
  var mt = MT19937(keyArray: [0])
  var gaussNext: Double?

  /// `random.seed(n)`: the absolute value's 32-bit words, least significant first.
  mutating func seed(_ n: Int) {
    var magnitude = n.magnitude
    var key: [UInt32] = []
    repeat {
      key.append(UInt32(truncatingIfNeeded: magnitude))
      magnitude >>= 32
    } while magnitude > 0
    mt = MT19937(keyArray: key)
    gaussNext = nil
  }

  mutating func random() -> Double {
    let a = Double(mt.next32() >> 5)
    let b = Double(mt.next32() >> 6)
    return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
  }

  mutating func bits(_ k: Int) -> UInt64 {
    if k <= 32 { return UInt64(mt.next32() >> UInt32(32 - k)) }
    var result: UInt64 = 0
    var remaining = k
    var shift: UInt64 = 0
    while remaining > 0 {
      var r = UInt64(mt.next32())
      if remaining < 32 { r >>= UInt64(32 - remaining) }
      result |= r << shift
      shift += 32
      remaining -= 32
    }
    return result
  }

  /// CPython's `_randbelow_with_getrandbits(n)`, n > 0.
  mutating func below(_ n: Int) -> Int {
    let k = Int.bitWidth - n.leadingZeroBitCount
    var r = bits(k)
    while r >= UInt64(n) { r = bits(k) }
    return Int(r)
  }

  mutating func gauss(_ mu: Double, _ sigma: Double) -> Double {
    var z = gaussNext ?? .nan
    if gaussNext == nil {
      let x2pi = random() * 2 * Double.pi
      let g2rad = (-2.0 * log(1.0 - random())).squareRoot()
      z = cos(x2pi) * g2rad
      gaussNext = sin(x2pi) * g2rad
    } else {
      gaussNext = nil
    }
    return mu + z * sigma
  }
}

extension Runtime {
  func makePythonRandomModule() -> PyModule {
    var attrs: [String: Value] = [:]
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    def("seed") { [unowned self] a in
      let v = try a.bind("seed", ["a"])
      if let s = v[0], !s.isNone { self.pythonRandom.seed(try self.requireInt(s, "seed")) } else {
        self.pythonRandom.seed(Int(DispatchTime.now().uptimeNanoseconds & 0x7fff_ffff))
      }
      return .none
    }
    def("random") { [unowned self] _ in .float(self.pythonRandom.random()) }
    def("uniform") { [unowned self] a in
      let v = try a.exactly(2, "uniform")
      let lo = try self.requireFloat(v[0], "uniform")
      let hi = try self.requireFloat(v[1], "uniform")
      return .float(lo + (hi - lo) * self.pythonRandom.random())
    }
    def("randint") { [unowned self] a in
      let v = try a.exactly(2, "randint")
      return .int(try self.randrange(try self.requireInt(v[0], "randint"), try self.requireInt(v[1], "randint") + 1, 1))
    }
    def("randrange") { [unowned self] a in
      let p = try a.positional.map { try self.requireInt($0, "randrange") }
      switch p.count {
      case 1: return .int(try self.randrange(0, p[0], 1))
      case 2: return .int(try self.randrange(p[0], p[1], 1))
      case 3: return .int(try self.randrange(p[0], p[1], p[2]))
      default: throw PyError.make(.typeError, "randrange expected at least 1 argument, got 0")
      }
    }
    def("choice") { [unowned self] a in
      let items = try self.collect(try a.exactly(1, "choice")[0])
      guard !items.isEmpty else { throw PyError.make(.indexError, "Cannot choose from an empty sequence") }
      return items[self.pythonRandom.below(items.count)]
    }
    def("shuffle") { [unowned self] a in
      guard case .list(let l) = try a.exactly(1, "shuffle")[0] else {
        throw PyError.make(.typeError, "shuffle() argument must be a list")
      }
      for i in stride(from: l.items.count - 1, to: 0, by: -1) {
        l.items.swapAt(i, self.pythonRandom.below(i + 1))
      }
      return .none
    }
    def("sample") { [unowned self] a in
      let v = try a.bind("sample", ["population", "k"], required: 2)
      return .list(PyList(try self.sample(try self.collect(v[0] ?? .none), try self.requireInt(v[1] ?? .none, "sample"))))
    }
    def("gauss") { [unowned self] a in
      let v = try a.bind("gauss", ["mu", "sigma"])
      let mu = try v[0].map { try self.requireFloat($0, "gauss") } ?? 0
      let sigma = try v[1].map { try self.requireFloat($0, "gauss") } ?? 1
      return .float(self.pythonRandom.gauss(mu, sigma))
    }
    return PyModule(name: "random", attributes: attrs)
  }

  private func randrange(_ start: Int, _ stop: Int, _ step: Int) throws -> Int {
    guard step != 0 else { throw PyError.make(.valueError, "zero step for randrange()") }
    let (span, overflow) = stop.subtractingReportingOverflow(start)
    if overflow { throw Numbers.tooLarge }
    let n = step > 0 ? (span + step - 1) / step : (span + step + 1) / step
    guard n > 0 else { throw PyError.make(.valueError, "empty range in randrange(\(start), \(stop))") }
    return start + step * pythonRandom.below(n)
  }

  /// CPython's `random.sample`: a pool for small populations, rejection from a set otherwise.
  private func sample(_ population: [Value], _ k: Int) throws -> [Value] {
    let n = population.count
    guard k >= 0 && k <= n else { throw PyError.make(.valueError, "Sample larger than population or is negative") }
    var setSize = 21
    if k > 5 { setSize += Int(pow(4.0, (log(Double(k * 3)) / log(4.0)).rounded(.up))) }
    var result: [Value] = []
    if n <= setSize {
      var pool = population
      for i in 0..<k {
        let j = pythonRandom.below(n - i)
        result.append(pool[j])
        pool[j] = pool[n - i - 1]
      }
      return result
    }
    var selected: Set<Int> = []
    for _ in 0..<k {
      var j = pythonRandom.below(n)
      while selected.contains(j) { j = pythonRandom.below(n) }
      selected.insert(j)
      result.append(population[j])
    }
    return result
  }
}
