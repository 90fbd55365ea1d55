/// Built-in exception types the runtime raises itself.
enum ExceptionKind: String, CaseIterable {
  case baseException = "BaseException"
  case exception = "Exception"
  case arithmeticError = "ArithmeticError"
  case zeroDivisionError = "ZeroDivisionError"
  case overflowError = "OverflowError"
  case floatingPointError = "FloatingPointError"
  case lookupError = "LookupError"
  case indexError = "IndexError"
  case keyError = "KeyError"
  case valueError = "ValueError"
  case typeError = "TypeError"
  case nameError = "NameError"
  case unboundLocalError = "UnboundLocalError"
  case attributeError = "AttributeError"
  case runtimeError = "RuntimeError"
  case recursionError = "RecursionError"
  case notImplementedError = "NotImplementedError"
  case stopIteration = "StopIteration"
  case assertionError = "AssertionError"
  case importError = "ImportError"
  case moduleNotFoundError = "ModuleNotFoundError"
  case osError = "OSError"
  case fileNotFoundError = "FileNotFoundError"
  case fileExistsError = "FileExistsError"
  case isADirectoryError = "IsADirectoryError"
  case notADirectoryError = "NotADirectoryError"
  case permissionError = "PermissionError"
  case eofError = "EOFError"
  case timeoutError = "TimeoutError"
  case keyboardInterrupt = "KeyboardInterrupt"
  case generatorExit = "GeneratorExit"
  case systemExit = "SystemExit"
  case memoryError = "MemoryError"
  case unicodeError = "UnicodeError"
  case syntaxError = "SyntaxError"
  case indentationError = "IndentationError"
  case linAlgError = "LinAlgError"
  case axisError = "AxisError"
  case ufuncTypeError = "UFuncTypeError"
  case warning = "Warning"
  case userWarning = "UserWarning"
  case runtimeWarning = "RuntimeWarning"
  case deprecationWarning = "DeprecationWarning"
  case pendingDeprecationWarning = "PendingDeprecationWarning"
  case futureWarning = "FutureWarning"
  case syntaxWarning = "SyntaxWarning"
  case importWarning = "ImportWarning"
  case unicodeWarning = "UnicodeWarning"
  case bytesWarning = "BytesWarning"
  case resourceWarning = "ResourceWarning"

  /// The direct base class (Python's hierarchy).
  var base: ExceptionKind? {
    switch self {
    case .baseException: return nil
    case .exception, .keyboardInterrupt, .systemExit, .generatorExit: return .baseException
    case .zeroDivisionError, .overflowError, .floatingPointError: return .arithmeticError
    case .indexError, .keyError: return .lookupError
    case .unboundLocalError: return .nameError
    case .recursionError, .notImplementedError: return .runtimeError
    case .moduleNotFoundError: return .importError
    case .fileNotFoundError, .timeoutError, .fileExistsError, .isADirectoryError, .notADirectoryError, .permissionError:
      return .osError
    case .unicodeError, .linAlgError: return .valueError
    case .indentationError: return .syntaxError
    case .axisError: return .valueError
    case .ufuncTypeError: return .typeError
    case .userWarning, .runtimeWarning, .deprecationWarning, .pendingDeprecationWarning, .futureWarning, .syntaxWarning,
      .importWarning, .unicodeWarning, .bytesWarning, .resourceWarning:
      return .warning
    default: return .exception
    }
  }
}

/// A location inside one active call, for tracebacks.
struct TraceEntry {
  var function: String
  var location: SourceLocation
  var cell: CellInfo?
}

/// A Python exception unwinding through Swift: the exception and the frames it left.
struct PyError: Error, @unchecked Sendable {
  enum Payload {
    case pending(ExceptionKind, [Value])
    case object(PyObject)
  }
  var payload: Payload
  /// Outer frames already left, innermost first.
  var trace: [TraceEntry] = []
  /// Where in the current frame the exception surfaced (set by the innermost node that saw it).
  var location: SourceLocation?

  static func make(_ kind: ExceptionKind, _ message: String) -> PyError {
    PyError(payload: .pending(kind, [.str(message)]))
  }

  static func object(_ o: PyObject) -> PyError { PyError(payload: .object(o)) }

  /// The traceback an `except` clause in frame `function` sees: that frame, then the frames
  /// the exception left, outermost first (CPython's `__traceback__` of a caught exception).
  func caughtTrace(in function: String, cell: CellInfo?) -> [TraceEntry] {
    var entries: [TraceEntry] = []
    if let location { entries.append(TraceEntry(function: function, location: location, cell: cell)) }
    return entries + trace.reversed()
  }

  /// Records the location once: the innermost node wins.
  func at(_ loc: SourceLocation) -> PyError {
    if location != nil { return self }
    var e = self
    e.location = loc
    return e
  }
}

/// Converts any error into a PyError located at `loc` (first location wins).
@inline(__always)
func located(_ error: any Error, _ loc: SourceLocation) -> PyError {
  if let e = error as? PyError { return e.at(loc) }
  return bridgeError(error).at(loc)
}
