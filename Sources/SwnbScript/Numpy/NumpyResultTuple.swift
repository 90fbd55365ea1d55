/// numpy.linalg's named result tuples (`EigResult`, `QRResult`, `SlogdetResult`): fields by
/// name, indexing, `len`, unpacking and numpy's repr `EigResult(eigenvalues=..., ...)`.
extension Runtime {
  func resultTuple(_ name: String, _ fields: [(String, Value)]) -> Value {
    let type = PyType(name: name, bases: [objectType], module: "numpy.linalg")
    let items = fields.map(\.1)
    type.attributes["__getitem__"] = .builtin(BuiltinFunction("__getitem__", isMethod: true) { [unowned self] a in
      guard a.positional.count == 2 else { throw PyError.make(.typeError, "__getitem__ expected 1 argument") }
      let i = try self.requireInt(a.positional[1], "tuple")
      let k = i < 0 ? i + items.count : i
      guard k >= 0 && k < items.count else { throw PyError.make(.indexError, "tuple index out of range") }
      return items[k]
    })
    type.attributes["__len__"] = .builtin(BuiltinFunction("__len__", isMethod: true) { _ in .int(items.count) })
    type.attributes["__iter__"] = .builtin(BuiltinFunction("__iter__", isMethod: true) { _ in
      var i = 0
      return .iterator(PyIterator {
        guard i < items.count else { return nil }
        i += 1
        return items[i - 1]
      })
    })
    type.attributes["__repr__"] = .builtin(BuiltinFunction("__repr__", isMethod: true) { [unowned self] _ in
      .str("\(name)(" + (try fields.map { "\($0.0)=\(try self.repr($0.1))" }.joined(separator: ", ")) + ")")
    })
    let o = PyObject(type: type)
    for (field, value) in fields { o.attributes[field] = value }
    return .object(o)
  }
}
