import Testing

@testable import SwnbLinalg

@Suite struct BLASTests {
  @Test func gemmMultipliesRowMajor() {
    let a = Matrix(rows: 2, cols: 3, elements: [1, 2, 3, 4, 5, 6])
    let b = Matrix(rows: 3, cols: 1, elements: [1, 0, -1])
    #expect(BLAS.gemm(a, b).elements == [-2, -2])
    #expect(BLAS.gemm(a, transposeA: true, a).rows == 3)
  }
}
