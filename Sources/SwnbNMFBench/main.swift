// swnb-nmf-bench: one NMF solver on a dense matrix read from a raw float64 file, for
// Scripts/bench_nmf.py. Prints machine-readable lines (key=value pairs after a tag):
//   ITER i=<n> seconds=<since fit start> relerr=<||A-WH||/||A||>
//   RESULT solver=... iters=... seconds=... relerr=...
//   RSS peak_kb=<VmHWM after the fit> start_kb=<before loading A> data_kb=<size of A> getrusage_kb=...
//   PRODUCTS gflops=<the two big HALS products, H·Xᵀ and Wᵀ·X> gemm_gflops=<square dgemm> ratio=...
//   ITERATION gflops=<4mnk / median iteration time> ratio=<over square dgemm>
// Usage: swnb-nmf-bench <file> <rows> <cols> <k> <solver> <max_iter> [init]
import Foundation
import SwnbLinalg
import SwnbNMF

/// Peak resident set size of this process in KiB: `VmHWM` from /proc/self/status. (getrusage's
/// ru_maxrss survives execve on Linux, so a child started by a large Python parent would report
/// the parent's peak; it is printed too, as `getrusage_kb`.)
func peakRSS() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
  return 0
}

/// getrusage's ru_maxrss in KiB.
func rusagePeak() -> Int {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return usage.ru_maxrss
}

/// Reads `count` little-endian float64 values straight into the matrix buffer (no second copy).
func readMatrix(_ path: String, rows: Int, cols: Int) -> Matrix? {
  guard let file = fopen(path, "rb") else { return nil }
  defer { fclose(file) }
  var m = Matrix(rows: rows, cols: cols)
  let read = m.elements.withUnsafeMutableBytes { raw in
    fread(raw.baseAddress, MemoryLayout<Double>.size, rows * cols, file)
  }
  return read == rows * cols ? m : nil
}

/// Best wall time in seconds of `reps` runs of `body`.
func bestTime(_ reps: Int, _ body: () -> Void) -> Double {
  let clock = ContinuousClock()
  var best = Double.infinity
  for _ in 0..<reps {
    let start = clock.now
    body()
    let d = clock.now - start
    best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
  }
  return best
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(2)
}

let args = CommandLine.arguments
guard args.count >= 7, let rows = Int(args[2]), let cols = Int(args[3]), let k = Int(args[4]),
  let solver = NMFSolver(rawValue: args[5]), let maxIter = Int(args[6])
else {
  fail("usage: swnb-nmf-bench <file> <rows> <cols> <k> <als|anlsBPP|hals|mu|cd> <max_iter> [init]")
}
let startRSS = peakRSS()
guard let a = readMatrix(args[1], rows: rows, cols: cols) else { fail("cannot read \(args[1])") }
let initName = args.count > 7 ? args[7] : "nndsvda"
guard let initialization = NMFInit(name: initName) else { fail("unknown init \(initName)") }
let config = NMFConfig(
  nComponents: k, solver: solver, initialization: initialization, tol: 0, maxIter: maxIter,
  seed: 0)
let result: NMFResult
do {
  result = try factorize(a, config)
} catch {
  fail("factorize failed: \(error)")
}
let peak = peakRSS()
let normA = a.elements.reduce(0) { $0 + $1 * $1 }.squareRoot()
for (i, (e, s)) in zip(result.errors, result.seconds).enumerated() {
  print("ITER i=\(i + 1) seconds=\(s) relerr=\(e / normA)")
}
print(
  "RESULT solver=\(solver.rawValue) iters=\(result.nIter) seconds=\(result.seconds.last ?? 0) "
    + "relerr=\((result.errors.last ?? .nan) / normA)")
print(
  "RSS peak_kb=\(peak) start_kb=\(startRSS) data_kb=\(rows * cols * 8 / 1024) "
    + "getrusage_kb=\(rusagePeak())")

// Square dgemm as the yardstick, then the two products every HALS iteration makes (H·Xᵀ and
// Wᵀ·X, k x m and k x n, as Solvers/AcceleratedHALS.swift calls them).
let side = 1500
let square = Matrix(rows: side, cols: side, repeating: 0.5)
let gemmSeconds = bestTime(3) { _ = BLAS.gemm(square, square) }
let gemmRate = 2 * pow(Double(side), 3) / gemmSeconds / 1e9
let h = result.h
let wt = Matrix(rows: k, cols: rows, repeating: 0.5)
let productSeconds =
  bestTime(3) { _ = BLAS.gemm(h, a, transposeB: true) } + bestTime(3) { _ = BLAS.gemm(wt, a) }
let productFlops = 4 * Double(rows) * Double(cols) * Double(k)
let productRate = productFlops / productSeconds / 1e9
print("PRODUCTS gflops=\(productRate) gemm_gflops=\(gemmRate) ratio=\(productRate / gemmRate)")
let steps = zip(result.seconds.dropFirst(), result.seconds).map { $0 - $1 }.sorted()
if !steps.isEmpty {
  let median = steps[steps.count / 2]
  let rate = productFlops / median / 1e9
  print("ITERATION gflops=\(rate) ratio=\(rate / gemmRate) median_seconds=\(median)")
}
