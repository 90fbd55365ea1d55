import SwnbArray

/// `a.shape = (r, c)`: numpy's in-place reshape.
extension Compiler {
  /// Whether `a.shape = ...` on this target can store the reshaped array back (a name or an
  /// attribute, which evaluate again without side effects).
  static func rebindsShape(_ objExpr: Expr) -> Bool {
    switch objExpr.kind {
    case .name, .attribute: return true
    default: return false
    }
  }

  /// Arrays are values here, so the reshaped view is stored back into the name or attribute
  /// that held the array; another name bound to the same array keeps its old shape.
  func compileShapeStore(_ objExpr: Expr, _ loc: SourceLocation) throws -> Store {
    let obj = try compileExpr(objExpr)
    let rebind = try compileStore(objExpr)
    let rt = self.rt
    return { f, v in
      let o = try obj(f)
      guard case .array(let a) = o else {
        do { return try rt.setAttribute(o, "shape", v) } catch { throw located(error, loc) }
      }
      let reshaped: Value
      do { reshaped = try rt.reshapedInPlace(a, v) } catch { throw located(error, loc) }
      try rebind(f, reshaped)
    }
  }
}

extension Runtime {
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
