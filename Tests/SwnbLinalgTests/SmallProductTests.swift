import COpenBLAS
import Foundation
import TestSupport
import Testing

@testable import SwnbLinalg

/// numpy's products of small random operands (Goldens/small_products.json, written by
/// Scripts/goldens/small_products.py): swnb's products must hash to the same bits.
@Suite struct SmallProductTests {
  /// One fixture row: `[kind, m, k, n, seed, scaled, hash]` (see the generator script).
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    let kind: String
    let m: Int
    let k: Int
    let n: Int
    let seed: UInt64
    let scaled: Bool
    let hash: String

    init(from decoder: any Decoder) throws {
      var row = try decoder.unkeyedContainer()
      kind = try row.decode(String.self)
      m = try row.decode(Int.self)
      k = try row.decode(Int.self)
      n = try row.decode(Int.self)
      seed = try row.decode(UInt64.self)
      scaled = try row.decode(Int.self) != 0
      hash = try row.decode(String.self)
    }

    var testDescription: String { "\(kind) \(m)x\(k)x\(n) seed \(seed)" }
  }

  struct Fixture: Decodable {
    let numpy: String
    let cases: [Case]

    static let shared: Fixture? = {
      let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens/small_products.json")
      guard let data = try? Data(contentsOf: url) else { return nil }
      return try? JSONDecoder().decode(Fixture.self, from: data)
    }()
  }

  @Test func fixtureCoversTheKernel() throws {
    let fixture = try #require(Fixture.shared)
    #expect(fixture.numpy.hasPrefix("2.4"))
    #expect(fixture.cases.count >= 600)
    let limit = BLAS.smallProductLimit
    #expect(fixture.cases.contains { [$0.m, $0.k, $0.n].allSatisfy { $0 == limit } || $0.k >= 24 })
  }

  /// The kernel is active wherever OpenBLAS runs Haswell/Zen code (this machine's case).
  @Test func kernelGateFollowsOpenBLASCore() {
    let core = String(cString: openblas_get_corename()).lowercased()
    #expect(BLAS.hasFusedSmallProducts == (core == "haswell" || core == "zen"))
  }

  /// Through the public entry point: the small kernel where it applies, BLAS elsewhere.
  @Test(arguments: Fixture.shared?.cases ?? [])
  func matmulMatchesNumpy(_ golden: Case) {
    #expect(Self.hash(Self.product(golden, kernelOnly: false)) == golden.hash)
  }

  /// The kernel itself on every case it accepts, so the fixture proves it even where the gate
  /// (another OpenBLAS core) would route products to BLAS.
  @Test(arguments: Fixture.shared?.cases ?? [])
  func kernelMatchesNumpy(_ golden: Case) throws {
    let (m, k, n) = (golden.m, golden.k, golden.n)
    guard BLAS.hasFusedSmallProducts, [m, k, n].allSatisfy({ (2...BLAS.smallProductLimit).contains($0) })
    else { return }
    #expect(Self.hash(Self.product(golden, kernelOnly: true)) == golden.hash)
  }

  /// The numpy expression of `golden` computed by swnb.
  private static func product(_ golden: Case, kernelOnly: Bool) -> [Double] {
    let (m, k, n) = (golden.m, golden.k, golden.n)
    var stream = SplitMix64(golden.seed)
    // Buffers in numpy's layout: `first` holds a (or x), `second` holds b when it exists.
    let (firstRows, firstCols): (Int, Int)
    switch golden.kind {
    case "syrkTN": (firstRows, firstCols) = (k, m)
    case "syrkNT": (firstRows, firstCols) = (m, k)
    case "same": (firstRows, firstCols) = (m, m)
    default: (firstRows, firstCols) = golden.kind.first == "t" ? (k, m) : (m, k)
    }
    let first = (0..<firstRows * firstCols).map { _ in stream.value(scaled: golden.scaled) }
    let bTransposed = golden.kind.count == 2 && golden.kind.last == "t"
    let second = (0..<k * n).map { _ in stream.value(scaled: golden.scaled) }
    var out = [Double](repeating: .nan, count: m * n)
    first.withUnsafeBufferPointer { f in
      second.withUnsafeBufferPointer { s in
        let pf = f.baseAddress.unsafelyUnwrapped
        let ps = s.baseAddress.unsafelyUnwrapped
        let a: MatrixView<Double>
        let b: MatrixView<Double>
        switch golden.kind {
        case "syrkTN", "syrkNT", "same":
          let x = MatrixView(start: pf, rows: firstRows, cols: firstCols, rowStride: firstCols, colStride: 1)
          (a, b) = golden.kind == "same" ? (x, x) : golden.kind == "syrkTN" ? (x.transposed, x) : (x, x.transposed)
        default:
          let x = MatrixView(start: pf, rows: firstRows, cols: firstCols, rowStride: firstCols, colStride: 1)
          a = golden.kind.first == "t" ? x.transposed : x
          let y =
            bTransposed
            ? MatrixView(start: ps, rows: n, cols: k, rowStride: k, colStride: 1).transposed
            : MatrixView(start: ps, rows: k, cols: n, rowStride: n, colStride: 1)
          b = y
        }
        out.withUnsafeMutableBufferPointer { o in
          let po = o.baseAddress.unsafelyUnwrapped
          if kernelOnly {
            _ = BLAS.smallMatmul(
              (a.start, a.rowStride, a.colStride), (b.start, b.rowStride, b.colStride), m: m, k: k,
              n: n, into: po)
          } else if !BLAS.smallMatmul(
            (a.start, a.rowStride, a.colStride), (b.start, b.rowStride, b.colStride), m: m, k: k,
            n: n, into: po)
          {
            BLAS.matmul(a, b, into: po)
          }
        }
      }
    }
    return out
  }

  /// FNV-1a over the little-endian bytes of `values` (the fixture's fingerprint).
  private static func hash(_ values: [Double]) -> String {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for v in values {
      var bits = v.bitPattern
      for _ in 0..<8 {
        h = (h ^ (bits & 0xFF)) &* 0x100_0000_01B3
        bits >>= 8
      }
    }
    let text = String(h, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}

/// The fixture's operand stream: uniform [0, 1) values from splitmix64's top 53 bits,
/// optionally scaled by a random power of ten and sign (see Scripts/goldens/small_products.py).
extension SplitMix64 {
  private static let powers = [0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]

  mutating func value(scaled: Bool) -> Double {
    let u = Double(next() >> 11) * 0x1p-53
    guard scaled else { return u }
    let bits = next()
    let v = u * Self.powers[Int(bits % 7)]
    return (bits >> 8) & 1 == 1 ? -v : v
  }
}
