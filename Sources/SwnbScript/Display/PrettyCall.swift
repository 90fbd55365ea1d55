/// IPython's `CallExpression` display (`Counter({...})`, `deque([...], maxlen=3)`), used by the
/// classes of the scripted standard modules through a `_swnb_pretty` method returning
/// `(name, args, kwargs)`, as IPython's `_counter_pprint`, `_deque_pprint`... build them.
extension Runtime {
  static let prettyCallHook = "_swnb_pretty"

  func prettyCall(_ v: Value, _ cycle: Bool, _ p: PrettyPrinter, _ stack: inout [ObjectIdentifier]) throws {
    guard case .tuple(let parts) = try callMethod(v, Runtime.prettyCallHook, Arguments([])), parts.count == 3,
      case .str(let name) = parts[0], case .tuple(let args) = parts[1], case .dict(let kwargs) = parts[2]
    else { return p.text(try repr(v)) }
    let prefix = name + "("
    p.beginGroup(prefix.count, prefix)
    defer { p.endGroup(prefix.count, ")") }
    if cycle { return p.text("...") }
    var started = false
    func separate() {
      if started {
        p.text(",")
        p.breakable()
      }
      started = true
    }
    for arg in args {
      separate()
      try pretty(arg, p, &stack)
    }
    for (key, arg) in kwargs.items {
      separate()
      let argPrefix = (try str(key)) + "="
      p.beginGroup(argPrefix.count, argPrefix)
      try pretty(arg, p, &stack)
      p.endGroup(argPrefix.count)
    }
  }
}
