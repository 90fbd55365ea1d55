/// Shape and stride arithmetic shared by every array operation (strides count elements).
public enum Shape {
  /// The number of elements of `shape`, checked as numpy checks it.
  ///
  /// - Throws: `ValueError` "negative dimensions are not allowed" for a negative entry and
  ///   numpy's "array is too big; ..." when `size * itemsize` overflows.
  public static func checkedSize(_ shape: [Int], itemsize: Int = 8) throws -> Int {
    var size = 1
    if shape.contains(where: { $0 < 0 }) { throw ArrayError.negativeDimensions }
    for d in shape {
      let (product, overflow) = size.multipliedReportingOverflow(by: d)
      if overflow { throw ArrayError.tooBig }
      size = product
    }
    let (_, overflow) = size.multipliedReportingOverflow(by: max(itemsize, 1))
    if overflow { throw ArrayError.tooBig }
    return size
  }

  /// The product of the dimensions of an already validated shape.
  public static func size(_ shape: [Int]) -> Int {
    shape.reduce(1, *)
  }

  /// C-order (row-major) strides in elements.
  public static func contiguousStrides(_ shape: [Int]) -> [Int] {
    // Shared arrays and literals for the common ranks: no allocation for small shapes, and
    // none of the generic runtime metadata lookup `Array(repeating:count:)` makes per call.
    switch shape.count {
    case 0: return []
    case 1: return vector(1)
    case 2: return pair(max(shape[1], 1), 1)
    case 3:
      let last = max(shape[2], 1)
      return [last * max(shape[1], 1), last, 1]
    default: break
    }
    var strides = [Int](repeating: 1, count: shape.count)
    var step = 1
    for d in stride(from: shape.count - 1, through: 0, by: -1) {
      strides[d] = step
      step *= max(shape[d], 1)
    }
    return strides
  }

  /// True when elements laid out with `strides` are C-contiguous (size-1 axes ignored).
  public static func isContiguous(_ shape: [Int], _ strides: [Int]) -> Bool {
    var step = 1
    for d in stride(from: shape.count - 1, through: 0, by: -1) {
      if shape[d] == 0 { return true }
      if shape[d] != 1 {
        if strides[d] != step { return false }
        step *= shape[d]
      }
    }
    return true
  }

  /// Whether `strides` lay out `shape` in Fortran order with no gaps (the transpose is
  /// C-contiguous), checked without building the transposed view.
  public static func isFortranContiguous(_ shape: [Int], _ strides: [Int]) -> Bool {
    var step = 1
    for d in shape.indices {
      if shape[d] == 0 { return true }
      if shape[d] != 1 {
        if strides[d] != step { return false }
        step *= shape[d]
      }
    }
    return true
  }

  /// The broadcast shape of several operand shapes, as numpy's ufuncs compute it.
  ///
  /// - Throws: `ValueError` "operands could not be broadcast together with shapes (2,3) (4,) ".
  public static func broadcast(_ shapes: [[Int]]) throws -> [Int] {
    let ndim = shapes.map(\.count).max() ?? 0
    var result = [Int](repeating: 1, count: ndim)
    for shape in shapes {
      let pad = ndim - shape.count
      for (i, d) in shape.enumerated() {
        let r = result[pad + i]
        if r == d || d == 1 { continue }
        if r == 1 { result[pad + i] = d } else { throw ArrayError.broadcastFailure(shapes) }
      }
    }
    return result
  }

  /// The broadcast shape of two operands (see `broadcast(_:)`).
  public static func broadcast(_ a: [Int], _ b: [Int]) throws -> [Int] {
    if a == b { return a }
    return try broadcast([a, b])
  }

  /// Strides that view an array of `shape`/`strides` as the larger `target` shape: new leading
  /// axes and stretched size-1 axes get stride 0. Returns nil when `shape` does not broadcast.
  public static func broadcastStrides(_ shape: [Int], _ strides: [Int], to target: [Int]) -> [Int]?
  {
    let pad = target.count - shape.count
    guard pad >= 0 else { return nil }
    var result = [Int](repeating: 0, count: target.count)
    for (i, d) in shape.enumerated() {
      if d == target[pad + i] {
        result[pad + i] = d == 1 ? 0 : strides[i]
      } else if d != 1 {
        return nil
      }
    }
    return result
  }

  /// `axis` made non-negative for an array of `ndim` dimensions.
  ///
  /// - Throws: `AxisError` "axis 2 is out of bounds for array of dimension 1".
  public static func normalizeAxis(_ axis: Int, ndim: Int) throws -> Int {
    guard axis >= -ndim && axis < ndim else { throw ArrayError.axisOutOfBounds(axis, ndim: ndim) }
    return axis < 0 ? axis + ndim : axis
  }

  /// Python's tuple repr of a shape: `(2, 3)`, `(4,)`, `()`.
  public static func text(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// numpy's compact shape text used in broadcast errors: `(2,3)`, `(4,)`, `()`.
  public static func compactText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
  }
}
