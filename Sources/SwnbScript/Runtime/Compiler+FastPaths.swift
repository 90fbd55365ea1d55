import SwnbArray

/// Call-site fast paths for the shapes of an alternating-least-squares loop: each checks its
/// operands at run time and otherwise runs exactly the general code, so results, evaluation
/// order and errors are the general path's.
extension Compiler {
  /// `a[a < c] = value` with `a` a name and `c` a number literal: a float64 array is updated
  /// in one pass (`NDArray.fillWhere`), without building the mask. nil when the target has
  /// another form.
  func compileMaskFillStore(_ objExpr: Expr, _ indexExpr: Expr, _ loc: SourceLocation) throws -> Store? {
    guard case .name(let name) = objExpr.kind, case .compare(let first, let rest) = indexExpr.kind,
      rest.count == 1, case .name(name) = first.kind, let threshold = Compiler.numberLiteral(rest[0].1)
    else { return nil }
    let condition: NDArray.FillCondition
    switch rest[0].0 {
    case .lt: condition = .less
    case .le: condition = .lessEqual
    case .gt: condition = .greater
    case .ge: condition = .greaterEqual
    default: return nil
    }
    let obj = try compileExpr(objExpr)
    let index = try compileExpr(indexExpr)
    let rt = self.rt
    return { f, v in
      let o = try obj(f)
      if case .array(let a) = o, let fill = Compiler.exactFloat64(v),
        a.fillWhere(condition, threshold, with: fill)
      {
        return
      }
      let i = try index(f)
      do { try rt.setItem(o, i, v) } catch { throw located(error, loc) }
    }
  }

  /// An int or float literal (optionally negated) as numpy compares it with a float64 array;
  /// nil for other expressions and for ints float64 does not hold exactly.
  private static func numberLiteral(_ e: Expr) -> Double? {
    switch e.kind {
    case .float(let d): return d
    case .int(let i) where i.magnitude <= 1 << 53: return Double(i)
    case .unary(.neg, let inner): return numberLiteral(inner).map { -$0 }
    default: return nil
    }
  }

  /// The float64 numpy stores for a Python int or float assigned into a float64 array.
  private static func exactFloat64(_ v: Value) -> Double? {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    default: return nil
    }
  }

  /// `x.T @ y`, `x @ y.T`, `x.T @ y.T`: a 2-D array's transpose goes into the product as a
  /// view, without a script value for it. nil when neither operand is a `.T`.
  func compileTransposedMatmul(_ l: Expr, _ r: Expr, _ loc: SourceLocation) throws -> Eval? {
    guard TransposableOperand.isTranspose(l) || TransposableOperand.isTranspose(r) else { return nil }
    let left = try TransposableOperand(l, self)
    let right = try TransposableOperand(r, self)
    let rt = self.rt
    let site = warningSite(loc)
    return { f in
      let x = try left.load(f, rt)
      let y = try right.load(f, rt)
      site.enter()
      do {
        if let p = x.array, let q = y.array, let r = try rt.arrayBinary(.matMul, p, q) { return r }
        return try rt.binary(.matMul, x.value, y.value)
      } catch { throw located(error, loc) }
    }
  }

  /// `f(...)[0]` with `f` an attribute of a module: when `f` is a built-in with a first-item
  /// body (`np.linalg.lstsq`), only the first item is computed. nil for other shapes.
  func compileFirstItemCall(_ callExpr: Expr, _ index: Expr, _ loc: SourceLocation) throws -> Eval? {
    // `x.resize(...)` and `x.append(v)` keep `compileCall`'s own paths (this one's fallback is
    // the general method call).
    guard case .call(let callee, let args) = callExpr.kind, case .int(0) = index.kind,
      case .attribute(let objExpr, let name) = callee.kind, name != "resize", name != "append"
    else { return nil }
    let obj = try compileExpr(objExpr)
    let cache = ModuleAttributeCache(name)
    let buildArgs = try compileArguments(args)
    let callLoc = callExpr.start
    let site = warningSite(callLoc)
    let rt = self.rt
    return { f in
      let receiver = try obj(f)
      var a = try buildArgs(f)
      site.enter()
      let result: Value
      do {
        if case .module(let m) = receiver, case .builtin(let b)? = cache.lookup(m),
          let first = b.firstItem
        {
          return try first(&a)
        }
        result = try rt.callMethod(receiver, name, a)
      } catch { throw located(error, callLoc) }
      do { return try rt.getItem(result, .int(0)) } catch { throw located(error, loc) }
    }
  }
}

/// A matmul operand that may be `base.T`: loads a 2-D array's transpose as a bare view.
private struct TransposableOperand {
  /// The operand, or the base of its `.T`.
  let eval: Eval
  /// Where the `.T` is, when the operand is one.
  let transposeAt: SourceLocation?

  static func isTranspose(_ e: Expr) -> Bool {
    if case .attribute(_, "T") = e.kind { return true }
    return false
  }

  init(_ e: Expr, _ compiler: Compiler) throws {
    if case .attribute(let base, "T") = e.kind {
      eval = try compiler.compileExpr(base)
      transposeAt = e.start
    } else {
      eval = try compiler.compileExpr(e)
      transposeAt = nil
    }
  }

  /// The operand's value: an array (no script value built) or any other value.
  enum Loaded {
    case array(NDArray)
    case other(Value)
    var array: NDArray? {
      if case .array(let a) = self { return a }
      return nil
    }
    var value: Value {
      switch self {
      case .array(let a): return .array(a)
      case .other(let v): return v
      }
    }
  }

  @inline(__always)
  func load(_ f: Frame, _ rt: Runtime) throws -> Loaded {
    let v = try eval(f)
    guard let at = transposeAt else {
      if case .array(let a) = v { return .array(a) }
      return .other(v)
    }
    if case .array(let a) = v, a.ndim >= 1 { return .array(a.T) }
    do { return .other(try rt.getAttribute(v, "T")) } catch { throw located(error, at) }
  }
}

/// One site's `module.name` look-up, kept while the module's attributes are unchanged.
final class ModuleAttributeCache {
  private let name: String
  private var module: PyModule?
  private var version = 0
  private var value: Value?

  init(_ name: String) { self.name = name }

  /// `m.attributes[name]`, from the cache when `m` and its attributes are the ones it saw.
  @inline(__always)
  func lookup(_ m: PyModule) -> Value? {
    if m === module, m.version == version { return value }
    let v = m.attributes[name]
    (module, version, value) = (m, m.version, v)
    return v
  }
}
