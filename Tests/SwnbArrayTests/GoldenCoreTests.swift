import Testing

@testable import SwnbArray

/// Every case of Goldens/array_core.json (numpy 2.4 output of Scripts/goldens/array_core.py).
@Suite struct GoldenCoreTests {
  static let cases = GoldenCase.load("array_core.json")

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count > 300)
  }

  @Test(arguments: cases)
  func matchesNumpy(_ c: GoldenCase) {
    if c.op == "get" {
      checkGet(c)
      return
    }
    Golden.check(c) { try GoldenOps.run(c.op, c.args) }
  }

  private func checkGet(_ c: GoldenCase) {
    do {
      let base = try Golden.array(c.args["a"])
      let items = try GoldenOps.items(c.args["index"])
      Golden.check(c) {
        let r = try base.get(items)
        // numpy reports no sharing for empty results and returns scalars for full integer
        // indexing (swnb gives 0-d views there).
        if r.size > 0 && r.ndim > 0 {
          #expect(r.sharesStorage(with: base) == (c.expect["shares"] == .bool(true)), "\(c.id) shares")
        }
        return r
      }
    } catch {
      Issue.record("\(c.id): cannot build inputs: \(error)")
    }
  }
}

extension JSON: Equatable {
  static func == (a: JSON, b: JSON) -> Bool {
    switch (a, b) {
    case (.bool(let x), .bool(let y)): x == y
    case (.null, .null): true
    default: false
    }
  }
}
