/// Shape-changing views: reshape, ravel, transpose, swapaxes, moveaxis, expand_dims, squeeze,
/// broadcast_to, flip.
extension NDArray {
  /// `a.reshape(shape)`; one entry may be negative (numpy's "unknown" dimension).
  ///
  /// A view whenever numpy's no-copy rule allows it (every group of merged or split axes is
  /// contiguous); otherwise the elements are copied in C order first.
  /// - Throws: `ValueError` "cannot reshape array of size 6 into shape (4,)",
  ///   "can only specify one unknown dimension".
  public func reshaped(_ newShape: [Int]) throws -> NDArray {
    let unknown = newShape.indices.filter { newShape[$0] < 0 }
    if unknown.count > 1 { throw ArrayError(.valueError, "can only specify one unknown dimension") }
    var resolved = newShape
    let known = try Shape.checkedSize(newShape.filter { $0 >= 0 })
    if let u = unknown.first {
      guard known > 0, size % known == 0 else { throw reshapeError(newShape) }
      resolved[u] = size / known
    } else if known != size {
      throw reshapeError(newShape)
    }
    if size == 0 || isContiguous {
      return view(shape: resolved, strides: Shape.contiguousStrides(resolved))
    }
    if let s = stridesWithoutCopy(for: resolved) { return view(shape: resolved, strides: s) }
    let base = try copy()
    return base.view(shape: resolved, strides: Shape.contiguousStrides(resolved))
  }

  // Mirrors numpy's `_attempt_nocopy_reshape` (C order): each group of old axes that multiplies
  // to a group of new axes must itself be contiguous; the new axes then take strides inside it.
  private func stridesWithoutCopy(for newShape: [Int]) -> [Int]? {
    let kept = shape.indices.filter { shape[$0] != 1 }
    let oldDims = kept.map { shape[$0] }
    let oldStrides = kept.map { strides[$0] }
    var newStrides = [Int](repeating: 0, count: newShape.count)
    var (oi, oj, ni, nj) = (0, 1, 0, 1)
    while ni < newShape.count && oi < oldDims.count {
      var np = newShape[ni]
      var op = oldDims[oi]
      while np != op {
        if np < op {
          guard nj < newShape.count else { return nil }
          np *= newShape[nj]
          nj += 1
        } else {
          guard oj < oldDims.count else { return nil }
          op *= oldDims[oj]
          oj += 1
        }
      }
      for ok in oi..<(oj - 1) where oldStrides[ok] != oldDims[ok + 1] * oldStrides[ok + 1] {
        return nil
      }
      newStrides[nj - 1] = oldStrides[oj - 1]
      for nk in stride(from: nj - 1, to: ni, by: -1) {
        newStrides[nk - 1] = newStrides[nk] * newShape[nk]
      }
      ni = nj
      nj += 1
      oi = oj
      oj += 1
    }
    let last = ni >= 1 ? newStrides[ni - 1] : 1
    for nk in ni..<newShape.count { newStrides[nk] = last }
    return newStrides
  }

  private func reshapeError(_ newShape: [Int]) -> ArrayError {
    // numpy drops leading unknown entries and names inner ones "newaxis".
    let start = newShape.firstIndex { $0 >= 0 } ?? newShape.count
    let parts = newShape[start...].map { $0 < 0 ? "newaxis" : String($0) }
    let text =
      newShape.count == 1 && !parts.isEmpty
      ? "(\(parts[0]),)" : "(" + parts.joined(separator: ",") + ")"
    return ArrayError(.valueError, "cannot reshape array of size \(size) into shape \(text)")
  }

  /// `a.ravel()`: a 1-D view when C-contiguous, else a copy (numpy copies even strided 1-D
  /// views here, unlike `reshape(-1)`).
  public func raveled() throws -> NDArray {
    let base = isContiguous ? self : try copy()
    return base.view(shape: [size], strides: [1])
  }

  /// `a.flatten()`: always a 1-D copy.
  public func flattened() throws -> NDArray {
    try copy().view(shape: [size], strides: [1])
  }

  /// `a.T`: the axes reversed (a view).
  public var T: NDArray {
    switch ndim {
    case 0, 1: return self
    // A matrix: shared small shapes (`Shape.pair`), no generic reversal.
    case 2:
      return view(
        shape: Shape.pair(shape[1], shape[0]), strides: Shape.pair(strides[1], strides[0]))
    default: return view(shape: shape.reversed(), strides: strides.reversed())
    }
  }

  /// `a.transpose(axes)`: axis i of the result is axis `axes[i]` (negative allowed); nil
  /// reverses. A view.
  /// - Throws: `ValueError` "axes don't match array", "repeated axis in transpose"; `AxisError`.
  public func transposed(_ axes: [Int]? = nil) throws -> NDArray {
    guard let axes else { return T }
    guard axes.count == ndim else { throw ArrayError(.valueError, "axes don't match array") }
    let order = try axes.map { try Shape.normalizeAxis($0, ndim: ndim) }
    if Set(order).count != order.count {
      throw ArrayError(.valueError, "repeated axis in transpose")
    }
    return permuted(order)
  }

  /// `np.swapaxes(a, axis1, axis2)` (a view).
  /// - Throws: `AxisError` "axis2: axis 2 is out of bounds for array of dimension 2".
  public func swapaxes(_ axis1: Int, _ axis2: Int) throws -> NDArray {
    let a = try Shape.normalizeAxis(axis1, ndim: ndim, argument: "axis1")
    let b = try Shape.normalizeAxis(axis2, ndim: ndim, argument: "axis2")
    var order = Array(0..<ndim)
    order.swapAt(a, b)
    return permuted(order)
  }

  /// `np.moveaxis(a, source, destination)` for one axis (a view).
  public func moveaxis(_ source: Int, _ destination: Int) throws -> NDArray {
    let s = try Shape.normalizeAxis(source, ndim: ndim, argument: "source")
    let d = try Shape.normalizeAxis(destination, ndim: ndim, argument: "destination")
    var order = Array(0..<ndim).filter { $0 != s }
    order.insert(s, at: d)
    return permuted(order)
  }

  /// `np.expand_dims(a, axis)`: a length-1 axis inserted at `axis` of the result (a view).
  public func expandDims(_ axis: Int) throws -> NDArray {
    let a = try Shape.normalizeAxis(axis, ndim: ndim + 1)
    var s = shape
    var st = strides
    s.insert(1, at: a)
    st.insert(0, at: a)
    return view(shape: s, strides: st)
  }

  /// `a.squeeze(axis)`: drops the given length-1 axis, or all of them when nil (a view).
  /// - Throws: `ValueError` "cannot select an axis to squeeze out which has size not equal to one".
  public func squeezed(_ axis: Int? = nil) throws -> NDArray {
    var keep = shape.indices.filter { shape[$0] != 1 }
    if let axis {
      let a = try Shape.normalizeAxis(axis, ndim: ndim)
      guard shape[a] == 1 else {
        throw ArrayError(
          .valueError, "cannot select an axis to squeeze out which has size not equal to one")
      }
      keep = shape.indices.filter { $0 != a }
    }
    return view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] })
  }

  /// `np.broadcast_to(a, shape)`: a read-only view with stride-0 axes.
  public func broadcast(to target: [Int]) throws -> NDArray {
    _ = try Shape.checkedSize(target, itemsize: dtype.itemsize)
    if target.count < ndim {
      throw ArrayError(
        .valueError, "input operand has more dimensions than allowed by the axis remapping")
    }
    guard let s = Shape.broadcastStrides(shape, strides, to: target) else {
      throw ArrayError(
        .valueError,
        "operands could not be broadcast together with remapped shapes [original->remapped]: "
          + "\(Shape.compactText(shape))  and requested shape \(Shape.compactText(target))")
    }
    return view(shape: target, strides: s, isWritable: false)
  }

  /// `np.flip(a, axis)`: the order of elements reversed along `axis`, or all axes when nil
  /// (a view).
  public func flipped(_ axis: Int? = nil) throws -> NDArray {
    let axes = try axis.map { [try Shape.normalizeAxis($0, ndim: ndim)] } ?? Array(0..<ndim)
    var st = strides
    var off = offset
    for a in axes where shape[a] > 0 {
      off += (shape[a] - 1) * strides[a]
      st[a] = -strides[a]
    }
    return view(shape: shape, strides: st, offset: off)
  }
}

extension Shape {
  /// `normalizeAxis` whose error names the argument as numpy does ("axis2: axis 2 is out ...").
  public static func normalizeAxis(_ axis: Int, ndim: Int, argument: String) throws -> Int {
    do {
      return try normalizeAxis(axis, ndim: ndim)
    } catch let error as ArrayError {
      throw ArrayError(error.kind, "\(argument): \(error.message)")
    }
  }
}

// Flips and quarter turns built on `flipped` and `permuted` (all views).
extension NDArray {
  /// `np.fliplr(a)`: columns reversed (axis 1).
  /// - Throws: `ValueError` "Input must be >= 2-d.".
  public func fliplr() throws -> NDArray {
    guard ndim >= 2 else { throw ArrayError(.valueError, "Input must be >= 2-d.") }
    return try flipped(1)
  }

  /// `np.flipud(a)`: rows reversed (axis 0).
  /// - Throws: `ValueError` "Input must be >= 1-d.".
  public func flipud() throws -> NDArray {
    guard ndim >= 1 else { throw ArrayError(.valueError, "Input must be >= 1-d.") }
    return try flipped(0)
  }

  /// `np.rot90(a, k, axes)`: `k` quarter turns from the first axis towards the second.
  /// - Throws: `ValueError` "Axes must be different." or "Axes=(0, 3) out of range for array
  ///   of ndim=2.".
  public func rot90(_ k: Int = 1, axes: (Int, Int) = (0, 1)) throws -> NDArray {
    let (a0, a1) = axes
    let (gap, overflow) = a0.subtractingReportingOverflow(a1)
    if a0 == a1 || (!overflow && gap.magnitude == UInt(ndim)) {
      throw ArrayError(.valueError, "Axes must be different.")
    }
    guard a0 >= -ndim && a0 < ndim && a1 >= -ndim && a1 < ndim else {
      throw ArrayError(.valueError, "Axes=(\(a0), \(a1)) out of range for array of ndim=\(ndim).")
    }
    var order = Array(0..<ndim)
    order.swapAt(a0 < 0 ? a0 + ndim : a0, a1 < 0 ? a1 + ndim : a1)
    switch ((k % 4) + 4) % 4 {
    case 0: return self
    case 1: return try flipped(a1).permuted(order)
    case 2: return try flipped(a0).flipped(a1)
    default: return try permuted(order).flipped(a1)
    }
  }
}
