/// The integer dtypes `randint` / `integers` accept (`dtype=`), with numpy's bounds.
///
/// Results come back as `Int64`: the value itself for every dtype except `uint64`, whose
/// values above `Int64.max` come back as their bit pattern.
public enum IntegerDType: String, Sendable, CaseIterable {
  case bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64

  /// Bits in one element.
  var width: Int {
    switch self {
    case .bool: 1
    case .int8, .uint8: 8
    case .int16, .uint16: 16
    case .int32, .uint32: 32
    case .int64, .uint64: 64
    }
  }

  var isSigned: Bool { [.int8, .int16, .int32, .int64].contains(self) }

  /// The smallest value (`{{lb}}` in numpy's `_bounded_integers`).
  var lowerBound: Int64 { isSigned ? (width == 64 ? .min : -(Int64(1) << (width - 1))) : 0 }

  /// The largest value representable in an `Int64` argument (`{{ub}}`, capped).
  var upperBound: Int64 {
    if self == .bool { return 1 }
    if width == 64 { return .max }
    return isSigned ? (Int64(1) << (width - 1)) - 1 : (Int64(1) << width) - 1
  }
}

/// `_rand_<dtype>`'s scalar bounds in numpy's order (low in range, high in range, then
/// non-empty): (offset, inclusive width) as 64-bit words, wrapped to the dtype when drawn.
func boundedRange(
  low: Int64, high: Int64?, endpoint: Bool, dtype: IntegerDType
) throws(RandomError) -> (UInt64, UInt64) {
  let (lo, hi) = high.map { (low, $0) } ?? (0, low)
  if lo < dtype.lowerBound {
    throw RandomError.value("low is out of bounds for \(dtype.rawValue)")
  }
  // numpy subtracts 1 from an open `high` first; from Int64.min that is below every bound.
  let top: Int64? = endpoint ? hi : (hi == .min ? nil : hi - 1)
  if let top, top > dtype.upperBound {
    throw RandomError.value("high is out of bounds for \(dtype.rawValue)")
  }
  return try boundedRange(low: lo, high: hi, endpoint: endpoint)
}

/// A 32-bit word handed out in 8- or 16-bit pieces or single bits (numpy's `bcnt`/`buf`);
/// fresh for every fill call, as in numpy.
private struct BitBuffer {
  var word: UInt32 = 0
  var left = 0
}

extension BitSource {
  private mutating func piece(_ width: Int, _ buffer: inout BitBuffer) -> UInt32 {
    if buffer.left == 0 {
      buffer.word = next32()
      buffer.left = 32 / width - 1
    } else {
      buffer.word >>= UInt32(width)
      buffer.left -= 1
    }
    return width == 32 ? buffer.word : buffer.word & ((1 << UInt32(width)) - 1)
  }

  /// `random_bounded_uint8_fill` / `uint16` / `bool`: buffered pieces of 32-bit draws,
  /// masked rejection or Lemire on the piece width. Returns unsigned offsets from 0.
  private mutating func fillSmall(rng: UInt32, width: Int, count: Int, masked: Bool)
    -> [UInt32]
  {
    var buffer = BitBuffer()
    let full: UInt32 = (1 << UInt32(width)) - 1
    if rng == 0 { return [UInt32](repeating: 0, count: count) }
    if width == 1 || rng == full { return fill(count) { $0.piece(width, &buffer) } }
    if masked {
      let mask = UInt32(bitMask(covering: UInt64(rng)))
      return fill(count) { source in
        var value: UInt32
        repeat { value = source.piece(width, &buffer) & mask } while value > rng
        return value
      }
    }
    let excl = rng + 1
    return fill(count) { source in
      var m = source.piece(width, &buffer) * excl
      if m & full < excl {
        let threshold = (full - rng) % excl
        while m & full < threshold { m = source.piece(width, &buffer) * excl }
      }
      return m >> UInt32(width)
    }
  }

  /// `count` bounded integers of `dtype` (`off + [0, rng]` wrapped to the dtype's width).
  mutating func fillBounded(
    off: UInt64, rng: UInt64, count: Int, masked: Bool, dtype: IntegerDType
  ) -> [Int64] {
    if dtype.width >= 32 {
      let values = fillBounded(off: off, rng: rng, count: count, masked: masked)
      guard dtype.width == 32 else { return values }
      return values.map { Self.wrap(UInt64(bitPattern: $0), dtype) }
    }
    let pieces = fillSmall(rng: UInt32(rng), width: dtype.width, count: count, masked: masked)
    return pieces.map { Self.wrap(off &+ UInt64($0), dtype) }
  }

  /// A raw sum reinterpreted in the dtype's width and signedness.
  private static func wrap(_ raw: UInt64, _ dtype: IntegerDType) -> Int64 {
    switch dtype {
    case .bool: Int64(raw & 1)
    case .int8: Int64(Int8(truncatingIfNeeded: raw))
    case .int16: Int64(Int16(truncatingIfNeeded: raw))
    case .int32: Int64(Int32(truncatingIfNeeded: raw))
    case .uint8: Int64(UInt8(truncatingIfNeeded: raw))
    case .uint16: Int64(UInt16(truncatingIfNeeded: raw))
    case .uint32: Int64(UInt32(truncatingIfNeeded: raw))
    case .int64, .uint64: Int64(bitPattern: raw)
    }
  }
}
