import Foundation
import SwnbArray
import SwnbPrinting

/// `np.savez` and `.npz` archives opened by `np.load` (numpy's `NpzFile`).
extension Runtime {
  func installArchiveFunctions(_ attrs: inout [String: Value]) {
    for name in ["savez", "savez_compressed"] {
      attrs[name] = .builtin(BuiltinFunction(name) { [unowned self] a in
        guard let first = a.positional.first ?? a.keyword("file") else {
          throw PyError.make(.typeError, "\(name)() missing 1 required positional argument: 'file'")
        }
        var file = try self.pathArgument(first)
        if !file.hasSuffix(".npz") { file += ".npz" }
        var members: [(name: String, data: Data)] = []
        var seen = Set<String>()
        let arrays = a.positional.dropFirst().enumerated().map { ("arr_\($0.offset)", $0.element) }
        // numpy names keyword arrays first, then arr_0, arr_1... for the positional ones.
        for (key, value) in a.keywords.filter({ $0.name != "file" }).map({ ($0.name, $0.value) }) + arrays {
          guard seen.insert(key).inserted else {
            throw PyError.make(.valueError, "Cannot use un-named variables and keyword \(key)")
          }
          let arr = try self.toArray(value)
          members.append((key + ".npy", try self.engine { try NpyFormat.encode(arr) }))
        }
        try self.writeFile(file, ZipArchive.write(members))
        return .none
      })
    }
  }

  /// The `NpzFile` for a ZIP archive's bytes: `z['a']`, `z.files`, `z.f.a`, `with`, `keys()`.
  func npzFile(_ data: Data, name: String, allowPickle: Bool) throws -> Value {
    let type = npzType()
    var arrays: [String: Value] = [:]
    var files: [String] = []
    for member in try ZipArchive.read(data) {
      let key = member.name.hasSuffix(".npy") ? String(member.name.dropLast(4)) : member.name
      files.append(key)
      arrays[key] = .array(try engine { try NpyFormat.decode(member.data, allowPickle: allowPickle) })
    }
    let o = PyObject(type: type)
    o.attributes["files"] = .list(PyList(files.map { .str($0) }))
    o.attributes["f"] = .module(PyModule(name: "BagObj", attributes: arrays))
    o.attributes["fid"] = .str(name)
    return .object(o)
  }

  private func npzType() -> PyType {
    if let t = types["numpy.lib.npyio.NpzFile"] { return t }
    let t = PyType(name: "NpzFile", bases: [], module: "numpy.lib.npyio")
    types["numpy.lib.npyio.NpzFile"] = t
    func method(_ name: String, _ body: @escaping (PyObject, [String], [String: Value], inout Arguments) throws -> Value) {
      t.attributes[name] = .builtin(BuiltinFunction(name, isMethod: true) { a in
        guard case .object(let o) = a.positional.removeFirst(), case .list(let files)? = o.attributes["files"],
          case .module(let bag)? = o.attributes["f"]
        else { throw PyError.make(.typeError, "descriptor '\(name)' requires a 'NpzFile' object") }
        let names = files.items.compactMap { v -> String? in if case .str(let s) = v { return s } else { return nil } }
        return try body(o, names, bag.attributes, &a)
      })
    }
    method("__getitem__") { _, _, arrays, a in
      let key = try a.exactly(1, "__getitem__")[0]
      guard case .str(let k) = key, let v = arrays[k] ?? arrays[k.hasSuffix(".npy") ? String(k.dropLast(4)) : k] else {
        throw PyError.make(.keyError, "\(try self.str(key)) is not a file in the archive")
      }
      return v
    }
    method("__contains__") { _, names, _, a in
      guard case .str(let k) = try a.exactly(1, "__contains__")[0] else { return .bool(false) }
      return .bool(names.contains(k))
    }
    method("__len__") { _, names, _, _ in .int(names.count) }
    method("__iter__") { [unowned self] _, names, _, _ in .iterator(self.listIterator(names.map { .str($0) })) }
    method("keys") { _, names, _, _ in .list(PyList(names.map { .str($0) })) }
    method("values") { _, names, arrays, _ in .list(PyList(names.compactMap { arrays[$0] })) }
    method("items") { _, names, arrays, _ in .list(PyList(names.compactMap { n in arrays[n].map { .tuple([.str(n), $0]) } })) }
    method("__enter__") { o, _, _, _ in .object(o) }
    method("__exit__") { _, _, _, _ in .bool(false) }
    method("close") { _, _, _, _ in .none }
    method("__repr__") { o, names, _, _ in
      var name = ""
      if case .str(let s)? = o.attributes["fid"] { name = s }
      return .str("NpzFile \(PythonString.repr(name)) with keys: \(names.prefix(5).joined(separator: ", "))\(names.count > 5 ? "..." : "")")
    }
    return t
  }
}
