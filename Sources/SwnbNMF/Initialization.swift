import SwnbLinalg


/// scikit-learn's `_initialize_nmf` (and the custom-start checks of `_check_w_h`).
enum Initialization {
  /// The starting `(W, H)` for `x` (already validated) with `k` components.
  static func start(_ x: Matrix, k: Int, _ method: NMFInit, seed: UInt32) throws -> (Matrix, Matrix) {
    if case .custom(let w, let h) = method {
      try Validation.checkStart(h, rows: k, cols: x.cols, "NMF (input H)")
      try Validation.checkStart(w, rows: x.rows, cols: k, "NMF (input W)")
      return (w, h)
    }
    try Validation.checkNonNegative(x, "NMF initialization")
    if method == .uniform { return try uniform(x, k: k, seed: seed) }
    let fits = k <= min(x.rows, x.cols)
    if method != .auto && method != .random && method != .uniform && !fits {
      throw NMFError(
        .valueError,
        "init = '\(name(method))' can only be used when n_components <= min(n_samples, n_features)")
    }
    let resolved = method == .auto ? (fits ? NMFInit.nndsvda : .random) : method
    if resolved == .random { return try random(x, k: k, seed: seed) }
    return try nndsvd(x, k: k, resolved, seed: seed)
  }

  static func name(_ method: NMFInit) -> String {
    switch method {
    case .auto: "None"
    case .random: "random"
    case .nndsvd: "nndsvd"
    case .nndsvda: "nndsvda"
    case .nndsvdar: "nndsvdar"
    case .custom: "custom"
    case .uniform: "uniform"
    }
  }

  /// The seed notebook's start: `W = rand(m, k)` then `H = rand(k, n)` from `RandomState(seed)`.
  static func uniform(_ x: Matrix, k: Int, seed: UInt32) throws -> (Matrix, Matrix) {
    let rng = try LegacyRandom.stream(seed)
    let w = LegacyRandom.uniforms(rng, x.rows * k)
    let h = LegacyRandom.uniforms(rng, k * x.cols)
    return (
      Matrix(rows: x.rows, cols: k, elements: w), Matrix(rows: k, cols: x.cols, elements: h)
    )
  }

  /// `|N(0,1)| * sqrt(mean(X) / k)`, H (k x n) drawn before W (m x k).
  static func random(_ x: Matrix, k: Int, seed: UInt32) throws -> (Matrix, Matrix) {
    let rng = try LegacyRandom.stream(seed)
    let avg = (Dense.mean(x) / Double(k)).squareRoot()
    let h = LegacyRandom.normals(rng, k * x.cols).map { abs(avg * $0) }
    let w = LegacyRandom.normals(rng, x.rows * k).map { abs(avg * $0) }
    return (
      Matrix(rows: x.rows, cols: k, elements: w), Matrix(rows: k, cols: x.cols, elements: h)
    )
  }

  /// Boutsidis & Gallopoulos' NNDSVD on scikit-learn's randomized SVD; entries below 1e-6 become
  /// zero, then `nndsvda` fills the zeros with mean(X) and `nndsvdar` with
  /// `|mean(X)·N(0,1)| / 100` from a fresh `RandomState(seed)` (W's zeros first, row-major order).
  static func nndsvd(_ x: Matrix, k: Int, _ method: NMFInit, seed: UInt32) throws -> (Matrix, Matrix) {
    let (u, s, v) = try RandomizedSVD.compute(x, k: k, seed: seed)
    var w = Matrix(rows: x.rows, cols: k)
    var h = Matrix(rows: k, cols: x.cols)
    let root0 = s[0].squareRoot()
    for i in 0..<x.rows { w[i, 0] = root0 * abs(u[i, 0]) }
    for j in 0..<x.cols { h[0, j] = root0 * abs(v[0, j]) }
    for c in 1..<max(k, 1) {
      let col = (0..<x.rows).map { u[$0, c] }
      let row = (0..<x.cols).map { v[c, $0] }
      let (xp, xn) = (col.map { max($0, 0) }, col.map { abs(min($0, 0)) })
      let (yp, yn) = (row.map { max($0, 0) }, row.map { abs(min($0, 0)) })
      let (xpn, ypn) = (Dense.sumOfSquares(xp).squareRoot(), Dense.sumOfSquares(yp).squareRoot())
      let (xnn, ynn) = (Dense.sumOfSquares(xn).squareRoot(), Dense.sumOfSquares(yn).squareRoot())
      let (mp, mn) = (xpn * ypn, xnn * ynn)
      let (uu, vv, sigma) = mp > mn ? (xp.map { $0 / xpn }, yp.map { $0 / ypn }, mp) : (xn.map { $0 / xnn }, yn.map { $0 / ynn }, mn)
      let lbd = (s[c] * sigma).squareRoot()
      for i in 0..<x.rows { w[i, c] = lbd * uu[i] }
      for j in 0..<x.cols { h[c, j] = lbd * vv[j] }
    }
    for i in w.elements.indices where w.elements[i] < 1e-6 { w.elements[i] = 0 }
    for i in h.elements.indices where h.elements[i] < 1e-6 { h.elements[i] = 0 }
    switch method {
    case .nndsvda:
      let avg = Dense.mean(x)
      for i in w.elements.indices where w.elements[i] == 0 { w.elements[i] = avg }
      for i in h.elements.indices where h.elements[i] == 0 { h.elements[i] = avg }
    case .nndsvdar:
      let rng = try LegacyRandom.stream(seed)
      let avg = Dense.mean(x)
      let wz = w.elements.indices.filter { w.elements[$0] == 0 }
      for (i, z) in zip(wz, LegacyRandom.normals(rng, wz.count)) { w.elements[i] = abs(avg * z / 100) }
      let hz = h.elements.indices.filter { h.elements[$0] == 0 }
      for (i, z) in zip(hz, LegacyRandom.normals(rng, hz.count)) { h.elements[i] = abs(avg * z / 100) }
    default:
      break
    }
    return (w, h)
  }
}
