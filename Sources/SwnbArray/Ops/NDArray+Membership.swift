/// numpy's `isin`.
extension NDArray {
  /// numpy's `isin(element, test_elements, invert=)`: a bool array shaped like this one,
  /// true where an element equals any of `tests` (compared as numpy's `==` compares them:
  /// integers exactly, mixed numbers as float64 so NaN never matches, strings never equal
  /// numbers).
  public func isin(_ tests: NDArray, invert: Bool = false) -> NDArray {
    let values = scalars()
    let found: [Bool]
    switch (dtype.isUnicode, tests.dtype.isUnicode) {
    case (true, true):
      let set = Set(tests.gatheredStrings())
      found = gatheredStrings().map { set.contains($0) }
    case (false, false) where !dtype.isFloat && !tests.dtype.isFloat:
      let set = Set(tests.scalars().map(\.exactInteger))
      found = values.map { set.contains($0.exactInteger) }
    case (false, false):
      let set = Set(tests.scalars().map(\.doubleValue))
      found = values.map { set.contains($0.doubleValue) }
    default:
      found = Array(repeating: false, count: values.count)
    }
    return NDArray(bool: invert ? found.map { !$0 } : found, shape: shape)
  }
}

extension Scalar {
  // The value of a bool or integer scalar as Int64 (others are not passed here).
  fileprivate var exactInteger: Int64 {
    switch self {
    case .bool(let b): b ? 1 : 0
    case .int(let i): i
    case .float(let x): Int64(exactly: x) ?? 0
    case .complex, .str: 0
    }
  }
}
