import Testing

@testable import SwnbLinalg

/// Hostile inputs reach every routine without trapping; failures are numpy's error kinds.
@Suite struct HostileInputTests {
  private static let shapes = [(0, 0), (0, 4), (4, 0), (1, 1), (3, 3), (5, 2), (2, 5)]
  private static let fills: [Double] = [.nan, .infinity, -.infinity, 1e308, .leastNonzeroMagnitude, 0, -0.0]

  private func matrices() -> [Matrix] {
    Self.shapes.flatMap { rows, cols in
      Self.fills.map { fill in
        var m = Matrix(rows: rows, cols: cols, repeating: 1)
        if !m.elements.isEmpty { m.elements[m.elements.count / 2] = fill }
        return m
      }
    }
  }

  private func expectNumpyKind(_ body: () throws -> Void) {
    do {
      try body()
    } catch let error as LinalgError {
      #expect(["LinAlgError", "ValueError", "AxisError"].contains(error.kind), "\(error)")
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func everyRoutineSurvivesHostileMatrices() {
    for a in matrices() {
      let b = Matrix(rows: a.rows, cols: 2, repeating: 1)
      expectNumpyKind { _ = try Linalg.solve(a, b) }
      expectNumpyKind { _ = try Linalg.inv(a) }
      expectNumpyKind { _ = try Linalg.det(a) }
      expectNumpyKind { _ = try Linalg.lstsq(a, b) }
      expectNumpyKind { _ = try Linalg.svd(a) }
      expectNumpyKind { _ = try Linalg.svd(a, fullMatrices: false) }
      expectNumpyKind { _ = try Linalg.qr(a, mode: .complete) }
      expectNumpyKind { _ = try Linalg.qrRaw(a) }
      expectNumpyKind { _ = try Linalg.eigh(a) }
      expectNumpyKind { _ = try Linalg.eig(a) }
      expectNumpyKind { _ = try Linalg.cholesky(a) }
      expectNumpyKind { _ = try Linalg.pinv(a) }
      expectNumpyKind { _ = try Linalg.matrixRank(a) }
      expectNumpyKind { _ = try Linalg.cond(a, p: .p(1)) }
      expectNumpyKind { _ = try Linalg.matrixPower(a, -5) }
      expectNumpyKind { _ = try Linalg.matrixPower(a, Int.min) }
      for ord: Linalg.NormOrder? in [nil, .frobenius, .nuclear, .p(2), .p(-2), .p(-.infinity)] {
        expectNumpyKind { _ = try Linalg.norm(a, ord: ord) }
        expectNumpyKind { _ = try Linalg.norm(a, ord: ord, axis: 0) }
        expectNumpyKind { _ = try Linalg.norm(a.elements, ord: ord) }
      }
      expectNumpyKind { _ = try Linalg.matmul(a, transposeA: true, a) }
      expectNumpyKind { _ = try Linalg.multiDot([a, a, a, a]) }
    }
  }
}
