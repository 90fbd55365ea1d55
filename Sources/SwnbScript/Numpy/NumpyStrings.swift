import Foundation
import SwnbArray

/// String arrays: comparisons and `+` on `<U` arrays, and the `np.char` / `np.strings`
/// elementwise string functions.
extension Runtime {
  /// `str_array <op> str` comparisons (elementwise, code-point order); nil when neither
  /// side is a string array.
  func stringCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value? {
    guard isStringArray(a) || isStringArray(b) else { return nil }
    guard let x = try stringOperand(a), let y = try stringOperand(b) else {
      // numpy: a string array never equals a number; ordering them has no loop.
      let other = isStringArray(a) ? b : a
      guard op == .eq || op == .ne, try operand(other) != nil else { return nil }
      let shape = try engine { try Shape.broadcast(try toArray(a).shape, try toArray(b).shape) }
      return wrap(NDArray(bool: Array(repeating: op == .ne, count: shape.reduce(1, *)), shape: shape))
    }
    let (xs, ys, shape) = try broadcastStrings(x, y)
    let out = zip(xs, ys).map { p, q -> Bool in
      let l = Array(p.unicodeScalars.map(\.value)), r = Array(q.unicodeScalars.map(\.value))
      switch op {
      case .eq: return l == r
      case .ne: return l != r
      case .lt: return l.lexicographicallyPrecedes(r)
      case .le: return !r.lexicographicallyPrecedes(l)
      case .gt: return r.lexicographicallyPrecedes(l)
      case .ge: return !l.lexicographicallyPrecedes(r)
      default: return false
      }
    }
    return wrap(NDArray(bool: out, shape: shape))
  }

  /// `str_array + str` (or two string arrays): elementwise concatenation; nil when neither
  /// side is a string array. A number next to strings raises numpy's UFuncTypeError.
  func stringAdd(_ a: Value, _ b: Value) throws -> Value? {
    guard isStringArray(a) || isStringArray(b) else { return nil }
    guard let x = try stringOperand(a), let y = try stringOperand(b) else {
      let dtypes = try [a, b].map { v -> String in
        if case .str = v { return "<class 'numpy.dtypes.StrDType'>" }
        return "dtype('\(try toArray(v).dtype.name)')"
      }
      throw PyError.make(.ufuncTypeError, "ufunc 'add' did not contain a loop with signature matching types (\(dtypes[0]), \(dtypes[1])) -> None")
    }
    let (xs, ys, shape) = try broadcastStrings(x, y)
    return try stringResult(zip(xs, ys).map { $0 + $1 }, shape: shape, width: width(x) + width(y))
  }

  private func isStringArray(_ v: Value) -> Bool {
    switch v {
    case .array(let x), .npScalar(let x): return x.dtype.isUnicode
    default: return false
    }
  }

  /// A string array operand (a `<U` array, a Python str, or a list of str); nil otherwise.
  private func stringOperand(_ v: Value) throws -> NDArray? {
    switch v {
    case .str: return try toArray(v)
    case .list, .tuple, .array, .npScalar:
      let x = try toArray(v)
      return x.dtype.isUnicode ? x : nil
    default: return nil
    }
  }

  private func width(_ x: NDArray) -> Int {
    if case .unicode(let n) = x.dtype { return n }
    return 0
  }

  private func strings(_ x: NDArray) -> [String] {
    x.scalars().map { if case .str(let s) = $0 { return s } else { return "" } }
  }

  private func broadcastStrings(_ x: NDArray, _ y: NDArray) throws -> ([String], [String], [Int]) {
    try engine {
      let shape = try Shape.broadcast(x.shape, y.shape)
      return (strings(try x.broadcast(to: shape)), strings(try y.broadcast(to: shape)), shape)
    }
  }

  /// A `<U` array of `values`, at least `width` characters wide (numpy sizes results to the
  /// longest string when the width is not fixed by the input).
  private func stringResult(_ values: [String], shape: [Int], width: Int = 0) throws -> Value {
    let longest = values.reduce(width) { max($0, $1.count) }
    return wrap(try engine { try NDArray.fromScalars(values.map { .str($0) }, shape: shape, dtype: .unicode(max(longest, 1))) })
  }

  /// The `np.char` module (and `np.strings`, numpy 2's name for the same functions).
  func installStringFunctions(_ attrs: inout [String: Value]) {
    var table: [String: Value] = [:]
    func def(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      table[name] = .builtin(BuiltinFunction(name, body))
    }
    // Same-width case mappings and strips keep the input's `<Un`.
    let sameWidth: [String: (String) -> String] = [
      "upper": { $0.uppercased() }, "lower": { $0.lowercased() },
      "capitalize": { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() },
      "title": Runtime.titleCased, "swapcase": Runtime.swapCased,
    ]
    for (name, f) in sameWidth {
      def(name) { [unowned self] a in
        let x = try self.stringArgument(try a.exactly(1, name)[0], name)
        return try self.stringResult(self.strings(x).map(f), shape: x.shape, width: self.width(x))
      }
    }
    for name in ["strip", "lstrip", "rstrip"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "chars"], required: 1)
        let x = try self.stringArgument(v[0] ?? .none, name)
        var chars: Set<Character>? = nil
        if let c = v[1], case .str(let s) = c { chars = Set(s) }
        let strip: (Character) -> Bool = { chars?.contains($0) ?? $0.isWhitespace }
        let out = self.strings(x).map { s -> String in
          var t = Substring(s)
          if name != "rstrip" { t = t.drop(while: strip) }
          if name != "lstrip" { while let l = t.last, strip(l) { t = t.dropLast() } }
          return String(t)
        }
        return try self.stringResult(out, shape: x.shape, width: self.width(x))
      }
    }
    def("add") { [unowned self] a in
      let v = try a.exactly(2, "add")
      return try self.stringAdd(try self.toArray(v[0]).dtype.isUnicode ? .array(try self.toArray(v[0])) : v[0], v[1])
        ?? self.ufunc(.add, try self.operand(v[0]) ?? .python(.int(0)), try self.operand(v[1]) ?? .python(.int(0)))
    }
    def("multiply") { [unowned self] a in
      let v = try a.exactly(2, "multiply")
      let x = try self.stringArgument(v[0], "multiply")
      let n = max(try self.requireInt(v[1], "multiply"), 0)
      return try self.stringResult(self.strings(x).map { String(repeating: $0, count: n) }, shape: x.shape)
    }
    def("str_len") { [unowned self] a in
      let x = try self.stringArgument(try a.exactly(1, "str_len")[0], "str_len")
      return self.wrap(NDArray(int64: self.strings(x).map { Int64($0.count) }, shape: x.shape))
    }
    def("replace") { [unowned self] a in
      let v = try a.bind("replace", ["a", "old", "new", "count"], required: 3)
      let x = try self.stringArgument(v[0] ?? .none, "replace")
      guard case .str(let old) = v[1] ?? .none, case .str(let new) = v[2] ?? .none else {
        throw PyError.make(.typeError, "replace() old and new must be str")
      }
      return try self.stringResult(self.strings(x).map { $0.replacingAll(old, with: new) }, shape: x.shape, width: self.width(x))
    }
    for name in ["startswith", "endswith", "isdigit", "isalpha", "isnumeric", "isspace", "isupper", "islower", "isalnum"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "prefix"], required: name.hasSuffix("with") ? 2 : 1)
        let x = try self.stringArgument(v[0] ?? .none, name)
        var affix = ""
        if let p = v[1], case .str(let s) = p { affix = s }
        let out = self.strings(x).map { s -> Bool in
          switch name {
          case "startswith": return s.hasPrefix(affix)
          case "endswith": return s.hasSuffix(affix)
          default: return Runtime.stringPredicate(name, s)
          }
        }
        return self.wrap(NDArray(bool: out, shape: x.shape))
      }
    }
    for name in ["count", "find"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, ["a", "sub"], required: 2)
        let x = try self.stringArgument(v[0] ?? .none, name)
        guard case .str(let sub) = v[1] ?? .none else { throw PyError.make(.typeError, "\(name)() sub must be str") }
        let out = self.strings(x).map { s -> Int64 in
          name == "count" ? Int64(s.occurrences(of: sub)) : Int64(s.firstOffset(of: sub) ?? -1)
        }
        return self.wrap(NDArray(int64: out, shape: x.shape))
      }
    }
    for name in ["center", "ljust", "rjust", "zfill"] {
      def(name) { [unowned self] a in
        let v = try a.bind(name, name == "zfill" ? ["a", "width"] : ["a", "width", "fillchar"], required: 2)
        let x = try self.stringArgument(v[0] ?? .none, name)
        let w = try self.requireInt(v[1] ?? .none, name)
        var fill: Character = name == "zfill" ? "0" : " "
        if v.count > 2, let f = v[2], case .str(let s) = f, let c = s.first { fill = c }
        let out = self.strings(x).map { Runtime.padded($0, name, w, fill) }
        return try self.stringResult(out, shape: x.shape, width: self.width(x))
      }
    }
    def("join") { [unowned self] a in
      let v = try a.exactly(2, "join")
      guard case .str(let sep) = v[0] else { throw PyError.make(.typeError, "join() sep must be str") }
      let x = try self.stringArgument(v[1], "join")
      return try self.stringResult(self.strings(x).map { $0.map(String.init).joined(separator: sep) }, shape: x.shape)
    }
    for (name, op) in [("equal", CompareOperator.eq), ("not_equal", .ne), ("less", .lt), ("greater", .gt)] {
      def(name) { [unowned self] a in
        let v = try a.exactly(2, name)
        return try self.stringCompare(op, .array(try self.toArray(v[0])), v[1]) ?? .bool(false)
      }
    }
    let char = PyModule(name: "numpy.char", attributes: table)
    attrs["char"] = .module(char)
    attrs["strings"] = .module(PyModule(name: "numpy.strings", attributes: table))
  }

  private func stringArgument(_ v: Value, _ name: String) throws -> NDArray {
    let x = try toArray(v)
    guard x.dtype.isUnicode else {
      throw PyError.make(.typeError, "string operation on non-string array")
    }
    return x
  }

  private static func titleCased(_ s: String) -> String {
    var out = ""
    var previousCased = false
    for c in s {
      out += previousCased ? c.lowercased() : c.uppercased()
      previousCased = c.isLetter
    }
    return out
  }

  private static func swapCased(_ s: String) -> String {
    String(s.flatMap { $0.isUppercase ? $0.lowercased() : $0.uppercased() })
  }

  private static func stringPredicate(_ name: String, _ s: String) -> Bool {
    guard !s.isEmpty else { return false }
    switch name {
    case "isdigit", "isnumeric": return s.allSatisfy(\.isNumber)
    case "isalpha": return s.allSatisfy(\.isLetter)
    case "isalnum": return s.allSatisfy { $0.isLetter || $0.isNumber }
    case "isspace": return s.allSatisfy(\.isWhitespace)
    case "isupper": return s.contains(where: \.isLetter) && !s.contains(where: \.isLowercase)
    default: return s.contains(where: \.isLetter) && !s.contains(where: \.isUppercase)
    }
  }

  /// `str.center` / `ljust` / `rjust` / `zfill` (zeros after a leading sign).
  private static func padded(_ s: String, _ how: String, _ width: Int, _ fill: Character) -> String {
    let missing = width - s.count
    guard missing > 0 else { return s }
    let pad = { (n: Int) in String(repeating: fill, count: n) }
    switch how {
    case "ljust": return s + pad(missing)
    case "rjust": return pad(missing) + s
    case "zfill":
      if let first = s.first, first == "+" || first == "-" { return String(first) + pad(missing) + s.dropFirst() }
      return pad(missing) + s
    default:
      // CPython's center: the extra space goes left when the width is odd and the string even.
      let left = missing / 2 + (missing & width & 1)
      return pad(left) + s + pad(missing - left)
    }
  }
}

extension String {
  /// Non-overlapping occurrences of `sub` (Python's `str.count`).
  fileprivate func occurrences(of sub: String) -> Int {
    if sub.isEmpty { return count + 1 }
    var n = 0
    var rest = Substring(self)
    while let r = rest.range(of: sub) {
      n += 1
      rest = rest[r.upperBound...]
    }
    return n
  }

  /// The character offset of the first `sub` (Python's `str.find`), nil when absent.
  fileprivate func firstOffset(of sub: String) -> Int? {
    if sub.isEmpty { return 0 }
    guard let r = range(of: sub) else { return nil }
    return distance(from: startIndex, to: r.lowerBound)
  }

  /// Every non-overlapping `old` replaced by `new` (Python's `str.replace`).
  fileprivate func replacingAll(_ old: String, with new: String) -> String {
    guard !old.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: old) {
      out += rest[..<r.lowerBound] + new
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
