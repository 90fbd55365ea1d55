import Foundation
import Testing

@testable import SwnbNotebook

/// `swnb import`: Jupyter notebooks into swnb Markdown, checked by rendering them back to ipynb
/// against what Scripts/goldens/notebook_ipynb.py expects.
@Suite struct IPynbImportTests {
  static let folder = Goldens.directory.appendingPathComponent("ipynb")

  struct ExpectedCell: Decodable {
    var cell_type: String
    var source: String
    var output: String?
    var traceback: [String]?
    var ename: String?
    var evalue: String?
  }

  struct BadJSON: Decodable, CustomStringConvertible {
    var text: String
    var line: Int
    var python: String
    var description: String { "\(python) in \(text.debugDescription)" }
  }

  static let expected: [String: [ExpectedCell]] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("expected.json")),
      let decoded = try? JSONDecoder().decode([String: [ExpectedCell]].self, from: data)
    else { return [:] }
    return decoded
  }()

  static let badJSON: [BadJSON] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("bad-json.json")),
      let decoded = try? JSONDecoder().decode([BadJSON].self, from: data)
    else { return [] }
    return decoded
  }()

  private func imported(_ name: String) throws -> ImportedNotebook {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name + ".ipynb"))
    return try IPynbImporter.convert(Array(data), file: name + ".ipynb")
  }

  private func text(_ value: Any?) -> String {
    (value as? [String])?.joined() ?? (value as? String) ?? ""
  }

  @Test(arguments: ["basic", "outputs"]) func roundTripGivesTheSameCellsAndOutputs(name: String)
    throws
  {
    let expected = try #require(Self.expected[name])
    let notebook = try Notebook(text: try imported(name).markdown, file: name + ".md")
    let json = IPynbWriter.render(notebook)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let cells = try #require(root["cells"] as? [[String: Any]])
    #expect(cells.count == expected.count)
    for (cell, want) in zip(cells, expected) {
      #expect(cell["cell_type"] as? String == want.cell_type)
      #expect(text(cell["source"]) == want.source)
      guard want.cell_type == "code" else { continue }
      let outputs = cell["outputs"] as? [[String: Any]] ?? []
      var shown = ""
      var traceback: [String]?
      var ename: String?
      var evalue: String?
      for output in outputs {
        switch output["output_type"] as? String {
        case "stream": shown += text(output["text"])
        case "execute_result":
          shown += text((output["data"] as? [String: Any])?["text/plain"])
        case "error":
          traceback = output["traceback"] as? [String]
          ename = output["ename"] as? String
          evalue = output["evalue"] as? String
        default: Issue.record("unexpected output \(output)")
        }
      }
      #expect(shown == want.output, "cell \(want.source.debugDescription)")
      #expect(traceback == want.traceback)
      #expect(ename == want.ename && evalue == want.evalue)
    }
  }

  @Test func whatCannotComeOverIsNoted() throws {
    #expect(try imported("basic").notes.isEmpty)
    let notes = try imported("outputs").notes
    #expect(notes.count == 2)
    #expect(notes.contains { $0.contains("stderr text dropped") })
    #expect(notes.contains { $0.contains("display_data without text/plain dropped") })
  }

  @Test func fencesOutgrowBackticksInsideAndColourCodesGo() throws {
    let markdown = try imported("basic").markdown
    #expect(markdown.contains("````python\ns = '```'\nprint(s)\n````\n"))
    #expect(markdown.contains("````output\n```\n````\n"))
    #expect(!markdown.contains("\u{1B}"))
    #expect(markdown.contains("```raw\n\\begin{equation}x\\end{equation}\n```\n"))
    #expect(stripANSI("\u{1B}[0;31mA\u{1B}[0m b \u{1B}]8;;x\u{07}c\u{1B}") == "A b c")
  }

  @Test(arguments: badJSON) func badJSONNamesPythonsLine(_ bad: BadJSON) {
    #expect(throws: NotebookError.self) {
      try IPynbImporter.convert(Array(bad.text.utf8), file: "b")
    }
    do {
      _ = try IPynbImporter.convert(Array(bad.text.utf8), file: "b.ipynb")
    } catch {
      #expect(error.line == bad.line)
      #expect(error.message.hasPrefix("invalid JSON: "))
    }
  }

  @Test func wrongFormatsAreRefusedWithTheirLine() {
    func failure(_ text: String) -> NotebookError? {
      do {
        _ = try IPynbImporter.convert(Array(text.utf8), file: "n.ipynb")
        return nil
      } catch { return error }
    }
    #expect(
      failure("{\n \"nbformat\": 3,\n \"worksheets\": []\n}")?.description.hasPrefix(
        "n.ipynb:2: nbformat 3 is not supported") == true)
    #expect(failure("[]")?.message == "not a Jupyter notebook (expected a JSON object)")
    #expect(failure("{\"nbformat\": 4}")?.message == "not a Jupyter notebook (no 'cells' list)")
    #expect(
      failure("{\"nbformat\": 4, \"cells\": [\n{\"source\": []}]}")?.description
        == "n.ipynb:2: cell 1 has no 'cell_type'")
    #expect(
      failure("{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\",\n\"source\": [1]}]}")?
        .line == 2)
    let invalid = Array("{\"nbformat\": 4,\n\"cells\": [\"".utf8) + [0xFF] + Array("\"]}".utf8)
    #expect(
      throws: NotebookError(
        file: "x", line: 2, message: "invalid JSON: the text is not valid UTF-8")
    ) {
      try IPynbImporter.convert(invalid, file: "x")
    }
    let deep = String(repeating: "[", count: 100_000)
    #expect(failure(deep)?.message == "invalid JSON: JSON nested too deeply")
  }

  @Test func otherLanguagesAreShownNotRunAndOpenFencesAreNoted() throws {
    let r = """
      {"nbformat": 4, "metadata": {"language_info": {"name": "R"}},
       "cells": [{"cell_type": "code", "source": "1 + 1", "outputs": []}]}
      """
    let imported = try IPynbImporter.convert(Array(r.utf8), file: "r.ipynb")
    #expect(imported.markdown == "```R\n1 + 1\n```\n")
    #expect(try Notebook(text: imported.markdown, file: "r.md").cells.isEmpty)
    let open = """
      {"nbformat": 4, "cells": [{"cell_type": "markdown", "source": "~~~"},
       {"cell_type": "code", "source": "x = 1", "outputs": []}]}
      """
    let swallowed = try IPynbImporter.convert(Array(open.utf8), file: "o.ipynb")
    #expect(swallowed.notes.count == 1 && swallowed.notes[0].contains("code fence open"))
  }

  @Test func escapesAndSurrogatePairsDecode() throws {
    let node = try JSONReader.parse(
      Array(#"["\u00e7\ud83d\ude00\n\t\/", -1.5e2, true, null]"#.utf8))
    let items = try #require(node.array)
    #expect(items[0].string == "ç😀\n\t/")
    #expect(items.count == 4)
    if case .number(let value) = items[1].value { #expect(value == -150) } else { Issue.record() }
  }
}
