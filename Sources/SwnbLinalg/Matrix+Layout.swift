extension Matrix {
  /// The `n` x `n` identity matrix.
  public static func identity(_ n: Int) -> Matrix {
    var m = Matrix(rows: n, cols: n)
    for i in 0..<n { m.elements[i * n + i] = 1 }
    return m
  }

  /// The transpose, as a new row-major matrix.
  public func transposed() -> Matrix {
    var t = Matrix(rows: cols, cols: rows)
    for i in 0..<rows {
      for j in 0..<cols { t.elements[j * rows + i] = elements[i * cols + j] }
    }
    return t
  }

  /// Writes the matrix column-major into `dst` with leading dimension `ld` (>= `rows`): the
  /// Fortran-order copy numpy's `linearize_matrix` hands to LAPACK.
  func copyColumnMajor(into dst: UnsafeMutablePointer<Double>, ld: Int) {
    elements.withUnsafeBufferPointer { src in
      for j in 0..<cols {
        let column = dst + j * ld
        for i in 0..<rows { column[i] = src[i * cols + j] }
      }
    }
  }

  /// A `rows` x `cols` matrix read from column-major storage with leading dimension `ld`.
  init(columnMajor src: UnsafePointer<Double>, rows: Int, cols: Int, ld: Int) {
    let elements = [Double](unsafeUninitializedCapacity: rows * cols) { out, count in
      for i in 0..<rows {
        for j in 0..<cols {
          (out.baseAddress.unsafelyUnwrapped + (i * cols + j)).initialize(to: src[j * ld + i])
        }
      }
      count = rows * cols
    }
    self.init(rows: rows, cols: cols, elements: elements)
  }
}

/// Runs `body` with `count` doubles of scratch memory (on the stack when small).
func withScratch<R, E: Error>(
  _ count: Int, _ body: (UnsafeMutablePointer<Double>) throws(E) -> R
) throws(E) -> R {
  try withTemporaryScratch(of: Double.self, count, body)
}

/// Runs `body` with `count` LAPACK integers of scratch memory (on the stack when small).
func withIntScratch<R, E: Error>(
  _ count: Int, _ body: (UnsafeMutablePointer<LapackInt>) throws(E) -> R
) throws(E) -> R {
  try withTemporaryScratch(of: LapackInt.self, count, body)
}

/// Runs `body` with `count` (at least one) uninitialized `Element`s of temporary memory,
/// passing its typed error through `withUnsafeTemporaryAllocation` (which does not rethrow
/// typed errors).
func withTemporaryScratch<Element, R, E: Error>(
  of type: Element.Type, _ count: Int, _ body: (UnsafeMutablePointer<Element>) throws(E) -> R
) throws(E) -> R {
  let result: Result<R, E> = withUnsafeTemporaryAllocation(
    of: Element.self, capacity: max(count, 1)
  ) { buffer in
    do throws(E) {
      return .success(try body(buffer.baseAddress.unsafelyUnwrapped))
    } catch {
      return .failure(error)
    }
  }
  return try result.get()
}

/// `value` as a LAPACK integer, or numpy's "array is too big" error.
func lapackInt(_ value: Int) throws(LinalgError) -> LapackInt {
  guard let v = LapackInt(exactly: value) else { throw LinalgError.tooBig }
  return v
}

/// Checks that every dimension and the element count of each `rows` x `cols` pair fit LAPACK's
/// 32-bit integers (workspace sizes are derived from them).
func checkLapackSize(_ dims: (Int, Int)...) throws(LinalgError) {
  for (r, c) in dims {
    _ = try lapackInt(r)
    _ = try lapackInt(c)
    let (product, overflow) = r.multipliedReportingOverflow(by: c)
    if overflow || product > Int(Int32.max) { throw LinalgError.tooBig }
  }
}
