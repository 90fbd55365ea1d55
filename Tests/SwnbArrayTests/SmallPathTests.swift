import SwnbLinalg
import Testing

@testable import SwnbArray

/// The small-array fast paths give exactly what the general paths give (which the golden
/// fixtures tie to numpy): comparisons with a Python number, masked fills, products, 0-d
/// scalars.
@Suite struct SmallPathTests {
  /// Deterministic test values with NaN, infinities, signed zeros and exact integers.
  private static func values(_ count: Int, seed: Int) -> [Double] {
    let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, 1, -1, 0.5]
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { i in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      if i % 5 == 0 { return specials[Int(state >> 61)] }
      return Double(Int64(bitPattern: state >> 1) % 2001) / 1000 - 1
    }
  }

  private static let comparisons: [BinaryUfunc] = [
    .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual,
  ]

  @Test(arguments: comparisons)
  func compareMatchesTheGeneralLoop(_ op: BinaryUfunc) throws {
    let a = NDArray(float64: Self.values(35, seed: 3), shape: [5, 7])
    for x: Scalar in [.float(0), .float(-0.0), .float(0.5), .float(.nan), .int(1), .int(-1)] {
      let fast = try #require(NDArray.smallCompare(op, a, x, reflected: false))
      let general = try NDArray.apply(op, .array(a), .python(x))
      #expect(fast.dtype == .bool && fast.shape == general.shape)
      #expect(fast.gathered(as: Bool.self) == general.gathered(as: Bool.self), "\(op) \(x)")
      let mirrored = try #require(NDArray.smallCompare(op, a, x, reflected: true))
      let reflected = try NDArray.apply(op, .python(x), .array(a))
      #expect(mirrored.gathered(as: Bool.self) == reflected.gathered(as: Bool.self), "\(x) \(op)")
    }
  }

  @Test func compareKeepsFortranOrder() throws {
    let a = NDArray(float64: Self.values(12, seed: 4), shape: [3, 4]).T
    let fast = try #require(NDArray.smallCompare(.less, a, .float(0), reflected: false))
    let general = try NDArray.apply(.less, .array(a), .python(.float(0)))
    #expect(fast.shape == general.shape && fast.strides == general.strides)
    #expect(fast.gathered(as: Bool.self) == general.gathered(as: Bool.self))
  }

  @Test func compareLeavesOtherCasesToTheGeneralPath() throws {
    let a = NDArray(float64: Self.values(6, seed: 5), shape: [2, 3])
    let strided = try a.get([.all, .slice(start: nil, stop: nil, step: 2)])
    #expect(NDArray.smallCompare(.less, strided, .float(0), reflected: false) == nil)
    #expect(NDArray.smallCompare(.less, a, .int(1 << 60), reflected: false) == nil)
    #expect(NDArray.smallCompare(.less, a, .str("x"), reflected: false) == nil)
    #expect(NDArray.smallCompare(.add, a, .float(1), reflected: false) == nil)
    let ints = NDArray(int64: [1, 2, 3], shape: [3])
    #expect(NDArray.smallCompare(.less, ints, .float(2), reflected: false) == nil)
  }

  @Test func maskedFillMatchesTheGeneralAssignment() throws {
    for value: Scalar in [.int(0), .float(-2.5), .bool(true), .int(1 << 60)] {
      let data = Self.values(24, seed: 11)
      let fast = NDArray(float64: data, shape: [4, 6])
      let mask = try NDArray.apply(.less, .array(fast), .python(.float(0)))
      try fast.set([.boolMask(mask)], scalar: value)
      let general = NDArray(float64: data, shape: [4, 6])
      try general.set([.boolMask(mask)], value: NDArray.pythonScalar(value, dtype: .float64))
      let bits = { (a: NDArray) in a.gathered(as: Double.self).map(\.bitPattern) }
      #expect(bits(fast) == bits(general), "\(value)")
    }
  }

  @Test func maskedFillStillRejectsReadOnlyArrays() throws {
    let a = NDArray(float64: [1, -1], shape: [2])
    let view = a.view(shape: [2], strides: [1], isWritable: false)
    let mask = NDArray(bool: [false, true], shape: [2])
    #expect(throws: ArrayError.self) { try view.set([.boolMask(mask)], scalar: .int(0)) }
  }

  @Test(arguments: [(3, 3, 3), (9, 3, 7), (3, 9, 7), (7, 10, 9), (10, 10, 10), (2, 32, 5)])
  func smallProductsMatchBLAS(_ dims: (Int, Int, Int)) throws {
    let (m, k, n) = dims
    let a = NDArray(float64: Self.values(m * k, seed: m), shape: [m, k])
    let b = NDArray(float64: Self.values(k * n, seed: n + 100), shape: [k, n])
    let bt = NDArray(float64: Self.values(n * k, seed: k + 7), shape: [n, k]).T
    let w = NDArray(float64: Self.values(k * m, seed: 9), shape: [k, m])
    for (x, y) in [(a, b), (a, bt), (w.T, w), (a, a.T)] {
      let fast = try #require(NDArray.smallMatmul(x, y))
      let reference = Self.blasProduct(x, y)
      #expect(fast.shape == [x.shape[0], y.shape[1]])
      #expect(fast.gathered(as: Double.self).map(\.bitPattern) == reference.map(\.bitPattern))
    }
  }

  /// `x @ y` straight through `BLAS.matmul` (numpy's routine choice, OpenBLAS kernels).
  private static func blasProduct(_ x: NDArray, _ y: NDArray) -> [Double] {
    var out = [Double](repeating: 0, count: x.shape[0] * y.shape[1])
    let (px, py) = (x.float64Start.unsafelyUnwrapped, y.float64Start.unsafelyUnwrapped)
    out.withUnsafeMutableBufferPointer { o in
      BLAS.matmul(
        MatrixView(
          start: px, rows: x.shape[0], cols: x.shape[1], rowStride: x.strides[0],
          colStride: x.strides[1]),
        MatrixView(
          start: py, rows: y.shape[0], cols: y.shape[1], rowStride: y.strides[0],
          colStride: y.strides[1]),
        into: o.baseAddress.unsafelyUnwrapped)
    }
    return withExtendedLifetime((x, y)) { out }
  }

  @Test func productsOutsideTheKernelTakeTheGeneralPath() {
    let big = NDArray(float64: Self.values(33 * 2, seed: 1), shape: [33, 2])
    let row = NDArray(float64: Self.values(2, seed: 2), shape: [1, 2])
    let ints = NDArray(int64: [1, 2, 3, 4], shape: [2, 2])
    #expect(NDArray.smallMatmul(big, big.T) == nil)
    #expect(NDArray.smallMatmul(row, row.T) == nil)
    #expect(NDArray.smallMatmul(ints, ints) == nil)
    #expect(NDArray.smallMatmul(row.T, big.T) == nil)
  }

  /// `scalar` builds what a one-element array of the value's own kind cast to the dtype holds.
  @Test func scalarsMatchACastOneElementArray() throws {
    let cases: [(Scalar, DType)] = [
      (.float(2.5), .float64), (.int(7), .int64), (.int(-3), .int32), (.bool(true), .bool),
      (.int(1 << 40), .int32), (.int(3), .float64), (.float(-0.0), .float64),
    ]
    for (value, dtype) in cases {
      let base: NDArray
      switch value {
      case .float(let x): base = NDArray(float64: [x], shape: [])
      case .int(let i): base = NDArray(int64: [i], shape: [])
      case .bool(let b): base = NDArray(bool: [b], shape: [])
      case .str(let t): base = NDArray(strings: [t], shape: [])
      case .complex: continue
      }
      let expected = try base.astype(dtype)
      let made = NDArray.scalar(value, dtype: dtype)
      #expect(made.shape == [] && made.dtype == expected.dtype, "\(value) \(dtype)")
      #expect(try made.item() == expected.item(), "\(value) \(dtype)")
      #expect(made.strides == [] && made.isWritable)
    }
  }
}
