import Foundation
import SwnbArray

/// The operations warnings are attributed to: each compiled operation that can warn (a call,
/// or the slow path of an operator) registers its cell and line once, and records its site
/// number before it runs, so a warning knows its line without the interpreter tracking lines.
final class WarningSites {
  private var sites: [(cell: CellInfo?, line: Int)] = [(nil, 0)]
  /// The site of the operation running now: a plain store, cheap on the operation's path.
  let current: UnsafeMutablePointer<Int>

  init() {
    current = .allocate(capacity: 1)
    current.initialize(to: 0)
  }

  deinit { current.deallocate() }

  func register(_ cell: CellInfo?, _ line: Int) -> WarningSite {
    sites.append((cell, line))
    return WarningSite(current: current, id: sites.count - 1)
  }

  /// Warnings already shown from numpy's own modules: their registry is never cleared, so
  /// each shows once per session.
  var shownFromNumpyCode: Set<String> = []

  /// The cell and line of the running operation; nil cell before any site ran.
  var site: (cell: CellInfo?, line: Int) { sites[current.pointee] }
}

/// One registered operation; `enter()` marks it as the one running.
struct WarningSite {
  let current: UnsafeMutablePointer<Int>
  let id: Int
  @inline(__always) func enter() { current.pointee = id }
}

extension Compiler {
  /// Registers the operation at `loc` of the cell being compiled as a warning site.
  func warningSite(_ loc: SourceLocation) -> WarningSite {
    rt.warningSites.register(cell, loc.line)
  }
}

extension Runtime {
  /// Shows a warning raised by the running operation as IPython 8 shows one raised in a cell:
  ///
  ///     <ipython-input-3-1f0c2a9d8e7b>:2: RuntimeWarning: divide by zero encountered in divide
  ///       r = 1.0 / a
  ///
  /// (the cell's name, the line as IPython numbers it, then the source line stripped). Python's
  /// default filter shows each (message, category, line) once per cell run: IPython clears
  /// the registry before each cell. The text joins the cell's printed output, as stderr does
  /// in Jupyter's output area.
  ///
  /// A warning raised inside numpy's own Python code (`fromNumpyCode`: the floating-point
  /// warnings of reductions, which run in `numpy/_core/_methods.py`) names numpy's installed
  /// file, unknown here: it shows as `Category: message`, once per session.
  ///
  /// The `warnings` filters apply first: an ignored warning shows nothing, one recorded by
  /// `catch_warnings(record=True)` joins its list, and "always" skips the once-only rule.
  func showWarning(category: String, message: String, fromNumpyCode: Bool = false) {
    let type = warningCategory(named: category)
    switch warningDisposition(type, message, module: fromNumpyCode ? "numpy" : "__main__") {
    case .ignore: return
    case .record(let list): list.items.append(warningMessage(newException(type, args: [.str(message)]), type))
    case .raise: displayWarning(category: category, message: message, fromNumpyCode: fromNumpyCode, always: false)
    case .show(let always): displayWarning(category: category, message: message, fromNumpyCode: fromNumpyCode, always: always)
    }
  }

  /// Writes a warning that passed the filters (see `showWarning`).
  func displayWarning(category: String, message: String, fromNumpyCode: Bool, always: Bool) {
    if fromNumpyCode {
      if warningSites.shownFromNumpyCode.insert("\(category): \(message)").inserted {
        write("\(category): \(message)\n")
      }
      return
    }
    let (cell, line) = warningSites.site
    guard let cell else {
      if warningsShown.insert("\(category): \(message)").inserted { write("\(category): \(message)\n") }
      return
    }
    let (name, dropped) = cell.ipythonName
    let ipythonLine = line - dropped
    guard warningsShown.insert("\(message)\u{0}\(category)\u{0}\(ipythonLine)").inserted || always else { return }
    var text = "\(name):\(ipythonLine): \(category): \(message)\n"
    if let source = cell.sourceLine(line)?.trimmingCharacters(in: .whitespacesAndNewlines), !source.isEmpty {
      text += "  \(source)\n"
    }
    write(text)
  }
}

extension Runtime {
  /// Whether `w` is a floating-point error warning (`overflow encountered in reduce`), not a
  /// message numpy words itself (`Mean of empty slice`).
  static func isFloatingPointWarning(_ w: ArrayWarning) -> Bool {
    w.message.contains(" encountered in ")
  }

  /// numpy's warnings for the operator `a op b`, named as numpy names the loop that ran:
  /// between numpy scalars "scalar multiply"; for `array ** 2`, `** -1` and `** 0.5` (Python
  /// numbers) the square, reciprocal and sqrt loops numpy substitutes for power.
  func operatorWarnings(_ warnings: [ArrayWarning], _ op: BinaryOperator, _ a: Value, _ b: Value) -> [ArrayWarning] {
    guard !warnings.isEmpty else { return warnings }
    func isArray(_ v: Value) -> Bool {
      if case .array = v { return true }
      return false
    }
    let rename: (String) -> String
    if !isArray(a) && !isArray(b) {
      rename = { "scalar " + $0 }
    } else if op == .pow, isArray(a) {
      switch b {
      case .int(2): rename = { _ in "square" }
      case .int(-1): rename = { _ in "reciprocal" }
      case .float(0.5): rename = { _ in "sqrt" }
      default: return warnings
      }
    } else {
      return warnings
    }
    return warnings.map { w in
      guard let r = w.message.range(of: " encountered in ", options: .backwards) else { return w }
      var renamed = w
      renamed.message = w.message[..<r.upperBound] + rename(String(w.message[r.upperBound...]))
      return renamed
    }
  }
}
