import Foundation

/// Debian's KaTeX (`libjs-katex`), made self-contained: script, auto-render and a stylesheet whose
/// fonts are inlined as woff2 `data:` URIs.
struct KaTeXAssets: Sendable {
  /// Where `libjs-katex` installs KaTeX.
  static let defaultDirectory = "/usr/share/javascript/katex"

  var script: String
  var autoRender: String
  var stylesheet: String

  /// KaTeX from `directory`, read once per process; nil when a file is missing.
  static func load(from directory: String) -> KaTeXAssets? {
    cache.value(for: directory) { read(from: directory) }
  }

  private static let cache = AssetCache()

  /// Reads KaTeX from `directory`; nil when a file is missing.
  private static func read(from directory: String) -> KaTeXAssets? {
    func text(_ name: String) -> String? {
      guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
        return nil
      }
      return String(decoding: data, as: UTF8.self)
    }
    guard let script = text("katex.min.js"), let autoRender = text("contrib/auto-render.js"),
      let css = text("katex.min.css")
    else { return nil }
    guard let stylesheet = inlineFonts(css, fonts: directory + "/fonts") else { return nil }
    return KaTeXAssets(
      script: safeInScript(script), autoRender: safeInScript(autoRender), stylesheet: stylesheet)
  }

  /// `css` with each `@font-face` `src` reduced to its woff2 file as a data URI.
  static func inlineFonts(_ css: String, fonts: String) -> String? {
    var result = ""
    var rest = Substring(css)
    while let face = rest.range(of: "@font-face{") {
      result += rest[..<face.lowerBound]
      guard let close = rest[face.upperBound...].firstIndex(of: "}") else { return nil }
      let body = rest[face.upperBound..<close]
      var declarations: [String] = []
      for declaration in body.split(separator: ";") {
        guard declaration.hasPrefix("src:") else {
          declarations.append(String(declaration))
          continue
        }
        guard let file = woff2File(in: declaration),
          let data = FileManager.default.contents(atPath: fonts + "/" + file)
        else { return nil }
        declarations.append(
          "src:url(data:font/woff2;base64,\(data.base64EncodedString())) format('woff2')")
      }
      result += "@font-face{" + declarations.joined(separator: ";") + "}"
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  /// The file name of the woff2 source in a `src:` declaration.
  private static func woff2File(in declaration: Substring) -> String? {
    for source in declaration.dropFirst(4).split(separator: ",") where source.contains("woff2") {
      guard let open = source.range(of: "url("),
        let close = source[open.upperBound...].firstIndex(of: ")")
      else {
        continue
      }
      var path = source[open.upperBound..<close].trimmingCharacters(
        in: CharacterSet(charactersIn: "'\""))
      if let slash = path.lastIndex(of: "/") { path = String(path[path.index(after: slash)...]) }
      return path
    }
    return nil
  }

  /// Script text that cannot end its `<script>` element early.
  private static func safeInScript(_ script: String) -> String {
    script.replacingOccurrences(of: "</script", with: "<\\/script")
  }
}

/// Loaded assets by folder, shared by every render in the process.
private final class AssetCache: @unchecked Sendable {
  private let lock = NSLock()
  private var loaded: [String: KaTeXAssets?] = [:]

  func value(for directory: String, load: () -> KaTeXAssets?) -> KaTeXAssets? {
    lock.lock()
    defer { lock.unlock() }
    if let known = loaded[directory] { return known }
    let assets = load()
    loaded[directory] = .some(assets)
    return assets
  }
}
