import Testing

@testable import SwnbRandom

@Suite struct ZigguratTablesTests {
  @Test func tablesEqualNumpysCompiledTables() throws {
    let golden = try #require(Goldens.ziggurat)
    #expect(ZigguratTables.ki.map { String($0) } == golden.ki)
    #expect(
      ZigguratTables.wi.map(\.bitPattern) == golden.wi.compactMap { hexDouble($0)?.bitPattern })
    #expect(
      ZigguratTables.fi.map(\.bitPattern) == golden.fi.compactMap { hexDouble($0)?.bitPattern })
    #expect(golden.ki.count == 256 && golden.wi.count == 256 && golden.fi.count == 256)
  }
}
