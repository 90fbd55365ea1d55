import COpenBLAS
import Glibc
import SwnbKernels

// Row panels of a large matrix times a factor with few components, for callers that stream the
// large matrix through cache-sized panels without copying it (the NMF engine's `H·Xᵀ` and
// `Wᵀ·X`). On a CPU with AVX2 and FMA, SwnbKernels' PanelProducts read the panel in place;
// elsewhere the same products are dgemm calls.

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
            PanelProducts.timesTranspose(
              x: panel, ldx: n, rows: r, n: n, h: hb, ldh: n, k: k, into: out, ldt: r)
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
            PanelProducts.transposeTimes(
              w: fb, ldw: r, rows: r, k: k, x: panel, ldx: n, n: n, into: out, ldc: n,
              accumulate: accumulate)
          } else {
            cblas_dgemm(
              CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(k), blasint(n), blasint(r), 1,
              fb, blasint(r), panel, blasint(n), accumulate ? 1 : 0, out, blasint(n))
          }
        }
      }
    }
  }

  /// The number of threads OpenBLAS runs its kernels on (`openblas_get_num_threads`); setting
  /// it calls `openblas_set_num_threads` (values below 1 are taken as 1).
  public static var threads: Int {
    get { Int(openblas_get_num_threads()) }
    set { openblas_set_num_threads(Int32(clamping: max(newValue, 1))) }
  }
}
