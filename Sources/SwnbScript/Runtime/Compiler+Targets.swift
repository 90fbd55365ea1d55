/// Assignment targets, augmented assignment, del.
extension Compiler {
  typealias Store = (Frame, Value) throws -> Void

  func compileStore(_ target: Expr) throws -> Store {
    let rt = self.rt
    switch target.kind {
    case .name(let name): return storeName(name)
    case .attribute(let objExpr, "shape") where Compiler.rebindsShape(objExpr):
      return try compileShapeStore(objExpr, target.start)
    case .attribute(let objExpr, let name):
      let obj = try compileExpr(objExpr)
      let loc = target.start
      return { f, v in
        let o = try obj(f)
        do { try rt.setAttribute(o, name, v) } catch { throw located(error, loc) }
      }
    case .subscript(let objExpr, let indexExpr):
      if let fast = try compileMaskFillStore(objExpr, indexExpr, target.start) { return fast }
      let obj = try compileExpr(objExpr)
      let index = try compileExpr(indexExpr)
      let loc = target.start
      let site = warningSite(loc)
      return { f, v in
        let o = try obj(f)
        let i = try index(f)
        site.enter()  // a store can warn (ComplexWarning)
        do { try rt.setItem(o, i, v) } catch { throw located(error, loc) }
      }
    case .tuple(let items), .list(let items): return try compileUnpack(items, target.start)
    case .starred:
      throw syntax("starred assignment target must be in a list or tuple", target.start)
    default:
      throw syntax("cannot assign to expression", target.start)
    }
  }

  func storeName(_ name: String) -> Store {
    switch scope.resolve(name) {
    case .local(let s): return { f, v in f.set(s, v) }
    case .outer(let d, let s): return { f, v in f.ancestor(d).slots[s] = v }
    case .global(let n):
      let g = rt.globals.slot(n)
      let globals = rt.globals
      return { _, v in globals.values[g] = v }
    case .classBody(let n):
      return { f, v in try f.classNamespace?.set(.str(n), v) }
    }
  }

  private func compileUnpack(_ items: [Expr], _ loc: SourceLocation) throws -> Store {
    let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
    let stores = try items.map { item -> Store in
      if case .starred(let inner) = item.kind { return try compileStore(inner) }
      return try compileStore(item)
    }
    let rt = self.rt
    let count = items.count
    return { f, v in
      let values: [Value]
      do { values = try rt.unpack(v, count: count, starIndex: starIndex) } catch {
        throw located(error, loc)
      }
      for (s, x) in zip(stores, values) { try s(f, x) }
    }
  }

  func compileAssign(_ targets: [Expr], _ value: Expr) throws -> Exec {
    let ev = try compileExpr(value)
    if targets.count == 1 {
      if case .name(let n) = targets[0].kind, case .local(let s) = scope.resolve(n) {
        return { f in
          f.set(s, try ev(f))
          return .normal
        }
      }
      let store = try compileStore(targets[0])
      return { f in
        try store(f, try ev(f))
        return .normal
      }
    }
    let stores = try targets.map { try compileStore($0) }
    return { f in
      let v = try ev(f)
      for s in stores { try s(f, v) }
      return .normal
    }
  }

  /// `target op= value`; errors not located deeper are located at the statement.
  func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, at stmt: SourceLocation) throws -> Exec {
    if case .name(let name) = target.kind, case .local(let s) = scope.resolve(name) {
      let local = SlotOperand(slot: s, name: name, loc: target.start)
      let plan = AugAssignPlan(
        rt: rt, local: local, value: try compileOperand(valueExpr), stmt: stmt, site: warningSite(target.start))
      if let code = withArithmeticKernel(op, plan) { return code.exec }
    }
    let exec = try compileAugAssignGeneral(target, op, valueExpr)
    return { f in
      do { return try exec(f) } catch { throw located(error, stmt) }
    }
  }

  private func compileAugAssignGeneral(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr) throws -> Exec {
    let value = try compileExpr(valueExpr)
    let rt = self.rt
    let loc = target.start
    let site = warningSite(loc)
    switch target.kind {
    case .name(let name):
      let load = try compileExpr(target)
      let store = storeName(name)
      return { f in
        let a = try load(f)
        let b = try value(f)
        if let r = Compiler.fastArithmetic(op, a, b) {
          try store(f, r)
          return .normal
        }
        let r: Value
        site.enter()
        do { r = try rt.inplace(op, a, b) } catch { throw located(error, loc) }
        try store(f, r)
        return .normal
      }
    case .attribute(let objExpr, let name):
      let obj = try compileExpr(objExpr)
      return { f in
        let o = try obj(f)
        do {
          let a = try rt.getAttribute(o, name)
          let b = try value(f)
          site.enter()
          let r = try rt.inplace(op, a, b)
          try rt.setAttribute(o, name, r)
        } catch { throw located(error, loc) }
        return .normal
      }
    case .subscript(let objExpr, let indexExpr):
      let obj = try compileExpr(objExpr)
      let index = try compileExpr(indexExpr)
      return { f in
        let o = try obj(f)
        let i = try index(f)
        do {
          let a = try rt.getItem(o, i)
          let b = try value(f)
          site.enter()
          let r = try rt.inplace(op, a, b)
          try rt.setItem(o, i, r)
        } catch { throw located(error, loc) }
        return .normal
      }
    default:
      throw syntax("illegal expression for augmented assignment", loc)
    }
  }

  /// int/float `+ - *` without overflow: the common loop-accumulator case.
  @inline(__always)
  static func fastArithmetic(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.int(let i), .int(let j)):
      let r: (partialValue: Int, overflow: Bool)
      switch op {
      case .add: r = i.addingReportingOverflow(j)
      case .sub: r = i.subtractingReportingOverflow(j)
      case .mul: r = i.multipliedReportingOverflow(by: j)
      default: return nil
      }
      return r.overflow ? nil : .int(r.partialValue)
    case (.float(let x), .float(let y)):
      switch op {
      case .add: return .float(x + y)
      case .sub: return .float(x - y)
      case .mul: return .float(x * y)
      default: return nil
      }
    default: return nil
    }
  }

  func compileDeleteTarget(_ target: Expr) throws -> (Frame) throws -> Void {
    let rt = self.rt
    let loc = target.start
    switch target.kind {
    case .name(let name):
      let load = try compileExpr(target)
      switch scope.resolve(name) {
      case .local(let s): return { f in _ = try load(f); f.slots[s] = nil }
      case .outer(let d, let s): return { f in _ = try load(f); f.ancestor(d).slots[s] = nil }
      case .global(let n):
        let g = rt.globals.slot(n)
        return { f in
          guard rt.globals.values[g] != nil else {
            throw PyError.make(.nameError, "name '\(n)' is not defined").at(loc)
          }
          rt.globals.values[g] = nil
        }
      case .classBody(let n): return { f in _ = try f.classNamespace?.remove(.str(n)) }
      }
    case .subscript(let objExpr, let indexExpr):
      let obj = try compileExpr(objExpr)
      let index = try compileExpr(indexExpr)
      return { f in
        let o = try obj(f)
        let i = try index(f)
        do { try rt.deleteItem(o, i) } catch { throw located(error, loc) }
      }
    case .attribute(let objExpr, let name):
      let obj = try compileExpr(objExpr)
      return { f in
        let o = try obj(f)
        do { try rt.deleteAttribute(o, name) } catch { throw located(error, loc) }
      }
    case .tuple(let items), .list(let items):
      let dels = try items.map { try compileDeleteTarget($0) }
      return { f in for d in dels { try d(f) } }
    default:
      throw syntax("cannot delete expression", loc)
    }
  }
}

/// `local op= value`, waiting for the operator's kernel.
private struct AugAssignPlan: ArithmeticKernelVisitor {
  let rt: Runtime
  let local: SlotOperand
  let value: OperandShape
  let stmt: SourceLocation
  let site: WarningSite
  func visit<K: ArithmeticKernel>(_ kernel: K.Type) -> Code {
    OperandShape.pair(
      .slot(local), value, AugAssignLocal<K>(rt: rt, slot: local.slot, loc: local.loc, stmt: stmt, site: site))
  }
}

/// `local op= value` with the int/float fast path of `K` writing the slot directly; other
/// values use `Runtime.inplace`.
private struct AugAssignLocal<K: ArithmeticKernel>: OperandPairVisitor {
  let rt: Runtime
  let slot: Int
  let loc: SourceLocation
  let stmt: SourceLocation
  let site: WarningSite
  func visit<A: InlineOperand, B: InlineOperand>(_ a: A, _ b: B) -> Code {
    let (rt, slot, loc, stmt, site) = (rt, slot, loc, stmt, site)
    return .exec { f in
      do {
        let x = try a.get(f)
        let y = try b.get(f)
        if let r = K.apply(x, y) {
          f.set(slot, r)
          return .normal
        }
        site.enter()
        do { f.slots[slot] = try rt.inplace(K.op, x, y) } catch { throw located(error, loc) }
        return .normal
      } catch { throw located(error, stmt) }
    }
  }
}
