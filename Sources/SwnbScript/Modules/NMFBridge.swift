import SwnbArray
import SwnbLinalg
import SwnbNMF
import SwnbRandom

/// Shared plumbing of the `nmf` and `sklearn.decomposition` modules: matrices in and out,
/// engine errors as Python exceptions, engine warnings in the cell's printed text.
extension Runtime {
  /// A 2-D array argument as a `Matrix`, with scikit-learn's `check_array` message otherwise.
  func nmfMatrix(_ v: Value) throws -> Matrix {
    let a = try toArray(v)
    guard a.ndim == 2 else {
      if a.ndim == 0 || a.ndim == 1 {
        let kind = a.ndim == 0 ? "scalar" : "1D"
        throw PyError.make(
          .valueError,
          "Expected 2D array, got \(kind) array instead:\narray=\(try str(.array(a))).\n"
            + "Reshape your data either using array.reshape(-1, 1) if your data has a single "
            + "feature or array.reshape(1, -1) if it contains a single sample.")
      }
      throw PyError.make(.valueError, "Found array with dim \(a.ndim). None expected <= 2.")
    }
    if a.dtype.isUnicode {
      throw PyError.make(
        .valueError, "dtype='numeric' is not compatible with arrays of bytes/strings.")
    }
    return try engine { try a.matrix() }
  }

  /// A `Matrix` as a float64 ndarray.
  func nmfArray(_ m: Matrix) -> Value { .array(NDArray(matrix: m)) }

  /// Runs an NMF engine call; `NMFError`s become scikit-learn's exception classes.
  func nmfCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as NMFError {
      throw pyError(e)
    } catch {
      throw bridgeError(error)
    }
  }

  /// An engine error as the Python exception scikit-learn raises.
  func pyError(_ e: NMFError) -> PyError {
    switch e.kind {
    case .valueError: return PyError.make(.valueError, e.message)
    case .typeError: return PyError.make(.typeError, e.message)
    case .invalidParameterError:
      return sklearnError(
        "InvalidParameterError", module: "sklearn.utils._param_validation", e.message)
    case .notFittedError:
      return sklearnError("NotFittedError", module: "sklearn.exceptions", e.message)
    }
  }

  /// An exception of a scikit-learn class deriving from ValueError.
  func sklearnError(_ name: String, module: String, _ message: String) -> PyError {
    let key = module + "." + name
    let type: PyType
    if let t = types[key] {
      type = t
    } else {
      type = PyType(name: name, bases: [exceptionType(.valueError)], module: module)
      types[key] = type
    }
    return PyError.object(newException(type, args: [.str(message)]))
  }

  /// Shows each warning once per cell. `detailed` (the `nmf` module) adds the engine's sentence
  /// beyond scikit-learn's text (error reached, tol) and attributes the warning to the calling
  /// line, as IPython shows a warning raised in a cell. scikit-learn's own warnings name its
  /// installed source file, which cannot be known here: they print as `Category: message`.
  func warn(_ warnings: [NMFWarning], detailed: Bool) {
    for w in warnings {
      if detailed {
        showWarning(category: w.category, message: w.message + (w.detail.map { " " + $0 } ?? ""))
        continue
      }
      let text = "\(w.category): \(w.message)"
      guard !warningsShown.contains(text) else { continue }
      warningsShown.insert(text)
      write(text + "\n")
    }
  }

  /// `random_state=`-style arguments: None (nil), an int seed, or a `RandomState` object
  /// (returned as the stream to draw from).
  func nmfRandomState(_ v: Value) throws -> (seed: UInt32?, stream: RandomState?) {
    switch v {
    case .none: return (nil, nil)
    case .native(let n):
      if case .randomState(let r) = n.payload { return (nil, r) }
    default:
      if case .bool = v {
      } else if let i = intValue(v) {
        return (try nmfCall { try NMFParameters.randomState(i) }, nil)
      }
    }
    throw sklearnError(
      "InvalidParameterError", module: "sklearn.utils._param_validation",
      "The 'random_state' parameter of NMF must be an int in the range [0, 4294967295], an instance of 'numpy.random.mtrand.RandomState' or None. Got \(try repr(v)) instead."
    )
  }
}
