/// numpy's FloatingFormat: measures the shown elements once, then formats each one.
///
/// Mirrors `FloatingFormat.fillFormat`/`__call__` in numpy/_core/arrayprint.py: the choice
/// of scientific notation, the common whole/fraction widths (`pad_left`/`pad_right`), the
/// common fraction count in `fixed`/`maxprec_equal`, and the widths of nan/inf.
struct FloatFormat {
  private var scientific = false
  private var padLeft = 0
  private var padRight = 0
  private var exponentDigits: Int? = nil
  private var digits = Dragon4()
  private let nanString: String
  private let infString: String
  private let sign: Character

  /// Measures `values` (the summarised data) under `options`.
  init(measuring values: [Double], float32: Bool, options: PrintOptions) {
    nanString = options.nanString
    infString = options.infString
    sign = options.sign
    digits.float32 = float32
    digits.plusSign = sign == "+"
    let finite = values.filter { $0.isFinite }
    scientific = Self.needsScientific(finite, float32: float32, options: options)
    if finite.isEmpty {
      digits.precision = options.floatMode == .unique ? nil : options.safePrecision
      digits.trim = .point
    } else if scientific {
      measureScientific(finite, options: options)
    } else {
      measurePositional(finite, options: options)
    }
    if sign == " ", !finite.contains(where: { $0.sign == .minus }) { padLeft += 1 }
    if finite.count != values.count {
      let negativeInfinity = sign != "-" || values.contains { $0 == -.infinity }
      let offset = padRight + 1
      padLeft = Swift.max(
        padLeft, nanString.unicodeScalars.count - offset,
        infString.unicodeScalars.count + (negativeInfinity ? 1 : 0) - offset)
    }
  }

  /// numpy's switch to scientific notation, computed in the element type as numpy does.
  private static func needsScientific(
    _ finite: [Double], float32: Bool, options: PrintOptions
  ) -> Bool {
    let magnitudes = finite.lazy.filter { $0 != 0 }.map { Swift.abs($0) }
    guard let maxValue = magnitudes.max(), let minValue = magnitudes.min() else { return false }
    let cutoff = options.legacyLevel <= 202 || !float32 ? 1e8 : 1e6
    if float32 {
      let (hi, lo) = (Float(maxValue), Float(minValue))
      return hi >= Float(cutoff) || (!options.suppress && (lo < Float(0.0001) || hi / lo > 1000))
    }
    return maxValue >= cutoff
      || (!options.suppress && (minValue < 0.0001 || maxValue / minValue > 1000))
  }

  private mutating func measureScientific(_ finite: [Double], options: PrintOptions) {
    var probe = digits
    probe.unique = options.floatMode != .fixed
    probe.trim = probe.unique ? .point : .keep
    probe.precision = options.floatMode == .unique ? nil : options.safePrecision
    var fraction = 0
    var exponent = 0
    for x in finite {
      let pieces = probe.scientific(x)
      padLeft = Swift.max(padLeft, pieces.whole.utf8.count)
      fraction = Swift.max(fraction, pieces.fraction.utf8.count)
      exponent = Swift.max(exponent, (pieces.exponent?.utf8.count ?? 1) - 1)
    }
    exponentDigits = exponent
    digits.unique = probe.unique
    digits.precision = fraction
    digits.minDigits = fraction
    digits.trim = .keep
    padRight = exponent + 2 + fraction
  }

  private mutating func measurePositional(_ finite: [Double], options: PrintOptions) {
    var probe = digits
    probe.unique = options.floatMode != .fixed
    probe.trim = probe.unique ? .point : .keep
    probe.precision = options.floatMode == .unique ? nil : options.safePrecision
    for x in finite {
      let pieces = probe.positional(x)
      padLeft = Swift.max(padLeft, pieces.whole.utf8.count)
      padRight = Swift.max(padRight, pieces.fraction.utf8.count)
    }
    digits.unique = probe.unique
    if options.floatMode == .fixed || options.floatMode == .maxprecEqual {
      digits.precision = padRight
      digits.minDigits = padRight
      digits.trim = .keep
    } else {
      digits.precision = probe.precision
      digits.minDigits = nil
      digits.trim = .point
    }
  }

  /// The text of one element, padded to the common width.
  func format(_ x: Double) -> String {
    guard x.isFinite else { return formatNonFinite(x) }
    if scientific {
      return digits.scientific(x, exponentDigits: exponentDigits).render(padLeft: padLeft)
    }
    return digits.positional(x).render(padLeft: padLeft, padRight: padRight)
  }

  private func formatNonFinite(_ x: Double) -> String {
    let text: String
    if x.isNaN {
      text = (sign == "+" ? "+" : "") + nanString
    } else {
      text = (x < 0 ? "-" : (sign == "+" ? "+" : "")) + infString
    }
    let width = padLeft + padRight + 1 - text.unicodeScalars.count
    return width > 0 ? String(repeating: " ", count: width) + text : text
  }
}
