/// The resolution of an index tuple against an array: a view for the basic part and, for
/// advanced indexing, the buffer positions to gather or scatter.
struct IndexPlan {
  /// Advanced selection: `offsets` in gather order (broadcast index dims first, then the
  /// remaining axes); `permutation` turns that order into numpy's result layout.
  struct Advanced {
    var offsets: [Int]
    var gatherShape: [Int]
    var permutation: [Int]
  }

  /// One advanced index applied to `axes` of `view` (the first is original axis
  /// `originalAxis`). Integer arrays hold positions along their single axis; a boolean mask
  /// over several axes is stored as `isDelta` buffer offsets of its true elements.
  private struct ArrayIndex {
    var axes: [Int]
    var originalAxis: Int
    var positions: NDArray
    var isDelta = false
    var itemPosition: Int
  }

  /// The basic-indexed view; advanced axes are kept whole in it.
  var view: NDArray
  var advanced: Advanced?
  /// True when the index was one boolean mask and nothing else (numpy words its
  /// assignment error differently then).
  var singleMask = false

  init(_ array: NDArray, _ items: [IndexItem]) throws {
    let expanded = try Self.expand(items, ndim: array.ndim)
    if items.count == 1, case .boolMask = items[0] { singleMask = true }
    var builder = ViewBuilder(array, advanced: expanded.contains { $0.isArray })
    for (position, item) in expanded.enumerated() {
      switch item {
      case .int(let i): try builder.addInt(i, position)
      case .slice(let start, let stop, let step): try builder.addSlice(start, stop, step)
      case .newAxis: builder.addNewAxis()
      case .boolMask(let mask): try builder.addMask(mask, position)
      case .intArray(let positions): builder.addArray(positions, position)
      case .ellipsis: preconditionFailure("IndexPlan: ellipsis survived expansion")
      }
    }
    view = array.view(shape: builder.shape, strides: builder.strides, offset: builder.offset)
    if builder.hasAdvanced { advanced = try Self.resolve(view, builder.indices) }
  }

  /// Walks the index items over the array's axes, building the basic view and collecting the
  /// advanced indices (whose axes stay whole in the view).
  private struct ViewBuilder {
    let array: NDArray
    let hasAdvanced: Bool
    var shape: [Int] = []
    var strides: [Int] = []
    var offset: Int
    var indices: [ArrayIndex] = []
    /// The next axis of `array` to index.
    var axis = 0

    init(_ array: NDArray, advanced: Bool) {
      self.array = array
      self.hasAdvanced = advanced
      self.offset = array.offset
    }

    /// An integer drops its axis, or acts as a 0-d index array next to advanced indices.
    mutating func addInt(_ i: Int, _ position: Int) throws {
      let n = array.shape[axis]
      guard i >= -n && i < n else { throw ArrayError.indexOutOfBounds(i, axis: axis, size: n) }
      if hasAdvanced {
        addArray(NDArray(int64: [Int64(i)], shape: []), position)
        return
      }
      offset += (i < 0 ? i + n : i) * array.strides[axis]
      axis += 1
    }

    mutating func addSlice(_ start: Int?, _ stop: Int?, _ step: Int?) throws {
      let stride = array.strides[axis]
      let s = try ResolvedSlice(start: start, stop: stop, step: step, length: array.shape[axis])
      if s.count > 0 { offset += s.start * stride }
      shape.append(s.count)
      strides.append(s.count > 1 ? stride * s.step : stride)
      axis += 1
    }

    mutating func addNewAxis() {
      shape.append(1)
      strides.append(0)
    }

    /// A mask keeps its axes whole and records the offsets of its true elements.
    mutating func addMask(_ mask: NDArray, _ position: Int) throws {
      try IndexPlan.checkMask(mask, array.shape, from: axis)
      let maskStrides = Array(array.strides[axis..<(axis + mask.ndim)])
      let deltas = IndexPlan.trueOffsets(mask, strides: maskStrides)
      indices.append(
        ArrayIndex(
          axes: Array(shape.count..<(shape.count + mask.ndim)), originalAxis: axis,
          positions: NDArray(int64: deltas, shape: [deltas.count]), isDelta: true,
          itemPosition: position))
      shape += mask.shape
      strides += maskStrides
      axis += mask.ndim
    }

    mutating func addArray(_ positions: NDArray, _ position: Int) {
      indices.append(
        ArrayIndex(
          axes: [shape.count], originalAxis: axis, positions: positions, itemPosition: position))
      shape.append(array.shape[axis])
      strides.append(array.strides[axis])
      axis += 1
    }
  }

  /// Validates the item list and replaces the ellipsis (or the missing tail) with full slices;
  /// integer-typed and 0-d boolean arrays are normalised.
  private static func expand(_ items: [IndexItem], ndim: Int) throws -> [IndexItem] {
    var normalized: [IndexItem] = []
    for item in items {
      switch item {
      case .intArray(let a) where a.dtype == .bool, .boolMask(let a) where a.dtype == .bool:
        if a.ndim == 0 {
          // numpy: a 0-d boolean index adds an axis of length 1 (True) or 0 (False).
          normalized.append(.newAxis)
          normalized.append(.boolMask(a.view(shape: [1], strides: [0])))
        } else {
          normalized.append(.boolMask(a))
        }
      case .intArray(let a), .boolMask(let a):
        guard a.dtype.isInteger || (a.size == 0 && a.dtype.isNumeric) else {
          throw ArrayError(
            .indexError, "arrays used as indices must be of integer (or boolean) type")
        }
        normalized.append(.intArray(a))
      default:
        normalized.append(item)
      }
    }
    let ellipses = normalized.filter { if case .ellipsis = $0 { true } else { false } }.count
    if ellipses > 1 {
      throw ArrayError(.indexError, "an index can only have a single ellipsis ('...')")
    }
    let consumed = normalized.reduce(0) { $0 + $1.consumedAxes }
    if consumed > ndim { throw ArrayError.tooManyIndices(ndim: ndim, indexed: consumed) }
    let fill = [IndexItem](repeating: .all, count: ndim - consumed)
    if let e = normalized.firstIndex(where: { if case .ellipsis = $0 { true } else { false } }) {
      normalized.replaceSubrange(e...e, with: fill)
    } else {
      normalized += fill
    }
    return normalized
  }

  static func checkMask(_ mask: NDArray, _ shape: [Int], from axis: Int) throws {
    for k in 0..<mask.ndim where mask.shape[k] != shape[axis + k] {
      throw ArrayError(
        .indexError,
        "boolean index did not match indexed array along axis \(axis + k); size of axis is "
          + "\(shape[axis + k]) but size of corresponding boolean axis is \(mask.shape[k])")
    }
  }

  /// The buffer offsets (under `strides`) of a mask's true elements in C order: the
  /// combined contribution of numpy's `nonzero` coordinates along the masked axes.
  static func trueOffsets(_ mask: NDArray, strides: [Int]) -> [Int64] {
    var result: [Int64] = []
    guard case .bool(let flags) = mask.storage else { return result }
    StridedLoop.forEach(shape: mask.shape, strides, 0, mask.strides, mask.offset) { p, q in
      if flags.base[q] { result.append(Int64(p)) }
    }
    return result
  }

  /// Broadcasts the index arrays, checks bounds and lists the selected buffer positions.
  private static func resolve(_ view: NDArray, _ indices: [ArrayIndex]) throws -> Advanced {
    let broadcastShape = try indexShape(indices)
    let advancedAxes = Set(indices.flatMap(\.axes))
    let restAxes = view.shape.indices.filter { !advancedAxes.contains($0) }
    let restShape = restAxes.map { view.shape[$0] }
    let gatherShape = broadcastShape + restShape
    let total = try Shape.checkedSize(gatherShape)
    // The position list costs 8 bytes per selected element; refuse what cannot be allocated.
    if total > 1 << 32 { throw ArrayError.memory(shape: gatherShape, dtype: view.dtype) }
    let restOffsets = NDArray(
      storage: view.storage, dtype: view.dtype, shape: restShape,
      strides: restAxes.map { view.strides[$0] }
    ).offsets()
    var offsets: [Int] = []
    offsets.reserveCapacity(total)
    for base in try bases(view, indices, broadcastShape) {
      for r in restOffsets { offsets.append(base + r) }
    }
    return Advanced(
      offsets: offsets, gatherShape: gatherShape,
      permutation: permutation(indices, view, broadcastShape.count, restAxes))
  }

  /// The broadcast shape of all index arrays.
  /// - Throws: `IndexError` "shape mismatch: indexing arrays could not be broadcast together
  ///   with shapes (2,) (3,) ".
  private static func indexShape(_ indices: [ArrayIndex]) throws -> [Int] {
    do {
      return try Shape.broadcast(indices.map(\.positions.shape))
    } catch {
      // numpy lists one (count,) shape per axis of a mask (its nonzero() arrays).
      let shapes = indices.map {
        String(repeating: Shape.compactText($0.positions.shape) + " ", count: $0.axes.count)
      }.joined()
      throw ArrayError(
        .indexError,
        "shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes)")
    }
  }

  /// For each position of the broadcast index shape, the buffer offset the advanced indices
  /// select (before the remaining axes are added).
  /// - Throws: `IndexError` "index 5 is out of bounds for axis 1 with size 3".
  private static func bases(_ view: NDArray, _ indices: [ArrayIndex], _ shape: [Int]) throws
    -> [Int]
  {
    var bases = [Int](repeating: view.offset, count: Shape.size(shape))
    for index in indices {
      let values = try index.positions.broadcastView(to: shape).gathered(as: Int64.self)
      if index.isDelta {
        for (b, v) in values.enumerated() { bases[b] += Int(v) }
        continue
      }
      let n = view.shape[index.axes[0]]
      let stride = view.strides[index.axes[0]]
      for (b, v) in values.enumerated() {
        guard v >= -Int64(n) && v < Int64(n) else {
          throw ArrayError.indexOutOfBounds(Int(v), axis: index.originalAxis, size: n)
        }
        bases[b] += Int(v < 0 ? v + Int64(n) : v) * stride
      }
    }
    return bases
  }

  /// numpy's placement rule: advanced indices next to each other in the index keep their
  /// place in the result; separated ones (by a slice or newaxis) move to the front.
  private static func permutation(
    _ indices: [ArrayIndex], _ view: NDArray, _ nB: Int, _ restAxes: [Int]
  ) -> [Int] {
    let positions = Set(indices.map(\.itemPosition)).sorted()
    let adjacent = (positions.last ?? 0) - (positions.first ?? 0) == positions.count - 1
    let identity = Array(0..<(nB + restAxes.count))
    guard adjacent, let firstAxis = indices.flatMap(\.axes).min() else { return identity }
    let pre = restAxes.filter { $0 < firstAxis }.count
    return Array(nB..<(nB + pre)) + Array(0..<nB) + Array((nB + pre)..<(nB + restAxes.count))
  }
}
