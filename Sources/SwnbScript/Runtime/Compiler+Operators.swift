/// Binary operators and comparisons, with int/float fast paths inline.
extension Compiler {
  func compileBinary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ loc: SourceLocation) throws -> Eval {
    let a = try compileExpr(l)
    let b = try compileExpr(r)
    let rt = self.rt
    let site = warningSite(loc)
    switch op {
    case .add:
      return { f in
        let x = try a(f)
        let y = try b(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.addingReportingOverflow(j)
          if !o { return .int(s) }
        } else if case .float(let p) = x, case .float(let q) = y {
          return .float(p + q)
        }
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    case .sub:
      return { f in
        let x = try a(f)
        let y = try b(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.subtractingReportingOverflow(j)
          if !o { return .int(s) }
        } else if case .float(let p) = x, case .float(let q) = y {
          return .float(p - q)
        }
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    case .mul:
      return { f in
        let x = try a(f)
        let y = try b(f)
        if case .int(let i) = x, case .int(let j) = y {
          let (s, o) = i.multipliedReportingOverflow(by: j)
          if !o { return .int(s) }
        } else if case .float(let p) = x, case .float(let q) = y {
          return .float(p * q)
        }
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    case .mod, .floorDiv:
      let isMod = op == .mod
      return { f in
        let x = try a(f)
        let y = try b(f)
        if case .int(let i) = x, case .int(let j) = y, j > 0 {
          let r = i % j
          if isMod { return .int(r < 0 ? r + j : r) }
          return .int(r < 0 ? i / j - 1 : i / j)
        }
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    case .div:
      return { f in
        let x = try a(f)
        let y = try b(f)
        if case .float(let p) = x, case .float(let q) = y, q != 0 { return .float(p / q) }
        if case .int(let i) = x, case .int(let j) = y, j != 0 { return .float(Double(i) / Double(j)) }
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    default:
      return { f in
        let x = try a(f)
        let y = try b(f)
        site.enter()
        do { return try rt.binary(op, x, y) } catch { throw located(error, loc) }
      }
    }
  }

  func compileCompare(_ first: Expr, _ rest: [(CompareOperator, Expr)], _ loc: SourceLocation) throws -> Eval {
    let rt = self.rt
    let head = try compileExpr(first)
    if rest.count == 1 {
      let (op, right) = rest[0]
      let r = try compileExpr(right)
      return { f in
        let x = try head(f)
        let y = try r(f)
        if case .int(let i) = x, case .int(let j) = y {
          switch op {
          case .lt: return .bool(i < j)
          case .le: return .bool(i <= j)
          case .gt: return .bool(i > j)
          case .ge: return .bool(i >= j)
          case .eq: return .bool(i == j)
          case .ne: return .bool(i != j)
          default: break
          }
        }
        do { return try rt.compare(op, x, y) } catch { throw located(error, loc) }
      }
    }
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
