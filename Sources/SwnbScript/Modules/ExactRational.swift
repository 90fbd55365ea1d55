/// A non-negative integer of any size, just big enough for the exact sums behind the
/// `statistics` module: a float's exact value spans 2^-1074 ... 2^1024, so sums and squares of
/// them need a few thousand bits. Little-endian 32-bit limbs, no high zero limbs.
struct Natural: Comparable {
  private(set) var limbs: [UInt32]

  init(_ value: UInt64) {
    limbs = value == 0 ? [] : value >> 32 == 0 ? [UInt32(value)] : [UInt32(truncatingIfNeeded: value), UInt32(value >> 32)]
  }

  private init(limbs: [UInt32]) {
    var l = limbs
    while l.last == 0 { l.removeLast() }
    self.limbs = l
  }

  var isZero: Bool { limbs.isEmpty }

  /// The number of significant bits (0 for zero).
  var bitWidth: Int {
    guard let top = limbs.last else { return 0 }
    return limbs.count * 32 - top.leadingZeroBitCount
  }

  /// self · 2^n.
  func shiftedLeft(_ n: Int) -> Natural {
    guard !isZero, n > 0 else { return self }
    let (whole, part) = (n / 32, n % 32)
    var out = [UInt32](repeating: 0, count: whole)
    out.reserveCapacity(whole + limbs.count + 1)
    if part == 0 {
      out += limbs
    } else {
      var carry: UInt32 = 0
      for l in limbs {
        out.append(l << part | carry)
        carry = l >> (32 - part)
      }
      out.append(carry)
    }
    return Natural(limbs: out)
  }

  static func + (a: Natural, b: Natural) -> Natural {
    let (long, short) = a.limbs.count >= b.limbs.count ? (a.limbs, b.limbs) : (b.limbs, a.limbs)
    var out: [UInt32] = []
    out.reserveCapacity(long.count + 1)
    var carry: UInt64 = 0
    for i in 0..<long.count {
      let s = UInt64(long[i]) + (i < short.count ? UInt64(short[i]) : 0) + carry
      out.append(UInt32(truncatingIfNeeded: s))
      carry = s >> 32
    }
    if carry != 0 { out.append(UInt32(carry)) }
    return Natural(limbs: out)
  }

  /// a − b for a ≥ b (callers compare first).
  static func - (a: Natural, b: Natural) -> Natural {
    var out = a.limbs
    var borrow: Int64 = 0
    for i in 0..<out.count {
      var d = Int64(out[i]) - (i < b.limbs.count ? Int64(b.limbs[i]) : 0) - borrow
      borrow = d < 0 ? 1 : 0
      if d < 0 { d += 1 << 32 }
      out[i] = UInt32(d)
    }
    return Natural(limbs: out)
  }

  static func * (a: Natural, b: Natural) -> Natural {
    guard !a.isZero, !b.isZero else { return Natural(0) }
    var out = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
    for (i, x) in a.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, y) in b.limbs.enumerated() {
        let t = UInt64(x) * UInt64(y) + UInt64(out[i + j]) + carry
        out[i + j] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
      }
      out[i + b.limbs.count] = UInt32(carry)
    }
    return Natural(limbs: out)
  }

  static func < (a: Natural, b: Natural) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
      return a.limbs[i] < b.limbs[i]
    }
    return false
  }

  /// ⌊a / b⌋ and whether the division was exact, for quotients below 2^127 (b > 0).
  static func smallQuotient(_ a: Natural, _ b: Natural) -> (quotient: UInt128, exact: Bool) {
    var rest = a
    var q: UInt128 = 0
    let top = min(126, a.bitWidth - b.bitWidth)
    if top >= 0 {
      for bit in stride(from: top, through: 0, by: -1) {
        let step = b.shiftedLeft(bit)
        if !(rest < step) {
          rest = rest - step
          q |= 1 << UInt128(bit)
        }
      }
    }
    return (q, rest.isZero)
  }
}

/// An exact non-negative rational `numerator / denominator · 2^exponent`, rounded to a float
/// once at the end as CPython's int true division and `statistics._float_sqrt_of_frac` do.
struct ExactRatio {
  var numerator: Natural
  var denominator: Natural
  var exponent: Int

  /// The scaled numerator and denominator: the power of two moved onto one side.
  private var parts: (Natural, Natural) {
    exponent >= 0 ? (numerator.shiftedLeft(exponent), denominator) : (numerator, denominator.shiftedLeft(-exponent))
  }

  /// The value as an integer when it is one and fits an Int (nil: not an integer).
  func integer() throws -> Int? {
    let (n, d) = parts
    guard n.bitWidth <= d.bitWidth + 126 else { throw PyError.make(.overflowError, "int too large") }
    let (q, exact) = Natural.smallQuotient(n, d)
    guard exact else { return nil }
    guard q <= UInt128(Int.max) else { throw PyError.make(.overflowError, "int too large") }
    return Int(q)
  }

  /// The correctly rounded float (round half to even).
  func double() throws -> Double {
    guard !numerator.isZero else { return 0 }
    let (n, d) = parts
    // A quotient of 55 or 56 bits, its last bit made sticky (round to odd), rounds once to 53.
    let shift = n.bitWidth - d.bitWidth - 55
    let (q, exact) = shift >= 0 ? Natural.smallQuotient(n, d.shiftedLeft(shift)) : Natural.smallQuotient(n.shiftedLeft(-shift), d)
    let value = Double(UInt64(truncatingIfNeeded: q) | (exact ? 0 : 1))
    let result = Double(sign: .plus, exponent: shift, significand: value)
    if result.isInfinite { throw PyError.make(.overflowError, "integer division result too large for a float") }
    return result
  }

  /// The correctly rounded square root.
  func squareRoot() -> Double {
    guard !numerator.isZero else { return 0 }
    let (n, d) = parts
    // Scale by 4^t so that the integer quotient has 110 to 113 bits: its root has 55 or more.
    let t = (111 - (n.bitWidth - d.bitWidth)) / 2
    let (q, exact) = t >= 0 ? Natural.smallQuotient(n.shiftedLeft(2 * t), d) : Natural.smallQuotient(n, d.shiftedLeft(-2 * t))
    var root = UInt128(Double(q).squareRoot())
    if root > 0 { root = (root + q / root) / 2 }
    while root * root > q { root -= 1 }
    while (root + 1) * (root + 1) <= q { root += 1 }
    let sticky: UInt64 = exact && root * root == q ? 0 : 1
    return Double(sign: .plus, exponent: -t, significand: Double(UInt64(truncatingIfNeeded: root) | sticky))
  }
}
