/// Hooks where numpy values plug into the generic operations (filled by the numpy bindings).
extension Runtime {
  func extensionBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? { nil }
  func extensionInplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? { nil }
  func extensionUnary(_ op: UnaryOperator, _ v: Value) throws -> Value? { nil }
  func extensionCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws -> Value? { nil }
  func extensionContains(_ container: Value, _ item: Value) throws -> Bool? { nil }
  func extensionGetItem(_ container: Value, _ index: Value) throws -> Value? { nil }
  func extensionSetItem(_ container: Value, _ index: Value, _ value: Value) throws -> Bool { false }
  func extensionLength(_ v: Value) throws -> Int? { nil }
  func callExtension(_ callee: Value, _ args: Arguments) throws -> Value? { nil }
  func setExtensionAttribute(_ v: Value, _ name: String, _ value: Value) throws -> Bool { false }
  func builtinAttribute(_ v: Value, _ name: String) throws -> Value? { nil }
  /// `__index__`: integers from numpy integer scalars.
  func indexValue(_ v: Value) throws -> Int? { nil }
}

func extensionEquals(_ a: Value, _ b: Value) -> Bool { false }

/// Converts non-Python errors (engine errors) into Python exceptions.
func bridgeError(_ error: any Error) -> PyError {
  if let e = error as? PyError { return e }
  if let e = error as? SyntaxError {
    return PyError.make(e.kind == "IndentationError" ? .indentationError : .syntaxError, e.message)
  }
  return PyError.make(.runtimeError, "\(error)")
}

extension Runtime {
  func extensionStr(_ v: Value) throws -> String? { nil }
  func extensionRepr(_ v: Value) throws -> String? { nil }
  func extensionFormat(_ v: Value, _ spec: String) throws -> String? { nil }
  func extensionFloat(_ v: Value) -> Double? { nil }
}

extension Runtime {
  func extensionUnaryFunction(_ name: String, _ v: Value) throws -> Value? { nil }
  func extensionRound(_ v: Value, _ digits: Int?) throws -> Value? { nil }
}

extension Runtime {
  func hasExtensionMethod(_ v: Value, _ name: String) -> Bool { false }
  func extensionMethod(_ v: Value, _ name: String, _ a: inout Arguments) throws -> Value? { nil }
}

extension Runtime {
  func makeExtensionModule(_ name: String) throws -> PyModule? { nil }
}
