import Foundation
import Testing

@testable import SwnbRandom

/// A summarised numpy stream from Scripts/goldens/random.py: head values, values at a few
/// indices, and a checksum (the sum mod 2**64 of the integers, or of the doubles' bit
/// patterns, so any changed bit shows).
struct StreamSummary: Codable, Sendable {
  let kind: String
  let n: Int
  let head: [String]
  let at: [String: String]
  let sum: String
}

/// One seeded call and the summary of what numpy returned.
struct StreamCase: Codable, Sendable, CustomTestStringConvertible {
  let id: String
  let seed: [Int]
  let seedIsArray: Bool
  let op: String
  let args: [String]
  let kind: String
  let n: Int
  let head: [String]
  let at: [String: String]
  let sum: String

  var testDescription: String { id }
  var summary: StreamSummary { StreamSummary(kind: kind, n: n, head: head, at: at, sum: sum) }

  func int(_ index: Int) -> Int64 { Int64(args[index]) ?? Int64.min }
  func flag(_ index: Int) -> Bool { args[index] == "True" }
  func probabilities(_ index: Int) -> [Double]? {
    args[index].isEmpty ? nil : args[index].split(separator: ",").compactMap { Double($0) }
  }
}

struct LegacyGoldens: Codable {
  let cases: [StreamCase]
  let notebook: [String: [String]]
}

struct BitGeneratorGolden: Codable, Sendable, CustomTestStringConvertible {
  let seed: [Int]
  let seedIsArray: Bool
  let pool: [String]
  let state32: [String]
  let state64: [String]
  let mt19937: StreamSummary
  var testDescription: String { "\(seedIsArray ? "\(seed)" : "\(seed[0])")" }
}

struct GeneratorGoldens: Codable {
  let cases: [StreamCase]
  let bitGenerators: [BitGeneratorGolden]
}

struct ErrorGoldens: Codable {
  let errors: [String: [String]]
  let quiet: [String: [String]]
}

enum Goldens {
  static func load<T: Decodable>(_ name: String, as type: T.Type) -> T? {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens").appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(T.self, from: data)
  }

  static let legacy = load("legacy.json", as: LegacyGoldens.self)
  static let generator = load("generator.json", as: GeneratorGoldens.self)
  static let errors = load("errors.json", as: ErrorGoldens.self)
  static let ziggurat = load("ziggurat.json", as: [String: [String]].self)
}

/// Parses a `float.hex()` string exactly.
func hexDouble(_ text: String) -> Double? {
  Double(text)
}

/// Checks a stream of doubles against its summary, bit for bit.
func expectStream(_ values: [Double], _ golden: StreamSummary, _ label: String) {
  #expect(golden.kind == "f64", "\(label): kind")
  #expect(values.count == golden.n, "\(label): count")
  guard values.count == golden.n else { return }
  for (i, text) in golden.head.enumerated() {
    #expect(
      values[i].bitPattern == hexDouble(text)?.bitPattern, "\(label)[\(i)]: \(values[i]) vs \(text)"
    )
  }
  for (key, text) in golden.at {
    if let i = Int(key) {
      #expect(values[i].bitPattern == hexDouble(text)?.bitPattern, "\(label)[\(i)]")
    }
  }
  var total: UInt64 = 0
  for value in values { total = total &+ value.bitPattern }
  #expect(String(total) == golden.sum, "\(label): bit-pattern checksum")
}

/// Checks a stream of integers against its summary exactly.
func expectStream(_ values: [Int64], _ golden: StreamSummary, _ label: String) {
  #expect(golden.kind == "i64", "\(label): kind")
  #expect(values.count == golden.n, "\(label): count")
  guard values.count == golden.n else { return }
  #expect(values.prefix(golden.head.count).map(String.init) == golden.head, "\(label): head")
  for (key, text) in golden.at {
    if let i = Int(key) { #expect(String(values[i]) == text, "\(label)[\(i)]") }
  }
  var total: UInt64 = 0
  for value in values { total = total &+ UInt64(bitPattern: value) }
  #expect(String(total) == golden.sum, "\(label): sum")
}
