/// A rejected input or parameter, carrying the Python exception class and scikit-learn's message.
public struct NMFError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case valueError = "ValueError"
    /// scikit-learn's parameter validation error (a ValueError subclass).
    case invalidParameterError = "InvalidParameterError"
    case typeError = "TypeError"
    case notFittedError = "NotFittedError"
  }

  public var kind: Kind
  public var message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(kind.rawValue): \(message)" }
}
