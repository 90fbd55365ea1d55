import Foundation
import SwnbPrinting
import SwnbRandom

/// The interpreter state of one session: globals, builtins, modules, output and limits.
final class Runtime {
  let globals = Globals()
  var builtins: [String: Value] = [:]
  var exceptionTypes: [ExceptionKind: PyType] = [:]
  /// Built-in classes by name (`int`, `list`, ...).
  var types: [String: PyType] = [:]
  var modules: [String: PyModule] = [:]
  /// Captured `print` output of the running cell.
  var output = ""
  var callDepth = 0
  static let recursionLimit = 1000
  var deadline: UInt64?
  var timeoutSeconds: Double = 0
  private var tick = 0
  /// Exceptions being handled by `except` blocks (innermost last), for bare `raise`.
  var handling: [PyObject] = []
  let directory: String
  /// The module frame (no slots; module names live in `globals`).
  let moduleFrame = Frame.make(slotCount: 0, parent: nil)
  /// numpy's print options (`np.set_printoptions`).
  var printOptions = PrintOptions()
  /// numpy's global legacy random state (`np.random.seed`, `np.random.rand`, ...).
  let randomState = RandomState()
  /// Python's own `random` module state.
  var pythonRandom = PythonRandom()
  /// Warnings already shown in this cell (Python shows each once per location).
  var warningsShown: Set<String> = []
  /// The operations warnings are attributed to.
  let warningSites = WarningSites()
  /// Floating-point warning kinds silenced by `np.errstate`/`np.seterr` (divide, invalid, over, under).
  var ignoredFloatingPointErrors: Set<String> = []
  /// Serial numbers behind the stable fake addresses of `repr` texts.
  var addressSerials: [ObjectIdentifier: Int] = [:]
  /// IPython's last three displayed values, behind `_`, `__` and `___`.
  var displayedValues: [Value] = []
  /// The `warnings` module's filters and recording list.
  let warningFilters = WarningFilters()
  /// Generators abandoned while paused, to close at the next safe point (`runFinalizers`).
  var pendingFinalizers: [PyGenerator] = []

  init(directory: String) {
    self.directory = directory
    installExceptionTypes()
    installBuiltinTypes()
    installDescriptorTypes()
    installBuiltins()
  }

  private func installExceptionTypes() {
    for kind in ExceptionKind.allCases {
      let base = kind.base.flatMap { exceptionTypes[$0] }
      let module: String? =
        kind == .linAlgError ? "numpy.linalg" : kind == .axisError ? "numpy.exceptions" : kind == .ufuncTypeError ? "numpy._core._exceptions" : nil
      let t = PyType(name: kind.rawValue, bases: base.map { [$0] } ?? [], module: module)
      exceptionTypes[kind] = t
      builtins[kind.rawValue] = .type(t)
    }
    exceptionTypes[.baseException]?.attributes["__init__"] = .builtin(
      BuiltinFunction("__init__", isMethod: true) { args in
        if case .object(let o)? = args.positional.first {
          o.attributes["args"] = .tuple(Array(args.positional.dropFirst()))
        }
        return .none
      })
  }

  /// The `BaseException` type, root of every exception class.
  var baseExceptionType: PyType { exceptionTypes[.baseException] ?? PyType(name: "BaseException", bases: []) }

  /// Turns a pending error into its exception object.
  func exceptionObject(_ error: PyError) -> PyObject {
    switch error.payload {
    case .object(let o): return o
    case .pending(let kind, let args):
      return newException(exceptionTypes[kind] ?? baseExceptionType, args: args)
    }
  }

  func newException(_ type: PyType, args: [Value]) -> PyObject {
    let o = PyObject(type: type)
    o.attributes["args"] = .tuple(args)
    if type === exceptionTypes[.stopIteration] { o.attributes["value"] = args.first ?? Value.none }
    return o
  }

  /// Raises TimeoutError once the cell's deadline has passed, and MemoryError when resident
  /// memory nears the cap (checked less often); cheap between checks.
  @inline(__always)
  func checkDeadline() throws {
    tick &+= 1
    if tick & 1023 == 0, let d = deadline, DispatchTime.now().uptimeNanoseconds > d {
      throw PyError.make(.timeoutError, "cell exceeded the time limit of \(formatSeconds(timeoutSeconds)) seconds")
    }
    if tick & 0xFFFF == 0, ResidentMemory.exceeded { throw PyError.make(.memoryError, "") }
  }

  private func formatSeconds(_ s: Double) -> String {
    s == s.rounded() && abs(s) < 1e15 ? String(Int(s)) : String(s)
  }

  func write(_ text: String) {
    if !pendingFinalizers.isEmpty { runFinalizers() }
    output += text
  }
}
