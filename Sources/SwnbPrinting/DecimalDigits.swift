#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The decimal digits of a finite, non-negative value: `0.d₁d₂…dₙ × 10^pointPosition`.
///
/// Digits carry no leading or trailing zeros; zero has no digits. Two sources exist:
/// the shortest round-trip digits (what Dragon4's unique mode and CPython's `repr` produce)
/// and the correctly rounded digits of the exact binary value (Dragon4's cut-off mode,
/// `%.*f`/`%.*e`), which glibc's printf computes exactly with ties to even.
struct DecimalDigits: Equatable {
  /// Digit values 0…9, most significant first.
  var digits: [UInt8]
  /// Position of the decimal point relative to the first digit.
  var pointPosition: Int

  /// True when the value is zero.
  var isZero: Bool { digits.isEmpty }

  /// The count of digits after the decimal point.
  var fractionCount: Int { Swift.max(0, digits.count - pointPosition) }

  /// The shortest digits that round-trip `magnitude` in its own type.
  ///
  /// Swift's `description` prints the shortest, closest round-trip digits, the same digits
  /// numpy's Dragon4 (unique mode) and CPython's `repr` choose.
  static func shortest(_ magnitude: Double, float32: Bool) -> DecimalDigits {
    let text = float32 ? Float(magnitude).description : magnitude.description
    return parse(text)
  }

  /// The exact value of `magnitude` correctly rounded to `count` digits after the point.
  static func rounded(_ magnitude: Double, fractionDigits count: Int) -> DecimalDigits {
    parse(printf("%.*f", magnitude, precision: count))
  }

  /// The exact value of `magnitude` correctly rounded to `count` (≥ 1) significant digits.
  static func rounded(_ magnitude: Double, significantDigits count: Int) -> DecimalDigits {
    parse(printf("%.*e", magnitude, precision: Swift.max(count, 1) - 1))
  }

  /// Reads plain or exponent notation (`"123.45"`, `"1.5e-07"`) into normalized digits.
  static func parse(_ text: String) -> DecimalDigits {
    var digits: [UInt8] = []
    var wholeCount = 0
    var seenPoint = false
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let value = byte - UInt8(ascii: "0")
        if inExponent {
          exponent = Swift.min(exponent * 10 + Int(value), 100_000)
        } else {
          digits.append(value)
          if !seenPoint { wholeCount += 1 }
        }
      case UInt8(ascii: "."): seenPoint = true
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-") where inExponent: exponentSign = -1
      default: break
      }
    }
    var point = wholeCount + exponentSign * exponent
    let leading = digits.prefix { $0 == 0 }.count
    if leading == digits.count { return DecimalDigits(digits: [], pointPosition: 0) }
    point -= leading
    let trailing = digits.reversed().prefix { $0 == 0 }.count
    let kept = Array(digits[leading..<(digits.count - trailing)])
    return DecimalDigits(digits: kept, pointPosition: point)
  }

  /// The digit at `index` (0-based from the first digit), zero beyond the stored digits.
  func digit(at index: Int) -> UInt8 {
    index >= 0 && index < digits.count ? digits[index] : 0
  }
}

/// Formats one double with a C format taking a precision argument (`%.*f`, `%.*e`).
private func printf(_ format: String, _ value: Double, precision: Int) -> String {
  let precision = Int32(clamping: Swift.min(Swift.max(precision, 0), 100_000))
  var capacity = 400 + Int(precision)
  while true {
    var buffer = [CChar](repeating: 0, count: capacity)
    let written = withVaList([precision, value]) { args in
      buffer.withUnsafeMutableBufferPointer { raw in
        vsnprintf(raw.baseAddress, raw.count, format, args)
      }
    }
    if written < 0 { return "0" }
    if Int(written) < capacity {
      let bytes = buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }
      return String(decoding: bytes, as: UTF8.self)
    }
    capacity = Int(written) + 1
  }
}
