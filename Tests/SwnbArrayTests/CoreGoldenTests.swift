import TestSupport
import Testing

@testable import SwnbArray

/// Every case of Goldens/array_core.json (numpy 2.4 output of Scripts/goldens/array_core.py).
@Suite struct CoreGoldenTests {
  static let cases = CoreGoldenCase.load("array_core.json")

  @Test func fixtureIsPresent() {
    #expect(Self.cases.count > 300)
  }

  @Test(arguments: cases)
  func matchesNumpy(_ c: CoreGoldenCase) {
    if c.op == "get" {
      checkGet(c)
      return
    }
    switch c.op {
    case "repr", "str", "scalar_repr":
      #expect((try? CoreGoldenOps.text(c.op, c.args)) == c.expect["text"].string, "\(c.id)")
    case "tolist":
      let nested = try? CoreGolden.array(c.args["a"]).toNested()
      #expect(nested == CoreGolden.nested(c.expect["nested"]), "\(c.id)")
    default:
      CoreGolden.check(c, tolerance: CoreGoldenOps.approximate.contains(c.op) ? 1e-12 : 0) {
        try CoreGoldenOps.run(c.op, c.args)
      }
    }
  }

  private func checkGet(_ c: CoreGoldenCase) {
    do {
      let base = try CoreGolden.array(c.args["a"])
      let items = try CoreGoldenOps.items(c.args["index"])
      CoreGolden.check(c) {
        let r = try base.get(items)
        // numpy reports no sharing for empty results and returns scalars for full integer
        // indexing (swnb gives 0-d views there).
        if r.size > 0 && r.ndim > 0 {
          #expect(
            r.sharesStorage(with: base) == (c.expect["shares"] == .bool(true)), "\(c.id) shares")
        }
        return r
      }
    } catch {
      Issue.record("\(c.id): cannot build inputs: \(error)")
    }
  }
}
