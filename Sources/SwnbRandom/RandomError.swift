/// An error raised by a random routine, carrying numpy's exception type and exact message.
///
/// `kind` is the Python exception class name (`ValueError`, `OverflowError`,
/// `IndexError`); `message` is numpy 2.4's wording, byte for byte.
public struct RandomError: Error, Equatable, Sendable {
  /// The Python exception type name, e.g. `"ValueError"`.
  public let kind: String
  /// numpy's message text.
  public let message: String

  /// Creates an error of the given Python kind.
  public init(kind: String, message: String) {
    self.kind = kind
    self.message = message
  }

  static func value(_ message: String) -> RandomError {
    RandomError(kind: "ValueError", message: message)
  }
}

// numpy 2.4 messages used by more than one entry point, sorted.
extension RandomError {
  /// `ValueError: a must be 1-dimensional` (legacy `choice` with an n-d `a`).
  public static let choiceNot1D = value("a must be 1-dimensional")
  /// `ValueError: a must be 1-dimensional or an integer` (legacy `choice`, non-integer 0-d `a`).
  public static let choiceNotIntegerLegacy = value("a must be 1-dimensional or an integer")
  /// `ValueError: 'p' must be 1-dimensional` (legacy `choice`).
  public static let choicePNot1DLegacy = value("'p' must be 1-dimensional")
  /// `ValueError: p must be 1-dimensional` (`Generator.choice`).
  public static let choicePNot1D = value("p must be 1-dimensional")
  /// `ValueError: negative dimensions are not allowed` (any negative size).
  public static let negativeDimensions = value("negative dimensions are not allowed")

  /// `ValueError: a must be a sequence or an integer, not <class 'T'>` (`Generator.choice`).
  public static func choiceNotInteger(pythonTypeName: String) -> RandomError {
    value("a must be a sequence or an integer, not <class '\(pythonTypeName)'>")
  }
}

/// Throws numpy's negative-dimension error for a negative element count.
func checkCount(_ count: Int) throws(RandomError) {
  if count < 0 { throw RandomError.negativeDimensions }
}
