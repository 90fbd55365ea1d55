/// The fixed part of a frame; its slots are tail-allocated after it in the same block.
struct FrameHeader {
  let slotCount: Int
  var parent: Frame?
  let classNamespace: PyDict?
  var function: PyFunction?
}

/// The variables of one activation: a function call, a comprehension, a class body or the module.
///
/// Header and slots share one allocation, so a call costs one malloc/free instead of two.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
  /// A frame with `slotCount` unbound slots.
  static func make(
    slotCount: Int, parent: Frame?, classNamespace: PyDict? = nil, function: PyFunction? = nil
  ) -> Frame {
    let buffer = Frame.create(minimumCapacity: slotCount) { _ in
      FrameHeader(
        slotCount: slotCount, parent: parent, classNamespace: classNamespace, function: function)
    }
    let frame = unsafeDowncast(buffer, to: Frame.self)
    // Element-wise loops stay specialised; the bulk calls go through generic value witnesses.
    frame.withUnsafeMutablePointerToElements { slots in
      for i in 0..<slotCount { (slots + i).initialize(to: nil) }
    }
    return frame
  }

  deinit {
    withUnsafeMutablePointers { header, slots in
      for i in 0..<header.pointee.slotCount { _ = (slots + i).move() }
    }
  }

  /// Contiguous slot storage (stable for the frame's lifetime); compiled code only indexes
  /// slots below `slotCount`.
  @inline(__always) var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }
  @inline(__always) private var fields: UnsafeMutablePointer<FrameHeader> {
    withUnsafeMutablePointerToHeader { $0 }
  }
  var slotCount: Int { fields.pointee.slotCount }
  /// The frame that lexically encloses this one (closure environment).
  var parent: Frame? { fields.pointee.parent }
  /// A class body collects its names here instead of in slots.
  var classNamespace: PyDict? { fields.pointee.classNamespace }
  /// The function this frame runs (for zero-argument `super()`).
  var function: PyFunction? { fields.pointee.function }
  /// Binds slot `i` to `value` (nil unbinds it). The old content is released only when it
  /// holds a reference: loop counters and accumulators overwrite plain numbers.
  @inline(__always)
  func set(_ i: Int, _ value: Value?) {
    let p = slots + i
    if p.pointee.holdsNoReference { p.initialize(to: value) } else { p.pointee = value }
  }

  /// Readies a parked frame for another call of `function` (same slot count).
  func rebind(parent: Frame, function: PyFunction) {
    fields.pointee.parent = parent
    fields.pointee.function = function
  }

  /// Unbinds every slot so the frame can wait for reuse. A frame of a module-level function
  /// keeps its function and parent (the module frame, alive anyway), so the next call of the
  /// same function skips `rebind`; any other frame drops them so it keeps no closure alive.
  /// Answers whether the frame kept its function.
  func park() -> Bool {
    let f = fields
    for i in 0..<f.pointee.slotCount { set(i, nil) }
    guard f.pointee.parent?.parent == nil else {
      f.pointee.parent = nil
      f.pointee.function = nil
      return false
    }
    return true
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

extension Optional where Wrapped == Value {
  /// True for an unbound slot and for values without a reference (int, float, bool, None),
  /// which need no release when overwritten.
  @inline(__always)
  var holdsNoReference: Bool {
    switch self {
    case nil, .some(.int), .some(.float), .some(.bool), .some(Value.none): return true
    default: return false
    }
  }
}

/// One parked frame kept by a call site, reused when the previous call's frame was not
/// captured (by a closure, generator expression or `super()` object).
final class FrameCache {
  var spare: Frame?
  /// The function `spare` is still bound to (it holds it, so the identity cannot be reused).
  var bound: ObjectIdentifier?

  /// A frame for calling `fn`: the parked one when it fits, else a new one.
  @inline(__always)
  func take(for fn: PyFunction) -> Frame {
    let code = fn.code
    if let frame = spare.take(), frame.slotCount == code.slotCount {
      if bound != ObjectIdentifier(fn) { frame.rebind(parent: fn.closure, function: fn) }
      return frame
    }
    return Frame.make(slotCount: code.slotCount, parent: fn.closure, function: fn)
  }

  /// Keeps `frame`, which just ran `fn`, for the next call unless something else still
  /// references it. Taking ownership spares a retain/release pair per call.
  @inline(__always)
  func give(_ frame: consuming Frame, after fn: PyFunction) {
    var frame = frame
    guard isKnownUniquelyReferenced(&frame) else { return }
    bound = frame.park() ? ObjectIdentifier(fn) : nil
    spare = frame
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
  /// The `__qualname__`: `Class.method`, `outer.<locals>.inner` (named in argument errors).
  var qualifiedName: String
  /// The docstring (`__doc__`): the body's leading string literal.
  var doc: String?
  let parameters: Parameters
  let slotCount: Int
  /// Runs the body and answers the returned value. A body that is one `return` statement,
  /// and a lambda, run as their expression, without a statement completion.
  let body: Eval
  /// The cell the function was defined in (for tracebacks).
  let cell: CellInfo?
  /// Set when the body contains `yield`: a call then returns a generator that runs this
  /// resumable form of the body step by step.
  var generatorStart: ResumableStart?
  /// The class whose body defined this function (for zero-argument `super()`).
  weak var ownerClass: PyType?

  /// The argument count of a purely positional signature (no defaults needed, no `*`/`**`).
  let simpleArity: Int?

  init(
    name: String, parameters: Parameters, slotCount: Int, cell: CellInfo?, body: @escaping Eval
  ) {
    self.cell = cell
    self.name = name
    qualifiedName = name
    self.parameters = parameters
    self.slotCount = slotCount
    self.body = body
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
  /// Attributes assigned to the function (`f.calls = 0`, `functools.wraps`'s `__name__`...).
  var attributes: [String: Value] = [:]
  init(code: FunctionCode, defaults: [Value], keywordDefaults: [String: Value], closure: Frame) {
    self.code = code
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
  }
  var name: String { code.name }
  /// `__qualname__`: the assigned one (`functools.wraps`) or the definition's.
  var qualifiedName: String {
    if case .str(let s)? = attributes["__qualname__"] { return s }
    return code.qualifiedName
  }
}
