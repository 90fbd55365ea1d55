import SwnbArray
import SwnbLinalg
import SwnbNMF
import SwnbRandom

/// `sklearn`, `sklearn.exceptions` and `sklearn.decomposition`: the `NMF` estimator over the engine's `SklearnNMF`.
///
/// Parameters live as instance attributes (read at `fit`, as scikit-learn does), so
/// `model.max_iter = 50` before `fit` works and `repr(model)` shows the changed ones.
extension Runtime {
  /// `NMF.__init__`'s parameters and defaults in scikit-learn's signature order.
  static var sklearnNMFDefaults: [(name: String, value: Value)] {
    [
      ("n_components", .str("auto")), ("init", .none), ("solver", .str("cd")),
      ("beta_loss", .str("frobenius")), ("tol", .float(1e-4)), ("max_iter", .int(200)),
      ("random_state", .none), ("alpha_W", .float(0)), ("alpha_H", .str("same")),
      ("l1_ratio", .float(0)), ("verbose", .int(0)), ("shuffle", .bool(false)),
    ]
  }

  /// pprint's default width, which scikit-learn's estimator printer keeps.
  static let estimatorReprWidth = 80

  func makeSklearnModule() throws -> PyModule {
    guard case .module(let decomposition) = try importModule("sklearn.decomposition") else {
      throw PyError.make(.moduleNotFoundError, "No module named 'sklearn.decomposition'")
    }
    guard case .module(let exceptions) = try importModule("sklearn.exceptions") else {
      throw PyError.make(.moduleNotFoundError, "No module named 'sklearn.exceptions'")
    }
    return PyModule(
      name: "sklearn",
      attributes: [
        "decomposition": .module(decomposition), "exceptions": .module(exceptions),
        "__version__": .str("1.9.1"),
      ])
  }

  /// `sklearn.exceptions`: `ConvergenceWarning` (a `UserWarning`, as in scikit-learn), the
  /// class NMF's iteration-budget warnings belong to; kept in `types` under its dotted name.
  func makeSklearnExceptionsModule() -> PyModule {
    let key = "sklearn.exceptions.ConvergenceWarning"
    let t = types[key] ?? PyType(
      name: "ConvergenceWarning", bases: [exceptionType(.userWarning)], module: "sklearn.exceptions")
    types[key] = t
    return PyModule(name: "sklearn.exceptions", attributes: ["ConvergenceWarning": .type(t)])
  }

  func makeSklearnDecompositionModule() -> PyModule {
    let fitted = FittedModels()
    let t = PyType(name: "NMF", bases: [objectType], module: "sklearn.decomposition._nmf")
    func method(_ name: String, _ body: @escaping (PyObject, inout Arguments) throws -> Value) {
      t.attributes[name] = .builtin(
        BuiltinFunction(name, isMethod: true) { args in
          guard case .object(let o)? = args.positional.first, o.type.isSubtype(of: t) else {
            throw PyError.make(.typeError, "NMF.\(name)() needs an NMF instance")
          }
          args.positional.removeFirst()
          return try body(o, &args)
        })
    }
    method("__init__") { o, a in
      if a.positional.count > 1 {
        throw PyError.make(
          .typeError,
          "NMF.__init__() takes from 1 to 2 positional arguments but \(a.positional.count + 1) were given"
        )
      }
      let v = try a.bind("NMF.__init__", Runtime.sklearnNMFDefaults.map(\.name))
      for (i, p) in Runtime.sklearnNMFDefaults.enumerated() {
        o.attributes[p.name] = v[i] ?? p.value
      }
      return .none
    }
    method("__repr__") { [unowned self] o, _ in .str(try self.sklearnNMFRepr(o)) }
    method("get_params") { o, a in
      _ = try a.bind("get_params", ["deep"])
      let d = PyDict()
      for p in Runtime.sklearnNMFDefaults.sorted(by: { $0.name < $1.name }) {
        try d.set(.str(p.name), o.attributes[p.name] ?? p.value)
      }
      return .dict(d)
    }
    method("fit_transform") { [unowned self] o, a in
      let v = try a.bind("fit_transform", ["X", "y", "W", "H"], required: 1)
      return try self.sklearnFit(o, v[0] ?? .none, w: v[2], h: v[3], fitted)
    }
    method("fit") { [unowned self] o, a in
      let v = try a.bind("fit", ["X", "y"], required: 1)
      _ = try self.sklearnFit(o, v[0] ?? .none, w: nil, h: nil, fitted)
      return .object(o)
    }
    method("transform") { [unowned self] o, a in
      let v = try a.bind("transform", ["X"], required: 1)
      let model = try self.nmfCall { try fitted.model(o) }
      let x = try self.nmfMatrix(v[0] ?? .none)
      let stream = try self.nmfRandomState(o.attributes["random_state"] ?? .none)
      let r = try self.nmfCall {
        try model.transformWithWarnings(x, globalRandomState: stream.stream ?? self.randomState)
      }
      self.warn(r.warnings, detailed: false)
      return self.nmfArray(r.w)
    }
    method("inverse_transform") { [unowned self] o, a in
      let v = try a.bind("inverse_transform", ["X"], required: 1)
      let model = try self.nmfCall { try fitted.model(o) }
      let w = try self.nmfMatrix(v[0] ?? .none)
      return self.nmfArray(try self.nmfCall { try model.inverseTransform(w) })
    }
    return PyModule(name: "sklearn.decomposition", attributes: ["NMF": .type(t)])
  }

  /// Reads the parameters, fits, stores the model and the fitted attributes; returns W.
  private func sklearnFit(
    _ o: PyObject, _ xValue: Value, w: Value?, h: Value?, _ fitted: FittedModels
  ) throws -> Value {
    func param(_ name: String) -> Value {
      o.attributes[name] ?? Runtime.sklearnNMFDefaults.first { $0.name == name }?.value ?? .none
    }
    var model = SklearnNMF()
    model.nComponents = try nmfComponents(param("n_components"))
    let (method, custom) = try nmfInit(param("init"))
    model.solver = try nmfSolver(param("solver"), sklearnOnly: true)
    model.betaLoss = try nmfBetaLoss(param("beta_loss"))
    model.tol = try nmfReal("tol", param("tol"))
    model.maxIter = try nmfInt(
      "max_iter", param("max_iter"), lower: 1, rule: "an int in the range [1, inf)")
    let random = try nmfRandomState(param("random_state"))
    model.randomState = random.seed
    model.alphaW = try nmfReal("alpha_W", param("alpha_W"))
    model.alphaH = try nmfAlphaH(param("alpha_H"))
    model.l1Ratio = try nmfReal("l1_ratio", param("l1_ratio"), upper: 1)
    model.shuffle = try nmfBool("shuffle", param("shuffle"))
    let x = try nmfMatrix(xValue)
    let w0 = try nmfOptionalMatrix(w)
    let h0 = try nmfOptionalMatrix(h)
    if custom {
      guard let w0, let h0 else { throw pyError(NMFParameters.missingCustomStart) }
      model.initialization = .custom(w: w0, h: h0)
    } else if let method {
      model.initialization = method
    }
    let stream = random.stream ?? (random.seed == nil ? randomState : nil)
    let wOut = try nmfCall { try model.fitTransform(x, w: w0, h: h0, globalRandomState: stream) }
    warn(model.warnings, detailed: false)
    fitted.store(model, for: o)
    if let hOut = model.components { o.attributes["components_"] = nmfArray(hOut) }
    o.attributes["n_components_"] = .int(model.nComponentsFitted ?? 0)
    o.attributes["n_features_in_"] = .int(x.cols)
    o.attributes["n_iter_"] = .int(model.nIter ?? 0)
    o.attributes["reconstruction_err_"] = .npScalar(
      NDArray.scalar(.float(model.reconstructionErr ?? .nan), dtype: .float64))
    return nmfArray(wOut)
  }

  /// scikit-learn's estimator repr: the parameters whose repr differs from the default's, in
  /// name order, on one line when it fits in 80 columns, else filled as pprint's compact mode
  /// does, continuation lines indented past the class name's parenthesis.
  func sklearnNMFRepr(_ o: PyObject) throws -> String {
    var items: [String] = []
    for p in Runtime.sklearnNMFDefaults.sorted(by: { $0.name < $1.name }) {
      let value = o.attributes[p.name] ?? p.value
      let text = try repr(value)
      if text != (try repr(p.value)) { items.append("\(p.name)=\(text)") }
    }
    let name = o.type.name
    let oneLine = name + "(" + items.joined(separator: ", ") + ")"
    if oneLine.count <= Runtime.estimatorReprWidth { return oneLine }
    let indent = name.count + 1
    var maxWidth = Runtime.estimatorReprWidth - indent + 1
    var width = maxWidth
    var out = name + "("
    var delimiter = ""
    for (i, item) in items.enumerated() {
      if i == items.count - 1 {
        maxWidth -= 1
        width -= 1
      }
      let needed = item.count + 2
      if width < needed {
        width = maxWidth
        if !delimiter.isEmpty { delimiter = ",\n" + String(repeating: " ", count: indent) }
      }
      width -= needed
      out += delimiter + item
      delimiter = ", "
    }
    return out + ")"
  }
}

/// Fitted `SklearnNMF` models by instance (weakly held: a collected instance drops its model).
final class FittedModels {
  private struct Entry {
    weak var owner: PyObject?
    var model: SklearnNMF
  }
  private var entries: [ObjectIdentifier: Entry] = [:]

  func store(_ model: SklearnNMF, for owner: PyObject) {
    entries = entries.filter { $0.value.owner != nil }
    entries[ObjectIdentifier(owner)] = Entry(owner: owner, model: model)
  }

  /// The model fitted on `owner`, or scikit-learn's NotFittedError.
  func model(_ owner: PyObject) throws -> SklearnNMF {
    if let e = entries[ObjectIdentifier(owner)], e.owner === owner { return e.model }
    throw NMFError(
      .notFittedError,
      "This NMF instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
    )
  }
}
