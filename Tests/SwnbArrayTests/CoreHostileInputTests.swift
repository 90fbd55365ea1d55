import Testing

@testable import SwnbArray

/// Hostile shapes, indices and sizes: each must come back as a typed error, never a trap.
@Suite struct CoreHostileInputTests {
  private func kind(_ body: () throws -> Any) -> String? {
    do {
      _ = try body()
      return nil
    } catch let e as ArrayError {
      return e.kind.pythonName
    } catch {
      return "other"
    }
  }

  @Test func hugeAndOverflowingShapes() {
    #expect(kind { try NDArray.zeros([Int.max, 2]) } == "ValueError")
    #expect(kind { try NDArray.zeros([Int.max / 8 + 1]) } == "ValueError")
    #expect(kind { try NDArray.zeros([1 << 20, 1 << 20]) } == "MemoryError")
    #expect(kind { try NDArray.ones([-1]) } == "ValueError")
    #expect(kind { try NDArray.full([1 << 62], .str("x"), dtype: .unicode(1)) } == "ValueError")
    #expect(kind { try NDArray.eye(1 << 21) } == "MemoryError")
    #expect(kind { try NDArray.eye(-3) } == "ValueError")
    #expect(kind { try NDArray.identity(Int.max) } == "ValueError")
  }

  @Test func hugeRanges() {
    #expect(kind { try NDArray.arange(.int(Int64.min), .int(Int64.max)) } == "ValueError")
    #expect(kind { try NDArray.arange(.int(0), .int(Int64.min), step: .int(-1)) } != nil)
    #expect(kind { try NDArray.arange(.float(0), .float(-.infinity)) } == nil)
    #expect(kind { try NDArray.arange(.float(0), .float(.nan)) } == "ValueError")
    #expect(
      kind { try NDArray.arange(.float(0), .float(1e300), step: .float(1e-300)) } == "ValueError")
    #expect(kind { try NDArray.linspace(0, 1, num: Int.max) } != nil)
    #expect(kind { try NDArray.linspace(0, 1, num: Int.min) } == "ValueError")
  }

  @Test func hostileIndices() throws {
    let a = NDArray(float64: [1, 2, 3, 4, 5, 6], shape: [2, 3])
    #expect(kind { try a.get([.int(Int.min)]) } == "IndexError")
    #expect(kind { try a.get([.int(Int.max)]) } == "IndexError")
    #expect(kind { try a.get([.slice(start: Int.min, stop: Int.max, step: Int.min)]) } == nil)
    #expect(kind { try a.get([.slice(start: Int.max, stop: Int.min, step: Int.max)]) } == nil)
    #expect(try a.get([.all, .slice(start: nil, stop: nil, step: Int.min)]).shape == [2, 1])
    #expect(kind { try a.get([.newAxis, .newAxis, .int(0), .int(0), .int(0)]) } == "IndexError")
    let idx = NDArray(int64: [Int64.min, 0], shape: [2])
    #expect(kind { try a.get([.intArray(idx)]) } == "IndexError")
    #expect(kind { try a.set([.intArray(idx)], scalar: .float(1)) } == "IndexError")
    #expect(kind { try a.element([5, 5]) } == "IndexError")
    #expect(kind { try a.element([0]) } == "IndexError")
    #expect(kind { try a.element([0, 0, 0]) } == "IndexError")
  }

  @Test func hostileManipulation() {
    let a = NDArray(float64: [1, 2, 3, 4, 5, 6], shape: [2, 3])
    #expect(kind { try a.reshaped([Int.max, Int.max]) } == "ValueError")
    #expect(kind { try a.reshaped([-1, 0]) } == "ValueError")
    #expect(kind { try a.tiled([Int.max, Int.max]) } == "ValueError")
    #expect(kind { try a.tiled([1 << 40]) } == "MemoryError")
    #expect(kind { try a.repeated([Int.max, Int.max, 1, 1, 1, 1]) } == "ValueError")
    #expect(kind { try a.repeated([Int.max]) } != nil)
    #expect(kind { try a.broadcast(to: [Int.max, Int.max, 3]) } == "ValueError")
    #expect(kind { try a.broadcast(to: [-2, 3]) } == "ValueError")
    #expect(kind { try a.transposed([Int.min, 0]) } == "AxisError")
    #expect(kind { try a.expandDims(Int.min) } == "AxisError")
    #expect(kind { try a.squeezed(Int.max) } == "AxisError")
    #expect(kind { try a.swapaxes(Int.min, 0) } == "AxisError")
    #expect(kind { try NDArray.diag(NDArray(float64: [1], shape: [1]), k: Int.max) } != nil)
    #expect(kind { try NDArray.diag(NDArray(float64: [1], shape: [1]), k: Int.min) } != nil)
    #expect(kind { try a.tril(Int.max) } == nil)
    #expect(kind { try a.triu(Int.min) } == nil)
    #expect(kind { try a.diagonal(Int.min) } == nil)
    #expect(kind { try NDArray.eye(3, k: Int.max) } == nil)
    #expect(kind { try NDArray.eye(3, k: Int.min) } == nil)
  }

  @Test func dtypeNamesRejectAbsurdWidths() {
    #expect(DType(name: "<U99999999999999999999") == nil)
    #expect(DType(name: "<U\(Int.max)") == nil)
    #expect(DType(name: "U-1") == nil)
    #expect(DType(name: "<U7") == .unicode(7))
  }
}
