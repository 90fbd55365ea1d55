import SwnbArray

/// numpy's integer scalar math warns when a result wraps ("overflow encountered in scalar
/// add"); array ufuncs never do, so the operators check numpy-scalar results here.
extension Runtime {
  /// The overflow warning for `a <op> b` when both are scalars and the integer result wrapped.
  func scalarOverflowWarning(_ op: BinaryOperator, _ a: Value, _ b: Value, result: Value) -> ArrayWarning? {
    guard case .npScalar(let r) = result, r.dtype.isInteger else { return nil }
    let word: String
    switch op {
    case .add: word = "add"
    case .sub: word = "subtract"
    case .mul: word = "multiply"
    case .floorDiv: word = "floor_divide"
    default: return nil
    }
    guard let x = scalarInteger(a), let y = scalarInteger(b) else { return nil }
    let wrapped: Bool
    if r.dtype == .uint64 {
      let (p, q) = (UInt64(bitPattern: x), UInt64(bitPattern: y))
      switch op {
      case .add: wrapped = p.addingReportingOverflow(q).overflow
      case .sub: wrapped = p.subtractingReportingOverflow(q).overflow
      case .mul: wrapped = p.multipliedReportingOverflow(by: q).overflow
      default: wrapped = false
      }
    } else {
      let exact: (partialValue: Int64, overflow: Bool)
      switch op {
      case .add: exact = x.addingReportingOverflow(y)
      case .sub: exact = x.subtractingReportingOverflow(y)
      case .mul: exact = x.multipliedReportingOverflow(by: y)
      default: exact = y == -1 ? x.multipliedReportingOverflow(by: -1) : (0, false)
      }
      wrapped = exact.overflow || !Runtime.fits(exact.partialValue, r.dtype)
    }
    return wrapped ? ArrayWarning("overflow encountered in scalar \(word)") : nil
  }

  private func scalarInteger(_ v: Value) -> Int64? {
    switch v {
    case .int(let i): return Int64(i)
    case .bool(let b): return b ? 1 : 0
    case .npScalar(let a):
      guard a.dtype.isInteger || a.dtype == .bool, let s = try? a.item() else { return nil }
      switch s {
      case .int(let i): return i
      case .bool(let b): return b ? 1 : 0
      default: return nil
      }
    default: return nil
    }
  }

  private static func fits(_ value: Int64, _ dtype: DType) -> Bool {
    switch dtype {
    case .int8: return Int8(exactly: value) != nil
    case .int16: return Int16(exactly: value) != nil
    case .int32: return Int32(exactly: value) != nil
    case .uint8: return UInt8(exactly: value) != nil
    case .uint16: return UInt16(exactly: value) != nil
    case .uint32: return UInt32(exactly: value) != nil
    case .uint64: return value >= 0
    default: return true
    }
  }
}
