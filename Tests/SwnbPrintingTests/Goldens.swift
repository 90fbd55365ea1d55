import Foundation
import TestSupport

/// Loads `Goldens/<name>` beside this file (written by Scripts/goldens/printing.py).
func loadGolden(_ name: String, file: String = #filePath) -> [GoldenJSON] {
  let url = URL(fileURLWithPath: file).deletingLastPathComponent()
    .appendingPathComponent("Goldens").appendingPathComponent(name)
  return GoldenJSON.load(url)?.array ?? []
}
