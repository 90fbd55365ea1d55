import Foundation

/// The parts of complex arrays: numpy's `real`, `imag`, `conj` and `angle`.
///
/// numpy's `a.real`/`a.imag` of a complex array are views into its memory; here they are
/// copies (a write through them does not reach the complex array).
extension NDArray {
  /// numpy's `real`: the real parts of a complex array (float64); other arrays themselves.
  public func realPart() throws -> NDArray {
    guard dtype.isComplex else { return self }
    return realValues { $0.real }
  }

  /// numpy's `imag`: the imaginary parts of a complex array (float64); zeros of the same
  /// dtype for other numeric arrays.
  public func imagPart() throws -> NDArray {
    guard dtype.isComplex else { return try NDArray(zeros: shape, dtype: dtype) }
    return realValues { $0.imag }
  }

  /// numpy's `conjugate`: complex arrays with negated imaginary parts; others unchanged.
  public func conjugated() throws -> NDArray {
    guard dtype.isComplex else { return self }
    return complexValues { $0.conjugate }
  }

  /// numpy's `angle`: `atan2(imag, real)` in radians (or degrees) as float64.
  public func angle(degrees: Bool = false) throws -> NDArray {
    let scale = degrees ? 180 / Double.pi : 1
    if dtype.isComplex { return realValues { $0.phase * scale } }
    let values = gathered(as: Double.self).map { atan2(0, $0) * scale }
    return NDArray(float64: values, shape: shape)
  }

  /// A new C-contiguous float64 array holding `f` of each complex element.
  private func realValues(_ f: (Complex) -> Double) -> NDArray {
    NDArray(float64: complexElements().map(f), shape: shape)
  }

  /// A new C-contiguous complex128 array holding `f` of each complex element.
  private func complexValues(_ f: (Complex) -> Complex) -> NDArray {
    NDArray(complex128: complexElements().map(f), shape: shape)
  }
}
