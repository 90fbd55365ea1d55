@testable import SwnbLinalg

/// Runs a golden case through SwnbLinalg: the Swift call that mirrors the numpy call.
struct GoldenRunner {
  let golden: GoldenCase
  let table: [String: GoldenTensor]

  private func tensor(_ name: String) -> GoldenTensor? { golden.inputs[name].flatMap { table[$0] } }
  private func matrix(_ name: String) -> Matrix { tensor(name)?.matrix ?? Matrix(rows: 0, cols: 0) }
  private func vector(_ name: String) -> [Double] { tensor(name)?.values ?? [] }
  private func param(_ name: String) -> String? { golden.params[name] }
  private var a: Matrix { matrix("a") }

  private var ord: Linalg.NormOrder? {
    switch param("ord") ?? param("p") ?? "None" {
    case "None": nil
    case "fro": .frobenius
    case "nuc": .nuclear
    case let p: .p(Double(p) ?? .nan)
    }
  }

  func run() throws(LinalgError) -> [String: Output] {
    switch golden.fn {
    case "matmul": return try runMatmul()
    case "matmul_view": return runMatmulView()
    case "multi_dot":
      let count = Int(param("count") ?? "") ?? 0
      return ["c": Output(try Linalg.multiDot((0..<count).map { matrix("m\($0)") }))]
    case "dot": return ["r": Output(scalar: try Linalg.dot(vector("x"), vector("y")))]
    case "solve":
      if golden.inputs["b"] != nil {
        return ["x": Output(vector: try Linalg.solve(a, vector("b")))]
      }
      return ["x": Output(try Linalg.solve(a, matrix("bm")))]
    case "inv": return ["x": Output(try Linalg.inv(a))]
    case "det": return ["r": Output(scalar: try Linalg.det(a))]
    case "slogdet":
      let (sign, logdet) = try Linalg.slogdet(a)
      return ["sign": Output(scalar: sign), "logdet": Output(scalar: logdet)]
    case "lstsq": return try runLstsq()
    case "svd":
      let r = try Linalg.svd(a, fullMatrices: param("full") == "1")
      return ["u": Output(r.u), "s": Output(vector: r.s), "vh": Output(r.vh)]
    case "svdvals": return ["s": Output(vector: try Linalg.svdvals(a))]
    case "qr": return try runQR()
    case "eigh":
      let (w, v) = try Linalg.eigh(a, upper: param("upper") == "1")
      return ["w": Output(vector: w), "v": Output(v)]
    case "eigvalsh": return ["w": Output(vector: try Linalg.eigvalsh(a))]
    case "eig":
      let r = try Linalg.eig(a)
      var out = ["wr": Output(vector: r.valuesReal), "vr": Output(r.vectorsReal)]
      if let wi = r.valuesImag { out["wi"] = Output(vector: wi) }
      if let vi = r.vectorsImag { out["vi"] = Output(vi) }
      return out
    case "eigvals":
      let (wr, wi) = try Linalg.eigvals(a)
      var out = ["wr": Output(vector: wr)]
      if let wi { out["wi"] = Output(vector: wi) }
      return out
    case "cholesky": return ["l": Output(try Linalg.cholesky(a, upper: param("upper") == "1"))]
    case "qr_raw":
      let (h, tau) = try Linalg.qrRaw(a)
      return ["h": Output(h), "tau": Output(vector: tau)]
    case "pinv":
      let rcond = param("rcond").flatMap(Double.init) ?? 1e-15
      return ["x": Output(try Linalg.pinv(a, rcond: rcond))]
    case "matrix_rank": return try runRank()
    case "norm": return try runNorm()
    case "cond": return ["r": Output(scalar: try Linalg.cond(a, p: ord))]
    case "matrix_power":
      return ["x": Output(try Linalg.matrixPower(a, Int(param("n") ?? "") ?? 0))]
    case "nmf": return try runNMF()
    default: return [:]
    }
  }

  private func runMatmul() throws(LinalgError) -> [String: Output] {
    let (ta, tb) = (param("ta") == "1", param("tb") == "1")
    let b = param("same") == "1" ? a : matrix("b")
    let shared = param("same").map { $0 == "1" }
    return [
      "c": Output(
        try Linalg.matmul(a, transposeA: ta, b, transposeB: tb, operandsShareBuffer: shared))
    ]
  }

  /// Views over one base buffer, as the array engine passes numpy views.
  private func runMatmulView() -> [String: Output] {
    let spec = { (name: String) in (param(name) ?? "").split(separator: ",").compactMap { Int($0) }
    }
    let (sa, sb) = (spec("a"), spec("b"))
    guard sa.count == 5, sb.count == 5 else { return [:] }
    let base = vector("base")
    var out = Matrix(rows: sa[1], cols: sb[2])
    base.withUnsafeBufferPointer { pb in
      out.elements.withUnsafeMutableBufferPointer { po in
        guard let start = pb.baseAddress, let so = po.baseAddress else { return }
        let a = MatrixView(
          start: start + sa[0], rows: sa[1], cols: sa[2], rowStride: sa[3], colStride: sa[4])
        let b = MatrixView(
          start: start + sb[0], rows: sb[1], cols: sb[2], rowStride: sb[3], colStride: sb[4])
        BLAS.matmul(a, b, into: so)
      }
    }
    return ["c": Output(out)]
  }

  private func runLstsq() throws(LinalgError) -> [String: Output] {
    let rcond = param("rcond").flatMap(Double.init)
    if golden.inputs["b"] != nil {
      let r = try Linalg.lstsq(a, vector("b"), rcond: rcond)
      return [
        "x": Output(vector: r.x), "residuals": Output(vector: r.residuals),
        "rank": Output(scalar: Double(r.rank)), "s": Output(vector: r.singularValues),
      ]
    }
    let r = try Linalg.lstsq(a, matrix("bm"), rcond: rcond)
    return [
      "x": Output(r.x), "residuals": Output(vector: r.residuals),
      "rank": Output(scalar: Double(r.rank)), "s": Output(vector: r.singularValues),
    ]
  }

  private func runQR() throws(LinalgError) -> [String: Output] {
    let mode = Linalg.QRMode(rawValue: param("mode") ?? "") ?? .reduced
    let r = try Linalg.qr(a, mode: mode)
    var out = ["r": Output(r.r)]
    if let q = r.q { out["q"] = Output(q) }
    return out
  }

  private func runNorm() throws(LinalgError) -> [String: Output] {
    let axis = param("axis").flatMap { Int($0) }
    let axes = param("axes").map { $0.split(separator: ",").compactMap { Int($0) } }
    if golden.inputs["v"] != nil {
      if let axis {
        return ["r": Output(scalar: try Linalg.norm(vector("v"), ord: ord, axis: axis))]
      }
      return ["r": Output(scalar: try Linalg.norm(vector("v"), ord: ord))]
    }
    if let axis { return ["r": Output(vector: try Linalg.norm(a, ord: ord, axis: axis))] }
    if let axes, axes.count == 2 {
      return ["r": Output(scalar: try Linalg.norm(a, ord: ord, axes: (axes[0], axes[1])))]
    }
    return ["r": Output(scalar: try Linalg.norm(a, ord: ord))]
  }

  private func runRank() throws(LinalgError) -> [String: Output] {
    if golden.inputs["v"] != nil {
      return ["r": Output(scalar: Double(Linalg.matrixRank(vector("v"))))]
    }
    let tol = param("tol").flatMap(Double.init)
    let rtol = param("rtol").flatMap(Double.init)
    return ["r": Output(scalar: Double(try Linalg.matrixRank(a, tol: tol, rtol: rtol)))]
  }

  /// The first user's notebook: 100 alternating least-squares steps with clipping.
  private func runNMF() throws(LinalgError) -> [String: Output] {
    let target = matrix("A")
    var w = matrix("W0")
    var h = matrix("H0")
    for _ in 0..<100 {
      // H = lstsq(W.T @ W, W.T @ A, rcond=None)[0]; H[H < 0] = 0
      h = try Linalg.lstsq(
        BLAS.matmul(w, transposeA: true, w), BLAS.matmul(w, transposeA: true, target)
      ).x
      h.elements = h.elements.map { $0 < 0 ? 0 : $0 }
      // W = lstsq(H @ H.T, H @ A.T, rcond=None)[0].T; W[W < 0] = 0
      w = try Linalg.lstsq(
        BLAS.matmul(h, h, transposeB: true), BLAS.matmul(h, target, transposeB: true)
      ).x.transposed()
      w.elements = w.elements.map { $0 < 0 ? 0 : $0 }
    }
    let product = BLAS.matmul(w, h)
    var residual = target
    for i in residual.elements.indices { residual.elements[i] -= product.elements[i] }
    return [
      "W": Output(w), "H": Output(h),
      "err": Output(scalar: try Linalg.norm(residual, ord: .frobenius)),
    ]
  }
}
