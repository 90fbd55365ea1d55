/// Binding a built-in's arguments to named parameters, with CPython-style messages.
extension Arguments {
  /// Binds positional then keyword arguments to `names`; the first `required` must be present.
  func bind(_ function: String, _ names: [String], required: Int = 0) throws -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    if positional.count > names.count {
      let limit = names.count == required ? "exactly" : "at most"
      let noun = names.count == 1 ? "argument" : "arguments"
      throw PyError.make(
        .typeError, "\(function)() takes \(limit) \(names.count) \(noun) (\(positional.count) given)")
    }
    for (i, v) in positional.enumerated() { out[i] = v }
    for (k, v) in keywords {
      guard let i = names.firstIndex(of: k) else {
        throw PyError.make(.typeError, "\(function)() got an unexpected keyword argument '\(k)'")
      }
      if out[i] != nil {
        throw PyError.make(.typeError, "argument for \(function)() given by name ('\(k)') and position (\(i + 1))")
      }
      out[i] = v
    }
    for i in 0..<required where out[i] == nil {
      if required == 1 && names.count == 1 {
        throw PyError.make(.typeError, "\(function)() takes exactly one argument (0 given)")
      }
      throw PyError.make(.typeError, "\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
  }

  /// Rejects keyword arguments for functions that take none.
  func noKeywords(_ function: String) throws {
    if !keywords.isEmpty { throw PyError.make(.typeError, "\(function)() takes no keyword arguments") }
  }

  /// Exactly `n` positional arguments.
  func exactly(_ n: Int, _ function: String) throws -> [Value] {
    try noKeywords(function)
    guard positional.count == n else {
      if n == 1 {
        throw PyError.make(.typeError, "\(function)() takes exactly one argument (\(positional.count) given)")
      }
      throw PyError.make(.typeError, "\(function) expected \(n) arguments, got \(positional.count)")
    }
    return positional
  }

  func keyword(_ name: String) -> Value? { keywords.last { $0.name == name }?.value }
}

extension Runtime {
  func requireInt(_ v: Value, _ what: String) throws -> Int {
    if let i = intValue(v) { return i }
    if let i = try indexValue(v) ?? userIndex(v) { return i }
    throw PyError.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
  }

  func requireFloat(_ v: Value, _ function: String) throws -> Double {
    if let d = floatValue(v) { return d }
    if let d = extensionFloat(v) { return d }
    throw PyError.make(.typeError, "must be real number, not \(typeName(v))")
  }

  func requireString(_ v: Value, _ message: String) throws -> String {
    if case .str(let s) = v { return s }
    throw PyError.make(.typeError, message)
  }

  /// Registers a builtin function under `name`.
  func define(_ name: String, _ body: @escaping BuiltinFunction.Body) {
    builtins[name] = .builtin(BuiltinFunction(name, body))
  }
}
