/// A dense row-major matrix of `Double`: the unit of work of the BLAS and LAPACK kernels.
///
/// Element `(i, j)` is `elements[i * cols + j]`. The NMF engine works on it directly; the
/// n-d array engine copies into it (or borrows a contiguous buffer) to call a kernel.
public struct Matrix: Sendable, Equatable {
  public var rows: Int
  public var cols: Int
  public var elements: [Double]

  /// A matrix with the given row-major elements; `elements.count` must be `rows * cols`.
  public init(rows: Int, cols: Int, elements: [Double]) {
    precondition(rows >= 0 && cols >= 0 && elements.count == rows * cols, "Matrix shape mismatch")
    self.rows = rows
    self.cols = cols
    self.elements = elements
  }

  /// A `rows` x `cols` matrix filled with `value`.
  public init(rows: Int, cols: Int, repeating value: Double = 0) {
    self.init(rows: rows, cols: cols, elements: Array(repeating: value, count: rows * cols))
  }

  public subscript(row: Int, col: Int) -> Double {
    get { elements[row * cols + col] }
    set { elements[row * cols + col] = newValue }
  }
}
