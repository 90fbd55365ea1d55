import Foundation

/// The int/float fast path of one arithmetic operator.
///
/// A kernel answers nil whenever the general `Runtime.binary` must decide (other types,
/// overflow, division by zero), so errors and their messages come from one place.
protocol ArithmeticKernel {
  static var op: BinaryOperator { get }
  static func ints(_ a: Int, _ b: Int) -> Value?
  static func floats(_ a: Double, _ b: Double) -> Value?
}

extension ArithmeticKernel {
  /// `x op y` for int and float operands (mixed ones convert the int, as Python does).
  @inline(__always)
  static func apply(_ x: Value, _ y: Value) -> Value? {
    switch x {
    case .int(let i):
      if case .int(let j) = y { return ints(i, j) }
      if case .float(let q) = y { return floats(Double(i), q) }
    case .float(let p):
      if case .float(let q) = y { return floats(p, q) }
      if case .int(let j) = y { return floats(p, Double(j)) }
    default: break
    }
    return nil
  }
}

enum AddKernel: ArithmeticKernel {
  static var op: BinaryOperator { .add }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    let (r, o) = a.addingReportingOverflow(b)
    return o ? nil : .int(r)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? { .float(a + b) }
}

enum SubKernel: ArithmeticKernel {
  static var op: BinaryOperator { .sub }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    let (r, o) = a.subtractingReportingOverflow(b)
    return o ? nil : .int(r)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? { .float(a - b) }
}

enum MulKernel: ArithmeticKernel {
  static var op: BinaryOperator { .mul }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    let (r, o) = a.multipliedReportingOverflow(by: b)
    return o ? nil : .int(r)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? { .float(a * b) }
}

enum TrueDivKernel: ArithmeticKernel {
  static var op: BinaryOperator { .div }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    b == 0 ? nil : .float(Double(a) / Double(b))
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? { b == 0 ? nil : .float(a / b) }
}

enum ModKernel: ArithmeticKernel {
  static var op: BinaryOperator { .mod }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    guard b > 0 else { return nil }
    let r = a % b
    return .int(r < 0 ? r + b : r)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? {
    b == 0 ? nil : (try? Numbers.floatMod(a, b)).map(Value.float)
  }
}

enum FloorDivKernel: ArithmeticKernel {
  static var op: BinaryOperator { .floorDiv }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Value? {
    guard b > 0 else { return nil }
    let q = a / b
    return .int(a % b < 0 ? q - 1 : q)
  }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Value? {
    b == 0 ? nil : (try? Numbers.floatFloorDiv(a, b)).map(Value.float)
  }
}

/// Code generic over an arithmetic kernel (chosen by `withArithmeticKernel`).
protocol ArithmeticKernelVisitor {
  func visit<K: ArithmeticKernel>(_ kernel: K.Type) -> Code
}

/// Runs `visitor` with the kernel of `op`, statically typed so the code specialises; nil
/// for operators without a kernel.
func withArithmeticKernel<V: ArithmeticKernelVisitor>(_ op: BinaryOperator, _ visitor: V) -> Code? {
  switch op {
  case .add: return visitor.visit(AddKernel.self)
  case .sub: return visitor.visit(SubKernel.self)
  case .mul: return visitor.visit(MulKernel.self)
  case .div: return visitor.visit(TrueDivKernel.self)
  case .mod: return visitor.visit(ModKernel.self)
  case .floorDiv: return visitor.visit(FloorDivKernel.self)
  default: return nil
  }
}

/// The int/float fast path of one ordering or equality comparison.
///
/// Mixed int/float operands go to `Runtime.compare`, which compares them exactly.
protocol CompareKernel {
  static var op: CompareOperator { get }
  static func ints(_ a: Int, _ b: Int) -> Bool
  static func floats(_ a: Double, _ b: Double) -> Bool
}

extension CompareKernel {
  @inline(__always)
  static func test(_ x: Value, _ y: Value) -> Bool? {
    if case .int(let i) = x, case .int(let j) = y { return ints(i, j) }
    if case .float(let p) = x, case .float(let q) = y { return floats(p, q) }
    return nil
  }
}

enum LessKernel: CompareKernel {
  static var op: CompareOperator { .lt }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a < b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a < b }
}

enum LessEqualKernel: CompareKernel {
  static var op: CompareOperator { .le }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a <= b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a <= b }
}

enum GreaterKernel: CompareKernel {
  static var op: CompareOperator { .gt }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a > b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a > b }
}

enum GreaterEqualKernel: CompareKernel {
  static var op: CompareOperator { .ge }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a >= b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a >= b }
}

enum EqualKernel: CompareKernel {
  static var op: CompareOperator { .eq }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a == b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a == b }
}

enum NotEqualKernel: CompareKernel {
  static var op: CompareOperator { .ne }
  @inline(__always) static func ints(_ a: Int, _ b: Int) -> Bool { a != b }
  @inline(__always) static func floats(_ a: Double, _ b: Double) -> Bool { a != b }
}

/// Code generic over a comparison kernel (chosen by `withCompareKernel`).
protocol CompareKernelVisitor {
  func visit<K: CompareKernel>(_ kernel: K.Type) -> Code
}

/// Runs `visitor` with the kernel of `op`; nil for `in`, `is` and their negations.
func withCompareKernel<V: CompareKernelVisitor>(_ op: CompareOperator, _ visitor: V) -> Code? {
  switch op {
  case .lt: return visitor.visit(LessKernel.self)
  case .le: return visitor.visit(LessEqualKernel.self)
  case .gt: return visitor.visit(GreaterKernel.self)
  case .ge: return visitor.visit(GreaterEqualKernel.self)
  case .eq: return visitor.visit(EqualKernel.self)
  case .ne: return visitor.visit(NotEqualKernel.self)
  default: return nil
  }
}
