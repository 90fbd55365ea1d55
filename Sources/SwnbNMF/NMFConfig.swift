import SwnbLinalg

/// The algorithm that alternates the updates of `W` and `H`.
public enum NMFSolver: String, Sendable, CaseIterable {
  /// Projected alternating least squares: unconstrained `lstsq` solves, then negatives clipped
  /// to zero (the seed notebook's algorithm).
  case als
  /// Alternating non-negative least squares by block principal pivoting (Kim & Park 2011).
  case anlsBPP
  /// Accelerated hierarchical ALS (Gillis & Glineur 2012): column-wise exact updates, repeated
  /// while a repetition is cheaper than recomputing the Gram products.
  case hals
  /// Multiplicative updates (Lee & Seung; Févotte & Idier for general beta), as scikit-learn's `mu`.
  case mu
  /// scikit-learn's cyclic coordinate descent (`solver='cd'`).
  case cd
}

/// The divergence between `X` and `W·H` that the solver minimises.
public enum BetaLoss: Sendable, Equatable {
  case frobenius
  case kullbackLeibler
  case itakuraSaito
  /// Any real beta; 2, 1 and 0 are the three named losses.
  case beta(Double)

  /// The beta of the divergence (frobenius 2, Kullback-Leibler 1, Itakura-Saito 0).
  public var value: Double {
    switch self {
    case .frobenius: 2
    case .kullbackLeibler: 1
    case .itakuraSaito: 0
    case .beta(let b): b
    }
  }

  /// Parses scikit-learn's spelling: "frobenius", "kullback-leibler", "itakura-saito".
  public init?(name: String) {
    switch name {
    case "frobenius": self = .frobenius
    case "kullback-leibler": self = .kullbackLeibler
    case "itakura-saito": self = .itakuraSaito
    default: return nil
    }
  }
}

/// How the starting `W` and `H` are made (scikit-learn's `init`).
public enum NMFInit: Sendable, Equatable {
  /// scikit-learn's `None`: `nndsvda` when `k <= min(m, n)`, else `random`.
  case auto
  /// `|N(0,1)| * sqrt(mean(X) / k)`, `H` drawn before `W`, from `RandomState(seed)`.
  case random
  /// Boutsidis & Gallopoulos' non-negative double SVD over scikit-learn's randomized SVD.
  case nndsvd
  /// `nndsvd` with its zeros replaced by `mean(X)`.
  case nndsvda
  /// `nndsvd` with its zeros replaced by `|mean(X) * N(0,1)| / 100`.
  case nndsvdar
  /// The seed notebook's start: `W = rand(m, k)` then `H = rand(k, n)` (uniform [0, 1)) from
  /// `RandomState(seed)`. Not a scikit-learn option.
  case uniform
  /// The given starting matrices (`w`: m x k, `h`: k x n).
  case custom(w: Matrix, h: Matrix)

  /// Parses scikit-learn's names ("random", "nndsvd", "nndsvda", "nndsvdar"; nil is `.auto`).
  public init?(name: String?) {
    switch name {
    case nil: self = .auto
    case "random": self = .random
    case "nndsvd": self = .nndsvd
    case "nndsvda": self = .nndsvda
    case "nndsvdar": self = .nndsvdar
    case "uniform": self = .uniform
    default: return nil
    }
  }
}

/// When the outer loop stops before `maxIter`.
public enum StoppingRule: Sendable, Equatable {
  /// Stop once the Frobenius error `||X - WH||` is below `tol` (the seed notebook's rule).
  case absoluteError
  /// Every `every` iterations: stop when `(previous - error) / errorAtInit < tol`, with
  /// `previous` the error at the last check (scikit-learn's `mu` rule, `every` = 10).
  case relativeDecrease(every: Int)
  /// Stop when the projected-gradient violation of an iteration over that of the first is
  /// `<= tol` (scikit-learn's `cd` rule).
  case violation
}

/// Everything a factorisation needs besides the data. Defaults follow scikit-learn's `NMF`.
public struct NMFConfig: Sendable {
  /// The rank `k` of the factorisation; nil takes the number of columns (sklearn's "auto").
  public var nComponents: Int?
  public var solver: NMFSolver
  public var betaLoss: BetaLoss
  public var initialization: NMFInit
  /// Tolerance of the stopping rule; 0 runs exactly `maxIter` iterations.
  public var tol: Double
  public var maxIter: Int
  /// Seed of the legacy MT19937 stream used by the random initialisations; nil draws a seed.
  public var seed: UInt32?
  /// Regularisation of `W`, scaled by the number of columns as in scikit-learn.
  public var alphaW: Double
  /// Regularisation of `H`; nil means scikit-learn's "same" (= `alphaW`).
  public var alphaH: Double?
  /// Share of L1 in the elastic-net penalty, in [0, 1].
  public var l1Ratio: Double
  /// Wall-clock budget in seconds for the iterations; nil for none.
  public var timeBudget: Double?
  /// Overrides the solver's default stopping rule (see `defaultStoppingRule`).
  public var stoppingRule: StoppingRule?
  /// `cd` only: visit the components in a random order each sweep (scikit-learn's `shuffle`).
  public var shuffle: Bool
  /// Inner repetitions cap of accelerated HALS (`alpha` of Gillis & Glineur); 0 disables them.
  public var halsAcceleration: Double

  public init(
    nComponents: Int? = nil, solver: NMFSolver = .cd, betaLoss: BetaLoss = .frobenius,
    initialization: NMFInit = .auto, tol: Double = 1e-4, maxIter: Int = 200,
    seed: UInt32? = nil, alphaW: Double = 0, alphaH: Double? = nil, l1Ratio: Double = 0,
    timeBudget: Double? = nil, stoppingRule: StoppingRule? = nil, shuffle: Bool = false,
    halsAcceleration: Double = 0.5
  ) {
    self.nComponents = nComponents
    self.solver = solver
    self.betaLoss = betaLoss
    self.initialization = initialization
    self.tol = tol
    self.maxIter = maxIter
    self.seed = seed
    self.alphaW = alphaW
    self.alphaH = alphaH
    self.l1Ratio = l1Ratio
    self.timeBudget = timeBudget
    self.stoppingRule = stoppingRule
    self.shuffle = shuffle
    self.halsAcceleration = halsAcceleration
  }

  /// The seed notebook's projected ALS: `rand` start from `RandomState(42)`, error < 1e-4, 100 iterations.
  public static func seedALS(nComponents: Int) -> NMFConfig {
    NMFConfig(
      nComponents: nComponents, solver: .als, initialization: .uniform, maxIter: 100, seed: 42)
  }

  /// `als` stops on the absolute error, `mu` on scikit-learn's 10-iteration relative decrease,
  /// `cd` on the violation ratio, `hals` and `anlsBPP` on the relative decrease every iteration.
  public var defaultStoppingRule: StoppingRule {
    switch solver {
    case .als: .absoluteError
    case .mu: .relativeDecrease(every: 10)
    case .cd: .violation
    case .hals, .anlsBPP: .relativeDecrease(every: 1)
    }
  }
}
