/// Binary operators and comparisons, with int/float fast paths inline.
extension Compiler {
  func compileBinary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ loc: SourceLocation) throws -> Eval {
    if op == .matMul, let fast = try compileTransposedMatmul(l, r, loc) { return fast }
    let a = try compileOperand(l)
    let b = try compileOperand(r)
    let site = warningSite(loc)
    let plan = BinaryPlan(rt: rt, a: a, b: b, loc: loc, site: site)
    return (withArithmeticKernel(op, plan)
      ?? OperandShape.pair(a, b, GeneralBinary(rt: rt, op: op, loc: loc, site: site))).eval
  }

  /// The plan of a comparison with one operator that has a kernel, or nil.
  private func comparePlan(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ loc: SourceLocation) throws -> (CompareOperator, ComparePlan)? {
    guard rest.count == 1, [.lt, .le, .gt, .ge, .eq, .ne].contains(rest[0].0) else { return nil }
    let plan = ComparePlan(rt: rt, a: try compileOperand(first), b: try compileOperand(rest[0].1), loc: loc)
    return (rest[0].0, plan)
  }

  /// `a < b` used as a condition: no Bool value is boxed on the fast path.
  func compileCompareCondition(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ loc: SourceLocation) throws -> ((Frame) throws -> Bool)? {
    guard let (op, plan) = try comparePlan(first, rest, loc) else { return nil }
    guard case .test(let test)? = withCompareKernel(op, ConditionPlan(plan: plan)) else { return nil }
    return test
  }

  func compileCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ loc: SourceLocation) throws -> Eval {
    if let (op, plan) = try comparePlan(first, rest, loc), let code = withCompareKernel(op, plan) { return code.eval }
    let rt = self.rt
    let head = try compileExpr(first)
    let rights = try rest.map { ($0.0, try compileExpr($0.1)) }
    return { f in
      var left = try head(f)
      var result = Value.bool(true)
      for (op, r) in rights {
        let right = try r(f)
        do { result = try rt.compare(op, left, right) } catch { throw located(error, loc) }
        if !(try rt.truthy(result)) { return result }
        left = right
      }
      return result
    }
  }
}

/// A binary operator's operands, waiting for its kernel.
private struct BinaryPlan: ArithmeticKernelVisitor {
  let rt: Runtime
  let a: OperandShape
  let b: OperandShape
  let loc: SourceLocation
  let site: WarningSite
  func visit<K: ArithmeticKernel>(_ kernel: K.Type) -> Code {
    OperandShape.pair(a, b, ArithmeticBinary<K>(rt: rt, loc: loc, site: site))
  }
}

/// `x op y` with the int/float fast path of `K`; the slow path records the line for warnings.
private struct ArithmeticBinary<K: ArithmeticKernel>: OperandPairVisitor {
  let rt: Runtime
  let loc: SourceLocation
  let site: WarningSite
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code {
    let (rt, loc, site) = (rt, loc, site)
    return .eval { f in
      let x = try a.get(f)
      let y = try b.get(f)
      if let r = K.apply(x, y) { return r }
      site.enter()
      do { return try rt.binary(K.op, x, y) } catch { throw located(error, loc) }
    }
  }
}

/// `x op y` for the operators without a fast path (`**`, `@`, shifts, bitwise).
private struct GeneralBinary: OperandPairVisitor {
  let rt: Runtime
  let op: BinaryOperator
  let loc: SourceLocation
  let site: WarningSite
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code {
    let (rt, op, loc, site) = (rt, op, loc, site)
    return .eval { f in
      let x = try a.get(f)
      let y = try b.get(f)
      site.enter()
      do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
    }
  }
}

/// A single comparison's operands, waiting for its kernel; as a visitor it builds the bool value.
private struct ComparePlan: CompareKernelVisitor {
  let rt: Runtime
  let a: OperandShape
  let b: OperandShape
  let loc: SourceLocation
  func visit<K: CompareKernel>(_ kernel: K.Type) -> Code {
    OperandShape.pair(a, b, CompareValue<K>(rt: rt, loc: loc))
  }
}

/// Builds a single comparison used for its truth value.
private struct ConditionPlan: CompareKernelVisitor {
  let plan: ComparePlan
  func visit<K: CompareKernel>(_ kernel: K.Type) -> Code {
    OperandShape.pair(plan.a, plan.b, CompareCondition<K>(rt: plan.rt, loc: plan.loc))
  }
}

/// A single comparison producing a bool value.
private struct CompareValue<K: CompareKernel>: OperandPairVisitor {
  let rt: Runtime
  let loc: SourceLocation
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code {
    let (rt, loc) = (rt, loc)
    return .eval { f in
      let x = try a.get(f)
      let y = try b.get(f)
      if let r = K.test(x, y) { return .bool(r) }
      do { return try rt.compare(K.op, x, y) } catch { throw located(error, loc) }
    }
  }
}

/// A single comparison used for its truth value.
private struct CompareCondition<K: CompareKernel>: OperandPairVisitor {
  let rt: Runtime
  let loc: SourceLocation
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code {
    let (rt, loc) = (rt, loc)
    return .test { f in
      let x = try a.get(f)
      let y = try b.get(f)
      if let r = K.test(x, y) { return r }
      do { return try rt.truthy(try rt.compare(K.op, x, y)) } catch { throw located(error, loc) }
    }
  }
}
