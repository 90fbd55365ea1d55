/// numpy's ordering of complex128 values in reductions, arg-extrema, running folds and sorts.

/// numpy's maximum.reduce of complex128 (a NaN part propagates).
enum ComplexMaximum: Reducer {
  @inline(__always) static func combine(_ acc: Complex, _ x: Complex) -> Complex {
    Complex.extreme(acc, x, largest: true, propagateNaN: true)
  }
}

/// numpy's minimum.reduce of complex128 (a NaN part propagates).
enum ComplexMinimum: Reducer {
  @inline(__always) static func combine(_ acc: Complex, _ x: Complex) -> Complex {
    Complex.extreme(acc, x, largest: false, propagateNaN: true)
  }
}

/// numpy's sort order of complex values: lexicographic on (real, imag) with NaN parts last
/// (`R + Rj < R + nanj < nan + Rj < nan + nanj`).
struct ComplexSortKey: Comparable {
  let value: Complex

  init(_ value: Complex) { self.value = value }

  static func < (a: ComplexSortKey, b: ComplexSortKey) -> Bool {
    let (x, y) = (a.value, b.value)
    if x.real.isNaN != y.real.isNaN { return y.real.isNaN }
    if !x.real.isNaN && x.real != y.real { return x.real < y.real }
    if x.imag.isNaN != y.imag.isNaN { return y.imag.isNaN }
    return x.imag < y.imag
  }

  static func == (a: ComplexSortKey, b: ComplexSortKey) -> Bool { !(a < b) && !(b < a) }
}

extension NDArray {
  // numpy's complex argmax/argmin loop: a later element wins when its real part is larger
  // (smaller), or equal with a larger (smaller) imaginary part; the first NaN part wins.
  func firstComplexExtremumIndex(_ data: NDArray, _ lines: AxisLines, _ out: NDArray, _ largest: Bool) {
    withExtendedLifetime((data, out)) {
      let (p, o, n) = (data.elementPointer(Complex.self), out.elementPointer(Int64.self), lines.length)
      for line in 0..<lines.count {
        let a = p + line * n
        var (best, index) = (a[0], 0)
        if !best.isNaN {
          for i in 1..<Swift.max(n, 1) {
            let v = a[i]
            let beyond = largest
              ? v.real > best.real || (v.real == best.real && v.imag > best.imag)
              : v.real < best.real || (v.real == best.real && v.imag < best.imag)
            if beyond || v.isNaN {
              (best, index) = (v, i)
              if v.isNaN { break }
            }
          }
        }
        o[line] = Int64(index)
      }
    }
  }
}
