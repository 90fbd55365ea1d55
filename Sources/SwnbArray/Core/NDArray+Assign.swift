import Foundation
import SwnbPrinting

/// Element-wise copying between arrays with broadcasting and numpy's unsafe casting.
extension NDArray {
  /// Writes `source`, broadcast to this array's shape and cast to its dtype, into this view.
  ///
  /// This is numpy's `self[...] = source`: floats truncate into integer arrays, numbers become
  /// text in string arrays, strings parse into numeric arrays. Overlapping source and
  /// destination (views of one buffer) are handled by copying the source first.
  /// - Throws: `ValueError` "could not broadcast input array from shape (2,) into shape (3,)",
  ///   "assignment destination is read-only", or a string parse failure.
  public func assign(_ source: NDArray) throws {
    try checkWritable()
    guard let srcStrides = Shape.broadcastStrides(source.shape, source.strides, to: shape) else {
      throw ArrayError(
        .valueError,
        "could not broadcast input array from shape \(Shape.compactText(source.shape)) "
          + "into shape \(Shape.compactText(shape))")
    }
    var src = source.view(shape: shape, strides: srcStrides)
    if sharesStorage(with: source) && size > 1 { src = try source.copy().broadcastView(to: shape) }
    try copyElements(from: src)
  }

  /// numpy's `a.fill(value)` / `a[...] = value` for a Python value (stored with Python's
  /// rules: see `Storage.store`).
  public func fill(_ value: Scalar) throws {
    try assign(NDArray.pythonScalar(value, dtype: dtype))
  }

  /// A 0-d array of `dtype` holding a Python value stored with numpy's rules for Python
  /// scalars (range-checked integers, `int()` of floats).
  /// - Throws: `OverflowError`/`ValueError` as `Storage.store`.
  public static func pythonScalar(_ value: Scalar, dtype: DType) throws -> NDArray {
    var target = dtype
    if target == .unicode(0) { target = .unicode(max(Cast.toText(value).unicodeScalars.count, 1)) }
    let result = try NDArray(zeros: [], dtype: target)
    try result.storage.store(value, at: 0, width: target.unicodeWidth)
    return result
  }

  /// A new C-contiguous array with the same elements and dtype (numpy's `copy()`).
  public func copy() throws -> NDArray {
    try astype(dtype)
  }

  /// A new C-contiguous array with the elements cast to `dtype` (numpy's `astype`).
  ///
  /// `.unicode(0)` (numpy's `str`) picks the width numpy uses for the source dtype.
  /// - Throws: `ValueError` when a string does not parse as a number.
  public func astype(_ dtype: DType) throws -> NDArray {
    var target = dtype
    if target == .unicode(0) { target = .unicode(self.dtype.textWidth) }
    let result = try NDArray(uninitialized: shape, dtype: target)
    try result.copyElements(from: self)
    return result
  }

  /// A 0-d array holding one scalar (dtype inferred as numpy does for a Python value).
  public static func scalar(_ value: Scalar, dtype: DType? = nil) -> NDArray {
    if let direct = directScalar(value, dtype: dtype ?? value.inferredDType) { return direct }
    switch dtype ?? value.inferredDType {
    case .unicode(let n):
      return NDArray(strings: [Cast.toText(value)], shape: [], width: n > 0 ? n : nil)
    case let d:
      let base: NDArray
      switch value {
      case .bool(let b): base = NDArray(bool: [b], shape: [])
      case .int(let i): base = NDArray(int64: [i], shape: [])
      case .float(let x): base = NDArray(float64: [x], shape: [])
      case .complex(let z): base = NDArray(complex128: [z], shape: [])
      case .str(let s): base = NDArray(strings: [s], shape: [])
      }
      if base.dtype == d { return base }
      // Casting a one-element array only fails for unparsable strings: NaN/0 like numpy's
      // lenient paths would be wrong, so fall back to the inferred dtype.
      return (try? base.astype(d)) ?? base
    }
  }

  /// `scalar` without a cast when the value already has the dtype's kind (a float as float64,
  /// an int as int64 or an in-range int32, a bool as bool); nil otherwise.
  private static func directScalar(_ value: Scalar, dtype: DType) -> NDArray? {
    let storage: Storage?
    switch (value, dtype) {
    case (.float(let x), .float64):
      storage = Buffer<Double>(count: 1, empty: x, zeroed: false).map { $0.base[0] = x; return .float64($0) }
    case (.int(let i), .int64):
      storage = Buffer<Int64>(count: 1, empty: i, zeroed: false).map { $0.base[0] = i; return .int64($0) }
    case (.int(let i), .int32):
      guard let v = Int32(exactly: i) else { return nil }
      storage = Buffer<Int32>(count: 1, empty: v, zeroed: false).map { $0.base[0] = v; return .int32($0) }
    case (.bool(let b), .bool):
      storage = Buffer<Bool>(count: 1, empty: b, zeroed: false).map { $0.base[0] = b; return .bool($0) }
    default: storage = nil
    }
    return storage.map { NDArray(storage: $0, dtype: dtype, shape: [], strides: []) }
  }

  /// This array viewed with the larger shape `target` (stride 0 on broadcast axes), keeping
  /// its writability.
  /// - Throws: numpy's broadcast `ValueError` when the shapes are incompatible.
  func broadcastView(to target: [Int]) throws -> NDArray {
    guard let s = Shape.broadcastStrides(shape, strides, to: target) else {
      throw ArrayError.broadcastFailure([shape, target])
    }
    return view(shape: target, strides: s)
  }

  /// Copies elements of an equally shaped `src` into this view, casting between dtypes.
  func copyElements(from src: NDArray) throws {
    switch storage {
    case .bool(let d): try copyNumeric(into: d, from: src)
    case .uint8(let d): try copyNumeric(into: d, from: src)
    case .int8(let d): try copyNumeric(into: d, from: src)
    case .int16(let d): try copyNumeric(into: d, from: src)
    case .uint16(let d): try copyNumeric(into: d, from: src)
    case .uint32(let d): try copyNumeric(into: d, from: src)
    case .uint64(let d): try copyNumeric(into: d, from: src)
    case .int32(let d): try copyNumeric(into: d, from: src)
    case .int64(let d): try copyNumeric(into: d, from: src)
    case .float32(let d): try copyNumeric(into: d, from: src)
    case .float64(let d): try copyNumeric(into: d, from: src)
    case .complex128(let d): try copyComplex(into: d, from: src)
    case .unicode(let d):
      let width = dtype.unicodeWidth
      let texts = src.gatheredStrings()
      var i = 0
      forEachOffset { p in
        d.base[p] = Cast.fitted(texts[i], width: width)
        i += 1
      }
    }
  }

  private func copyNumeric<D: NumericElement>(into d: Buffer<D>, from src: NDArray) throws {
    switch src.storage {
    case .bool(let s): copyLoop(d, s, src)
    case .uint8(let s): copyLoop(d, s, src)
    case .int8(let s): copyLoop(d, s, src)
    case .int16(let s): copyLoop(d, s, src)
    case .uint16(let s): copyLoop(d, s, src)
    case .uint32(let s): copyLoop(d, s, src)
    case .uint64(let s): copyLoop(d, s, src)
    case .int32(let s): copyLoop(d, s, src)
    case .int64(let s): copyLoop(d, s, src)
    case .float32(let s): copyLoop(d, s, src)
    case .float64(let s): copyLoop(d, s, src)
    case .complex128(let s):
      // numpy's complex-to-real cast keeps the real part (bool: nonzero).
      let from = s.base
      StridedLoop.forEach(shape: shape, strides, offset, src.strides, src.offset) { p, q in
        d.base[p] = D.isBoolKind ? D.cast(fromBool: from[q] != .zero) : D.cast(from: from[q].real)
      }
    case .unicode(let s):
      var values: [D] = []
      values.reserveCapacity(src.size)
      var failure: ArrayError?
      src.forEachOffset { p in
        guard failure == nil else { return }
        do { values.append(try D.parse(s.base[p])) } catch { failure = error as? ArrayError }
      }
      if let failure { throw failure }
      var i = 0
      forEachOffset { p in
        d.base[p] = values[i]
        i += 1
      }
    }
  }

  private func copyComplex(into d: Buffer<Complex>, from src: NDArray) throws {
    if case .complex128(let s) = src.storage {
      StridedLoop.forEach(shape: shape, strides, offset, src.strides, src.offset) { p, q in
        d.base[p] = s.base[q]
      }
      return
    }
    let values = try src.dtype.isUnicode
      ? src.scalars().map { try Cast.toComplex($0) } : src.gathered(as: Double.self).map { Complex($0) }
    var i = 0
    forEachOffset { p in
      d.base[p] = values[i]
      i += 1
    }
  }

  private func copyLoop<D: NumericElement, S: NumericElement>(
    _ d: Buffer<D>, _ s: Buffer<S>, _ src: NDArray
  ) {
    let dst = d.base
    let from = s.base
    if isContiguous && src.isContiguous, S.self == D.self {
      let n = size
      from.withMemoryRebound(to: D.self, capacity: src.offset + n) { f in
        (dst + offset).update(from: f + src.offset, count: n)
      }
      return
    }
    StridedLoop.forEach(shape: shape, strides, offset, src.strides, src.offset) { p, q in
      dst[p] = D.cast(from[q])
    }
  }
}

extension NumericElement {
  /// numpy's string-to-number cast: `int()` rules for integers, `float()` for floats.
  /// Errors name the element as numpy does: `np.str_('ab')`.
  static func parse(_ text: String) throws -> Self {
    if isBoolKind { return cast(fromBool: !text.isEmpty) }
    do {
      if isFloatingKind { return cast(from: try Cast.toDouble(.str(text))) }
      return cast(fromInt: try Cast.toInt64(.str(text)))
    } catch let error as ArrayError {
      let quoted = PythonString.repr(text)
      throw ArrayError(
        error.kind, error.message.replacingOccurrences(of: quoted, with: "np.str_(\(quoted))"))
    }
  }
}
