// swnb-nmf-bench: one NMF solver on a dense matrix read from a raw float64 file, for
// Scripts/bench_nmf.py. Prints machine-readable lines (key=value pairs after a tag):
//   ITER i=<n> seconds=<since fit start> relerr=<||A-WH||/||A||>
//   RESULT solver=... iters=... seconds=... relerr=...
//   RSS peak_kb=<VmHWM after the fit> start_kb=<before loading A> data_kb=<size of A> getrusage_kb=...
//   PRODUCTS threads=<1, then 2> gflops=<the two big HALS products, H·Xᵀ and Wᵀ·X>
//     gemm_gflops=<square dgemm> ratio=... cpu_gflops=... cpu_gemm_gflops=... cpu_ratio=...
//     two_pass_ratio=... cpu_two_pass_ratio=...   (the solvers' fused pass over A; wall-clock
//     rates, then the same from CPU time; then the two products as separate gemms)
//     cpu_hxt_gflops=... cpu_wtx_gemm_gflops=...   (CPU-time rates of those two: H·Xᵀ alone
//     as the solvers make it, Wᵀ·X as one dgemm)
//   SWNB_PANEL_KERNELS=0 in the environment times the dgemm path instead of the AVX2 kernels.
//   ITERATION gflops=<4mnk / median iteration time> ratio=<over square dgemm, fit's threads>
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

/// CPU seconds used by this process, all threads (`CLOCK_PROCESS_CPUTIME_ID`).
func cpuSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// The best wall and CPU seconds of each of `bodies` over `rounds` interleaved rounds (each
/// round runs every body once, so a burst of load hits them alike), after one warm-up run each.
func interleavedBest(rounds: Int, _ bodies: [() -> Void]) -> [(wall: Double, cpu: Double)] {
  let clock = ContinuousClock()
  for body in bodies { body() }
  var best = Array(repeating: (wall: Double.infinity, cpu: Double.infinity), count: bodies.count)
  for _ in 0..<rounds {
    for (i, body) in bodies.enumerated() {
      let (start, cpuStart) = (clock.now, cpuSeconds())
      body()
      let cpu = cpuSeconds() - cpuStart
      let d = clock.now - start
      let wall = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
      best[i] = (min(best[i].wall, wall), min(best[i].cpu, cpu))
    }
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

// The two products of every HALS/cd iteration, as the solvers make them (FactorProducts: H·Xᵀ
// and Wᵀ·X, k x m and k x n, in one fused pass over X; two separate gemms for reference),
// against square dgemm at a size where OpenBLAS runs at its peak, timed interleaved in this
// process for 1 and 2 OpenBLAS threads. Wall-clock rates are what the issue asks for; CPU-time
// rates do not count time this process waits for a core (on a loaded machine a short product
// often runs in one time slice while the long dgemm is preempted, which flatters the wall
// ratio), so the one-thread cpu_ratio is the sound figure under load.
let side = 2000
let square = Matrix(rows: side, cols: side, repeating: 0.5)
let gemmFlops = 2 * pow(Double(side), 3)
let (w, h) = (result.w, result.h)
let wt = Matrix(rows: k, cols: rows, elements: (0..<(rows * k)).map { w[$0 % rows, $0 / rows] })
let productFlops = 4 * Double(rows) * Double(cols) * Double(k)
let fitThreads = BLAS.threads
var fitGemmRate = Double.nan
for threads in [1, 2] {
  BLAS.threads = threads
  let best = interleavedBest(
    rounds: 8,
    [
      { _ = BLAS.gemm(square, square) },
      { _ = FactorProducts.fusedProducts(a, h, w) },
      { _ = FactorProducts.hXt(h, a) },
      { _ = BLAS.gemm(wt, a) },
    ])
  let gemmRate = gemmFlops / best[0].wall / 1e9
  let rate = productFlops / best[1].wall / 1e9
  let cpuGemmRate = gemmFlops / best[0].cpu / 1e9
  let cpuRate = productFlops / best[1].cpu / 1e9
  let twoPass = productFlops / (best[2].wall + best[3].wall) / 1e9
  let cpuTwoPass = productFlops / (best[2].cpu + best[3].cpu) / 1e9
  print(
    "PRODUCTS threads=\(threads) gflops=\(rate) gemm_gflops=\(gemmRate) ratio=\(rate / gemmRate) "
      + "cpu_gflops=\(cpuRate) cpu_gemm_gflops=\(cpuGemmRate) cpu_ratio=\(cpuRate / cpuGemmRate) "
      + "two_pass_ratio=\(twoPass / gemmRate) cpu_two_pass_ratio=\(cpuTwoPass / cpuGemmRate) "
      + "cpu_hxt_gflops=\(productFlops / 2 / best[2].cpu / 1e9) "
      + "cpu_wtx_gemm_gflops=\(productFlops / 2 / best[3].cpu / 1e9)")
  if threads == fitThreads { fitGemmRate = gemmRate }
}
BLAS.threads = fitThreads
let steps = zip(result.seconds.dropFirst(), result.seconds).map { $0 - $1 }.sorted()
if !steps.isEmpty {
  let median = steps[steps.count / 2]
  let rate = productFlops / median / 1e9
  print("ITERATION gflops=\(rate) ratio=\(rate / fitGemmRate) median_seconds=\(median)")
}
