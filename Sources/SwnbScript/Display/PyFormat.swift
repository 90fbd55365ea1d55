import Foundation
import SwnbPrinting

/// `format(value, spec)`: the mini-language itself lives in SwnbPrinting's `FormatSpec`.
extension Runtime {
  func format(_ v: Value, _ spec: String) throws -> String {
    if case .object(let o) = v, let f = o.type.lookup("__format__") {
      let r = try callBound(f, v, Arguments([.str(spec)]))
      guard case .str(let s) = r else { throw PyError.make(.typeError, "__format__ must return a str, not \(typeName(r))") }
      return s
    }
    if spec.isEmpty { return try str(v) }
    do {
      switch v {
      case .bool(let b):
        // bool inherits int.__format__: any non-empty spec formats the number.
        do { return try FormatSpec.format(Int64(b ? 1 : 0), spec: spec) } catch let e as FormatSpecError {
          let message = e.message.replacingOccurrences(of: "type 'int'", with: "type 'bool'")
          throw PyError.make(ExceptionKind(rawValue: e.kind) ?? .valueError, message)
        }
      case .int(let i): return try FormatSpec.format(Int64(i), spec: spec)
      case .float(let d): return try FormatSpec.format(d, spec: spec)
      case .complex(let z): return try FormatSpec.format(real: z.real, imag: z.imag, spec: spec)
      case .str(let s): return try FormatSpec.format(s, spec: spec)
      default:
        if let s = try extensionFormat(v, spec) { return s }
        throw PyError.make(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
      }
    } catch let e as FormatSpecError {
      throw PyError.make(ExceptionKind(rawValue: e.kind) ?? .valueError, e.message)
    }
  }
}
