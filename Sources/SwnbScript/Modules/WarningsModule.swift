import Foundation

/// The `warnings` filters of a session and the list `catch_warnings(record=True)` fills.
final class WarningFilters {
  /// One `filterwarnings`/`simplefilter` entry; the first matching entry decides.
  struct Filter {
    let action: String
    let message: String
    let category: PyType
    let module: String
    let lineno: Int
  }
  var filters: [Filter] = []
  /// Inside `catch_warnings(record=True)`: warnings become `WarningMessage`s in this list.
  var record: PyList?
  /// Texts already shown under the "once" action.
  var shownOnce: Set<String> = []
}

/// What the filters decide for one warning.
enum WarningDisposition {
  case ignore
  case raise
  case record(PyList)
  /// Shown; `always` skips the once-per-location rule.
  case show(always: Bool)
}

/// The `warnings` module: `warn`, `filterwarnings`, `simplefilter`, `resetwarnings` and the
/// `catch_warnings` context manager. Warnings show as IPython shows them in a cell (see
/// `showWarning`), and the filters apply to numpy's floating-point warnings too.
extension Runtime {
  static let warningActions: Set<String> = ["error", "ignore", "always", "default", "module", "once"]

  func makeWarningsModule() -> PyModule {
    var attrs: [String: Value] = [:]
    func add(_ name: String, _ body: @escaping BuiltinFunction.Body) {
      attrs[name] = .builtin(BuiltinFunction(name, body))
    }
    add("warn") { [unowned self] a in
      let v = try a.bind("warn", ["message", "category", "stacklevel", "source"], required: 1)
      try self.warn(v[0] ?? .none, category: v[1] ?? .none)
      return .none
    }
    add("filterwarnings") { [unowned self] a in
      let v = try a.bind("filterwarnings", ["action", "message", "category", "module", "lineno", "append"], required: 1)
      try self.addWarningFilter(
        action: v[0] ?? .none, message: v[1] ?? .str(""), category: v[2], module: v[3] ?? .str(""),
        lineno: v[4] ?? .int(0), append: v[5] ?? .bool(false))
      return .none
    }
    add("simplefilter") { [unowned self] a in
      let v = try a.bind("simplefilter", ["action", "category", "lineno", "append"], required: 1)
      try self.addWarningFilter(
        action: v[0] ?? .none, message: .str(""), category: v[1], module: .str(""), lineno: v[2] ?? .int(0),
        append: v[3] ?? .bool(false))
      return .none
    }
    add("resetwarnings") { [unowned self] a in
      _ = try a.exactly(0, "resetwarnings")
      self.warningFilters.filters = []
      return .none
    }
    attrs["catch_warnings"] = .type(catchWarningsType())
    attrs["WarningMessage"] = .type(warningMessageType)
    return PyModule(name: "warnings", attributes: attrs)
  }

  /// `warnings.warn(message, category)`: a Warning instance as message brings its own class.
  private func warn(_ message: Value, category: Value) throws {
    var type = exceptionType(.userWarning)
    var instance: PyObject?
    if case .object(let o) = message, o.type.isSubtype(of: exceptionType(.warning)) {
      type = o.type
      instance = o
    } else if case .type(let t) = category {
      guard t.isSubtype(of: exceptionType(.warning)) else {
        throw PyError.make(.typeError, "category must be a Warning subclass, not 'type'")
      }
      type = t
    } else if category.isNotNone {
      throw PyError.make(.typeError, "category must be a Warning subclass, not '\(typeName(category))'")
    }
    let text = try instance.map { try exceptionMessage($0) } ?? str(message)
    switch warningDisposition(type, text) {
    case .ignore: return
    case .raise: throw PyError.object(instance ?? newException(type, args: [.str(text)]))
    case .record(let list):
      list.items.append(warningMessage(instance ?? newException(type, args: [.str(text)]), type))
    case .show(let always): displayWarning(category: type.name, message: text, fromNumpyCode: false, always: always)
    }
  }

  private func addWarningFilter(action: Value, message: Value, category: Value?, module: Value, lineno: Value, append: Value)
    throws
  {
    guard case .str(let act) = action, Runtime.warningActions.contains(act) else {
      throw PyError.make(.assertionError, "invalid action: \(try repr(action))")
    }
    guard case .str(let text) = message else { throw PyError.make(.assertionError, "message must be a string") }
    guard case .str(let mod) = module else { throw PyError.make(.assertionError, "module must be a string") }
    var type = exceptionType(.warning)
    if let category, category.isNotNone {
      guard case .type(let t) = category else { throw PyError.make(.assertionError, "category must be a class") }
      guard t.isSubtype(of: exceptionType(.warning)) else {
        throw PyError.make(.assertionError, "category must be a Warning subclass")
      }
      type = t
    }
    guard let line = intValue(lineno), line >= 0 else {
      throw PyError.make(.assertionError, "lineno must be an int >= 0")
    }
    let filter = WarningFilters.Filter(action: act, message: text, category: type, module: mod, lineno: line)
    let filters = warningFilters.filters.filter {
      !($0.action == act && $0.message == text && $0.category === type && $0.module == mod && $0.lineno == line)
    }
    warningFilters.filters = try truthy(append) ? filters + [filter] : [filter] + filters
  }

  /// The first matching filter's verdict for a warning of class `category` (default: show).
  func warningDisposition(_ category: PyType, _ message: String, module: String = "__main__") -> WarningDisposition {
    let line = warningSites.site.line
    let action =
      warningFilters.filters.first { f in
        category.isSubtype(of: f.category) && (f.lineno == 0 || f.lineno == line)
          && Runtime.regexMatchesPrefix(f.message, message) && Runtime.regexMatchesPrefix(f.module, module, caseless: false)
      }?.action ?? "default"
    switch action {
    case "ignore": return .ignore
    case "error": return .raise
    default: break
    }
    if let list = warningFilters.record { return .record(list) }
    if action == "once" { return warningFilters.shownOnce.insert("\(category.name): \(message)").inserted ? .show(always: true) : .ignore }
    return .show(always: action == "always")
  }

  /// The warning class named `name` (`RuntimeWarning`...), for warnings the engine raises.
  func warningCategory(named name: String) -> PyType {
    if case .type(let t)? = builtins[name], t.isSubtype(of: exceptionType(.warning)) { return t }
    return exceptionType(.warning)
  }

  /// Whether regex `pattern` matches at the start of `text` (Python's `re.match`), case-blind
  /// for messages as the `warnings` module compiles them; an empty pattern matches anything.
  private static func regexMatchesPrefix(_ pattern: String, _ text: String, caseless: Bool = true) -> Bool {
    if pattern.isEmpty { return true }
    guard let re = try? NSRegularExpression(pattern: pattern, options: caseless ? [.caseInsensitive] : []) else {
      return text.hasPrefix(pattern)
    }
    let range = NSRange(text.startIndex..., in: text)
    return re.firstMatch(in: text, options: [.anchored], range: range) != nil
  }

  /// A `warnings.WarningMessage` for the list `catch_warnings(record=True)` returns.
  func warningMessage(_ warning: PyObject, _ category: PyType) -> Value {
    let o = PyObject(type: warningMessageType)
    let (cell, line) = warningSites.site
    let file = cell.map { $0.ipythonName.name } ?? "<unknown>"
    let lineno = cell.map { line - $0.ipythonName.droppedLines } ?? 0
    let fields: [(String, Value)] = [
      ("message", .object(warning)), ("category", .type(category)), ("filename", .str(file)), ("lineno", .int(lineno)),
      ("file", .none), ("line", .none), ("source", .none),
    ]
    for (k, v) in fields {
      o.attributes[k] = v
      o.attributeOrder.append(k)
    }
    return .object(o)
  }

  /// The class of the records `catch_warnings(record=True)` collects.
  private var warningMessageType: PyType {
    if case .type(let t)? = modules["warnings"]?.attributes["WarningMessage"] { return t }
    let t = PyType(name: "WarningMessage", bases: [objectType], module: "warnings")
    t.attributes["__str__"] = .builtin(BuiltinFunction("__str__", isMethod: true) { [unowned self] a in
      guard case .object(let o)? = a.positional.first else { return .str("") }
      func field(_ k: String) throws -> String { try self.repr(o.attributes[k] ?? .none) }
      let lineno = try self.str(o.attributes["lineno"] ?? .none)
      return .str(
        "{message : \(try field("message")), category : \(try field("category")), filename : \(try field("filename")), lineno : \(lineno), line : \(try field("line"))}"
      )
    })
    return t
  }

  /// `warnings.catch_warnings(record=False)`: restores the filters on exit; with `record`
  /// the `with` target is the list of warnings raised inside.
  private func catchWarningsType() -> PyType {
    let t = PyType(name: "catch_warnings", bases: [objectType], module: "warnings")
    t.constructor = BuiltinFunction("catch_warnings") { [unowned self] a in
      let v = try a.bind("catch_warnings", ["record", "module", "action", "category", "lineno", "append"])
      let o = PyObject(type: t)
      o.native = CatchWarningsState(record: try v[0].map { try self.truthy($0) } ?? false)
      return .object(o)
    }
    t.attributes["__enter__"] = .builtin(BuiltinFunction("__enter__", isMethod: true) { [unowned self] a in
      guard case .object(let o)? = a.positional.first, let state = o.native as? CatchWarningsState else { return .none }
      state.savedFilters = self.warningFilters.filters
      state.savedRecord = self.warningFilters.record
      guard state.record else { return .none }
      let list = PyList([])
      self.warningFilters.record = list
      return .list(list)
    })
    t.attributes["__exit__"] = .builtin(BuiltinFunction("__exit__", isMethod: true) { [unowned self] a in
      guard case .object(let o)? = a.positional.first, let state = o.native as? CatchWarningsState else { return .none }
      self.warningFilters.filters = state.savedFilters
      self.warningFilters.record = state.savedRecord
      return .none
    })
    return t
  }
}

/// The state a `catch_warnings` block saves on entry and restores on exit.
private final class CatchWarningsState {
  let record: Bool
  var savedFilters: [WarningFilters.Filter] = []
  var savedRecord: PyList?
  init(record: Bool) { self.record = record }
}
