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
  /// `ValueError: array is too big; ...` (a size whose bytes overflow `Int`).
  public static let arrayTooBig = value(
    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
  /// `ValueError: a must be 1-dimensional` (legacy `choice` with an n-d `a`).
  public static let choiceNot1D = value("a must be 1-dimensional")
  /// `ValueError: a must be 1-dimensional or an integer` (legacy `choice`, non-integer 0-d `a`).
  public static let choiceNotIntegerLegacy = value("a must be 1-dimensional or an integer")
  /// `ValueError: p must be 1-dimensional` (`Generator.choice`).
  public static let choicePNot1D = value("p must be 1-dimensional")
  /// `ValueError: 'p' must be 1-dimensional` (legacy `choice`).
  public static let choicePNot1DLegacy = value("'p' must be 1-dimensional")
  /// `ValueError: negative dimensions are not allowed` (any negative size).
  public static let negativeDimensions = value("negative dimensions are not allowed")

  /// numpy's checks on an array size: `negative dimensions are not allowed`, or `array is too
  /// big; ...` when `count` 8-byte elements overflow `Int`. Every `count:` method runs it;
  /// call it before `permutation(_:)` and before sizing buffers from user input.
  public static func checkSize(_ count: Int) throws(RandomError) {
    try checkCount(count)
  }

  /// `ValueError: a must be a sequence or an integer, not <class 'T'>` (`Generator.choice`).
  public static func choiceNotInteger(pythonTypeName: String) -> RandomError {
    value("a must be a sequence or an integer, not <class '\(pythonTypeName)'>")
  }
}

/// numpy's size checks for `count` 8-byte elements: negative is "negative dimensions", and a
/// byte count past `Int.max` is "array is too big". (Smaller but unallocatable sizes are the
/// caller's to report, as numpy's MemoryError names the shape.)
func checkCount(_ count: Int) throws(RandomError) {
  if count < 0 { throw RandomError.negativeDimensions }
  if count.multipliedReportingOverflow(by: 8).overflow { throw RandomError.arrayTooBig }
}
