import Synchronization

/// dgelsd's queried workspace sizes by problem shape, so repeated solves of one shape (the
/// `lstsq` inside an alternating-least-squares loop) skip LAPACK's size query.
///
/// The query's answer depends only on the dimensions (and the LAPACK build), so reusing it
/// runs exactly the code paths a fresh query would select. The table is process-wide and
/// guarded by a mutex; it keeps the most recent shapes only (a loop uses a handful).
enum GelsdWorkspace {
  /// The dimensions that determine dgelsd's workspace.
  struct Shape: Equatable {
    let m: LapackInt
    let n: LapackInt
    let nrhs: LapackInt
    let ldb: LapackInt
  }

  /// How many shapes are remembered.
  private static let capacity = 8

  private static let table = Mutex<[(shape: Shape, work: LapackInt, iwork: LapackInt)]>([])

  /// The remembered sizes for `shape`, if any.
  static func sizes(for shape: Shape) -> (work: LapackInt, iwork: LapackInt)? {
    table.withLock { entries in
      entries.first { $0.shape == shape }.map { ($0.work, $0.iwork) }
    }
  }

  /// Remembers `sizes` for `shape`, dropping the oldest entry when full.
  static func remember(_ sizes: (work: LapackInt, iwork: LapackInt), for shape: Shape) {
    table.withLock { entries in
      if entries.contains(where: { $0.shape == shape }) { return }
      if entries.count == capacity { entries.removeFirst() }
      entries.append((shape, sizes.work, sizes.iwork))
    }
  }
}
