/// How to publish HTML.
public struct HTMLOptions: Sendable, Equatable {
  /// Drop raw HTML and unsafe link targets from the prose (`--safe-html`).
  public var safe = false
  /// Where KaTeX is read from when the page has math.
  public var katexDirectory = KaTeXAssets.defaultDirectory

  public init() {}
}

/// A published page.
public struct HTMLPage: Sendable, Equatable {
  /// The whole self-contained document, as UTF-8.
  public var bytes: [UInt8]
  /// The whole self-contained document.
  public var html: String { String(decoding: bytes, as: UTF8.self) }
  /// Whether the page has math (and so carries KaTeX).
  public var hasMath: Bool
  /// Problems worth telling the user (KaTeX missing, for example).
  public var warnings: [String]
}
