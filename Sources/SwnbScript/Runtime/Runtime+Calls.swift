/// Calling functions, types, builtins and methods.
extension Runtime {
  func call(_ callee: Value, _ args: Arguments) throws -> Value {
    switch callee {
    case .function(let fn): return try callFunction(fn, args)
    case .builtin(let b):
      var a = args
      return try b.body(&a)
    case .boundMethod(let m):
      if let fn = m.function {
        var a = args
        a.positional.insert(m.receiver, at: 0)
        return try callFunction(fn, a)
      }
      return try callMethod(m.receiver, m.name, args)
    case .type(let t): return try instantiate(t, args)
    case .object(let o):
      if let f = o.type.lookup("__call__") { return try callBound(f, callee, args) }
      throw PyError.make(.typeError, "'\(o.type.name)' object is not callable")
    default:
      if let result = try callExtension(callee, args) { return result }
      throw PyError.make(.typeError, "'\(typeName(callee))' object is not callable")
    }
  }

  func callBound(_ f: Value, _ receiver: Value, _ args: Arguments) throws -> Value {
    if case .function(let fn) = f {
      var a = args
      a.positional.insert(receiver, at: 0)
      return try callFunction(fn, a)
    }
    if case .builtin(let b) = f, b.isMethod {
      var a = args
      a.positional.insert(receiver, at: 0)
      return try b.body(&a)
    }
    return try call(f, args)
  }

  private func instantiate(_ t: PyType, _ args: Arguments) throws -> Value {
    if let ctor = t.constructor {
      var a = args
      return try ctor.body(&a)
    }
    let o = PyObject(type: t)
    let isException = t.isSubtype(of: baseExceptionType)
    if isException { o.attributes["args"] = .tuple(args.positional) }
    if let initFn = t.lookup("__init__") {
      let r = try callBound(initFn, .object(o), args)
      if case .none = r {} else {
        throw PyError.make(.typeError, "__init__() should return None, not '\(typeName(r))'")
      }
    } else if !isException, !args.positional.isEmpty || !args.keywords.isEmpty {
      throw PyError.make(.typeError, "\(t.name)() takes no arguments")
    }
    return .object(o)
  }

  /// Calls a script function: binds arguments to slots, runs the body, enforces the depth limit.
  func callFunction(_ fn: PyFunction, _ args: Arguments) throws -> Value {
    let frame = Frame.make(slotCount: fn.code.slotCount, parent: fn.closure, function: fn)
    try bindArguments(fn, args, frame)
    return try invoke(fn, frame)
  }

  /// Calls `fn` in a frame from the call site's `cache`; `bind` stores the arguments in the
  /// frame's slots. Errors the call raises are located at `loc`.
  @inline(__always)
  func invokeCached(
    _ fn: PyFunction, _ cache: FrameCache, _ loc: SourceLocation,
    _ bind: (Frame) throws -> Void
  ) throws -> Value {
    let frame = cache.take(for: fn)
    do { try bind(frame) } catch {
      cache.give(consume frame, after: fn)
      throw error
    }
    let result: Value
    do { result = try invoke(fn, frame) } catch {
      cache.give(consume frame, after: fn)
      throw located(error, loc)
    }
    cache.give(consume frame, after: fn)
    return result
  }

  /// Runs a function whose frame already holds its arguments.
  func invoke(_ fn: PyFunction, _ frame: Frame) throws -> Value {
    let code = fn.code
    callDepth += 1
    defer { callDepth -= 1 }
    if callDepth > Runtime.recursionLimit {
      throw PyError.make(.recursionError, "maximum recursion depth exceeded")
    }
    try checkDeadline()
    if code.isGenerator { frame.yielded = [] }
    do {
      let result = try code.body(frame)
      if code.isGenerator { return .iterator(listIterator(frame.yielded ?? [])) }
      return result
    } catch var e as PyError {
      if let loc = e.location { e.trace.append(TraceEntry(function: code.name, location: loc, cell: code.cell)) }
      e.location = nil
      throw e
    }
  }

  private func bindArguments(_ fn: PyFunction, _ args: Arguments, _ frame: Frame) throws {
    let p = fn.code.parameters
    if args.keywords.isEmpty, p.varArgs == nil, p.varKeywords == nil, p.keywordOnly.isEmpty,
      args.positional.count == p.positional.count
    {
      for (i, v) in args.positional.enumerated() { frame.slots[i] = v }
      return
    }
    let name = fn.code.name
    let nPos = p.positional.count
    let given = args.positional
    if given.count > nPos && p.varArgs == nil {
      let takes = p.positional.filter { $0.defaultValue == nil }.count
      let range = takes == nPos ? "\(nPos)" : "from \(takes) to \(nPos)"
      let word = nPos == 1 && takes == nPos ? "argument" : "arguments"
      throw PyError.make(
        .typeError,
        "\(name)() takes \(range) positional \(word) but \(given.count) \(given.count == 1 ? "was" : "were") given")
    }
    for i in 0..<min(nPos, given.count) { frame.slots[i] = given[i] }
    var slot = nPos
    if p.varArgs != nil {
      frame.slots[slot] = .tuple(given.count > nPos ? Array(given[nPos...]) : [])
      slot += 1
    }
    let kwStart = slot
    var extra: PyDict?
    if p.varKeywords != nil { extra = PyDict() }
    for (k, v) in args.keywords {
      if let i = p.positional.firstIndex(where: { $0.name == k }) {
        if frame.slots[i] != nil {
          throw PyError.make(.typeError, "\(name)() got multiple values for argument '\(k)'")
        }
        frame.slots[i] = v
      } else if let i = p.keywordOnly.firstIndex(where: { $0.name == k }) {
        frame.slots[kwStart + i] = v
      } else if let extra {
        try extra.set(.str(k), v)
      } else {
        throw PyError.make(.typeError, "\(name)() got an unexpected keyword argument '\(k)'")
      }
    }
    var missing: [String] = []
    let firstDefault = nPos - fn.defaults.count
    for i in 0..<nPos where frame.slots[i] == nil {
      if i >= firstDefault { frame.slots[i] = fn.defaults[i - firstDefault] } else { missing.append(p.positional[i].name) }
    }
    if !missing.isEmpty { throw missingArguments(name, missing, "positional") }
    for (i, kp) in p.keywordOnly.enumerated() where frame.slots[kwStart + i] == nil {
      if let d = fn.keywordDefaults[kp.name] { frame.slots[kwStart + i] = d } else { missing.append(kp.name) }
    }
    if !missing.isEmpty { throw missingArguments(name, missing, "keyword-only") }
    if let extra { frame.slots[kwStart + p.keywordOnly.count] = .dict(extra) }
  }

  private func missingArguments(_ name: String, _ missing: [String], _ kind: String) -> PyError {
    let quoted = missing.map { "'\($0)'" }
    let list: String
    switch quoted.count {
    case 1: list = quoted[0]
    case 2: list = "\(quoted[0]) and \(quoted[1])"
    default: list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
    }
    let noun = missing.count == 1 ? "argument" : "arguments"
    return PyError.make(.typeError, "\(name)() missing \(missing.count) required \(kind) \(noun): \(list)")
  }

  /// `receiver.name(args)` without materialising a bound method for built-in receivers.
  func callMethod(_ receiver: Value, _ name: String, _ args: Arguments) throws -> Value {
    switch receiver {
    case .object(let o):
      if o.type === superType { return try call(try getAttribute(receiver, name), args) }
      if let v = o.attributes[name] { return try call(v, args) }
      if let f = o.type.lookup(name) {
        if let d = try descriptor(f, instance: receiver, owner: o.type) { return try call(d, args) }
        return try callBound(f, receiver, args)
      }
      if name == "__enter__" || name == "__exit__" {
        throw PyError.make(.typeError, "'\(o.type.name)' object does not support the context manager protocol")
      }
      throw PyError.make(.attributeError, "'\(o.type.name)' object has no attribute '\(name)'")
    case .module, .type, .function, .builtin, .boundMethod:
      return try call(try getAttribute(receiver, name), args)
    default:
      var a = args
      return try builtinMethod(receiver, name, &a)
    }
  }
}
