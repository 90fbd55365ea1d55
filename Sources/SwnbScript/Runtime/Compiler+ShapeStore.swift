import SwnbArray

/// `a.shape = (r, c)` and `a.resize(...)`: numpy's in-place reshape and resize.
extension Compiler {
  /// Reads an array expression and stores a replacement back where it came from.
  typealias ArrayHome = (
    fetch: (Frame) throws -> (array: Value, owner: Value?),
    rebind: (Frame, Value?, Value) throws -> Void
  )

  /// Whether `x.shape = ...` is compiled by `compileShapeStore`: `x` is a name or an attribute.
  static func rebindsShape(_ objExpr: Expr) -> Bool {
    switch objExpr.kind {
    case .name, .attribute: return true
    default: return false
    }
  }

  /// Arrays are values here, so the reshaped view is stored back where the array came from: the
  /// name, or the attribute of a user object or module (`self.W.shape = ...`). An array's own
  /// attribute (`a.T.shape = ...`) is a fresh view in numpy too, so only the check remains.
  /// Another name bound to the same array keeps its old shape.
  func compileShapeStore(_ objExpr: Expr, _ loc: SourceLocation) throws -> Store {
    let rt = self.rt
    let (fetch, rebind) = try compileArrayHome(objExpr)
    return { f, v in
      let (array, owner) = try fetch(f)
      do {
        guard case .array(let a) = array else { return try rt.setAttribute(array, "shape", v) }
        try rebind(f, owner, try rt.reshapedInPlace(a, v))
      } catch { throw located(error, loc) }
    }
  }

  /// `x.resize(shape)` for a name or attribute `x`: an array is replaced by its resized copy
  /// (zero-filled growth) where it came from; anything else gets an ordinary method call.
  func compileResizeCall(_ objExpr: Expr, _ args: [Argument], _ loc: SourceLocation) throws -> Eval {
    let rt = self.rt
    let (fetch, rebind) = try compileArrayHome(objExpr)
    let buildArgs = try compileArguments(args)
    return { f in
      let (receiver, owner) = try fetch(f)
      let a = try buildArgs(f)
      do {
        guard case .array(let array) = receiver else { return try rt.callMethod(receiver, "resize", a) }
        let shape = a.positional.isEmpty ? array.shape : try rt.resizeShape(a)
        try rebind(f, owner, .array(try rt.engine { try array.resizedInPlace(shape) }))
        return .none
      } catch { throw located(error, loc) }
    }
  }

  private func compileArrayHome(_ objExpr: Expr) throws -> ArrayHome {
    let rt = self.rt
    let fetch: (Frame) throws -> (array: Value, owner: Value?)
    let rebind: (Frame, Value?, Value) throws -> Void
    switch objExpr.kind {
    case .attribute(let baseExpr, let name):
      let base = try compileExpr(baseExpr)
      let attrLoc = objExpr.start
      fetch = { f in
        let owner = try base(f)
        do { return (try rt.getAttribute(owner, name), owner) } catch { throw located(error, attrLoc) }
      }
      rebind = { _, owner, v in
        guard let owner else { return }
        switch owner {
        case .object, .module, .type: try rt.setAttribute(owner, name, v)
        default: return
        }
      }
    default:
      let load = try compileExpr(objExpr)
      let store = try compileStore(objExpr)
      fetch = { f in (try load(f), nil) }
      rebind = { f, _, v in try store(f, v) }
    }
    return (fetch, rebind)
  }
}

extension Runtime {
  /// The new shape of `a.resize(...)` from a shape tuple or separate ints; `refcheck` is
  /// accepted and has no effect here.
  func resizeShape(_ a: Arguments) throws -> [Int] {
    for (name, _) in a.keywords where name != "refcheck" {
      throw PyError.make(.typeError, "'\(name)' is an invalid keyword argument for resize")
    }
    if a.positional.count == 1 { return try shapeArgument(a.positional[0]) }
    return try a.positional.map { try requireInt($0, "resize") }
  }

  /// The array `a` with shape `shape` as a view of its memory, or numpy's errors: the reshape
  /// ValueError, or AttributeError when only a copy could have that shape.
  func reshapedInPlace(_ a: NDArray, _ shape: Value) throws -> Value {
    let dims = try shapeArgument(shape)
    let r = try engine { try a.reshaped(dims) }
    guard r.sharesStorage(with: a) else {
      throw PyError.make(
        .attributeError,
        "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
    }
    return .array(r)
  }
}
