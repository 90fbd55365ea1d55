import Testing

@testable import SwnbLinalg

/// Properties of the kernels that the numpy goldens do not pin down by themselves.
@Suite struct KernelTests {
  /// A deterministic, irregular test matrix.
  private func sample(_ rows: Int, _ cols: Int) -> Matrix {
    Matrix(
      rows: rows, cols: cols,
      elements: (0..<(rows * cols)).map { (i: Int) -> Double in Double((i * 7919) % 1013) / 101.0 - 4.5 })
  }

  @Test func gramMatrixIsExactlySymmetric() {
    let w = sample(50, 7)
    for transposeFirst in [true, false] {
      let c = BLAS.syrk(w, transposeFirst: transposeFirst)
      for i in 0..<c.rows {
        for j in 0..<c.cols { #expect(c[i, j].bitPattern == c[j, i].bitPattern) }
      }
    }
  }

  @Test func matmulOfOneBufferAndItsTransposeUsesSyrk() {
    let w = sample(9, 3)
    #expect(BLAS.matmul(w, transposeA: true, w) == BLAS.syrk(w, transposeFirst: true))
    #expect(BLAS.matmul(w, w, transposeB: true) == BLAS.syrk(w, transposeFirst: false))
  }

  @Test func gemvAgreesWithMatrixTimesColumn() {
    let a = sample(6, 4)
    let x = [1.5, -2, 0.25, 3]
    let column = Matrix(rows: 4, cols: 1, elements: x)
    #expect(BLAS.gemv(a, x) == BLAS.matmul(a, column).elements)
    let y = [1.0, 2, 3, 4, 5, 6]
    let yColumn = Matrix(rows: 6, cols: 1, elements: y)
    #expect(BLAS.gemv(a, transposeA: true, y) == BLAS.matmul(a, transposeA: true, yColumn).elements)
  }

  @Test func dimensionsBeyondLapackIntegersThrowInsteadOfTrapping() {
    let huge = Matrix(rows: Int(Int32.max) + 1, cols: 0, elements: [])
    #expect(throws: LinalgError.tooBig) { try Linalg.svdvals(huge) }
    #expect(throws: LinalgError.tooBig) { try Linalg.qr(huge) }
    #expect(throws: LinalgError.tooBig) { try Linalg.lstsq(huge, Matrix(rows: huge.rows, cols: 0)) }
  }

  @Test func errorDescribesItselfAsPython() {
    #expect(LinalgError.singularMatrix.description == "LinAlgError: Singular matrix")
    #expect(LinalgError.axisOutOfBounds(2, ndim: 1).kind == "AxisError")
  }

  @Test func pairwiseSumUsesEightAccumulatorsFromEightValues() {
    // 1e16 absorbs a lone 1.0 when summed left to right, but not when the eight
    // accumulators first pair the ones together, which is numpy's order.
    let values = [1e16, 1, 1, 1, -1e16, 1, 1, 1]
    #expect(PairwiseSum.sum(values) == ((1e16 + 1) + (1 + 1)) + ((-1e16 + 1) + (1 + 1)))
    #expect(PairwiseSum.sum(Array(values.prefix(7))) == values.prefix(7).reduce(0, +))
  }
}

@Suite struct StackedTests {
  @Test func stackedRunsEachMatrixAndStopsAtTheFirstError() throws {
    let good = Matrix(rows: 2, cols: 2, elements: [2, 0, 0, 4])
    let singular = Matrix(rows: 2, cols: 2, elements: [1, 2, 2, 4])
    let dets = try Linalg.stacked([good, singular]) { try Linalg.det($0) }
    #expect(dets == [try Linalg.det(good), try Linalg.det(singular)])
    #expect(throws: LinalgError.singularMatrix) {
      try Linalg.stacked([good, singular, good]) { try Linalg.inv($0) }
    }
  }
}

@Suite struct SVDOptionsTests {
  @Test func computeUVFalseGivesTheSingularValuesOfSvdvals() throws {
    let a = Matrix(rows: 3, cols: 2, elements: [1, 2, 3, 4, 5, 6.5])
    let r = try Linalg.svd(a, computeUV: false)
    #expect(r.s == (try Linalg.svdvals(a)))
    #expect(r.u.elements.isEmpty && r.vh.elements.isEmpty)
    #expect(
      try Linalg.svd(a, fullMatrices: false, computeUV: true) == Linalg.svd(a, fullMatrices: false))
  }
}
