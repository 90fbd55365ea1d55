/// MatrixScript sources of the `heapq` and `bisect` modules (CPython 3.11 algorithms and
/// messages): binary heaps and binary search over lists, compared with `<` only.
extension Runtime {
  static let heapqSource = #"""
def __swnb_heapq(len=len, sorted=sorted, iter=iter, reversed=reversed, range=range, IndexError=IndexError):
    # Moves heap[at] toward the root (never above `top`) while it is smaller than its parent.
    def _raise_entry(heap, top, at):
        entry = heap[at]
        while at > top:
            up = (at - 1) >> 1
            if not entry < heap[up]:
                break
            heap[at] = heap[up]
            at = up
        heap[at] = entry

    # Floyd's bottom-up sift: the hole at `at` follows the smaller child down to a leaf,
    # then the displaced entry is raised back into place (the order CPython's heapq yields).
    def _lower_entry(heap, at):
        size = len(heap)
        origin = at
        entry = heap[at]
        child = 2 * at + 1
        while child < size:
            sibling = child + 1
            if sibling < size and not heap[child] < heap[sibling]:
                child = sibling
            heap[at] = heap[child]
            at = child
            child = 2 * at + 1
        heap[at] = entry
        _raise_entry(heap, origin, at)

    def heappush(heap, item):
        heap.append(item)
        _raise_entry(heap, 0, len(heap) - 1)

    def heappop(heap):
        if not heap:
            raise IndexError('index out of range')
        last = heap.pop()
        if not heap:
            return last
        smallest = heap[0]
        heap[0] = last
        _lower_entry(heap, 0)
        return smallest

    def heapreplace(heap, item):
        if not heap:
            raise IndexError('index out of range')
        smallest = heap[0]
        heap[0] = item
        _lower_entry(heap, 0)
        return smallest

    def heappushpop(heap, item):
        if heap and heap[0] < item:
            item, heap[0] = heap[0], item
            _lower_entry(heap, 0)
        return item

    def heapify(x):
        for i in reversed(range(len(x) // 2)):
            _lower_entry(x, i)

    def nlargest(n, iterable, key=None):
        return sorted(iterable, key=key, reverse=True)[:n]

    def nsmallest(n, iterable, key=None):
        return sorted(iterable, key=key)[:n]

    def merge(*iterables, key=None, reverse=False):
        items = []
        for it in iterables:
            items.extend(it)
        return iter(sorted(items, key=key, reverse=reverse))

    return {'heappush': heappush, 'heappop': heappop, 'heapreplace': heapreplace, 'heappushpop': heappushpop,
            'heapify': heapify, 'nlargest': nlargest, 'nsmallest': nsmallest, 'merge': merge}
"""#

  static let bisectSource = #"""
def __swnb_bisect(len=len, ValueError=ValueError):
    def _bounds(a, lo, hi):
        if lo < 0:
            raise ValueError('lo must be non-negative')
        return len(a) if hi is None else hi

    def bisect_right(a, x, lo=0, hi=None, *, key=None):
        hi = _bounds(a, lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            if x < (a[mid] if key is None else key(a[mid])):
                hi = mid
            else:
                lo = mid + 1
        return lo

    def bisect_left(a, x, lo=0, hi=None, *, key=None):
        hi = _bounds(a, lo, hi)
        while lo < hi:
            mid = (lo + hi) // 2
            if (a[mid] if key is None else key(a[mid])) < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def insort_right(a, x, lo=0, hi=None, *, key=None):
        a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)

    def insort_left(a, x, lo=0, hi=None, *, key=None):
        a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)

    return {'bisect': bisect_right, 'bisect_right': bisect_right, 'bisect_left': bisect_left,
            'insort': insort_right, 'insort_right': insort_right, 'insort_left': insort_left}
"""#
}
