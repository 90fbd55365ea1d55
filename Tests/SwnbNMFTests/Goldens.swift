import Foundation
import SwnbLinalg
import SwnbNMF

/// The fixtures written by Scripts/goldens/nmf.py (numpy 2.4.6, scikit-learn 1.9.1).
struct Goldens: Decodable {
  struct Mat: Decodable {
    var rows: Int
    var cols: Int
    var data: [Double]
    var matrix: Matrix { Matrix(rows: rows, cols: cols, elements: data) }
  }

  struct SeedALS: Decodable {
    var A: Mat
    var k: Int
    var W0: Mat
    var H0: Mat
    var W: Mat
    var H: Mat
    var errors: [Double]
  }

  /// A JSON scalar parameter: number, string or null.
  enum Param: Decodable {
    case number(Double)
    case string(String)
    case null

    init(from decoder: Decoder) throws {
      let c = try decoder.singleValueContainer()
      if c.decodeNil() {
        self = .null
      } else if let b = try? c.decode(Bool.self) {
        self = .number(b ? 1 : 0)
      } else if let d = try? c.decode(Double.self) {
        self = .number(d)
      } else {
        self = .string(try c.decode(String.self))
      }
    }

    var number: Double? { if case .number(let d) = self { d } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
  }

  struct Fit: Decodable {
    var name: String
    var X: String
    var params: [String: Param]
    var W: Mat
    var H: Mat
    var n_iter: Int
    var reconstruction_err: Double
    var warnings: [String]
    var W0: Mat?
    var H0: Mat?
    var transform_X: Mat?
    var transform_W: Mat?
  }

  struct Init: Decodable {
    var X: String
    var k: Int
    var `init`: String?
    var seed: Int
    var W: Mat
    var H: Mat
  }

  struct SVD: Decodable {
    var X: String
    var k: Int
    var seed: Int
    var U: Mat
    var S: [Double]
    var Vt: Mat
  }

  struct Divergences: Decodable {
    struct Value: Decodable {
      var beta: Double
      var square_root: Bool
      var value: Double
    }
    var X: String
    var W: Mat
    var H: Mat
    var values: [Value]
  }

  var matrices: [String: Mat]
  var seed_als: SeedALS
  var inits: [Init]
  var randomized_svd: [SVD]
  var beta_divergence: Divergences
  var fits: [Fit]
  var global_stream: GlobalStream

  /// Fits with `random_state=None` after `np.random.seed(seed)`, then the next global draw.
  struct GlobalStream: Decodable {
    var seed: Int
    var fits: [Fit]
    var after: Double
  }

  static let shared: Goldens = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Goldens/nmf.json")
    do {
      return try JSONDecoder().decode(Goldens.self, from: Data(contentsOf: url))
    } catch {
      fatalError("cannot load \(url.path): \(error)")
    }
  }()

  func x(_ name: String) -> Matrix { matrices[name]?.matrix ?? Matrix(rows: 0, cols: 0) }
}

extension Goldens.Fit {
  /// The scikit-learn estimator these parameters describe.
  func estimator() throws -> SklearnNMF {
    let p = params
    let beta: BetaLoss =
      if let s = p["beta_loss"]?.string { BetaLoss(name: s) ?? .frobenius } else {
        .beta(p["beta_loss"]?.number ?? 2)
      }
    var initialization = NMFInit(name: p["init"]?.string) ?? .auto
    if p["init"]?.string == "custom", let w0 = W0, let h0 = H0 {
      initialization = .custom(w: w0.matrix, h: h0.matrix)
    }
    return SklearnNMF(
      nComponents: p["n_components"]?.number.map { Int($0) },
      initialization: initialization,
      solver: try NMFParameters.solver(p["solver"]?.string ?? "cd", sklearnOnly: true),
      betaLoss: beta,
      tol: p["tol"]?.number ?? 1e-4,
      maxIter: Int(p["max_iter"]?.number ?? 200),
      randomState: p["random_state"]?.number.map { UInt32($0) },
      alphaW: p["alpha_W"]?.number ?? 0,
      alphaH: p["alpha_H"]?.number,
      l1Ratio: p["l1_ratio"]?.number ?? 0,
      shuffle: p["shuffle"]?.number == 1)
  }

  /// Whether the fit needs the legacy random stream (every init but custom).
  var usesRandomStream: Bool { params["init"]?.string != "custom" }
}

/// Largest entry-wise difference relative to the largest magnitude of the expected matrix.
func relativeDifference(_ a: Matrix, _ b: Matrix) -> Double {
  guard a.rows == b.rows, a.cols == b.cols else { return .infinity }
  let scale = max(b.elements.map(abs).max() ?? 0, 1e-300)
  var worst = 0.0
  for i in a.elements.indices { worst = max(worst, abs(a.elements[i] - b.elements[i]) / scale) }
  return worst
}

func relativeDifference(_ a: Double, _ b: Double) -> Double {
  abs(a - b) / max(abs(b), 1e-300)
}
