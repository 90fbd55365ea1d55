import Testing

@testable import SwnbScript

/// The acceptance test: the seed NMF-ALS notebook's cells display exactly what IPython shows.
@Suite struct SeedNotebookTests {
  @Test func seedCellsMatchIPython() {
    let cells = GoldenProgram.load("seed.json")
    #expect(cells.count == 2)
    let session = ScriptSession(directory: "/tmp")
    for (i, cell) in cells.enumerated() {
      let r = session.run(cell.source, file: "seed.md", firstLine: 1 + 40 * i, label: nil, executionCount: i + 1, timeout: 60)
      #expect(r.error == nil)
      #expect(r.printed == cell.printed)
      #expect(r.display == cell.display)
    }
  }
}
