/// Visits the element positions of one, two or three strided operands in C order.
///
/// The loops first merge axes that are laid out back to back in every operand, so contiguous
/// operands become a single flat run; the innermost axis is a plain counted loop. Strides and
/// offsets are in elements; broadcast operands use stride 0.
public enum StridedLoop {
  /// Calls `body` with the buffer position of every element of a view, in C order.
  @inlinable
  public static func forEach(
    shape: [Int], strides: [Int], offset: Int, _ body: (Int) -> Void
  ) {
    let (dims, s) = coalesce(shape, [strides])
    guard !dims.contains(0) else { return }
    let inner = dims.last ?? 1
    let innerStride = s[0].last ?? 0
    var counter = [Int](repeating: 0, count: max(dims.count - 1, 0))
    var base = offset
    while true {
      var p = base
      for _ in 0..<inner {
        body(p)
        p &+= innerStride
      }
      guard advance(&counter, dims, s[0], &base) else { return }
    }
  }

  /// Calls `body` with the positions of the same element in two operands of equal
  /// (already broadcast) shape.
  @inlinable
  public static func forEach(
    shape: [Int], _ strides0: [Int], _ offset0: Int, _ strides1: [Int], _ offset1: Int,
    _ body: (Int, Int) -> Void
  ) {
    let (dims, s) = coalesce(shape, [strides0, strides1])
    guard !dims.contains(0) else { return }
    let inner = dims.last ?? 1
    let i0 = s[0].last ?? 0
    let i1 = s[1].last ?? 0
    var counter = [Int](repeating: 0, count: max(dims.count - 1, 0))
    var b0 = offset0
    var b1 = offset1
    while true {
      var p0 = b0
      var p1 = b1
      for _ in 0..<inner {
        body(p0, p1)
        p0 &+= i0
        p1 &+= i1
      }
      guard advance(&counter, dims, s[0], &b0, s[1], &b1) else { return }
    }
  }

  /// Calls `body` with the positions of the same element in three operands of equal shape.
  @inlinable
  public static func forEach(
    shape: [Int], _ strides0: [Int], _ offset0: Int, _ strides1: [Int], _ offset1: Int,
    _ strides2: [Int], _ offset2: Int, _ body: (Int, Int, Int) -> Void
  ) {
    let (dims, s) = coalesce(shape, [strides0, strides1, strides2])
    guard !dims.contains(0) else { return }
    let inner = dims.last ?? 1
    let (i0, i1, i2) = (s[0].last ?? 0, s[1].last ?? 0, s[2].last ?? 0)
    var counter = [Int](repeating: 0, count: max(dims.count - 1, 0))
    var (b0, b1, b2) = (offset0, offset1, offset2)
    while true {
      var (p0, p1, p2) = (b0, b1, b2)
      for _ in 0..<inner {
        body(p0, p1, p2)
        p0 &+= i0
        p1 &+= i1
        p2 &+= i2
      }
      guard advance3(&counter, dims, s, &b0, &b1, &b2) else { return }
    }
  }

  /// Drops size-1 axes and merges neighbouring axes that are contiguous in every operand.
  @usableFromInline
  static func coalesce(_ shape: [Int], _ strides: [[Int]]) -> ([Int], [[Int]]) {
    var dims: [Int] = []
    var out = [[Int]](repeating: [], count: strides.count)
    for d in shape.indices where shape[d] != 1 {
      if let last = dims.last,
        strides.indices.allSatisfy({ k in out[k].last == strides[k][d] &* shape[d] })
      {
        dims[dims.count - 1] = last * shape[d]
        for k in strides.indices { out[k][out[k].count - 1] = strides[k][d] }
      } else {
        dims.append(shape[d])
        for k in strides.indices { out[k].append(strides[k][d]) }
      }
    }
    return (dims, out)
  }

  // Odometer step over the outer axes; false when every element was visited.
  @usableFromInline
  static func advance(
    _ counter: inout [Int], _ dims: [Int], _ s0: [Int], _ b0: inout Int,
    _ s1: [Int] = [], _ b1: inout Int
  ) -> Bool {
    var d = counter.count - 1
    let two = !s1.isEmpty
    while d >= 0 {
      counter[d] += 1
      b0 &+= s0[d]
      if two { b1 &+= s1[d] }
      if counter[d] < dims[d] { return true }
      b0 &-= s0[d] &* dims[d]
      if two { b1 &-= s1[d] &* dims[d] }
      counter[d] = 0
      d -= 1
    }
    return false
  }

  @usableFromInline
  static func advance(_ counter: inout [Int], _ dims: [Int], _ s0: [Int], _ b0: inout Int) -> Bool {
    var unused = 0
    return advance(&counter, dims, s0, &b0, [], &unused)
  }

  @usableFromInline
  static func advance3(
    _ counter: inout [Int], _ dims: [Int], _ s: [[Int]], _ b0: inout Int, _ b1: inout Int,
    _ b2: inout Int
  ) -> Bool {
    var d = counter.count - 1
    while d >= 0 {
      counter[d] += 1
      b0 &+= s[0][d]
      b1 &+= s[1][d]
      b2 &+= s[2][d]
      if counter[d] < dims[d] { return true }
      b0 &-= s[0][d] &* dims[d]
      b1 &-= s[1][d] &* dims[d]
      b2 &-= s[2][d] &* dims[d]
      counter[d] = 0
      d -= 1
    }
    return false
  }
}
