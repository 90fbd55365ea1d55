import Testing

@testable import SwnbArray

@Suite struct MemoryCapTests {
  @Test func environmentOverridesMachineLimits() {
    let cap = MemoryCap.resolved(
      environment: ["SWNB_MAX_MEMORY": "4096"], physicalMemory: 1 << 34, cgroupMax: "max\n",
      addressSpaceLimit: nil)
    #expect(cap.bytes == 4096)
  }

  @Test func smallestMachineLimitWins() {
    let physical = MemoryCap.resolved(
      environment: [:], physicalMemory: 1 << 30, cgroupMax: "max\n", addressSpaceLimit: nil)
    #expect(physical.bytes == 1 << 30)
    let cgroup = MemoryCap.resolved(
      environment: [:], physicalMemory: 1 << 30, cgroupMax: "5000000\n",
      addressSpaceLimit: 1 << 40)
    #expect(cgroup.bytes == 5_000_000)
    let rlimit = MemoryCap.resolved(
      environment: ["SWNB_MAX_MEMORY": "lots"], physicalMemory: 1 << 30, cgroupMax: nil,
      addressSpaceLimit: 1 << 20)
    #expect(rlimit.bytes == 1 << 20)
  }

  @Test func allocationBeyondCapIsNumpysMemoryError() {
    let cap = MemoryCap(bytes: 1000)
    #expect(throws: Never.self) { try Storage.allocate(.float64, count: 125, shape: [125], cap: cap) }
    // numpy 2.4: np.zeros((100000, 100000)) on a machine without 74.5 GiB free.
    #expect(
      throws: ArrayError(
        .memoryError,
        "Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64")
    ) { try Storage.allocate(.float64, count: 10_000_000_000, shape: [100000, 100000], cap: cap) }
    #expect(throws: ArrayError.memory(shape: [126], dtype: .float64)) {
      try Storage.allocate(.float64, count: 126, shape: [126], zeroed: false, cap: cap)
    }
  }

  @Test func processCapRefusesHugeArrays() {
    #expect(throws: ArrayError.self) { try NDArray(zeros: [100000, 100000, 100]) }
  }
}
