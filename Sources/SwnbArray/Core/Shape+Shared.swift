/// Shared shape and stride arrays for small arrays.
///
/// Every array keeps its shape and strides in two Swift arrays, and for a small result the
/// allocating and freeing of those two costs more than the arithmetic. Swift arrays are
/// copy-on-write values, so all arrays with one small shape can share one instance: these
/// tables hold them, built once and never mutated.
extension Shape {
  /// `[a]` for `0...vectorLimit` comes from the table.
  private static let vectorLimit = 64
  /// `[a, b]` for `a`, `b` in `0...pairLimit` comes from the table.
  private static let pairLimit = 32

  private static let vectors: [[Int]] = (0...vectorLimit).map { [$0] }
  private static let pairs: [[Int]] = (0...pairLimit).flatMap { a in
    (0...pairLimit).map { b in [a, b] }
  }

  /// `[a]`, a shared instance when `a` is small.
  public static func vector(_ a: Int) -> [Int] {
    a >= 0 && a <= vectorLimit ? vectors[a] : [a]
  }

  /// `[a, b]`, a shared instance when both are small.
  public static func pair(_ a: Int, _ b: Int) -> [Int] {
    a >= 0 && a <= pairLimit && b >= 0 && b <= pairLimit ? pairs[a * (pairLimit + 1) + b] : [a, b]
  }
}
