/// What one resumption of a generator body (or of one of its statements) did.
enum GeneratorStep {
  /// Paused at a `yield` with this value; the next resumption continues after it.
  case yielded(Value)
  /// Ran to the end of the statement with this completion.
  case finished(Completion)
}

/// One statement of a generator body in progress: each call runs it until it yields or ends.
typealias Resume = (Frame, PyGenerator) throws -> GeneratorStep
/// Starts a fresh run of a compiled generator statement (its state lives in the closure).
typealias ResumableStart = () -> Resume

/// A generator object: the paused activation of a generator function. Each `next` runs the
/// body from where the previous `yield` left it, so infinite generators and `next(gen)` behave
/// as in CPython. The body is a tree of resumable statements (`Compiler+Generator.swift`).
final class PyGenerator {
  private let rt: Runtime
  private let frame: Frame
  let code: FunctionCode
  /// The paused body; nil once the generator has finished.
  private var body: Resume?
  private var started = false
  private var running = false
  /// The value `send` hands to the paused `yield`.
  private var sent: Value = .none
  /// The exception `throw`/`close` raises at the paused `yield`.
  private var thrown: PyError?
  /// What the body returned: the value of the `StopIteration` that ends it.
  private(set) var returnValue: Value = .none

  init(rt: Runtime, frame: Frame, code: FunctionCode, body: @escaping Resume) {
    self.rt = rt
    self.frame = frame
    self.code = code
    self.body = body
  }

  /// The iterator value scripts see.
  func iterator() -> PyIterator {
    let it = PyIterator { [self] in try self.send(.none) }
    it.generator = self
    return it
  }

  deinit {
    // An abandoned generator paused inside its body: CPython closes it when the last reference
    // goes, so its `finally` blocks run. Running script code from inside a release is unsafe
    // (the release may happen mid-mutation), so a stand-in that owns the paused body is closed
    // at the runtime's next safe point.
    guard started, let body else { return }
    let orphan = PyGenerator(rt: rt, frame: frame, code: code, body: body)
    orphan.started = true
    rt.pendingFinalizers.append(orphan)
  }

  /// Called by a `yield` when the body resumes: raises what `throw` sent in, else returns the
  /// value `send` passed (None for `next`).
  func resumed(at loc: SourceLocation) throws -> Value {
    if let e = thrown {
      thrown = nil
      throw e.at(loc)
    }
    return sent
  }

  /// How the paused body was resumed: with a value `send` passed, or an exception to raise
  /// (`throw`, `close`). A `yield from` forwards either to the generator it delegates to.
  enum Resumption {
    case sent(Value)
    case thrown(PyError)
  }

  /// Called by a `yield from` when the body resumes: what `send` or `throw` handed in.
  func takeResumption() -> Resumption {
    if let e = thrown {
      thrown = nil
      return .thrown(e)
    }
    return .sent(sent)
  }

  /// Resumes the body with `value` as the result of the paused `yield`; nil once it finished.
  func send(_ value: Value) throws -> Value? {
    guard let body else { return nil }
    if !started, thrown == nil, value.isNotNone {
      throw PyError.make(.typeError, "can't send non-None value to a just-started generator")
    }
    if running { throw PyError.make(.valueError, "generator already executing") }
    started = true
    sent = value
    running = true
    rt.callDepth += 1
    defer {
      running = false
      rt.callDepth -= 1
    }
    do {
      if rt.callDepth > Runtime.recursionLimit {
        throw PyError.make(.recursionError, "maximum recursion depth exceeded")
      }
      switch try body(frame, self) {
      case .yielded(let v): return v
      case .finished(let completion):
        self.body = nil
        if case .returned(let v) = completion { returnValue = v }
        return nil
      }
    } catch var e as PyError {
      self.body = nil
      if rt.exceptionObject(e).type.isSubtype(of: rt.exceptionType(.stopIteration)) {
        e.payload = .pending(.runtimeError, [.str("generator raised StopIteration")])
      }
      if let loc = e.location { e.trace.append(TraceEntry(function: code.name, location: loc, cell: code.cell)) }
      e.location = nil
      throw e
    }
  }

  /// `gen.throw(exc)`: raises `exc` at the paused `yield`; returns the next yielded value.
  func throwIn(_ exception: PyObject) throws -> Value {
    if let v = try raise(PyError.object(exception)) { return v }
    throw PyError(payload: .pending(.stopIteration, stopArguments))
  }

  /// Raises `error` at the paused `yield`: the next yielded value, or nil when the body then
  /// returned. A generator not yet started (or finished) raises it at once.
  func raise(_ error: PyError) throws -> Value? {
    guard body != nil, started else {
      body = nil
      throw error
    }
    thrown = error
    return try send(.none)
  }

  /// `gen.close()`: raises GeneratorExit at the paused `yield` so `finally` blocks run.
  func close() throws {
    guard body != nil else { return }
    guard started else {
      body = nil
      return
    }
    thrown = PyError.make(.generatorExit, "")
    do {
      if try send(.none) != nil {
        body = nil
        throw PyError.make(.runtimeError, "generator ignored GeneratorExit")
      }
    } catch let e as PyError {
      let type = rt.exceptionObject(e).type
      if type.isSubtype(of: rt.exceptionType(.generatorExit)) { return }
      throw e
    }
  }

  /// Whether `error` is the `GeneratorExit` that `close` raises.
  func isGeneratorExit(_ error: PyError) -> Bool {
    rt.exceptionObject(error).type.isSubtype(of: rt.exceptionType(.generatorExit))
  }

  /// The arguments of the `StopIteration` that reports the return value.
  var stopArguments: [Value] { returnValue.isNotNone ? [returnValue] : [] }
}

extension Value {
  var isNotNone: Bool {
    if case .none = self { return false }
    return true
  }
}

extension Runtime {
  /// Closes the generators abandoned while paused (see `PyGenerator.deinit`), running their
  /// `finally` blocks; what they raise is dropped, as CPython only reports it on stderr.
  func runFinalizers() {
    while !pendingFinalizers.isEmpty {
      let orphans = pendingFinalizers
      pendingFinalizers = []
      for g in orphans { try? g.close() }
    }
  }

  static let generatorObjectMethods: Set<String> = ["send", "throw", "close"]

  /// Methods of generator objects: `send`, `throw`, `close`.
  func generatorMethod(_ g: PyGenerator, _ name: String, _ a: Arguments) throws -> Value? {
    switch name {
    case "send":
      let v = try a.exactly(1, "send")[0]
      if let x = try g.send(v) { return x }
      throw PyError(payload: .pending(.stopIteration, g.stopArguments))
    case "throw":
      let v = try a.exactly(1, "throw")[0]
      return try g.throwIn(try exceptionToRaise(v))
    case "close":
      _ = try a.exactly(0, "close")
      try g.close()
      return Value.none
    default: return nil
    }
  }
}
