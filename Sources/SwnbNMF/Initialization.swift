import SwnbLinalg

/// scikit-learn's `_initialize_nmf` (and the custom-start checks of `_check_w_h`).
enum Initialization {
  /// The starting `(W, H)` for `x` (already validated) with `k` components.
  static func start(_ x: Matrix, k: Int, _ method: NMFInit, random: LegacyRandom) throws -> (
    Matrix, Matrix
  ) {
    if case .custom(let w, let h) = method {
      try Validation.checkStart(h, rows: k, cols: x.cols, "NMF (input H)")
      try Validation.checkStart(w, rows: x.rows, cols: k, "NMF (input W)")
      return (w, h)
    }
    try Validation.checkNonNegative(x, "NMF initialization")
    if method == .uniform { return try uniform(x, k: k, random: random) }
    let fits = k <= min(x.rows, x.cols)
    if method != .auto && method != .random && method != .uniform && !fits {
      throw NMFError(
        .valueError,
        "init = '\(name(method))' can only be used when n_components <= min(n_samples, n_features)")
    }
    let resolved = method == .auto ? (fits ? NMFInit.nndsvda : .random) : method
    if resolved == .random { return try self.random(x, k: k, random: random) }
    return try nndsvd(x, k: k, resolved, random: random)
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
  static func uniform(_ x: Matrix, k: Int, random: LegacyRandom) throws -> (Matrix, Matrix) {
    let rng = try random.stream()
    let w = LegacyRandom.uniforms(rng, x.rows * k)
    let h = LegacyRandom.uniforms(rng, k * x.cols)
    return (
      Matrix(rows: x.rows, cols: k, elements: w), Matrix(rows: k, cols: x.cols, elements: h)
    )
  }

  /// `|N(0,1)| * sqrt(mean(X) / k)`, H (k x n) drawn before W (m x k).
  static func random(_ x: Matrix, k: Int, random: LegacyRandom) throws -> (Matrix, Matrix) {
    let rng = try random.stream()
    let avg = (Dense.mean(x) / Double(k)).squareRoot()
    let h = LegacyRandom.normals(rng, k * x.cols).map { abs(avg * $0) }
    let w = LegacyRandom.normals(rng, x.rows * k).map { abs(avg * $0) }
    return (
      Matrix(rows: x.rows, cols: k, elements: w), Matrix(rows: k, cols: x.cols, elements: h)
    )
  }

  /// Boutsidis & Gallopoulos' NNDSVD on scikit-learn's randomized SVD; entries below 1e-6 become
  /// zero, then `nndsvda` fills the zeros with mean(X) and `nndsvdar` with
  /// `|mean(X)·N(0,1)| / 100` from the random source (a fresh `RandomState(seed)` for an integer
  /// seed; W's zeros first, row-major order).
  static func nndsvd(_ x: Matrix, k: Int, _ method: NMFInit, random: LegacyRandom) throws
    -> (Matrix, Matrix)
  {
    let (u, s, v) = try RandomizedSVD.compute(x, k: k, random: random)
    var w = Matrix(rows: x.rows, cols: k)
    var h = Matrix(rows: k, cols: x.cols)
    for c in 0..<k {
      let col = (0..<x.rows).map { u[$0, c] }
      let row = (0..<x.cols).map { v[c, $0] }
      // The leading singular pair is non-negative up to sign; the others keep their dominant part.
      let (uu, vv, sigma) =
        c == 0 ? (col.map(abs), row.map(abs), 1.0) : dominantPart(col, row)
      let scale = (s[c] * sigma).squareRoot()
      for i in 0..<x.rows { w[i, c] = scale * uu[i] }
      for j in 0..<x.cols { h[c, j] = scale * vv[j] }
    }
    for i in w.elements.indices where w.elements[i] < 1e-6 { w.elements[i] = 0 }
    for i in h.elements.indices where h.elements[i] < 1e-6 { h.elements[i] = 0 }
    let avg = Dense.mean(x)
    switch method {
    case .nndsvda:
      for i in w.elements.indices where w.elements[i] == 0 { w.elements[i] = avg }
      for i in h.elements.indices where h.elements[i] == 0 { h.elements[i] = avg }
    case .nndsvdar:
      let rng = try random.stream()
      let wz = w.elements.indices.filter { w.elements[$0] == 0 }
      for (i, z) in zip(wz, LegacyRandom.normals(rng, wz.count)) {
        w.elements[i] = abs(avg * z / 100)
      }
      let hz = h.elements.indices.filter { h.elements[$0] == 0 }
      for (i, z) in zip(hz, LegacyRandom.normals(rng, hz.count)) {
        h.elements[i] = abs(avg * z / 100)
      }
    default:
      break
    }
    return (w, h)
  }

  /// Of `(x⁺, y⁺)` and `(x⁻, y⁻)`, the pair with the larger product of norms, normalised, and
  /// that product (the negative pair on ties). A pair of zero norm gives zero vectors where
  /// scikit-learn would divide 0 by 0.
  private static func dominantPart(_ x: [Double], _ y: [Double]) -> ([Double], [Double], Double) {
    let (xp, xn) = (x.map { max($0, 0) }, x.map { abs(min($0, 0)) })
    let (yp, yn) = (y.map { max($0, 0) }, y.map { abs(min($0, 0)) })
    let norm = { (v: [Double]) in Dense.sumOfSquares(v).squareRoot() }
    let (xpn, ypn, xnn, ynn) = (norm(xp), norm(yp), norm(xn), norm(yn))
    let positive = xpn * ypn > xnn * ynn
    let (a, b, na, nb) = positive ? (xp, yp, xpn, ypn) : (xn, yn, xnn, ynn)
    let unit = { (v: [Double], n: Double) in n > 0 ? v.map { $0 / n } : v.map { _ in 0 } }
    return (unit(a, na), unit(b, nb), na * nb)
  }
}
