import Testing

@testable import SwnbRandom

@Suite struct ZigguratTablesTests {
  static func bits(_ values: [String]?) -> [UInt64] {
    (values ?? []).compactMap { hexDouble($0)?.bitPattern }
  }

  @Test func normalTablesEqualNumpysCompiledTables() throws {
    let golden = try #require(Goldens.ziggurat)
    #expect(ZigguratTables.kn.map { String($0) } == golden["kn"])
    #expect(ZigguratTables.wn.map(\.bitPattern) == Self.bits(golden["wn"]))
    #expect(ZigguratTables.fn.map(\.bitPattern) == Self.bits(golden["fn"]))
    #expect(ZigguratTables.kn.count == 256 && ZigguratTables.fn.count == 256)
  }

  @Test func exponentialTablesEqualNumpysCompiledTables() throws {
    let golden = try #require(Goldens.ziggurat)
    #expect(ZigguratTables.ke.map { String($0) } == golden["ke"])
    #expect(ZigguratTables.we.map(\.bitPattern) == Self.bits(golden["we"]))
    #expect(ZigguratTables.fe.map(\.bitPattern) == Self.bits(golden["fe"]))
    #expect(ZigguratTables.ke.count == 256 && ZigguratTables.fe.count == 256)
  }
}
