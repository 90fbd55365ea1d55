/// numpy's `formatter` print option: caller-supplied texts for the shown elements, replacing
/// the measured formatting (numpy pads nothing then: each element prints as its text).
///
/// A reference type compared by identity, so `PrintOptions` stays `Equatable`.
/// `@unchecked Sendable`: the interpreter that builds it calls it on its own thread only.
public final class CustomElementText: @unchecked Sendable, Equatable {
  /// The texts of `elements` (the shown elements, in C order), or nil when no formatter
  /// applies to their dtype.
  public let texts: (PrintableElements) -> [String]?

  /// - Parameter texts: returns one text per element, or nil for numpy's own formatting.
  public init(_ texts: @escaping (PrintableElements) -> [String]?) {
    self.texts = texts
  }

  public static func == (a: CustomElementText, b: CustomElementText) -> Bool { a === b }
}
