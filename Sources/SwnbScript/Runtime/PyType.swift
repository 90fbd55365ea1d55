/// A class: built-in (`int`, `ValueError`) or defined by a script.
final class PyType {
  let name: String
  let bases: [PyType]
  var attributes: [String: Value]
  /// Built-in types construct through this (e.g. `int("3")`); nil for user classes.
  var constructor: BuiltinFunction?
  /// The module shown in `<class 'module.Name'>`; nil for builtins.
  var module: String?
  /// The session of a script class, which dict keys call back into for the class's own
  /// `__hash__` and `__eq__`; nil for built-in classes.
  weak var runtime: Runtime?
  init(name: String, bases: [PyType], attributes: [String: Value] = [:], module: String? = nil) {
    self.name = name
    self.bases = bases
    self.attributes = attributes
    self.module = module
    self.mroStorage = PyType.linearize(bases)
  }
  private var mroStorage: [PyType]

  /// The ancestors in C3 order (Python's method resolution order); bases that admit no
  /// consistent order fall back to depth-first order without repeats.
  private static func linearize(_ bases: [PyType]) -> [PyType] {
    var sequences = bases.map(\.lineage) + [bases]
    var order: [PyType] = []
    while true {
      sequences.removeAll { $0.isEmpty }
      guard !sequences.isEmpty else { return order }
      let head = sequences.lazy.map { $0[0] }.first { candidate in
        !sequences.contains { seq in seq.dropFirst().contains { $0 === candidate } }
      }
      guard let head else { break }
      order.append(head)
      for i in sequences.indices where sequences[i][0] === head { sequences[i].removeFirst() }
    }
    var fallback: [PyType] = []
    for base in bases {
      for t in base.lineage where !fallback.contains(where: { $0 === t }) { fallback.append(t) }
    }
    return fallback
  }

  /// The type followed by its ancestors.
  var lineage: [PyType] { [self] + mroStorage }

  func isSubtype(of other: PyType) -> Bool {
    self === other || mroStorage.contains { $0 === other }
  }

  /// Looks an attribute up along the method resolution order.
  func lookup(_ name: String) -> Value? {
    for t in lineage { if let v = t.attributes[name] { return v } }
    return nil
  }

  var qualifiedName: String { module.map { "\($0).\(name)" } ?? name }
}
