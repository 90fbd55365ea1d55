import COpenBLAS
import Dispatch
import Glibc
import SwnbKernels

// Row panels of a large matrix times a factor with few components, for callers that stream the
// large matrix through cache-sized panels without copying it (the NMF engine's `H·Xᵀ` and
// `Wᵀ·X`). On a CPU with AVX2 and FMA, SwnbKernels' PanelProducts read the panel in place, split
// over `BLAS.threads` threads (rows of the panel, or columns of the result); elsewhere the same
// products are dgemm calls.

extension BLAS {
  /// True when the CPU has AVX2 and FMA, so that SwnbKernels' `PanelProducts` may run: the
  /// `avx2` and `fma` flags of /proc/cpuinfo (Linux lists AVX flags only when it saves the
  /// YMM registers). `SWNB_PANEL_KERNELS=0` turns the kernels off (for benchmarks).
  public static let hasPanelKernels: Bool = {
    if let off = getenv("SWNB_PANEL_KERNELS"), String(cString: off) == "0" { return false }
    guard let file = fopen("/proc/cpuinfo", "r") else { return false }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let text = line {
      let words = String(cString: text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      guard words.first == "flags" else { continue }
      return words.contains("avx2") && words.contains("fma")
    }
    return false
  }()

  /// `h @ a[rows, :].T`, the factor `h` (k x `a.cols`) times the transpose of a row panel of
  /// `a`, written to `c` (k x `rows.count`, row-major: component-major for the panel's rows).
  /// `a.cols == h.cols` and `rows` inside `a` are checked by the callers.
  public static func gemmPanelTransposed(
    _ h: Matrix, times a: Matrix, rows: Range<Int>, into c: inout Matrix
  ) {
    precondition(
      a.cols == h.cols && rows.lowerBound >= 0 && rows.upperBound <= a.rows
        && c.rows == h.rows && c.cols == rows.count, "gemmPanelTransposed: shapes differ")
    let (k, r, n) = (h.rows, rows.count, a.cols)
    guard k > 0, r > 0 else { return }
    guard n > 0 else {
      for i in c.elements.indices { c.elements[i] = 0 }
      return
    }
    a.elements.withUnsafeBufferPointer { pa in
      h.elements.withUnsafeBufferPointer { ph in
        c.elements.withUnsafeMutableBufferPointer { pc in
          guard let xa = pa.baseAddress, let hb = ph.baseAddress, let out = pc.baseAddress
          else { return }
          let panel = xa + rows.lowerBound * n
          if hasPanelKernels {
            let shared = (x: SharedPointer(panel), h: SharedPointer(hb), out: SharedPointer(out))
            inParts(r, multipleOf: 4) { part in
              PanelProducts.timesTranspose(
                x: shared.x.at(part.lowerBound * n), ldx: n, rows: part.count, n: n,
                h: shared.h.at(0), ldh: n, k: k, into: shared.out.at(part.lowerBound), ldt: r)
            }
          } else {
            cblas_dgemm(
              CblasRowMajor, CblasNoTrans, CblasTrans, blasint(k), blasint(r), blasint(n), 1,
              hb, blasint(n), panel, blasint(n), 0, out, blasint(r))
          }
        }
      }
    }
  }

  /// `f @ a[rows, :]`, a component-major factor panel `f` (k x `rows.count`) times the same row
  /// panel of `a`, added to `c` (k x `a.cols`, row-major), or written there when `accumulate`
  /// is false: a sum over panels is `Fᵀ·a` for the factor `F` whose rows the panels hold.
  /// `rows` inside `a` is checked by the callers.
  public static func gemmPanel(
    _ f: Matrix, times a: Matrix, rows: Range<Int>, accumulate: Bool, into c: inout Matrix
  ) {
    precondition(
      f.cols == rows.count && rows.lowerBound >= 0 && rows.upperBound <= a.rows
        && c.rows == f.rows && c.cols == a.cols, "gemmPanel: shapes differ")
    let (k, r, n) = (f.rows, rows.count, a.cols)
    guard k > 0, n > 0 else { return }
    guard r > 0 else {
      if !accumulate { for i in c.elements.indices { c.elements[i] = 0 } }
      return
    }
    a.elements.withUnsafeBufferPointer { pa in
      f.elements.withUnsafeBufferPointer { pf in
        c.elements.withUnsafeMutableBufferPointer { pc in
          guard let xa = pa.baseAddress, let fb = pf.baseAddress, let out = pc.baseAddress
          else { return }
          let panel = xa + rows.lowerBound * n
          if hasPanelKernels {
            let shared = (f: SharedPointer(fb), x: SharedPointer(panel), out: SharedPointer(out))
            inParts(n, multipleOf: 8) { part in
              PanelProducts.transposeTimes(
                w: shared.f.at(0), ldw: r, rows: r, k: k, x: shared.x.at(part.lowerBound), ldx: n,
                n: part.count, into: shared.out.at(part.lowerBound), ldc: n,
                accumulate: accumulate)
            }
          } else {
            cblas_dgemm(
              CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(k), blasint(n), blasint(r), 1,
              fb, blasint(r), panel, blasint(n), accumulate ? 1 : 0, out, blasint(n))
          }
        }
      }
    }
  }

  /// Runs `body` on consecutive parts of `0..<count` (lengths a multiple of `step` but the
  /// last), one part per thread of `threads` when there is enough work for more than one.
  private static func inParts(
    _ count: Int, multipleOf step: Int, _ body: @Sendable (Range<Int>) -> Void
  ) {
    let parts = min(max(threads, 1), (count + 63) / 64)
    guard parts > 1 else { return body(0..<count) }
    let length = ((count + parts - 1) / parts + step - 1) / step * step
    DispatchQueue.concurrentPerform(iterations: parts) { p in
      let part = min(p * length, count)..<min((p + 1) * length, count)
      if !part.isEmpty { body(part) }
    }
  }

  /// The number of threads OpenBLAS runs its kernels on (`openblas_get_num_threads`); setting
  /// it calls `openblas_set_num_threads` (values below 1 are taken as 1).
  public static var threads: Int {
    get { Int(openblas_get_num_threads()) }
    set { openblas_set_num_threads(Int32(clamping: max(newValue, 1))) }
  }
}

/// A buffer address handed to the threads of `BLAS.inParts`, which read or write disjoint
/// parts of it while the caller's `withUnsafe...Pointer` scope is open.
private struct SharedPointer<Element>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Element>

  init(_ base: UnsafePointer<Element>) { self.base = UnsafeMutablePointer(mutating: base) }

  init(_ base: UnsafeMutablePointer<Element>) { self.base = base }

  /// The address `offset` elements on.
  func at(_ offset: Int) -> UnsafeMutablePointer<Element> { base + offset }
}
