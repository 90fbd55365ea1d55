/// A class: built-in (`int`, `ValueError`) or defined by a script.
final class PyType {
  let name: String
  let bases: [PyType]
  var attributes: [String: Value]
  /// Built-in types construct through this (e.g. `int("3")`); nil for user classes.
  var constructor: BuiltinFunction?
  /// The module shown in `<class 'module.Name'>`; nil for builtins.
  var module: String?
  init(name: String, bases: [PyType], attributes: [String: Value] = [:], module: String? = nil) {
    self.name = name
    self.bases = bases
    self.attributes = attributes
    self.module = module
    var order: [PyType] = []
    for base in bases {
      for t in base.lineage where !order.contains(where: { $0 === t }) { order.append(t) }
    }
    self.mroStorage = order
  }
  private var mroStorage: [PyType]

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
