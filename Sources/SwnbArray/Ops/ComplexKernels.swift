import CComplexMath
import Foundation

/// complex128 loops: arithmetic as numpy's complex loops, transcendental functions through
/// glibc's C99 complex functions (numpy's npymath calls the same ones on Linux).
extension Complex {
  private init(_ c: swnb_complex) { self.init(c.real, c.imag) }

  /// numpy's `npy_cpow`: `1` for a zero exponent, `nan+nanj` for zero to a power with a
  /// non-positive real part, integral exponents below 100 in magnitude by repeated squaring
  /// (then a reciprocal for negative ones), everything else through glibc's `cpow`.
  static func numpyPower(_ a: Complex, _ b: Complex) -> Complex {
    if b.real == 0 && b.imag == 0 { return Complex(1, 0) }
    if a.real == 0 && a.imag == 0 {
      if b.real > 0 { return .zero }
      return Complex(.nan, .nan)
    }
    if b.imag == 0, b.real.magnitude < 100, b.real == b.real.rounded(.towardZero) {
      let n = Int(b.real)
      switch n {
      case 1: return a
      case 2: return a * a
      case 3: return a * (a * a)
      default:
        var (result, square, k, mask) = (Complex(1, 0), a, n.magnitude, UInt(1))
        while true {
          if k & mask != 0 { result = result * square }
          mask <<= 1
          if k < mask { break }
          square = square * square
        }
        return n < 0 ? Complex(1, 0) / result : result
      }
    }
    return Complex(swnb_cpow(a.real, a.imag, b.real, b.imag))
  }

  /// glibc's `csqrt`.
  public var squareRoot: Complex { Complex(swnb_csqrt(real, imag)) }
  /// glibc's `cexp`.
  public var exponential: Complex { Complex(swnb_cexp(real, imag)) }
  /// glibc's `clog` (principal branch).
  public var logarithm: Complex { Complex(swnb_clog(real, imag)) }
  /// glibc's `csin`.
  var sine: Complex { Complex(swnb_csin(real, imag)) }
  /// glibc's `ccos`.
  var cosine: Complex { Complex(swnb_ccos(real, imag)) }

  /// numpy's complex `sign` (numpy 2): `z / |z|`, zero for zero, NaN for NaN, and the unit
  /// direction of the infinite part for infinite values.
  var numpySign: Complex {
    let size = magnitude
    if size.isNaN { return Complex(.nan, .nan) }
    if size.isInfinite {
      if real.isInfinite { return imag.isInfinite ? Complex(.nan, .nan) : Complex(real > 0 ? 1 : -1, 0) }
      return Complex(0, imag > 0 ? 1 : -1)
    }
    if size == 0 { return .zero }
    return Complex(real / size, imag / size)
  }

  /// numpy's `nc_expm1`: `exp(z) - 1` computed from `expm1` of the real part.
  var exponentialMinusOne: Complex {
    let half = Foundation.sin(imag / 2)
    return Complex(
      Foundation.expm1(real) * Foundation.cos(imag) - 2 * half * half,
      Foundation.exp(real) * Foundation.sin(imag))
  }

  /// numpy's `nc_log1p`: `log(1 + z)` as `log(hypot(re + 1, im)) + i·atan2(im, re + 1)`.
  var logarithmOfOnePlus: Complex {
    Complex(Foundation.log(Foundation.hypot(real + 1, imag)), Foundation.atan2(imag, real + 1))
  }

  /// A glibc C99 complex function of this value (tan, the inverse and hyperbolic functions).
  func elementary(_ op: UnaryUfunc) -> Complex {
    switch op {
    case .tan: Complex(swnb_ctan(real, imag))
    case .arcsin: Complex(swnb_casin(real, imag))
    case .arccos: Complex(swnb_cacos(real, imag))
    case .arctan: Complex(swnb_catan(real, imag))
    case .sinh: Complex(swnb_csinh(real, imag))
    case .cosh: Complex(swnb_ccosh(real, imag))
    case .tanh: Complex(swnb_ctanh(real, imag))
    case .arcsinh: Complex(swnb_casinh(real, imag))
    case .arccosh: Complex(swnb_cacosh(real, imag))
    default: Complex(swnb_catanh(real, imag))
    }
  }

  /// numpy's complex `maximum`/`minimum`/`fmax`/`fmin`: the lexicographic order of `less`,
  /// with a NaN part of `a` (maximum, minimum) or of `b` (fmax, fmin) choosing `a`.
  static func extreme(_ a: Complex, _ b: Complex, largest: Bool, propagateNaN: Bool) -> Complex {
    let ordered = largest ? less(b, a, orEqual: true) : less(a, b, orEqual: true)
    return ordered || (propagateNaN ? a.isNaN : b.isNaN) ? a : b
  }

  /// numpy's complex ordering (`CLT` and friends): lexicographic on (real, imag), with a NaN
  /// imaginary part making the real comparison false.
  static func less(_ a: Complex, _ b: Complex, orEqual: Bool) -> Bool {
    (a.real < b.real && !a.imag.isNaN && !b.imag.isNaN)
      || (a.real == b.real && (orEqual ? a.imag <= b.imag : a.imag < b.imag))
  }
}

extension BinaryUfunc {
  /// True for the ufuncs swnb runs on complex128 inputs.
  var hasComplexLoop: Bool {
    switch self {
    case .add, .subtract, .multiply, .trueDivide, .power, .equal, .notEqual, .less, .lessEqual,
      .greater, .greaterEqual, .logicalAnd, .logicalOr, .logicalXor, .maximum, .minimum, .fmax,
      .fmin:
      true
    default: false
    }
  }
}

extension BinaryOperands {
  /// The complex128 loop of `op` (selection admits only `hasComplexLoop` ufuncs).
  func runComplex(_ op: BinaryUfunc) {
    switch op {
    case .add: map(Complex.self, Complex.self) { $0 + $1 }
    case .subtract: map(Complex.self, Complex.self) { $0 - $1 }
    case .multiply: map(Complex.self, Complex.self) { Complex.fusedProduct($0, $1) }
    case .trueDivide: map(Complex.self, Complex.self) { $0 / $1 }
    case .power: map(Complex.self, Complex.self) { Complex.numpyPower($0, $1) }
    case .equal: map(Complex.self, Bool.self) { $0 == $1 }
    case .notEqual: map(Complex.self, Bool.self) { $0 != $1 }
    case .less: map(Complex.self, Bool.self) { Complex.less($0, $1, orEqual: false) }
    case .lessEqual: map(Complex.self, Bool.self) { Complex.less($0, $1, orEqual: true) }
    case .greater: map(Complex.self, Bool.self) { Complex.less($1, $0, orEqual: false) }
    case .greaterEqual: map(Complex.self, Bool.self) { Complex.less($1, $0, orEqual: true) }
    case .maximum:
      map(Complex.self, Complex.self) { Complex.extreme($0, $1, largest: true, propagateNaN: true) }
    case .minimum:
      map(Complex.self, Complex.self) { Complex.extreme($0, $1, largest: false, propagateNaN: true) }
    case .fmax:
      map(Complex.self, Complex.self) { Complex.extreme($0, $1, largest: true, propagateNaN: false) }
    case .fmin:
      map(Complex.self, Complex.self) { Complex.extreme($0, $1, largest: false, propagateNaN: false) }
    default: preconditionFailure("no complex loop for \(op)")
    }
  }
}

extension UnaryUfunc {
  /// The loop types for a complex128 input; nil when swnb has no complex loop.
  var complexLoop: LoopTypes? {
    switch self {
    case .negative, .positive, .square, .reciprocal, .sqrt, .exp, .log, .sin, .cos, .sign,
      .log2, .log10, .log1p, .expm1, .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh,
      .arcsinh, .arccosh, .arctanh:
      LoopTypes(input: .complex128, output: .complex128)
    case .absolute: LoopTypes(input: .complex128, output: .float64)
    case .rint: LoopTypes(input: .complex128, output: .complex128)
    case .isnan, .isinf, .isfinite: LoopTypes(input: .complex128, output: .bool)
    case .logicalNot: LoopTypes(input: .bool, output: .bool)
    default: nil
    }
  }
}

extension UnaryOperands {
  /// The complex128 loop of `op` (selection admits only ops with a `complexLoop`).
  func runComplex(_ op: UnaryUfunc) {
    switch op {
    case .negative: map(Complex.self, Complex.self) { -$0 }
    case .positive: map(Complex.self, Complex.self) { $0 }
    case .square: map(Complex.self, Complex.self) { $0 * $0 }
    case .reciprocal: map(Complex.self, Complex.self) { Complex(1, 0) / $0 }
    case .sqrt: map(Complex.self, Complex.self) { $0.squareRoot }
    case .exp: map(Complex.self, Complex.self) { $0.exponential }
    case .log: map(Complex.self, Complex.self) { $0.logarithm }
    case .sin: map(Complex.self, Complex.self) { $0.sine }
    case .cos: map(Complex.self, Complex.self) { $0.cosine }
    case .sign: map(Complex.self, Complex.self) { $0.numpySign }
    case .expm1: map(Complex.self, Complex.self) { $0.exponentialMinusOne }
    case .log1p: map(Complex.self, Complex.self) { $0.logarithmOfOnePlus }
    // numpy's nc_log2/nc_log10: the natural logarithm scaled by log2(e) or log10(e).
    case .log2:
      map(Complex.self, Complex.self) {
        let l = $0.logarithm
        return Complex(l.real * 1.442_695_040_888_963_407_36, l.imag * 1.442_695_040_888_963_407_36)
      }
    case .log10:
      map(Complex.self, Complex.self) {
        let l = $0.logarithm
        return Complex(l.real * 0.434_294_481_903_251_827_65, l.imag * 0.434_294_481_903_251_827_65)
      }
    case .tan, .arcsin, .arccos, .arctan, .sinh, .cosh, .tanh, .arcsinh, .arccosh, .arctanh:
      map(Complex.self, Complex.self) { $0.elementary(op) }
    case .absolute: map(Complex.self, Double.self) { $0.magnitude }
    case .rint:
      map(Complex.self, Complex.self) {
        Complex($0.real.rounded(.toNearestOrEven), $0.imag.rounded(.toNearestOrEven))
      }
    case .isnan: map(Complex.self, Bool.self) { $0.isNaN }
    case .isinf: map(Complex.self, Bool.self) { $0.real.isInfinite || $0.imag.isInfinite }
    case .isfinite: map(Complex.self, Bool.self) { $0.isFinite }
    default: preconditionFailure("no complex loop for \(op)")
    }
  }
}

/// complex128 addition with numpy's pairwise runs (`CDOUBLE_pairwise_sum`: the real and
/// imaginary parts summed in blocks of four elements, halved above 64 elements).
enum ComplexSum: Reducer {
  @inline(__always) static func combine(_ acc: Complex, _ x: Complex) -> Complex { acc + x }
  static var foldsRuns: Bool { true }
  static func fold(_ a: UnsafePointer<Complex>, _ n: Int, _ stride: Int) -> Complex {
    if n < 4 {
      var sum = Complex(-0.0, -0.0)
      for i in 0..<n { sum = sum + a[i * stride] }
      return sum
    }
    if n <= 64 {
      var r = (a[0], a[stride], a[2 * stride], a[3 * stride])
      var i = 4
      let end = n - n % 4
      while i < end {
        r.0 = r.0 + a[i * stride]
        r.1 = r.1 + a[(i + 1) * stride]
        r.2 = r.2 + a[(i + 2) * stride]
        r.3 = r.3 + a[(i + 3) * stride]
        i += 4
      }
      var sum = (r.0 + r.1) + (r.2 + r.3)
      while i < n {
        sum = sum + a[i * stride]
        i += 1
      }
      return sum
    }
    var half = n / 2
    half -= half % 4
    return fold(a, half, stride) + fold(a + half * stride, n - half, stride)
  }
}

/// complex128 multiplication, element by element as numpy's multiply.reduce.
enum ComplexProduct: Reducer {
  @inline(__always) static func combine(_ acc: Complex, _ x: Complex) -> Complex { acc * x }
}

extension ArrayError {
  /// The TypeError for an operation swnb does not implement on complex128 arrays.
  public static func complexUnsupported(_ operation: String) -> ArrayError {
    ArrayError(.typeError, "\(operation) is not supported for complex128 arrays in MatrixScript")
  }
}
