/// numpy's ComplexFloatingFormat: the real and imaginary parts each measured by their own
/// `FloatFormat`, the imaginary one always signed (`+`/`-`), then `j` placed before the
/// imaginary part's right padding (numpy/_core/arrayprint.py).
struct ComplexFormat {
  private let real: FloatFormat
  private let imag: FloatFormat

  /// Measures the shown elements' parts under `options`.
  init(measuring re: [Double], _ im: [Double], options: PrintOptions) {
    real = FloatFormat(measuring: re, float32: false, options: options)
    var signed = options
    signed.sign = "+"
    imag = FloatFormat(measuring: im, float32: false, options: signed)
  }

  /// `1.+2.j`, `nan+infj`, `1.+2.5e+00j`: the padded parts with `j` before trailing spaces.
  func format(_ re: Double, _ im: Double) -> String {
    let imagText = imag.format(im)
    var body = Substring(imagText)
    var padding = 0
    while body.last == " " {
      body.removeLast()
      padding += 1
    }
    return real.format(re) + body + "j" + String(repeating: " ", count: padding)
  }
}
