/// A read-only 2-D operand (float64 or float32 elements) described as numpy describes one: a
/// start address plus row and column strides in elements, which may be zero or negative as in
/// numpy views.
///
/// The n-d array engine builds one from its buffer, offset and strides, so that
/// `BLAS.matmul(_:_:into:)` sees exactly what numpy's matmul loop sees (including whether two
/// operands view the same memory). The memory must stay valid for the duration of the call.
public struct MatrixView<Element> {
  public let start: UnsafePointer<Element>
  public let rows: Int
  public let cols: Int
  public let rowStride: Int
  public let colStride: Int

  /// A view of `rows` x `cols` elements; element `(i, j)` is `start[i * rowStride + j * colStride]`.
  public init(start: UnsafePointer<Element>, rows: Int, cols: Int, rowStride: Int, colStride: Int) {
    self.start = start
    self.rows = rows
    self.cols = cols
    self.rowStride = rowStride
    self.colStride = colStride
  }

  /// The transposed view (no copy), as numpy's `.T`.
  public var transposed: MatrixView {
    MatrixView(start: start, rows: cols, cols: rows, rowStride: colStride, colStride: rowStride)
  }

  subscript(i: Int, j: Int) -> Element { start[i * rowStride + j * colStride] }
}

/// numpy's `BLAS_MAXSIZE`: the largest dimension or stride handed to 32-bit CBLAS.
let blasMaxSize = Int(Int32.max) - 1

/// numpy's `is_blasable2d` in element units: the second axis is unit-stride and the first
/// axis steps over at least one full row, within CBLAS's integer range.
func isBlasable(_ stride1: Int, _ stride2: Int, _ d1: Int, _ d2: Int) -> Bool {
  stride2 == 1 && stride1 >= d2 && stride1 <= blasMaxSize
}

extension MatrixView {
  /// Writes the elements column-major into `dst` with leading dimension `ld` (>= `rows`): the
  /// Fortran-order copy numpy's `linearize_matrix` hands to LAPACK.
  func copyColumnMajor(into dst: UnsafeMutablePointer<Element>, ld: Int) {
    for j in 0..<cols {
      let column = dst + j * ld
      let source = start + j * colStride
      for i in 0..<rows { column[i] = source[i * rowStride] }
    }
  }
}

extension Matrix {
  /// Calls `body` with a row-major view of the elements, valid only inside `body`.
  func withView<R, E: Error>(_ body: (MatrixView<Double>) throws(E) -> R) throws(E) -> R {
    try elements.withUnsafeBufferPointer { p throws(E) in
      guard let start = p.baseAddress else {
        // An empty matrix may have no address; nothing is read through the view then.
        return try withScratch(1) { dummy throws(E) in
          try body(MatrixView(start: dummy, rows: rows, cols: cols, rowStride: cols, colStride: 1))
        }
      }
      return try body(MatrixView(start: start, rows: rows, cols: cols, rowStride: cols, colStride: 1))
    }
  }
}
