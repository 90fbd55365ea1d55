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
    printf(fixed: true, magnitude, precision: count)
  }

  /// The exact value of `magnitude` correctly rounded to `count` (≥ 1) significant digits.
  static func rounded(_ magnitude: Double, significantDigits count: Int) -> DecimalDigits {
    printf(fixed: false, magnitude, precision: Swift.max(count, 1) - 1)
  }

  /// Reads plain or exponent notation (`"123.45"`, `"1.5e-07"`) into normalized digits.
  static func parse(_ text: String) -> DecimalDigits {
    var text = text
    return text.withUTF8 { parse($0) }
  }

  /// Reads plain or exponent notation from ASCII bytes into normalized digits.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalDigits {
    var digits: [UInt8] = []
    digits.reserveCapacity(bytes.count)
    var wholeCount = 0
    var seenPoint = false
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in bytes {
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
    guard let first = digits.firstIndex(where: { $0 != 0 }),
      let last = digits.lastIndex(where: { $0 != 0 })
    else { return DecimalDigits(digits: [], pointPosition: 0) }
    let point = wholeCount + exponentSign * exponent - first
    if first == 0 && last == digits.count - 1 {
      return DecimalDigits(digits: digits, pointPosition: point)
    }
    return DecimalDigits(digits: Array(digits[first...last]), pointPosition: point)
  }

  /// These digits rounded to their first `keep` digits, or nil when the dropped tail is a
  /// lone 5.
  ///
  /// Valid for shortest round-trip digits: any rounding boundary shorter than them lies
  /// outside the round-trip interval, so it cannot separate them from the exact value, and
  /// one of the same length would be closer to the exact value than they are. Only a tail of
  /// exactly "5" (the shortest digits sit on the boundary) needs the exact value.
  func roundedShortest(keeping keep: Int) -> DecimalDigits? {
    guard keep < digits.count else { return self }
    if keep < 0 { return DecimalDigits(digits: [], pointPosition: 0) }
    let first = digits[keep]
    if first == 5 && keep == digits.count - 1 { return nil }
    var kept = Array(digits[0..<keep])
    var point = pointPosition
    if first >= 5 {
      var index = kept.count - 1
      while index >= 0 && kept[index] == 9 {
        kept[index] = 0
        index -= 1
      }
      if index >= 0 {
        kept[index] += 1
      } else {
        kept.insert(1, at: 0)
        point += 1
      }
    }
    while let last = kept.last, last == 0 { kept.removeLast() }
    if kept.isEmpty { return DecimalDigits(digits: [], pointPosition: 0) }
    return DecimalDigits(digits: kept, pointPosition: point)
  }

  /// The digit at `index` (0-based from the first digit), zero beyond the stored digits.
  func digit(at index: Int) -> UInt8 {
    index >= 0 && index < digits.count ? digits[index] : 0
  }
}

/// Formats one double with glibc's exact `%.*f` or `%.*e` and reads the digits back.
private func printf(fixed: Bool, _ value: Double, precision: Int) -> DecimalDigits {
  let precision = Int32(clamping: Swift.min(Swift.max(precision, 0), FormatSpec.maxLength))
  let format: StaticString = fixed ? "%.*f" : "%.*e"
  var capacity = 512 + Int(precision)
  while true {
    let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) {
      buffer -> DecimalDigits? in
      let written = withVaList([precision, value]) { args in
        buffer.withMemoryRebound(to: CChar.self) { raw in
          vsnprintf(
            raw.baseAddress, raw.count,
            UnsafeRawPointer(format.utf8Start)
              .assumingMemoryBound(to: CChar.self), args)
        }
      }
      if written < 0 { return DecimalDigits(digits: [], pointPosition: 0) }
      if Int(written) >= capacity {
        capacity = Int(written) + 1
        return nil
      }
      return DecimalDigits.parse(UnsafeBufferPointer(rebasing: buffer[0..<Int(written)]))
    }
    if let result { return result }
  }
}
