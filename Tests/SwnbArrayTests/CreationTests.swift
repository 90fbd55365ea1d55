import Testing

@testable import SwnbArray

@Suite struct CreationTests {
  @Test func inferredDTypesFollowNumpy() throws {
    let s = NestedValue.scalar
    #expect(try NDArray.array(.list([s(.int(1)), s(.bool(true))])).dtype == .int64)
    #expect(try NDArray.array(.list([s(.int(1)), s(.float(2))])).dtype == .float64)
    #expect(try NDArray.array(.list([s(.str("ab")), s(.int(1))])).dtype == .unicode(21))
    #expect(try NDArray.array(.list([])).shape == [0])
    #expect(try NDArray.array(s(.float(2))).shape == [])
  }

  @Test func linspaceStepAndEndpoint() throws {
    let (v, step) = try NDArray.linspace(0, 1, num: 5)
    #expect(step == 0.25)
    #expect(v.contiguousFloat64() == [0, 0.25, 0.5, 0.75, 1])
    #expect(try NDArray.linspace(0, 1, num: 1).step.isNaN)
  }

  @Test func scalarArraysHaveTheValueDType() {
    #expect(NDArray.scalar(.float(1.5)).dtype == .float64)
    #expect(NDArray.scalar(.str("")).dtype == .unicode(1))
    #expect(NDArray.scalar(.int(3), dtype: .float32).dtype == .float32)
  }
}
