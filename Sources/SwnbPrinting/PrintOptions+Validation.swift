/// An invalid `np.set_printoptions` argument, carrying numpy's exception type and message.
public struct PrintOptionsError: Error, Equatable, Sendable {
  /// The Python exception type: `"ValueError"` or `"TypeError"`.
  public let kind: String
  /// numpy's message.
  public let message: String
}

extension PrintOptions {
  /// The legacy strings numpy accepts.
  public static let legacyModes = ["1.13", "1.21", "1.25", "2.1", "2.2"]

  /// The warning numpy emits (UserWarning) for an unrecognised `legacy` string.
  public static let legacyWarning =
    "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`"

  /// Validates a `floatmode` string as numpy's `_make_options_dict` does.
  /// - Throws: `PrintOptionsError` (ValueError) for an unknown mode.
  public static func floatMode(_ name: String) throws -> FloatMode {
    if let mode = FloatMode(rawValue: name) { return mode }
    throw PrintOptionsError(
      kind: "ValueError",
      message:
        "floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\"")
  }

  /// Validates a `sign` string: one of `"-"`, `"+"`, `" "`.
  /// - Throws: `PrintOptionsError` (ValueError) otherwise.
  public static func sign(_ text: String) throws -> Character {
    if text == "-" || text == "+" || text == " ", let first = text.first { return first }
    throw PrintOptionsError(
      kind: "ValueError", message: "sign option must be one of ' ', '+', or '-'")
  }

  /// Validates a numeric `threshold`: NaN is refused; other values are clamped to `Int`.
  /// - Throws: `PrintOptionsError` (ValueError) for NaN.
  public static func threshold(_ value: Double) throws -> Int {
    if value.isNaN {
      throw PrintOptionsError(
        kind: "ValueError",
        message: "threshold must be non-NAN, try sys.maxsize for untruncated representation")
    }
    if value >= 9.2e18 { return Int.max }
    if value <= -9.2e18 { return Int.min }
    return Int(value.rounded(.down))
  }

  /// The error numpy raises for a non-numeric `threshold` (a str, list, …).
  public static let thresholdTypeError = PrintOptionsError(
    kind: "TypeError", message: "threshold must be numeric")

  /// The error numpy raises for a `precision` that is not an integer (float, str, …).
  public static let precisionTypeError = PrintOptionsError(
    kind: "TypeError", message: "precision must be an integer")

  /// The error numpy raises when printing floats with a negative `precision`.
  public static let negativePrecisionError = PrintOptionsError(
    kind: "ValueError", message: "precision must be >= 0")

  /// Maps a `legacy` string to the stored value; unknown strings leave the mode unchanged
  /// and return numpy's warning text.
  public static func legacy(_ text: String) -> (mode: String?, warning: String?) {
    if legacyModes.contains(text) { return (text, nil) }
    return (nil, legacyWarning)
  }

  /// Checks options that numpy only rejects when an array of `elements` is printed.
  /// - Throws: `negativePrecisionError` for float data printed with a negative precision
  ///   (in any float mode but `unique`).
  public func validate(for elements: PrintableElements) throws {
    guard elements.isFloat, floatMode != .unique, precision < 0 else { return }
    throw Self.negativePrecisionError
  }
}
