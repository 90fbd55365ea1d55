import Foundation
import TestSupport

@testable import SwnbArray

/// The golden cases of Scripts/goldens/array_ops.py, loaded once.
struct OpsGoldens: Sendable {
  struct Case: Sendable, CustomStringConvertible {
    let id: String
    let fn: String
    let raw: GoldenJSON
    var description: String { id }
  }

  static let shared: OpsGoldens = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens/array_ops.json")
    guard let root = GoldenJSON.load(url) else { return OpsGoldens(inputs: [:], cases: []) }
    var inputs: [String: GoldenJSON] = [:]
    if case .object(let o) = root["inputs"] { inputs = o }
    let cases = root["cases"].array.map {
      Case(id: $0["id"].string ?? "?", fn: $0["fn"].string ?? "?", raw: $0)
    }
    return OpsGoldens(inputs: inputs, cases: cases)
  }()

  let inputs: [String: GoldenJSON]
  let cases: [Case]

  /// The ids of cases whose function is in `fns`.
  static func cases(for fns: Set<String>) -> [Case] {
    shared.cases.filter { fns.contains($0.fn) }
  }
}

/// Builds operands and checks results against a golden case.
enum GoldenIO {
  /// An operand of a case: an array (by reference into "inputs") or a Python scalar.
  static func operand(_ spec: GoldenJSON) throws -> Operand {
    if spec["none"].bool == true { return .python(.str("None")) }
    if let kind = spec["py"].string, let v = spec["v"].string {
      switch kind {
      case "bool": return .python(.bool(v == "1"))
      case "int": return .python(.int(Int64(v) ?? 0))
      default: return .python(.float(Double(v) ?? .nan))
      }
    }
    guard let ref = spec["ref"].string, let input = OpsGoldens.shared.inputs[ref] else {
      throw GoldenError.bad("operand \(spec)")
    }
    return .array(try array(input))
  }

  static func array(_ spec: GoldenJSON) throws -> NDArray {
    if let a = spec["a"].present {
      let shape = a["shape"].ints
      guard let dname = a["dtype"].string, let dtype = DType(name: dname),
        let data = a["data"].string
      else { throw GoldenError.bad("array \(a)") }
      let words = data.split(separator: " ").map(String.init)
      return view(try make(words, dtype: dtype, shape: shape), a["view"])
    }
    let g = spec["gen"]
    let shape = g["shape"].ints
    guard let dname = g["dtype"].string, let dtype = DType(name: dname), let seed = g["seed"].int
    else { throw GoldenError.bad("gen \(spec)") }
    let scale = g["scale"].int ?? 0
    let n = shape.reduce(1, *)
    let values: [Double] = (0..<n).map { i in
      let m = (UInt64(i) &* 2_654_435_761 &+ UInt64(seed) &* 40503) % (1 << 32)
      return (Double(m) - 2_147_483_648.0) * 1.1 / 1024.0
        * Double(sign: .plus, exponent: scale, significand: 1)
    }
    let base: NDArray
    switch dtype {
    case .float32: base = NDArray(values: values.map { Float($0) }, shape: shape, dtype: .float32)
    case .int64: base = NDArray(int64: values.map { Int64($0) }, shape: shape)
    default: base = NDArray(float64: values, shape: shape)
    }
    return view(base, g["view"])
  }

  static func make(_ words: [String], dtype: DType, shape: [Int]) throws -> NDArray {
    switch dtype {
    case .bool: return NDArray(bool: words.map { $0 == "1" }, shape: shape)
    case .uint8: return NDArray(values: words.map { UInt8($0) ?? 0 }, shape: shape, dtype: .uint8)
    case .int32: return NDArray(values: words.map { Int32($0) ?? 0 }, shape: shape, dtype: .int32)
    case .int64: return NDArray(int64: words.map { Int64($0) ?? 0 }, shape: shape)
    case .float32:
      return NDArray(values: words.map { Float(Double($0) ?? .nan) }, shape: shape, dtype: .float32)
    default: return NDArray(float64: words.map { Double($0) ?? .nan }, shape: shape)
    }
  }

  /// Applies a golden view spec: per-axis Python slices, then an optional transpose.
  static func view(_ a: NDArray, _ spec: GoldenJSON) -> NDArray {
    if spec.isNull { return a }
    var (shape, strides, offset) = (a.shape, a.strides, a.offset)
    for (axis, s) in spec["slices"].array.enumerated() {
      let parts = s.array
      let step = parts.count > 2 ? (parts[2].int ?? 1) : 1
      let n = shape[axis]
      func clampIndex(_ v: GoldenJSON?, _ dflt: Int) -> Int {
        guard let v = v?.int else { return dflt }
        let w = v < 0 ? v + n : v
        return step > 0 ? min(max(w, 0), n) : min(max(w, -1), n - 1)
      }
      let start = clampIndex(parts.first, step > 0 ? 0 : n - 1)
      let stop = clampIndex(parts.count > 1 ? parts[1] : nil, step > 0 ? n : -1)
      let count =
        step > 0
        ? max(0, (stop - start + step - 1) / step) : max(0, (start - stop - step - 1) / -step)
      offset += start * strides[axis]
      shape[axis] = count
      strides[axis] *= step
    }
    if spec["transpose"].bool == true {
      shape.reverse()
      strides.reverse()
    }
    return a.view(shape: shape, strides: strides, offset: offset)
  }

  /// Compares `actual` with an expected array result; returns a failure description or nil.
  static func mismatch(_ actual: NDArray, _ expected: GoldenJSON, ulp: Int) -> String? {
    let shape = expected["shape"].ints
    guard let dname = expected["dtype"].string, let data = expected["data"].string
    else { return "expected is not an array: \(expected)" }
    if actual.dtype.name != dname { return "dtype \(actual.dtype.name) != \(dname)" }
    if actual.shape != shape { return "shape \(actual.shape) != \(shape)" }
    let words = data.split(separator: " ").map(String.init)
    let got = actual.scalars()
    for (i, (g, w)) in zip(got, words).enumerated() {
      if !same(g, w, float32: actual.dtype == .float32, ulp: ulp) {
        return "element \(i): \(g) != \(w)"
      }
    }
    return got.count == words.count ? nil : "count \(got.count) != \(words.count)"
  }

  static func same(_ g: Scalar, _ w: String, float32: Bool, ulp: Int) -> Bool {
    switch g {
    case .bool(let b): return (b ? "1" : "0") == w
    case .int(let i): return String(i) == w
    case .float(let d):
      guard let e = Double(w) else { return false }
      if d.isNaN || e.isNaN { return d.isNaN && e.isNaN }
      if d.bitPattern == e.bitPattern { return true }
      guard ulp > 0, d.sign == e.sign else { return false }
      let diff =
        float32
        ? Int(Float(d).bitPattern) - Int(Float(e).bitPattern)
        : Int(truncatingIfNeeded: d.bitPattern &- e.bitPattern)
      return Swift.abs(diff) <= ulp
    case .complex: return false
    case .str(let s): return s == w
    }
  }
}

enum GoldenError: Error {
  case bad(String)
}
