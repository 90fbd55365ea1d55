/// The variables of one activation: a function call, a comprehension, a class body or the module.
final class Frame {
  /// Contiguous slot storage; compiled code only indexes slots below `slotCount`.
  let slots: UnsafeMutablePointer<Value?>
  let slotCount: Int
  /// The frame that lexically encloses this one (closure environment).
  let parent: Frame?
  /// A class body collects its names here instead of in slots.
  let classNamespace: PyDict?
  /// The function this frame runs (for zero-argument `super()`).
  var function: PyFunction?
  /// Values yielded so far when the frame runs a generator function.
  var yielded: [Value]?

  init(slotCount: Int, parent: Frame?, classNamespace: PyDict? = nil) {
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: nil, count: slotCount)
    self.slotCount = slotCount
    self.parent = parent
    self.classNamespace = classNamespace
  }

  deinit {
    slots.deinitialize(count: slotCount)
    slots.deallocate()
  }

  /// The frame closures defined here capture: class bodies are skipped, as in Python.
  var lexical: Frame { classNamespace != nil ? (parent ?? self) : self }

  /// Follows `depth` parent links.
  func ancestor(_ depth: Int) -> Frame {
    var f = self
    for _ in 0..<depth { f = f.parent ?? f }
    return f
  }
}

/// How a statement finished.
enum Completion {
  case normal
  case breakLoop
  case continueLoop
  case returned(Value)
}

typealias Eval = (Frame) throws -> Value
typealias Exec = (Frame) throws -> Completion

/// Module-level variables; the name → slot table persists across cells.
final class Globals {
  var values: [Value?] = []
  var slotOf: [String: Int] = [:]
  var names: [String] = []

  func slot(_ name: String) -> Int {
    if let s = slotOf[name] { return s }
    let s = values.count
    slotOf[name] = s
    names.append(name)
    values.append(nil)
    return s
  }

  subscript(name: String) -> Value? {
    get { slotOf[name].flatMap { values[$0] } }
    set { values[slot(name)] = newValue }
  }
}

/// A function's compiled code.
final class FunctionCode {
  let name: String
  let parameters: Parameters
  let slotCount: Int
  var body: Exec = { _ in .normal }
  /// The cell the function was defined in (for tracebacks).
  let cell: CellInfo?
  /// True when the body contains `yield`: calls run it eagerly and return an iterator.
  var isGenerator = false
  /// The class whose body defined this function (for zero-argument `super()`).
  weak var ownerClass: PyType?

  /// The argument count of a purely positional signature (no defaults needed, no `*`/`**`).
  let simpleArity: Int?

  init(name: String, parameters: Parameters, slotCount: Int, cell: CellInfo?) {
    self.cell = cell
    self.name = name
    self.parameters = parameters
    self.slotCount = slotCount
    simpleArity =
      parameters.varArgs == nil && parameters.varKeywords == nil && parameters.keywordOnly.isEmpty
      ? parameters.positional.count : nil
  }
}

/// A function value: code + defaults + captured environment.
final class PyFunction {
  let code: FunctionCode
  let defaults: [Value]
  let keywordDefaults: [String: Value]
  let closure: Frame
  init(code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value], closure: Frame) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
  }
  var name: String { code.name }
}
