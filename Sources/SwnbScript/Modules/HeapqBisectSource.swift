/// MatrixScript sources of the `heapq` and `bisect` modules (CPython 3.11 algorithms and
/// messages): binary heaps and binary search over lists, compared with `<` only.
extension Runtime {
  static let heapqSource = #"""
def __swnb_heapq(len=len, sorted=sorted, iter=iter, reversed=reversed, range=range, IndexError=IndexError):
    def _siftdown(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if newitem < parent:
                heap[pos] = parent
                pos = parentpos
                continue
            break
        heap[pos] = newitem

    def _siftup(heap, pos):
        endpos = len(heap)
        startpos = pos
        newitem = heap[pos]
        childpos = 2 * pos + 1
        while childpos < endpos:
            rightpos = childpos + 1
            if rightpos < endpos and not heap[childpos] < heap[rightpos]:
                childpos = rightpos
            heap[pos] = heap[childpos]
            pos = childpos
            childpos = 2 * pos + 1
        heap[pos] = newitem
        _siftdown(heap, startpos, pos)

    def heappush(heap, item):
        heap.append(item)
        _siftdown(heap, 0, len(heap) - 1)

    def heappop(heap):
        if not heap:
            raise IndexError('index out of range')
        lastelt = heap.pop()
        if heap:
            returnitem = heap[0]
            heap[0] = lastelt
            _siftup(heap, 0)
            return returnitem
        return lastelt

    def heapreplace(heap, item):
        if not heap:
            raise IndexError('index out of range')
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem

    def heappushpop(heap, item):
        if heap and heap[0] < item:
            item, heap[0] = heap[0], item
            _siftup(heap, 0)
        return item

    def heapify(x):
        for i in reversed(range(len(x) // 2)):
            _siftup(x, i)

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
