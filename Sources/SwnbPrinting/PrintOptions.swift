/// numpy's `floatmode` print option.
public enum FloatMode: String, Sendable, CaseIterable {
  /// Always `precision` fraction digits.
  case fixed
  /// The shortest round-trip digits; `precision` is ignored.
  case unique
  /// At most `precision` fraction digits, fewer when an element needs fewer (the default).
  case maxprec
  /// At most `precision`, the same count for every element.
  case maxprecEqual = "maxprec_equal"
}

/// The values of `np.set_printoptions`, with numpy's defaults.
///
/// A value, not a global: the interpreter owns one and passes it to every print call.
public struct PrintOptions: Sendable, Equatable {
  /// Digits after the point (`precision`); negative values print as 0.
  public var precision = 8
  /// Arrays with more elements than this are summarised (`threshold`).
  public var threshold = 1000
  /// Items shown at each end of a summarised axis (`edgeitems`).
  public var edgeItems = 3
  /// Characters per line before wrapping (`linewidth`).
  public var lineWidth = 75
  /// Never use scientific notation for small values (`suppress`).
  public var suppress = false
  /// Text of NaN (`nanstr`).
  public var nanString = "nan"
  /// Text of infinity (`infstr`).
  public var infString = "inf"
  /// Sign of positive floats and ints: `"-"`, `"+"` or `" "` (`sign`).
  public var sign: Character = "-"
  /// Interpretation of `precision` (`floatmode`).
  public var floatMode: FloatMode = .maxprec
  /// Legacy mode: nil, `"1.21"`, `"1.25"`, `"2.1"` or `"2.2"` (`"1.13"` is accepted but
  /// printed as `"1.21"`).
  public var legacy: String? = nil
  /// Per-dtype element texts (`formatter`); nil prints numpy's measured texts.
  public var formatter: CustomElementText? = nil

  /// numpy's defaults.
  public init() {}

  /// numpy's internal legacy number (121, 125, 201, 202, or `Int.max` for none).
  /// numpy 1.13's layout rules are not implemented; "1.13" prints as "1.21".
  var legacyLevel: Int {
    switch legacy {
    case "1.13", "1.21": return 121
    case "1.25": return 125
    case "2.1": return 201
    case "2.2": return 202
    default: return Int.max
    }
  }

  /// `edgeItems` clamped to a range that cannot overflow index arithmetic.
  var safeEdgeItems: Int { Swift.min(Swift.max(edgeItems, 0), Int.max / 4) }

  /// `lineWidth` clamped to a range that cannot overflow width arithmetic.
  var safeLineWidth: Int { Swift.min(Swift.max(lineWidth, -(1 << 40)), 1 << 40) }

  /// `precision` clamped to the range the digit generator accepts.
  var safePrecision: Int { Swift.min(Swift.max(precision, 0), 10_000) }
}
