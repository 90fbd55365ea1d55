#if canImport(Glibc)
  import Glibc
#endif

/// A warning numpy would print (`RuntimeWarning: divide by zero encountered in divide`).
///
/// Warnings are data: operations append them to a caller-owned list and the interpreter
/// decides how to show them.
public struct ArrayWarning: Equatable, Sendable, CustomStringConvertible {
  /// The Python warning class, e.g. `RuntimeWarning`.
  public var category: String
  /// numpy's message text.
  public var message: String

  /// A warning of `category` (default `RuntimeWarning`) with numpy's `message`.
  public init(_ message: String, category: String = "RuntimeWarning") {
    self.category = category
    self.message = message
  }

  public var description: String { "\(category): \(message)" }

  /// The warning as numpy's scalar math words it, for Python operators on numpy scalars
  /// (`np.float64(1) / 0`): "divide by zero encountered in scalar divide".
  ///
  /// Note numpy's integer scalar math also warns on overflow ("overflow encountered in
  /// scalar multiply"), which array ufuncs never do; the caller has to detect that itself.
  public var asScalarMath: ArrayWarning {
    guard let range = message.range(of: " encountered in "),
      !message[range.upperBound...].hasPrefix("scalar ")
    else { return self }
    return ArrayWarning(
      message[..<range.upperBound] + "scalar " + message[range.upperBound...], category: category)
  }
}

/// The C floating-point exception flags around one ufunc loop, read as numpy's error state.
///
/// numpy clears the flags before a loop and, after it, warns once per raised flag in the
/// order divide, overflow, invalid (underflow is ignored by default).
enum FloatingPointStatus {
  // glibc's <fenv.h> flag values (Swift sees each twice, as enum constant and macro).
  #if arch(x86_64) || arch(i386)
    static let invalid: Int32 = 0x01
    static let divideByZero: Int32 = 0x04
    static let overflow: Int32 = 0x08
    static let all: Int32 = 0x3f
  #else
    static let invalid: Int32 = 0x01
    static let divideByZero: Int32 = 0x02
    static let overflow: Int32 = 0x04
    static let all: Int32 = 0x1f
  #endif

  /// Clears every exception flag.
  static func clear() {
    feclearexcept(all)
  }

  /// The warnings for the flags raised since `clear()`, naming the ufunc as numpy does.
  static func warnings(in ufuncName: String) -> [ArrayWarning] {
    let raised = fetestexcept(divideByZero | overflow | invalid)
    guard raised != 0 else { return [] }
    var result: [ArrayWarning] = []
    if raised & divideByZero != 0 {
      result.append(ArrayWarning("divide by zero encountered in \(ufuncName)"))
    }
    if raised & overflow != 0 {
      result.append(ArrayWarning("overflow encountered in \(ufuncName)"))
    }
    if raised & invalid != 0 {
      result.append(ArrayWarning("invalid value encountered in \(ufuncName)"))
    }
    return result
  }
}
