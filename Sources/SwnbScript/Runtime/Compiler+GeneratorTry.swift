/// `try` statements that contain `yield`, compiled into resumable form.
extension Compiler {
  /// One compiled `except` clause of a resumable `try`.
  private struct ResumableHandler {
    let type: Eval?
    let store: Store?
    let delete: ((Frame) throws -> Void)?
    let start: ResumableStart
  }

  /// Where a resumable `try` is: which clause runs, and what `finally` must finish with.
  private enum TryPhase {
    case body
    case handler(Int, PyObject)
    case orElse
    case final(Result<Completion, any Error>)
  }

  func compileResumableTry(
    _ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ final: [Stmt]
  ) throws -> ResumableStart {
    let bodyStart = try compileResumableBlock(body)
    let elseStart = try compileResumableBlock(orElse)
    let finalStart = final.isEmpty ? nil : try compileResumableBlock(final)
    let compiled = try handlers.map { h in
      let nameTarget = h.name.map { Expr(kind: .name($0), start: h.start, end: h.start) }
      return ResumableHandler(
        type: try h.type.map { try compileExpr($0) },
        store: try nameTarget.map { try compileStore($0) },
        delete: try nameTarget.map { try compileDeleteTarget($0) },
        start: try compileResumableBlock(h.body))
    }
    let rt = self.rt
    return {
      var phase = TryPhase.body
      var run: Resume?
      /// Ends a clause: through `finally` when there is one, else straight out.
      func leave(_ outcome: Result<Completion, any Error>) throws -> GeneratorStep? {
        guard finalStart != nil else { return .finished(try outcome.get()) }
        phase = .final(outcome)
        run = nil
        return nil
      }
      /// The clause that handles `error` raised by the body, or nil to unwind.
      func handler(for error: PyError, _ f: Frame) throws -> (Int, PyObject)? {
        if case .pending(.timeoutError, _) = error.payload, rt.deadlinePassed { return nil }
        let exc = rt.exceptionObject(error)
        for (i, h) in compiled.enumerated() {
          if let type = h.type, !(try rt.exceptionMatches(exc, try type(f))) { continue }
          try h.store?(f, .object(exc))
          return (i, exc)
        }
        return nil
      }
      return { f, g in
        while true {
          switch phase {
          case .body:
            let r = run ?? bodyStart()
            run = r
            do {
              switch try r(f, g) {
              case .yielded(let v): return .yielded(v)
              case .finished(.normal):
                phase = .orElse
                run = nil
              case .finished(let c): if let step = try leave(.success(c)) { return step }
              }
            } catch let error as PyError where !compiled.isEmpty {
              let found: (Int, PyObject)?
              do { found = try handler(for: error, f) } catch {
                if let step = try leave(.failure(error)) { return step }
                continue
              }
              if let (i, exc) = found {
                phase = .handler(i, exc)
                run = nil
              } else {
                var e = error
                e.payload = .object(rt.exceptionObject(error))
                if let step = try leave(.failure(e)) { return step }
              }
            } catch {
              if let step = try leave(.failure(error)) { return step }
            }
          case .handler(let i, let exc):
            let r = run ?? compiled[i].start()
            run = r
            rt.handling.append(exc)
            let outcome: Result<GeneratorStep, any Error> = Result { try r(f, g) }
            rt.handling.removeLast()
            if case .success(.yielded(let v)) = outcome { return .yielded(v) }
            if let delete = compiled[i].delete { try? delete(f) }
            let ended = outcome.map { step -> Completion in
              if case .finished(let c) = step { return c }
              return .normal
            }
            if let step = try leave(ended) { return step }
          case .orElse:
            let r = run ?? elseStart()
            run = r
            let outcome: Result<GeneratorStep, any Error> = Result { try r(f, g) }
            if case .success(.yielded(let v)) = outcome { return .yielded(v) }
            let ended = outcome.map { step -> Completion in
              if case .finished(let c) = step { return c }
              return .normal
            }
            if let step = try leave(ended) { return step }
          case .final(let pending):
            guard let finalStart else { return .finished(try pending.get()) }
            let r = run ?? finalStart()
            run = r
            switch try r(f, g) {
            case .yielded(let v): return .yielded(v)
            case .finished(.normal): return .finished(try pending.get())
            case .finished(let c): return .finished(c)
            }
          }
        }
      }
    }
  }
}
