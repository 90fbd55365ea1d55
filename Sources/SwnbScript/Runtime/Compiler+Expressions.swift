/// Expression compilation: one small handler per node kind.
extension Compiler {
  func compileExpr(_ e: Expr) throws -> Eval {
    try enter(e.start)
    defer { depth -= 1 }
    let rt = self.rt
    let loc = e.start
    switch e.kind {
    case .name(let n): return loadName(n, loc)
    case .int(let v): return { _ in .int(v) }
    case .bigInt: return { _ in throw PyError.make(.overflowError, "int too large").at(loc) }
    case .float(let v): return { _ in .float(v) }
    case .imaginary(let v): return { _ in .complex(.init(0, v)) }
    case .string(let s): return { _ in .str(s) }
    case .bool(let b): return { _ in .bool(b) }
    case .none: return { _ in .none }
    case .ellipsis: return { _ in .ellipsis }
    case .fstring(let parts): return try compileFString(parts)
    case .tuple(let items):
      let build = try compileItems(items)
      return { f in .tuple(try build(f)) }
    case .list(let items):
      let build = try compileItems(items)
      return { f in .list(PyList(try build(f))) }
    case .set(let items):
      let build = try compileItems(items)
      let constants = SetOrder.isConstantDisplay(items)
      return { f in try rt.makeSet(try build(f), constantDisplay: constants) }
    case .dict(let entries): return try compileDict(entries)
    case .starred: throw syntax("can't use starred expression here", loc)
    case .binary(let op, let l, let r): return try compileBinary(op, l, r, loc)
    case .unary(let op, let operand): return try compileUnary(op, operand, loc)
    case .boolOp(let isAnd, let items): return try compileBoolOp(isAnd, items)
    case .compare(let first, let rest): return try compileCompare(first, rest, loc)
    case .ifElse(let c, let a, let b):
      let cond = try compileCondition(c)
      let then = try compileExpr(a)
      let otherwise = try compileExpr(b)
      return { f in try cond(f) ? try then(f) : try otherwise(f) }
    case .call(let callee, let args): return try compileCall(callee, args, loc)
    case .attribute(let obj, let name):
      let o = try compileExpr(obj)
      if name == "T" {
        // An array's transpose without the general attribute dispatch.
        return { f in
          let v = try o(f)
          if case .array(let a) = v, a.ndim >= 1 { return .array(a.T) }
          do { return try rt.getAttribute(v, name) } catch { throw located(error, loc) }
        }
      }
      let cache = ModuleAttributeCache(name)
      return { f in
        let v = try o(f)
        if case .module(let m) = v, let hit = cache.lookup(m) { return hit }
        do { return try rt.getAttribute(v, name) } catch { throw located(error, loc) }
      }
    case .subscript(let obj, let index):
      if let fast = try compileFirstItemCall(obj, index, loc) { return fast }
      let o = try compileExpr(obj)
      let i = try compileExpr(index)
      return { f in
        let v = try o(f)
        let k = try i(f)
        do { return try rt.getItem(v, k) } catch { throw located(error, loc) }
      }
    case .slice(let a, let b, let c):
      let parts = try [a, b, c].map { try $0.map { try compileExpr($0) } }
      return { f in
        .slice(try parts[0]?(f) ?? .none, try parts[1]?(f) ?? .none, try parts[2]?(f) ?? .none)
      }
    case .lambda(let params, let body): return try compileLambda(params, body)
    case .comprehension(let kind, let element, let value, let clauses):
      return try compileComprehension(kind, element, value, clauses, at: loc)
    case .yield:
      // Generator bodies compile their `yield` statements in Compiler+Generator.swift.
      throw syntax(scope.kind == .function ? "'yield' inside expression" : "'yield' outside function", loc)
    case .namedExpr(let name, let value):
      let ev = try compileExpr(value)
      let store = storeName(name)
      return { f in
        let v = try ev(f)
        try store(f, v)
        return v
      }
    }
  }

  func loadName(_ name: String, _ loc: SourceLocation) -> Eval {
    let rt = self.rt
    switch scope.resolve(name) {
    case .local(let s):
      let local = SlotOperand(slot: s, name: name, loc: loc)
      return { f in try local.get(f) }
    case .outer(let d, let s):
      return { f in
        if let v = f.ancestor(d).slots[s] { return v }
        throw PyError.make(
          .nameError,
          "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"
        ).at(loc)
      }
    case .global(let n):
      let g = rt.globals.slot(n)
      let globals = rt.globals
      // Builtins are fixed once the runtime is set up: look the name up once.
      let builtin = rt.builtins[n]
      return { _ in
        if let v = globals.values[g] { return v }
        if let builtin { return builtin }
        throw PyError.make(.nameError, "name '\(n)' is not defined").at(loc)
      }
    case .classBody(let n):
      let g = rt.globals.slot(n)
      return { f in
        if let v = try f.classNamespace?.get(.str(n)) { return v }
        if let v = rt.globals.values[g] { return v }
        if let b = rt.builtins[n] { return b }
        throw PyError.make(.nameError, "name '\(n)' is not defined").at(loc)
      }
    }
  }

  /// Items of a display, expanding `*iterable`.
  func compileItems(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
    let hasStar = items.contains { if case .starred = $0.kind { return true } else { return false } }
    if !hasStar {
      let evs = try items.map { Operation(eval: try compileExpr($0)) }
      return { f in
        var out: [Value] = []
        out.reserveCapacity(evs.count)
        for ev in evs { out.append(try ev.eval(f)) }
        return out
      }
    }
    let rt = self.rt
    let parts = try items.map { item -> (Eval, Bool) in
      if case .starred(let inner) = item.kind { return (try compileExpr(inner), true) }
      return (try compileExpr(item), false)
    }
    return { f in
      var out: [Value] = []
      for (ev, star) in parts {
        let v = try ev(f)
        if star { try rt.iterate(v) { out.append($0); return true } } else { out.append(v) }
      }
      return out
    }
  }

  private func compileDict(_ entries: [(key: Expr?, value: Expr)]) throws -> Eval {
    let rt = self.rt
    let parts = try entries.map { (try $0.key.map { try compileExpr($0) }, try compileExpr($0.value), $0.value.start) }
    return { f in
      let d = PyDict()
      for (k, v, loc) in parts {
        if let k {
          let key = try k(f)
          do { try d.set(key, try v(f)) } catch { throw located(error, loc) }
        } else {
          let spread = try v(f)
          guard case .dict(let other) = spread else {
            throw PyError.make(.typeError, "'\(typeName(spread))' object is not a mapping").at(loc)
          }
          for (a, b) in other.items { try d.set(a, b) }
        }
      }
      _ = rt
      return .dict(d)
    }
  }

  private func compileFString(_ parts: [FStringPart]) throws -> Eval {
    let rt = self.rt
    let pieces = try parts.map { part -> (Frame) throws -> String in
      switch part {
      case .literal(let s): return { _ in s }
      case .field(let e, let conversion, let spec):
        let ev = try compileExpr(e)
        let specEv = try spec.map { try compileFString($0) }
        let loc = e.start
        return { f in
          var v = try ev(f)
          do {
            if conversion == "r" { v = .str(try rt.repr(v)) }
            if conversion == "s" { v = .str(try rt.str(v)) }
            if conversion == "a" { v = .str(asciiEscaped(try rt.repr(v))) }
            var specText = ""
            if let specEv, case .str(let s) = try specEv(f) { specText = s }
            return try rt.format(v, specText)
          } catch { throw located(error, loc) }
        }
      }
    }
    return { f in
      var out = ""
      for p in pieces { out += try p(f) }
      return .str(out)
    }
  }

  private func compileBoolOp(_ isAnd: Bool, _ items: [Expr]) throws -> Eval {
    let evs = try items.map { try compileExpr($0) }
    let rt = self.rt
    return { f in
      var v = Value.none
      for (i, ev) in evs.enumerated() {
        v = try ev(f)
        if i == evs.count - 1 { break }
        let t = try rt.truthy(v)
        if isAnd != t { return v }
      }
      return v
    }
  }

  private func compileUnary(_ op: UnaryOperator, _ operand: Expr, _ loc: SourceLocation) throws -> Eval {
    let ev = try compileExpr(operand)
    let rt = self.rt
    if op == .not {
      let cond = try compileCondition(operand)
      return { f in .bool(!(try cond(f))) }
    }
    let site = warningSite(loc)
    return { f in
      let v = try ev(f)
      if op == .neg, case .int(let i) = v, i != Int.min { return .int(-i) }
      site.enter()
      do { return try rt.unary(op, v) } catch { throw located(error, loc) }
    }
  }
}

/// `ascii()` of a repr: non-ASCII characters become escapes.
func asciiEscaped(_ s: String) -> String {
  var out = ""
  for u in s.unicodeScalars {
    if u.value < 128 {
      out.unicodeScalars.append(u)
    } else if u.value < 0x100 {
      out += "\\x" + hexDigits(u.value, 2)
    } else if u.value < 0x10000 {
      out += "\\u" + hexDigits(u.value, 4)
    } else {
      out += "\\U" + hexDigits(u.value, 8)
    }
  }
  return out
}

func hexDigits(_ v: UInt32, _ width: Int) -> String {
  let h = String(v, radix: 16)
  return String(repeating: "0", count: max(0, width - h.count)) + h
}
