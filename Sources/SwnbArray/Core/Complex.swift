import Foundation

/// A complex128 value: numpy's `npy_cdouble` and Python's `complex` (two IEEE doubles).
///
/// The operators follow numpy's complex loops (`loops_arithm_fp`): products by the textbook
/// formula, quotients by Smith's method scaled by a reciprocal as numpy does, so array
/// results match numpy bit for bit. Python's own `complex` arithmetic (which divides rather
/// than multiplying by a reciprocal) lives beside the interpreter.
public struct Complex: Hashable, Sendable {
  /// The real part.
  public var real: Double
  /// The imaginary part.
  public var imag: Double

  /// `real + imag·j`.
  @inlinable
  public init(_ real: Double, _ imag: Double = 0) {
    self.real = real
    self.imag = imag
  }

  /// Zero (`0j`).
  public static let zero = Complex(0, 0)

  /// The complex conjugate (`imag` negated, so `-0.0` where `imag` is `+0.0`).
  @inlinable
  public var conjugate: Complex { Complex(real, -imag) }

  /// `|z|` as C's `hypot`: infinite when either part is infinite, even beside a NaN.
  @inlinable
  public var magnitude: Double { Foundation.hypot(real, imag) }

  /// The argument `atan2(imag, real)` in (-π, π].
  @inlinable
  public var phase: Double { Foundation.atan2(imag, real) }

  @inlinable
  public static func + (a: Complex, b: Complex) -> Complex { Complex(a.real + b.real, a.imag + b.imag) }

  @inlinable
  public static func - (a: Complex, b: Complex) -> Complex { Complex(a.real - b.real, a.imag - b.imag) }

  @inlinable
  public static prefix func - (a: Complex) -> Complex { Complex(-a.real, -a.imag) }

  @inlinable
  public static func * (a: Complex, b: Complex) -> Complex {
    Complex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real)
  }

  /// The product as numpy's FMA-dispatched array loop rounds it: each part's first product
  /// is fused into the sum with the second, rounded, product.
  @inlinable
  public static func fusedProduct(_ a: Complex, _ b: Complex) -> Complex {
    Complex((-(a.imag * b.imag)).addingProduct(a.real, b.real), (a.imag * b.real).addingProduct(a.real, b.imag))
  }

  /// numpy's complex division: Smith's method with a reciprocal scale; dividing by zero
  /// gives infinities/NaN as the real division of each part by zero.
  @inlinable
  public static func / (a: Complex, b: Complex) -> Complex {
    let absReal = Swift.abs(b.real)
    let absImag = Swift.abs(b.imag)
    if absReal >= absImag {
      if absReal == 0 && absImag == 0 { return Complex(a.real / absReal, a.imag / absReal) }
      let ratio = b.imag / b.real
      let scale = 1.0 / (b.real + b.imag * ratio)
      return Complex((a.real + a.imag * ratio) * scale, (a.imag - a.real * ratio) * scale)
    }
    let ratio = b.real / b.imag
    let scale = 1.0 / (b.imag + b.real * ratio)
    return Complex((a.real * ratio + a.imag) * scale, (a.imag * ratio - a.real) * scale)
  }

  /// True when neither part is NaN or infinite.
  @inlinable
  public var isFinite: Bool { real.isFinite && imag.isFinite }

  /// True when either part is NaN.
  @inlinable
  public var isNaN: Bool { real.isNaN || imag.isNaN }
}
