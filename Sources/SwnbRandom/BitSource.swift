/// A raw bit stream as numpy's `bitgen_t` sees it: 32-bit, 64-bit and [0, 1) double draws.
protocol BitSource {
  /// `next_uint32`.
  mutating func next32() -> UInt32
  /// `next_uint64`.
  mutating func next64() -> UInt64
  /// `next_double`: a uniform double in [0, 1) with 53 random bits.
  mutating func nextDouble() -> Double
}

/// numpy's `gen_mask`: the smallest all-ones mask covering `max`.
func bitMask(covering max: UInt64) -> UInt64 {
  var mask = max
  mask |= mask >> 1
  mask |= mask >> 2
  mask |= mask >> 4
  mask |= mask >> 8
  mask |= mask >> 16
  mask |= mask >> 32
  return mask
}

// Bounded integer draws, mirroring numpy's distributions.c. `rng` is always the
// inclusive width (high - low), as numpy passes it.
extension BitSource {
  /// `random_interval`: uniform in [0, max] by masked rejection (shuffles, permutations).
  mutating func interval(_ max: UInt64) -> UInt64 {
    if max == 0 { return 0 }
    let mask = bitMask(covering: max)
    var value: UInt64
    if max <= 0xFFFF_FFFF {
      repeat { value = UInt64(next32()) & mask } while value > max
    } else {
      repeat { value = next64() & mask } while value > max
    }
    return value
  }

  /// `random_bounded_uint64` with `use_masked = false`: Lemire's method, 32-bit draws
  /// when the width fits (`_shuffle_int`, Floyd's sampling).
  mutating func boundedLemire(_ rng: UInt64) -> UInt64 {
    if rng == 0 { return 0 }
    if rng == 0xFFFF_FFFF { return UInt64(next32()) }
    if rng < 0xFFFF_FFFF { return UInt64(lemire32(UInt32(rng))) }
    if rng == UInt64.max { return next64() }
    return lemire64(rng)
  }

  /// `buffered_bounded_lemire_uint32` for rng < 2**32 - 1.
  @inline(__always)
  mutating func lemire32(_ rng: UInt32) -> UInt32 {
    let excl = rng + 1
    var m = UInt64(next32()) * UInt64(excl)
    var leftover = UInt32(truncatingIfNeeded: m)
    if leftover < excl {
      let threshold = (UInt32.max - rng) % excl
      while leftover < threshold {
        m = UInt64(next32()) * UInt64(excl)
        leftover = UInt32(truncatingIfNeeded: m)
      }
    }
    return UInt32(truncatingIfNeeded: m >> 32)
  }

  /// `bounded_lemire_uint64` for 2**32 - 1 < rng < 2**64 - 1.
  @inline(__always)
  mutating func lemire64(_ rng: UInt64) -> UInt64 {
    let excl = rng + 1
    var m = next64().multipliedFullWidth(by: excl)
    if m.low < excl {
      let threshold = (UInt64.max - rng) % excl
      while m.low < threshold {
        m = next64().multipliedFullWidth(by: excl)
      }
    }
    return m.high
  }

  /// `random_bounded_uint64_fill`: `count` values `off + [0, rng]`, masked rejection
  /// (legacy `randint`) or Lemire (`Generator.integers`). Each path is its own loop so
  /// that the draw inlines into it.
  mutating func fillBounded(off: UInt64, rng: UInt64, count: Int, masked: Bool) -> [Int64] {
    [Int64](unsafeUninitializedCapacity: count) { out, initialized in
      if rng == 0 {
        out.initialize(repeating: Int64(bitPattern: off))
      } else if rng == 0xFFFF_FFFF {
        for i in 0..<count { out[i] = Int64(bitPattern: off &+ UInt64(next32())) }
      } else if rng < 0xFFFF_FFFF && !masked {
        let r32 = UInt32(rng)
        for i in 0..<count { out[i] = Int64(bitPattern: off &+ UInt64(lemire32(r32))) }
      } else if rng < 0xFFFF_FFFF {
        let (r32, mask) = (UInt32(rng), UInt32(bitMask(covering: rng)))
        for i in 0..<count {
          var value: UInt32
          repeat { value = next32() & mask } while value > r32
          out[i] = Int64(bitPattern: off &+ UInt64(value))
        }
      } else if rng == UInt64.max {
        for i in 0..<count { out[i] = Int64(bitPattern: off &+ next64()) }
      } else if !masked {
        for i in 0..<count { out[i] = Int64(bitPattern: off &+ lemire64(rng)) }
      } else {
        let mask = bitMask(covering: rng)
        for i in 0..<count {
          var value: UInt64
          repeat { value = next64() & mask } while value > rng
          out[i] = Int64(bitPattern: off &+ value)
        }
      }
      initialized = count
    }
  }

  /// `count` values from `draw`, all taken from this source within one access.
  @inline(__always)
  mutating func fill<T>(_ count: Int, _ draw: (inout Self) -> T) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      for i in 0..<count { buffer.initializeElement(at: i, to: draw(&self)) }
      initialized = count
    }
  }

  /// `count` doubles in [0, 1) (`random_standard_uniform_fill`).
  mutating func fillDoubles(count: Int) -> [Double] {
    [Double](unsafeUninitializedCapacity: count) { buf, initialized in
      for i in 0..<count { buf[i] = nextDouble() }
      initialized = count
    }
  }
}
