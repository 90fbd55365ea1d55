import Foundation
import SwnbArray

/// numpy's bin-width estimators for `np.histogram(a, bins='auto')` and the other named rules
/// ('fd', 'doane', 'scott', 'rice', 'sturges', 'sqrt'), with numpy's formulas.
extension Runtime {
  /// The estimator names numpy accepts ('stone' is left out).
  static let histogramEstimators: Set<String> = ["auto", "fd", "doane", "scott", "rice", "sturges", "sqrt"]

  /// The number of equal-width bins rule `name` picks for `data` (already trimmed to
  /// `first...last`), as numpy's `_get_bin_edges`: `ceil((last - first) / width)`, or 1 for
  /// empty data or a zero width; integer data never gets bins narrower than 1.
  func estimatedBinCount(_ name: String, _ data: NDArray, first: Double, last: Double) throws -> Int {
    guard data.size > 0 else { return 1 }
    var width = try binWidth(name, data)
    guard width != 0, !width.isNaN else { return 1 }
    if data.dtype.isInteger && width < 1 { width = 1 }
    let count = ((last - first) / width).rounded(.up)
    guard count.isFinite, count < 1e8 else {
      throw PyError.make(.valueError, "Too many bins for data range. Cannot create \(count) finite-sized bins.")
    }
    return Int(count)
  }

  private func binWidth(_ name: String, _ x: NDArray) throws -> Double {
    var warnings: [ArrayWarning] = []
    defer { warn(warnings) }
    let values = x.contiguousFloat64()
    let n = Double(x.size)
    let ptp = (values.max() ?? 0) - (values.min() ?? 0)
    func std() throws -> Double {
      try engine { try x.std(warnings: &warnings).item().doubleValue }
    }
    func fd() throws -> Double {
      let quartiles = try engine {
        try x.percentile(.array(NDArray(float64: [75, 25], shape: [2]))).contiguousFloat64()
      }
      return 2.0 * (quartiles[0] - quartiles[1]) * pow(n, -1.0 / 3.0)
    }
    let sturges = ptp / (log2(n) + 1.0)
    let sqrtWidth = ptp / n.squareRoot()
    switch name {
    case "sqrt": return sqrtWidth
    case "sturges": return sturges
    case "rice": return ptp / (2.0 * pow(n, 1.0 / 3))
    case "scott": return pow(24.0 * pow(Double.pi, 0.5) / n, 1.0 / 3.0) * (try std())
    case "fd": return try fd()
    case "doane":
      guard x.size > 2 else { return 0 }
      let sg1 = (6.0 * (n - 2) / ((n + 1.0) * (n + 3))).squareRoot()
      let sigma = try std()
      guard sigma > 0 else { return 0 }
      let g1: Double = try engine {
        let mean = try x.mean(warnings: &warnings)
        let centred = try NDArray.apply(.subtract, .array(x), .array(mean), warnings: &warnings)
        let scaled = try NDArray.apply(.trueDivide, .array(centred), .python(.float(sigma)), warnings: &warnings)
        let cubed = try NDArray.apply(.power, .array(scaled), .python(.int(3)), warnings: &warnings)
        return try cubed.mean(warnings: &warnings).item().doubleValue
      }
      return ptp / (1.0 + log2(n) + log2(1.0 + abs(g1) / sg1))
    default:
      return min(max(try fd(), sqrtWidth / 2), sturges)
    }
  }
}
