import SwnbArray
import SwnbPrinting
import SwnbRandom

/// A MatrixScript value. Mutable containers are class boxes, so they have reference semantics.
enum Value {
  case none
  case bool(Bool)
  case int(Int)
  case float(Double)
  /// A Python `complex` (two doubles: the payload is 16 bytes, as `str`'s).
  case complex(Complex)
  case str(String)
  case list(PyList)
  case tuple([Value])
  case dict(PyDict)
  case set(PySet)
  /// Boxed so the payload of every case fits in 16 bytes (see `array`).
  indirect case range(start: Int, stop: Int, step: Int)
  indirect case slice(Value, Value, Value)
  case ellipsis
  case function(PyFunction)
  case builtin(BuiltinFunction)
  case boundMethod(BoundMethod)
  case module(PyModule)
  case type(PyType)
  case object(PyObject)
  case iterator(PyIterator)
  /// A numpy array (views share storage, so in-place updates write through). Boxed, as
  /// `range` is, so every payload fits in 16 bytes and a value copies as 17 bytes, not 49.
  indirect case array(NDArray)
  /// A numpy scalar (`np.float64(0.5)`), held as a 0-d array.
  indirect case npScalar(NDArray)
  /// A numpy dtype object (`dtype('float64')`).
  case dtype(DType)
  /// A native engine object: random generators, print-option contexts.
  case native(NativeObject)
  /// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
  case dictView(DictViewKind, PyDict)
}

/// Which view of a dict.
enum DictViewKind: String {
  case keys = "dict_keys"
  case values = "dict_values"
  case items = "dict_items"
}

extension PyDict {
  /// The elements a view iterates over.
  func viewItems(_ kind: DictViewKind) -> [Value] {
    switch kind {
    case .keys: return keys
    case .values: return values
    case .items: return items.map { .tuple([$0.0, $0.1]) }
    }
  }
}

/// `np.printoptions(...)`: the options to apply on entry and those to restore on exit.
final class PrintOptionsContext {
  let options: PrintOptions
  var saved: PrintOptions?
  init(options: PrintOptions) { self.options = options }
}

/// `np.errstate(...)`: floating-point warning kinds to silence inside the block.
final class ErrstateContext {
  let ignored: Set<String>
  var saved: Set<String>?
  init(ignored: Set<String>) { self.ignored = ignored }
}

/// Engine objects exposed to scripts.
final class NativeObject {
  enum Payload {
    case generator(SwnbRandom.Generator)
    case randomState(RandomState)
    case printOptionsContext(PrintOptionsContext)
    case errstate(ErrstateContext)
  }
  let payload: Payload
  init(_ payload: Payload) { self.payload = payload }

  var typeName: String {
    switch payload {
    case .generator: return "Generator"
    case .randomState: return "RandomState"
    case .printOptionsContext: return "_GeneratorContextManager"
    case .errstate: return "errstate"
    }
  }
}

/// A Python list.
final class PyList {
  var items: [Value]
  init(_ items: [Value]) { self.items = items }
}

/// A Python set (or frozenset); insertion-ordered.
final class PySet {
  var storage: PyDict
  let frozen: Bool
  /// How many leading items came from a set display of constants, which CPython builds
  /// through a frozenset (see `SetOrder`).
  var constantPrefix = 0
  init(frozen: Bool = false) {
    storage = PyDict()
    self.frozen = frozen
  }
  var items: [Value] { storage.keys }
}

/// A module: a name and its attributes.
final class PyModule {
  let name: String
  var attributes: [String: Value] { didSet { version &+= 1 } }
  /// Changes whenever `attributes` does: attribute caches at call sites check it.
  private(set) var version = 0
  init(name: String, attributes: [String: Value]) {
    self.name = name
    self.attributes = attributes
  }
}

/// An instance of a user class or of an exception type.
final class PyObject {
  let type: PyType
  var attributes: [String: Value] = [:]
  /// Names assigned through `setAttribute`, first assignment first (the order of `vars()`).
  var attributeOrder: [String] = []
  /// Native state of an instance of a built-in class written in Swift (`operator.itemgetter`).
  var native: AnyObject?
  /// Where an exception object was raised, as the `except` clause that caught it saw it.
  var traceback: [TraceEntry]?
  init(type: PyType) { self.type = type }
}

/// A method bound to its receiver: a user function with `self`, or a built-in method by name.
final class BoundMethod {
  let receiver: Value
  let function: PyFunction?
  let name: String
  init(receiver: Value, function: PyFunction?, name: String) {
    self.receiver = receiver
    self.function = function
    self.name = name
  }
}

/// A native function: `print`, `len`, `math.sqrt`...
final class BuiltinFunction {
  typealias Body = (inout Arguments) throws -> Value
  let name: String
  let body: Body
  /// A method of a built-in class: the receiver is the first positional argument.
  let isMethod: Bool
  /// The call's `[0]` alone, for functions returning a tuple whose other items cost work to
  /// build (`np.linalg.lstsq`): `f(...)[0]` call sites use it (see `compileFirstItemCall`).
  var firstItem: Body?
  init(_ name: String, isMethod: Bool = false, _ body: @escaping Body) {
    self.name = name
    self.isMethod = isMethod
    self.body = body
  }
}

/// A lazy iterator (`iter()`, `zip`, `map`, `enumerate`, generator expressions).
final class PyIterator {
  let next: () throws -> Value?
  /// The generator object when this iterator runs a generator function.
  var generator: PyGenerator?
  /// The Python type of this iterator (`map`, `zip`, `list_iterator`...).
  var typeName = "generator"
  init(_ next: @escaping () throws -> Value?) { self.next = next }
  init(_ typeName: String, _ next: @escaping () throws -> Value?) {
    self.typeName = typeName
    self.next = next
  }
}

/// Positional and keyword arguments of a call.
struct Arguments {
  var positional: [Value]
  var keywords: [(name: String, value: Value)]
  init(_ positional: [Value], _ keywords: [(name: String, value: Value)] = []) {
    self.positional = positional
    self.keywords = keywords
  }
}
