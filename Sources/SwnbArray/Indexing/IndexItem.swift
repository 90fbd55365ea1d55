/// One entry of a numpy index tuple: `a[1, 2:5, None, ..., mask, [0, 2]]`.
public enum IndexItem {
  /// An integer: selects one position and drops the axis (negative counts from the end).
  case int(Int)
  /// A Python slice `start:stop:step`; nil parts take Python's defaults.
  case slice(start: Int?, stop: Int?, step: Int?)
  /// `None` / `np.newaxis`: inserts an axis of length 1.
  case newAxis
  /// `...`: as many full slices as needed.
  case ellipsis
  /// A boolean array selecting the positions where it is true (advanced: copies).
  case boolMask(NDArray)
  /// An integer array of positions (advanced, "fancy" indexing: copies).
  case intArray(NDArray)

  /// The full slice `:`.
  public static var all: IndexItem { .slice(start: nil, stop: nil, step: nil) }

  /// True for the items that make numpy use advanced indexing.
  var isArray: Bool {
    switch self {
    case .boolMask, .intArray: true
    default: false
    }
  }

  /// Number of array axes the item consumes.
  var consumedAxes: Int {
    switch self {
    case .int, .slice, .intArray: 1
    case .boolMask(let m): m.ndim
    case .newAxis, .ellipsis: 0
    }
  }
}

/// A slice resolved against an axis length, as Python's `slice.indices(n)` plus the count.
struct ResolvedSlice: Equatable {
  var start: Int
  var step: Int
  var count: Int

  /// - Throws: `ValueError` "slice step cannot be zero".
  init(start: Int?, stop: Int?, step: Int?, length n: Int) throws {
    let step = step ?? 1
    if step == 0 { throw ArrayError(.valueError, "slice step cannot be zero") }
    let (lower, upper) = step > 0 ? (0, n) : (-1, n - 1)
    func clamp(_ v: Int?, _ fallback: Int) -> Int {
      guard let v else { return fallback }
      if v < 0 { return v < -n ? lower : Swift.max(v + n, lower) }
      return Swift.min(v, upper)
    }
    let first = clamp(start, step > 0 ? lower : upper)
    let last = clamp(stop, step > 0 ? upper : lower)
    var count = 0
    if step > 0 && last > first {
      count = Int((UInt(last - first) - 1) / step.magnitude) + 1
    } else if step < 0 && first > last {
      count = Int((UInt(first - last) - 1) / step.magnitude) + 1
    }
    self.start = first
    self.step = step
    self.count = count
  }
}
