import Synchronization

/// dgelsd's workspace, reused across calls: the queried sizes by problem shape, so repeated
/// solves of one shape (the `lstsq` inside an alternating-least-squares loop) skip LAPACK's
/// size query, and one heap work area, so they skip the allocation too.
///
/// The query's answer depends only on the dimensions (and the LAPACK build), so reusing it
/// runs exactly the code paths a fresh query would select; dgelsd writes its workspace before
/// reading it, so a reused area holds nothing that reaches a result. The state is process-wide
/// and guarded by a mutex; it keeps the most recent shapes only (a loop uses a handful). A
/// caller finding the area taken (another thread mid-solve) gets a fresh one.
enum GelsdWorkspace {
  /// The dimensions that determine dgelsd's workspace.
  struct Shape: Equatable {
    let m: LapackInt
    let n: LapackInt
    let nrhs: LapackInt
    let ldb: LapackInt
  }

  /// Workspace sizes, in doubles and in LAPACK integers.
  typealias Sizes = (work: LapackInt, iwork: LapackInt)

  /// A heap work area of `work` doubles and `iwork` LAPACK integers, owned by one solve at a
  /// time (the mutex hands it out), hence `@unchecked Sendable`.
  final class Area: @unchecked Sendable {
    let work: UnsafeMutablePointer<Double>
    let iwork: UnsafeMutablePointer<LapackInt>
    let sizes: (work: Int, iwork: Int)

    init(work: Int, iwork: Int) {
      sizes = (max(work, 1), max(iwork, 1))
      self.work = .allocate(capacity: sizes.work)
      self.iwork = .allocate(capacity: sizes.iwork)
    }

    deinit {
      work.deallocate()
      iwork.deallocate()
    }

    func fits(_ s: Sizes) -> Bool { Int(s.work) <= sizes.work && Int(s.iwork) <= sizes.iwork }
  }

  private struct State {
    var entries: [(shape: Shape, sizes: Sizes)] = []
    var spare: Area?
  }

  /// How many shapes are remembered.
  private static let capacity = 8

  /// The largest area kept for reuse, in bytes: bigger ones are freed after their solve.
  private static let keptBytes = 1 << 20

  private static let state = Mutex(State())

  /// The remembered sizes for `shape`, if any, with the spare work area (taken out of the
  /// pool; give it back with `recycle`).
  static func lookup(_ shape: Shape) -> (sizes: Sizes?, area: Area?) {
    state.withLock { s in
      let area = s.spare
      s.spare = nil
      return (s.entries.first { $0.shape == shape }?.sizes, area)
    }
  }

  /// Remembers `sizes` for `shape`, dropping the oldest entry when full.
  static func remember(_ sizes: Sizes, for shape: Shape) {
    state.withLock { s in
      if s.entries.contains(where: { $0.shape == shape }) { return }
      if s.entries.count == capacity { s.entries.removeFirst() }
      s.entries.append((shape, sizes))
    }
  }

  /// Returns `area` to the pool for the next solve (unless it is too large to keep).
  static func recycle(_ area: Area) {
    let bytes = area.sizes.work * MemoryLayout<Double>.stride
      + area.sizes.iwork * MemoryLayout<LapackInt>.stride
    guard bytes <= keptBytes else { return }
    state.withLock { s in s.spare = area }
  }
}
