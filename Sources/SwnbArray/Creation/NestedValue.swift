/// A Python value as the interpreter hands it to `np.array`: a scalar or a (nested) list.
public indirect enum NestedValue: Equatable, Sendable {
  case scalar(Scalar)
  case list([NestedValue])
}

extension NDArray {
  /// numpy's `np.array(value, dtype=...)`: shape discovery, dtype inference, element casting.
  ///
  /// The dtype, when not given, is the promotion of every leaf's type (bool < int64 < float64;
  /// strings with numbers give a string wide enough for the numbers' text). Empty lists give
  /// float64.
  /// - Throws: `ValueError` "setting an array element with a sequence. The requested array has
  ///   an inhomogeneous shape after 1 dimensions. ..." for ragged input; cast failures.
  public static func array(_ value: NestedValue, dtype: DType? = nil) throws -> NDArray {
    var discovery = ShapeDiscovery()
    discovery.visit(value, depth: 0)
    if discovery.ragged {
      throw ArrayError(
        .valueError,
        "setting an array element with a sequence. The requested array has an inhomogeneous "
          + "shape after \(discovery.dims.count) dimensions. The detected shape was "
          + "\(Shape.text(discovery.dims)) + inhomogeneous part.")
    }
    var leaves: [Scalar] = []
    collect(value, into: &leaves)
    var target = dtype ?? inferDType(leaves)
    if target == .unicode(0) {
      target = .unicode(max(leaves.map { Cast.toText($0).unicodeScalars.count }.max() ?? 1, 1))
    }
    return try fromScalars(leaves, shape: discovery.dims, dtype: target)
  }

  /// A C-contiguous array of `shape` from C-ordered scalars, cast to `dtype`.
  ///
  /// - Throws: `ValueError` when a string does not parse as the numeric dtype.
  public static func fromScalars(_ values: [Scalar], shape: [Int], dtype: DType) throws -> NDArray {
    let result = try NDArray(zeros: shape, dtype: dtype)
    let width = dtype.unicodeWidth
    for (i, v) in values.enumerated() { try result.storage.store(v, at: i, width: width) }
    return result
  }

  /// The elements as nested lists of scalars (numpy's `tolist()`); a 0-d array gives a scalar.
  public func toNested() -> NestedValue {
    let flat = scalars()
    var position = 0
    return nest(flat, axis: 0, &position)
  }

  private func nest(_ flat: [Scalar], axis: Int, _ position: inout Int) -> NestedValue {
    if axis == ndim {
      defer { position += 1 }
      return .scalar(flat[position])
    }
    return .list((0..<shape[axis]).map { _ in nest(flat, axis: axis + 1, &position) })
  }

  private static func collect(_ value: NestedValue, into leaves: inout [Scalar]) {
    switch value {
    case .scalar(let s): leaves.append(s)
    case .list(let items): for item in items { collect(item, into: &leaves) }
    }
  }

  private static func inferDType(_ leaves: [Scalar]) -> DType {
    guard var result = leaves.first?.inferredDType else { return .float64 }
    for leaf in leaves.dropFirst() { result = DType.promote(result, leaf.inferredDType) }
    return result
  }
}

/// numpy's shape discovery for nested sequences: the dimensions agreed by every branch, and
/// whether some branch disagreed (a ragged array).
private struct ShapeDiscovery {
  var dims: [Int] = []
  /// Depth at which a scalar (or an empty list's contents) was seen: no list may be deeper.
  var maxDepth = Int.max
  var ragged = false

  mutating func visit(_ value: NestedValue, depth: Int) {
    switch value {
    case .scalar:
      if depth < dims.count { truncate(to: depth) } else { maxDepth = min(maxDepth, depth) }
    case .list(let items):
      if depth >= maxDepth || depth > dims.count {
        truncate(to: depth)
        return
      }
      if depth == dims.count {
        dims.append(items.count)
      } else if dims[depth] != items.count {
        truncate(to: depth)
        return
      }
      for item in items { visit(item, depth: depth + 1) }
      if items.isEmpty { maxDepth = min(maxDepth, depth + 1) }
    }
  }

  private mutating func truncate(to depth: Int) {
    ragged = true
    if depth < dims.count { dims.removeLast(dims.count - depth) }
    maxDepth = min(maxDepth, depth)
  }
}
