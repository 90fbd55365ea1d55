/// MatrixScript source of the `functools` module (CPython 3.11 behaviour and messages).
extension Runtime {
  static let functoolsSource = #"""
def __swnb_functools(len=len, list=list, dict=dict, tuple=tuple, sorted=sorted, repr=repr,
                     callable=callable, isinstance=isinstance, str=str, getattr=getattr, setattr=setattr,
                     max=max, ValueError=ValueError, next=next, iter=iter,
                     AttributeError=AttributeError):
    def reduce(function, iterable, *initial):
        if len(initial) > 1:
            raise TypeError('reduce expected at most 3 arguments, got ' + str(len(initial) + 2))
        items = list(iterable)
        if initial:
            value = initial[0]
        elif items:
            value = items.pop(0)
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
        for item in items:
            value = function(value, item)
        return value

    class partial:
        def __init__(self, func, *args, **keywords):
            if not callable(func):
                raise TypeError('the first argument must be callable')
            self.func = func
            self.args = args
            self.keywords = keywords
        def __call__(self, *args, **keywords):
            merged = dict(self.keywords)
            merged.update(keywords)
            return self.func(*(self.args + args), **merged)
        def __repr__(self):
            parts = [repr(self.func)] + [repr(a) for a in self.args]
            parts += [k + '=' + repr(v) for k, v in self.keywords.items()]
            return 'functools.partial(' + ', '.join(parts) + ')'

    from collections import namedtuple
    _CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

    # A least-recently-used cache of `maxsize` results (None: unbounded), with CPython's
    # cache_info() and cache_clear().
    def _lru_wrapper(function, maxsize):
        memo = {}
        stats = [0, 0]
        def wrapper(*args, **keywords):
            key = args + tuple(sorted(keywords.items())) if keywords else args
            if key in memo:
                stats[0] += 1
                if maxsize is None:
                    return memo[key]
                result = memo.pop(key)
                memo[key] = result
                return result
            stats[1] += 1
            result = function(*args, **keywords)
            if maxsize is None or maxsize > 0:
                if maxsize is not None and len(memo) >= maxsize:
                    del memo[next(iter(memo))]
                memo[key] = result
            return result
        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(memo))
        def cache_clear():
            memo.clear()
            stats[0] = 0
            stats[1] = 0
        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, function)

    def lru_cache(maxsize=128, typed=False):
        if callable(maxsize) and not isinstance(maxsize, int):
            return _lru_wrapper(maxsize, 128)
        if maxsize is not None and not isinstance(maxsize, int):
            raise TypeError('Expected first argument to be an integer, a callable, or None')
        if maxsize is not None and maxsize < 0:
            maxsize = 0
        def decorating(function):
            return _lru_wrapper(function, maxsize)
        return decorating

    def cache(user_function):
        return _lru_wrapper(user_function, None)

    def update_wrapper(wrapper, wrapped, assigned=('__module__', '__name__', '__qualname__', '__doc__'),
                       updated=()):
        for name in assigned:
            try:
                value = getattr(wrapped, name)
            except AttributeError:
                continue
            setattr(wrapper, name, value)
        wrapper.__wrapped__ = wrapped
        return wrapper

    def wraps(wrapped, assigned=('__module__', '__name__', '__qualname__', '__doc__'), updated=()):
        def decorator(wrapper):
            return update_wrapper(wrapper, wrapped, assigned)
        return decorator

    def cmp_to_key(mycmp):
        class K:
            def __init__(self, obj):
                self.obj = obj
            def __lt__(self, other):
                return mycmp(self.obj, other.obj) < 0
            def __gt__(self, other):
                return mycmp(self.obj, other.obj) > 0
            def __eq__(self, other):
                return mycmp(self.obj, other.obj) == 0
            def __le__(self, other):
                return mycmp(self.obj, other.obj) <= 0
            def __ge__(self, other):
                return mycmp(self.obj, other.obj) >= 0
        return K

    def total_ordering(cls):
        roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if getattr(cls, op, None) is not None]
        if not roots:
            raise ValueError('must define at least one ordering operation: < > <= >=')
        root = max(roots)
        if root == '__lt__':
            derived = {'__gt__': lambda a, b: not a < b and a != b, '__le__': lambda a, b: a < b or a == b,
                       '__ge__': lambda a, b: not a < b}
        elif root == '__le__':
            derived = {'__ge__': lambda a, b: not a <= b or a == b, '__lt__': lambda a, b: a <= b and a != b,
                       '__gt__': lambda a, b: not a <= b}
        elif root == '__gt__':
            derived = {'__lt__': lambda a, b: not a > b and a != b, '__ge__': lambda a, b: a > b or a == b,
                       '__le__': lambda a, b: not a > b}
        else:
            derived = {'__le__': lambda a, b: not a >= b or a == b, '__gt__': lambda a, b: a >= b and a != b,
                       '__lt__': lambda a, b: not a >= b}
        for name, method in derived.items():
            if name not in roots:
                setattr(cls, name, method)
        return cls

    return {'reduce': reduce, 'partial': partial, 'lru_cache': lru_cache, 'cache': cache,
            'wraps': wraps, 'update_wrapper': update_wrapper, 'cmp_to_key': cmp_to_key,
            'total_ordering': total_ordering}
"""#
}
