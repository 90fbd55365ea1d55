import Testing

@testable import SwnbRandom

@Suite struct GeneratorTests {
  static let cases = Goldens.generator?.cases ?? []
  static let bitGenerators = Goldens.generator?.bitGenerators ?? []

  @Test func goldensAreLoaded() {
    #expect(Self.cases.count > 100)
    #expect(Self.bitGenerators.count > 5)
  }

  static func seedSequence(_ seed: [Int], isArray: Bool) throws -> SeedSequence {
    isArray ? try SeedSequence(entropy: seed) : try SeedSequence(entropy: seed[0])
  }

  @Test(arguments: cases)
  func streamMatchesNumpy(_ c: StreamCase) throws {
    let g = Generator(seedSequence: try Self.seedSequence(c.seed, isArray: c.seedIsArray))
    switch c.op {
    case "raw64":
      var bits = g.bitGenerator
      expectStream((0..<c.n).map { _ in Int64(bitPattern: bits.next64()) }, c.summary, c.id)
    case "random": expectStream(try g.random(count: c.n), c.summary, c.id)
    case "standard_normal": expectStream(try g.standardNormal(count: c.n), c.summary, c.id)
    case "normal": expectStream(try g.normal(loc: -1, scale: 3, count: c.n), c.summary, c.id)
    case "uniform": expectStream(try g.uniform(low: 2, high: 5, count: c.n), c.summary, c.id)
    case "integers":
      let values = try g.integers(low: c.int(0), high: c.int(1), count: c.n, endpoint: c.flag(2))
      expectStream(values, c.summary, c.id)
    case "permutation":
      expectStream(g.permutation(Int(c.int(0))).map { Int64($0) }, c.summary, c.id)
    case "choice":
      let picked = try g.choice(
        .integer(Int(c.int(0))), count: Int(c.int(1)), replace: c.flag(2),
        p: c.probabilities(3), shuffle: c.flag(4))
      expectStream(picked.map { Int64($0) }, c.summary, c.id)
    case "mixed": expectStream(try Self.mixed(g), c.summary, c.id)
    case "dist": try expectDistribution(g, c)
    case "vector": try expectVector(g, c)
    case "dtype":
      let dtype = try #require(IntegerDType(rawValue: c.args[2]))
      let values = try g.integers(
        low: c.int(0), high: c.int(1), count: c.n, endpoint: c.flag(3), dtype: dtype)
      expectStream(values, c.summary, c.id)
    case "zero_multinomial": try expectZeroMultinomial(g, c)
    case "zero_binomial":
      let values = try g.binomial(n: 0, p: 0.5, count: 2).map(Double.init)
      expectStream(values + (try g.random(count: 2)), c.summary, c.id)
    default: Issue.record("unknown op \(c.op)")
    }
  }

  /// Mirrors `mixed` in random.py: buffered 32-bit halves interleave with 64-bit draws.
  static func mixed(_ g: Generator) throws -> [Double] {
    var out = try g.integers(low: 0, high: 10, count: 3).map(Double.init)
    out += try g.random(count: 2)
    out.append(Double(try g.integers(low: 0, high: 10)))
    out += try g.integers(low: 0, high: 1 << 40, count: 2).map(Double.init)
    out.append(Double(try g.integers(low: 0, high: 7)))
    out += try g.standardNormal(count: 3)
    return out
  }

  @Test(arguments: bitGenerators)
  func seedSequenceMatchesNumpy(_ golden: BitGeneratorGolden) throws {
    let sequence = try Self.seedSequence(golden.seed, isArray: golden.seedIsArray)
    #expect(sequence.pool.map { String($0) } == golden.pool)
    #expect(sequence.generateState(words: 10).map { String($0) } == golden.state32)
    #expect(sequence.generateState64(words: 3).map { String($0) } == golden.state64)
    var mt = MT19937(seedSequence: sequence)
    let raw = (0..<golden.mt19937.n).map { _ in Int64(mt.next32()) }
    expectStream(raw, golden.mt19937, "MT19937(\(golden.testDescription))")
  }

  @Test func scalarDrawsContinueTheArrayStream() throws {
    let a = try Generator(seed: 9)
    let b = try Generator(seed: 9)
    let array = try a.random(count: 2) + (try a.standardNormal(count: 2))
    let scalars = [b.random(), b.random(), b.standardNormal(), b.standardNormal()]
    #expect(array == scalars)
    #expect(try a.integers(low: 0, high: 9) == (try b.integers(low: 0, high: 9, count: 1))[0])
  }

  @Test func shuffleMatchesPermutation() throws {
    var values = Array(0..<40)
    try Generator(seed: 2).shuffle(&values)
    #expect(values == (try Generator(seed: 2).permutation(40)))
  }

  @Test func choiceWithoutReplacementIsDistinct() throws {
    let g = try Generator(seed: 4)
    for (pop, size) in [(5, 5), (30, 29), (20_000, 500), (20_000, 20_000)] {
      let picked = try g.choice(.integer(pop), count: size, replace: false)
      #expect(Set(picked).count == size && picked.allSatisfy { (0..<pop).contains($0) })
    }
  }

  @Test func entropySeedingGivesAUsableStream() throws {
    let values = try Generator(seed: nil).random(count: 50)
    #expect(values.count == 50 && values.allSatisfy { (0..<1).contains($0) })
  }
}
