import Foundation
import SwnbArray

/// CPython 3.11's iteration order of a set, for iteration, `print`, `str` and `repr`.
///
/// CPython lists a set in the order of its hash table's slots. When every element hashes
/// deterministically (int, bool, float other than nan, numpy's numbers, tuples of those) the
/// table is rebuilt here as CPython fills it: 8 slots to start, a slot chosen from the hash
/// with 9 linear probes then perturbed jumps, the table regrown to 4 × used when 3/5 full.
/// str hashes are randomised per process and None's is its address, so a set holding one of
/// those keeps insertion order. Removals are replayed as if the item had never been added
/// (CPython leaves a dummy slot), which can differ after hash collisions.
enum SetOrder {
  /// The items of `s` in CPython's order, or insertion order when it cannot be known.
  static func items(_ s: PySet) -> [Value] {
    let items = s.items
    guard items.count > 1 else { return items }
    var hashes: [Int] = []
    hashes.reserveCapacity(items.count)
    for item in items {
      guard let h = hash(item) else { return items }
      hashes.append(h)
    }
    let prefix = min(s.constantPrefix, items.count)
    var table = prefix > 0 ? constantDisplay(count: prefix, hashes) : HashTable(size: 8, hashes: hashes)
    for i in prefix..<items.count { table.add(i) }
    return table.slots.compactMap { $0.map { items[$0] } }
  }

  /// A set display of three or more constants: CPython compiles it to a frozenset constant
  /// (built from a tuple, then rebuilt in its own order when constants are merged) and
  /// `SET_UPDATE`s an empty set from it, pre-sized for the merge.
  private static func constantDisplay(count: Int, _ hashes: [Int]) -> HashTable {
    var folded = HashTable(size: 8, hashes: hashes)
    for i in 0..<count { folded.add(i) }
    var constant = HashTable(size: 8, hashes: hashes)
    for case let i? in folded.slots { constant.add(i) }
    let size = count * 5 >= 7 * 3 ? HashTable.size(above: count * 2) : 8
    if size == constant.slots.count { return constant }
    var target = HashTable(size: size, hashes: hashes)
    for case let i? in constant.slots { target.insertClean(i) }
    target.used = count
    return target
  }

  /// CPython's `hash()` of `v` when it does not depend on the process, else nil.
  static func hash(_ v: Value) -> Int? {
    switch v {
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return intHash(i)
    case .float(let d): return floatHash(d)
    case .complex(let z):
      // complex_hash: hash(real) + 1000003 * hash(imag), wrapping, -1 reserved.
      guard let re = floatHash(z.real), let im = floatHash(z.imag) else { return nil }
      let h = Int(bitPattern: UInt(bitPattern: re) &+ 1_000_003 &* UInt(bitPattern: im))
      return h == -1 ? -2 : h
    case .tuple(let items): return tupleHash(items)
    case .npScalar(let a):
      switch a.scalars().first {
      case .bool(let b)?: return b ? 1 : 0
      case .int(let i)?: return intHash(Int(i))
      case .float(let d)?: return floatHash(d)
      default: return nil
      }
    default: return nil
    }
  }

  static let modulus: UInt64 = (1 << 61) - 1

  private static func intHash(_ i: Int) -> Int {
    let m = Int(UInt64(i.magnitude) % modulus)
    let h = i < 0 ? -m : m
    return h == -1 ? -2 : h
  }

  /// `_Py_HashDouble`: the value reduced modulo 2**61 - 1, 28 mantissa bits at a time.
  private static func floatHash(_ d: Double) -> Int? {
    if d.isNaN { return nil }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    let bits: UInt64 = 61
    var (mantissa, exponent) = frexp(d)
    mantissa = abs(mantissa)
    var x: UInt64 = 0
    while mantissa != 0 {
      x = ((x << 28) & modulus) | x >> (bits - 28)
      mantissa *= 268_435_456.0
      exponent -= 28
      let y = UInt64(mantissa)
      mantissa -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    let e = UInt64(exponent >= 0 ? exponent % 61 : 60 - ((-1 - exponent) % 61))
    x = ((x << e) & modulus) | x >> (bits - e)
    if d < 0 { x = 0 &- x }
    let h = Int(bitPattern: UInt(x))
    return h == -1 ? -2 : h
  }

  /// CPython 3.11's xxHash-based tuple hash.
  private static func tupleHash(_ items: [Value]) -> Int? {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var acc = prime5
    for item in items {
      guard let lane = hash(item) else { return nil }
      acc = acc &+ UInt64(bitPattern: Int64(lane)) &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
    }
    acc = acc &+ (UInt64(items.count) ^ (prime5 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
  }
}

/// The slots of a CPython set table, holding indices of the items whose hashes are `hashes`.
private struct HashTable {
  var slots: [Int?]
  var used = 0
  let hashes: [Int]
  static let linearProbes: UInt = 9

  init(size: Int, hashes: [Int]) {
    slots = Array(repeating: nil, count: size)
    self.hashes = hashes
  }

  /// The smallest table size (a power of two from 8) above `minUsed`.
  static func size(above minUsed: Int) -> Int {
    var n = 8
    while n <= minUsed { n <<= 1 }
    return n
  }

  /// `set_add_entry` for a new key: insert, then regrow when 3/5 full.
  mutating func add(_ index: Int) {
    insertClean(index)
    used += 1
    if used * 5 >= (slots.count - 1) * 3 { resize(minUsed: used > 50_000 ? used * 2 : used * 4) }
  }

  /// `set_table_resize`: the entries reinserted in slot order into a larger table.
  private mutating func resize(minUsed: Int) {
    let old = slots
    slots = Array(repeating: nil, count: HashTable.size(above: minUsed))
    for case let i? in old { insertClean(i) }
  }

  /// `set_insert_clean`: the first free slot along the probe sequence.
  mutating func insertClean(_ index: Int) {
    let mask = UInt(slots.count - 1)
    var perturb = UInt(bitPattern: hashes[index])
    var i = perturb & mask
    while true {
      let probes = i + HashTable.linearProbes <= mask ? HashTable.linearProbes : 0
      for j in 0...probes where slots[Int(i + j)] == nil {
        slots[Int(i + j)] = index
        return
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ perturb) & mask
    }
  }
}

extension SetOrder {
  /// Whether a set display `{a, b, c}` is one CPython folds into a frozenset constant:
  /// three or more items, each a literal number, string, bool, None, tuple of those, or an
  /// operator on constants (the AST optimiser folds `10**18` and `1 << 40`).
  static func isConstantDisplay(_ items: [Expr]) -> Bool {
    items.count >= 3 && items.allSatisfy(isConstant)
  }

  private static func isConstant(_ e: Expr) -> Bool {
    switch e.kind {
    case .int, .float, .string, .bool, .none, .ellipsis: return true
    case .unary(let op, let operand):
      switch (op, operand.kind) {
      case (.neg, .int), (.neg, .float), (.pos, .int), (.pos, .float), (.invert, .int): return true
      default: return false
      }
    case .tuple(let items): return items.allSatisfy(isConstant)
    case .binary(let op, let l, let r): return op != .matMul && isConstant(l) && isConstant(r)
    default: return false
    }
  }
}
