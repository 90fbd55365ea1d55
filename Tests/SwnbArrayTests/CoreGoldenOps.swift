import TestSupport
@testable import SwnbArray

/// Runs a golden operation against SwnbArray.
enum CoreGoldenOps {
  /// Operations whose float results may differ from numpy's in the last bits (LAPACK).
  static let approximate: Set<String> = ["solve", "inv", "det", "lstsq_x", "lstsq_residuals"]

  /// Applies a fixture's view transform: "T", "rev" (`[::-1]`), "col" (`[:, 1]`), "elem".
  static func transform(_ a: NDArray, _ name: String?) throws -> NDArray {
    switch name {
    case "T": return a.T
    case "rev": return try a.get([.slice(start: nil, stop: nil, step: -1)])
    case "col": return try a.get([.all, .int(1)])
    case "rows2": return try a.get([.slice(start: nil, stop: nil, step: 2)])
    case "cols2": return try a.get([.all, .slice(start: nil, stop: nil, step: 2)])
    case "sub":
      return try a.get([
        .slice(start: 1, stop: nil, step: nil), .slice(start: 1, stop: nil, step: nil),
      ])
    case "elem": return try a.get(Array(repeating: .int(0), count: a.ndim))
    default: return a
    }
  }

  /// The text a repr/str/tolist case produces.
  static func text(_ op: String, _ a: GoldenJSON) throws -> String {
    let x = try transform(CoreGolden.array(a["a"]), a["transform"].string)
    switch op {
    case "repr": return x.repr()
    case "str": return x.str()
    default: return x.scalarRepr()
    }
  }

  static func items(_ json: GoldenJSON) throws -> [IndexItem] {
    try json.array.map { item in
      switch item.string {
      case "newaxis": return .newAxis
      case "ellipsis": return .ellipsis
      default: break
      }
      if let i = item["int"].int { return .int(i) }
      if case .array(let parts) = item["slice"] {
        return .slice(start: parts[0].int, stop: parts[1].int, step: parts[2].int)
      }
      if !item["mask"].isNull { return .boolMask(try CoreGolden.array(item["mask"])) }
      return .intArray(try CoreGolden.array(item["ints"]))
    }
  }

  static func run(_ op: String, _ a: GoldenJSON) throws -> NDArray {
    let x = { try CoreGolden.array(a["a"]) }
    let y = { try CoreGolden.array(a["b"]) }
    let arrays = { try a["arrays"].array.map(CoreGolden.array) }
    let dtype = CoreGolden.dtype(a["dtype"])
    switch op {
    case "array": return try NDArray.array(CoreGolden.nested(a["value"]), dtype: dtype)
    case "zeros": return try NDArray.zeros(a["shape"].ints, dtype: dtype ?? .float64)
    case "ones": return try NDArray.ones(a["shape"].ints, dtype: dtype ?? .float64)
    case "full":
      return try NDArray.full(
        a["shape"].ints, CoreGolden.scalar(a["value"].string ?? ""), dtype: dtype)
    case "eye":
      return try NDArray.eye(
        a["n"].int ?? 0, a["m"].int, k: a["k"].int ?? 0, dtype: dtype ?? .float64)
    case "arange":
      let s = a["args"].array.map { CoreGolden.scalar($0.string ?? "") }
      return try NDArray.arange(
        s[0], s.count > 1 ? s[1] : nil, step: s.count > 2 ? s[2] : nil, dtype: dtype)
    case "linspace", "linspace_step":
      let r = try NDArray.linspace(
        a["start"].double ?? 0, a["stop"].double ?? 0, num: a["num"].int ?? 0,
        endpoint: a["endpoint"] == .bool(true), dtype: dtype)
      return op == "linspace" ? r.array : NDArray(float64: [r.step], shape: [])
    case "setitem":
      let base = try x()
      try base.set(items(a["index"]), value: CoreGolden.array(a["value"]))
      return base
    case "setitem_scalar":
      let base = try x()
      try base.set(items(a["index"]), scalar: CoreGolden.scalar(a["value"].string ?? ""))
      return base
    case "array_split", "split", "split_at":
      let m = try x()
      let parts =
        op == "split_at"
        ? try m.split(at: a["at"].ints, axis: a["axis"].int ?? 0)
        : op == "split"
          ? try m.split(a["n"].int ?? 0, axis: a["axis"].int ?? 0)
          : try m.arraySplit(a["n"].int ?? 0, axis: a["axis"].int ?? 0)
      let marker = NDArray(float64: [-1], shape: [1])
      return try NDArray.concatenate(parts.flatMap { [try $0.raveled(), marker] })
    case "fliplr": return try x().fliplr()
    case "flipud": return try x().flipud()
    case "rot90":
      let axes = a["axes"].ints
      return try x().rot90(a["k"].int ?? 0, axes: (axes[0], axes[1]))
    case "roll": return try x().rolled(a["shift"].int ?? 0, axis: a["axis"].int)
    case "take": return try x().take(CoreGolden.array(a["idx"]), axis: a["axis"].int)
    case "delete": return try x().deleting(a["idx"].ints, axis: a["axis"].int)
    case "append": return try NDArray.append(x(), y(), axis: a["axis"].int)
    case "column_stack": return try NDArray.columnStack(arrays())
    case "zeros_like": return try NDArray.zerosLike(x(), dtype: dtype)
    case "ones_like": return try NDArray.onesLike(x(), dtype: dtype)
    case "full_like":
      return try NDArray.fullLike(x(), CoreGolden.scalar(a["value"].string ?? ""), dtype: dtype)
    case "identity": return try NDArray.identity(a["n"].int ?? 0, dtype: dtype ?? .float64)
    case "view_write":
      let base = try x()
      try base.get(items(a["index"])).assign(CoreGolden.array(a["value"]))
      return base
    default: return try runManipulation(op, a, x, y, arrays, dtype)
    }
  }

  private static func runManipulation(
    _ op: String, _ a: GoldenJSON, _ x: () throws -> NDArray, _ y: () throws -> NDArray,
    _ arrays: () throws -> [NDArray], _ dtype: DType?
  ) throws -> NDArray {
    switch op {
    case "reshape": return try x().reshaped(a["shape"].ints)
    case "ravel_view_write":
      let base = try x()
      try transform(base, a["transform"].string).raveled().setElement([0], .float(-1))
      return base
    case "reshape_view_write":
      let base = try x()
      let v = try transform(base, a["transform"].string).reshaped(a["shape"].ints)
      try v.setElement(Array(repeating: 0, count: v.ndim), .float(-1))
      return base
    case "ravel": return try x().raveled()
    case "transpose": return try x().transposed(a["axes"].isNull ? nil : a["axes"].ints)
    case "swapaxes": return try x().swapaxes(a["a1"].int ?? 0, a["a2"].int ?? 0)
    case "moveaxis": return try x().moveaxis(a["src"].int ?? 0, a["dst"].int ?? 0)
    case "expand_dims": return try x().expandDims(a["axis"].int ?? 0)
    case "squeeze": return try x().squeezed(a["axis"].int)
    case "broadcast_to": return try x().broadcast(to: a["shape"].ints)
    case "flip": return try x().flipped(a["axis"].int)
    case "astype": return try x().astype(dtype ?? .float64)
    case "concatenate": return try NDArray.concatenate(arrays(), axis: a["axis"].int)
    case "stack": return try NDArray.stack(arrays(), axis: a["axis"].int ?? 0)
    case "vstack": return try NDArray.vstack(arrays())
    case "hstack": return try NDArray.hstack(arrays())
    case "tile": return try x().tiled(a["reps"].ints)
    case "repeat": return try x().repeated(a["repeats"].ints, axis: a["axis"].int)
    case "diag": return try NDArray.diag(x(), k: a["k"].int ?? 0)
    case "tril": return try x().tril(a["k"].int ?? 0)
    case "triu": return try x().triu(a["k"].int ?? 0)
    case "meshgrid":
      return try NDArray.stack(NDArray.meshgrid(arrays(), cartesian: a["indexing"].string == "xy"))
    case "matmul": return try NDArray.matmul(x(), y())
    case "matmul_tA":
      let m = try x()
      return try NDArray.matmul(m.T, a["b"].isNull ? m : y())
    case "dot": return try NDArray.dot(x(), y())
    case "inner": return try NDArray.inner(x(), y())
    case "outer": return try NDArray.outer(x(), y())
    case "vdot": return try NDArray.vdot(x(), y())
    case "trace": return try x().trace(offset: a["k"].int ?? 0)
    case "solve": return try NDArray.solve(x(), y())
    case "inv": return try x().inv()
    case "det": return try x().det()
    case "lstsq_x": return try NDArray.lstsq(x(), y()).x
    case "lstsq_residuals": return try NDArray.lstsq(x(), y()).residuals
    case "lstsq_rank":
      return NDArray(values: [Int32(try NDArray.lstsq(x(), y()).rank)], shape: [], dtype: .int32)
    default: throw ArrayError(.notImplementedError, "golden op \(op)")
    }
  }
}
