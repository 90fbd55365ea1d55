import SwnbLinalg

/// The fixed data of one fit.
struct Problem {
  let x: Matrix
  /// `||X||²_F`, for the Frobenius error from Gram products.
  let normX2: Double
  let penalty: Penalty
  let beta: Double
  /// False when only `W` is solved for (`transform`).
  let updateH: Bool
}

/// What one outer iteration reports to the driver.
struct StepInfo {
  /// Projected-gradient violation (scikit-learn's `cd` stopping quantity); 0 when not tracked.
  var violation = 0.0
  /// `tr(Wᵀ X Hᵀ)` at the updated factors when the solver had it for free.
  var cross: Double?
  /// The loss at the updated factors when the solver computed it on the way.
  var loss: Double?
}

/// One solver: an outer iteration updating `W`, then `H` unless the problem fixes it.
protocol Stepper {
  mutating func step(_ w: inout Matrix, _ h: inout Matrix) throws -> StepInfo
}
