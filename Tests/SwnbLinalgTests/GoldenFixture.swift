import Foundation
import Testing

@testable import SwnbLinalg

/// One array of a golden fixture: a shape and base64 of the little-endian float64 bytes (NaN,
/// inf and -0.0 survive exactly).
struct GoldenTensor: Decodable, Sendable {
  let shape: [Int]
  let data: String

  var values: [Double] {
    let bytes = [UInt8](Data(base64Encoded: data) ?? Data())
    return stride(from: 0, to: bytes.count - 7, by: 8).map { start in
      var bits: UInt64 = 0
      for k in 0..<8 { bits |= UInt64(bytes[start + k]) << (8 * k) }
      return Double(bitPattern: bits)
    }
  }
  var matrix: Matrix {
    Matrix(rows: shape.first ?? 0, cols: shape.count > 1 ? shape[1] : 1, elements: values)
  }
}

/// numpy's exception for a case.
struct GoldenError: Decodable, Sendable, Equatable {
  let kind: String
  let message: String
}

/// One numpy call recorded by Scripts/goldens/linalg.py.
struct GoldenCase: Decodable, Sendable, CustomTestStringConvertible {
  let id: String
  let fn: String
  let params: [String: String]
  let inputs: [String: String]
  let outputs: [String: GoldenTensor]?
  let error: GoldenError?
  /// 0 for a bit-exact comparison, else a relative tolerance (`why` explains it).
  let tol: Double
  /// Whether `tol` is relative to the largest expected magnitude of an output.
  let normwise: Bool
  let why: String?

  var testDescription: String { id }
}

/// The fixture file: shared inputs plus the cases.
struct GoldenFile: Decodable, Sendable {
  let numpy: String
  let inputs: [String: GoldenTensor]
  let cases: [GoldenCase]

  static let shared: GoldenFile? = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens/linalg.json")
    guard let data = try? Data(contentsOf: url) else { return nil }
    return try? JSONDecoder().decode(GoldenFile.self, from: data)
  }()
}

/// A computed output: shape and values, compared against the golden tensor.
struct Output {
  let shape: [Int]
  let values: [Double]

  init(_ m: Matrix) {
    shape = [m.rows, m.cols]
    values = m.elements
  }
  init(vector: [Double]) {
    shape = [vector.count]
    values = vector
  }
  init(scalar: Double) {
    shape = []
    values = [scalar]
  }
}
