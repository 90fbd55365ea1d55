import Foundation

/// An error raised by the array engine, carrying numpy's Python exception kind and exact message.
///
/// The interpreter wraps it once into a script exception; `kind.pythonName` is what
/// `except ValueError:` matches on.
public struct ArrayError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The Python exception class numpy raises.
  public enum Kind: String, Sendable, Equatable {
    case valueError = "ValueError"
    case indexError = "IndexError"
    case typeError = "TypeError"
    case memoryError = "MemoryError"
    case axisError = "AxisError"
    case linAlgError = "LinAlgError"
    case overflowError = "OverflowError"
    case notImplementedError = "NotImplementedError"
    case zeroDivisionError = "ZeroDivisionError"
    case ufuncTypeError = "UFuncTypeError"

    /// The Python class name, e.g. `ValueError`.
    public var pythonName: String { rawValue }
  }

  /// The Python exception class.
  public var kind: Kind
  /// numpy's exact message text (what `str(exception)` shows).
  public var message: String

  /// An error of the given kind with numpy's message text.
  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind.pythonName): \(message)" }
}

// numpy's messages, sorted by name.
extension ArrayError {
  /// `AxisError: axis 2 is out of bounds for array of dimension 1`.
  public static func axisOutOfBounds(_ axis: Int, ndim: Int) -> ArrayError {
    ArrayError(.axisError, "axis \(axis) is out of bounds for array of dimension \(ndim)")
  }

  /// The ufunc broadcasting failure: `operands could not be broadcast together with shapes (2,3) (4,) `.
  public static func broadcastFailure(_ shapes: [[Int]]) -> ArrayError {
    let text = shapes.map { Shape.compactText($0) + " " }.joined()
    return ArrayError(.valueError, "operands could not be broadcast together with shapes \(text)")
  }

  /// `IndexError: index 10 is out of bounds for axis 0 with size 3`.
  public static func indexOutOfBounds(_ index: Int, axis: Int, size: Int) -> ArrayError {
    ArrayError(.indexError, "index \(index) is out of bounds for axis \(axis) with size \(size)")
  }

  /// numpy's `_ArrayMemoryError` text: `Unable to allocate 7.28 TiB for an array with shape ...`.
  public static func memory(shape: [Int], dtype: DType) -> ArrayError {
    var bytes = Double(dtype.itemsize)
    for d in shape { bytes *= Double(d) }
    return ArrayError(
      .memoryError,
      "Unable to allocate \(sizeText(bytes)) for an array with shape \(Shape.text(shape)) "
        + "and data type \(dtype.name)")
  }

  /// `ValueError: negative dimensions are not allowed`.
  public static let negativeDimensions = ArrayError(
    .valueError, "negative dimensions are not allowed")

  /// `ValueError: assignment destination is read-only`.
  public static let readOnly = ArrayError(.valueError, "assignment destination is read-only")

  /// `ValueError: array is too big; ...` for shapes whose byte size overflows.
  public static let tooBig = ArrayError(
    .valueError,
    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")

  /// `IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed`.
  public static func tooManyIndices(ndim: Int, indexed: Int) -> ArrayError {
    ArrayError(
      .indexError,
      "too many indices for array: array is \(ndim)-dimensional, but \(indexed) were indexed")
  }

  // Mirrors numpy._core._exceptions._ArrayMemoryError._size_to_string.
  static func sizeText(_ bytes: Double) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    let bitLength = bytes < 1 ? 0 : Int(Foundation.log2(bytes).rounded(.down)) + 1
    var unit = max(bitLength - 1, 1) / 10
    var value = bytes / Foundation.pow(2.0, Double(unit * 10))
    if value.rounded() == 1024 {
      unit += 1
      value /= 1024
    }
    if unit >= units.count {
      value *= Foundation.pow(2.0, Double((unit - units.count + 1) * 10))
      unit = units.count - 1
    }
    if unit == 0 { return "\(Int(value)) \(units[0])" }
    if value.rounded() < 1000 { return "\(threeSignificant(value)) \(units[unit])" }
    return "\(Int(value.rounded())). \(units[unit])"
  }

  // Python's `f'{x:#.3g}'` for 1 <= x < 1000: three significant digits, decimal point kept.
  private static func threeSignificant(_ x: Double) -> String {
    let decimals = x >= 99.95 ? 0 : (x >= 9.995 ? 1 : 2)
    let text = String(format: "%.\(decimals)f", x)
    return decimals == 0 ? text + "." : text
  }
}
