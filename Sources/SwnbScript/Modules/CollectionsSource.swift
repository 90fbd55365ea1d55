/// MatrixScript source of the `collections` module (CPython 3.11 behaviour and reprs).
extension Runtime {
  static let collectionsSource = #"""
def __swnb_collections(len=len, sorted=sorted, iter=iter, isinstance=isinstance, repr=repr,
                       dict=dict, list=list, tuple=tuple, reversed=reversed, callable=callable,
                       setattr=setattr, hasattr=hasattr, sum=sum, max=max, min=min, all=all, zip=zip,
                       range=range, hash=hash, type=type, str=str, int=int):
    class _Mapping:
        # What Counter, defaultdict and OrderedDict share: a dict held in `_d`.
        def __getitem__(self, key):
            return self._d[key]
        def __setitem__(self, key, value):
            self._d[key] = value
        def __delitem__(self, key):
            del self._d[key]
        def __contains__(self, key):
            return key in self._d
        def __len__(self):
            return len(self._d)
        def __iter__(self):
            return iter(self._d)
        def __reversed__(self):
            return reversed(list(self._d))
        def keys(self):
            return self._d.keys()
        def values(self):
            return self._d.values()
        def items(self):
            return self._d.items()
        def get(self, key, default=None):
            return self._d.get(key, default)
        def pop(self, key, *default):
            return self._d.pop(key, *default)
        def setdefault(self, key, default=None):
            return self._d.setdefault(key, default)
        def update(self, *args, **kwds):
            self._d.update(*args, **kwds)
        def clear(self):
            self._d.clear()

    class Counter(_Mapping):
        def __init__(self, iterable=None, **kwds):
            self._d = {}
            self.update(iterable, **kwds)
        def update(self, iterable=None, **kwds):
            d = self._d
            if iterable is not None:
                if isinstance(iterable, (dict, Counter, OrderedDict, defaultdict)):
                    for k, v in iterable.items():
                        d[k] = d.get(k, 0) + v
                else:
                    for k in iterable:
                        d[k] = d.get(k, 0) + 1
            for k, v in kwds.items():
                d[k] = d.get(k, 0) + v
        def subtract(self, iterable=None, **kwds):
            d = self._d
            if iterable is not None:
                if isinstance(iterable, (dict, Counter, OrderedDict, defaultdict)):
                    for k, v in iterable.items():
                        d[k] = d.get(k, 0) - v
                else:
                    for k in iterable:
                        d[k] = d.get(k, 0) - 1
            for k, v in kwds.items():
                d[k] = d.get(k, 0) - v
        def __getitem__(self, key):
            return self._d.get(key, 0)
        def __delitem__(self, key):
            if key in self._d:
                del self._d[key]
        def __eq__(self, other):
            if not isinstance(other, Counter):
                return False
            return all(self[k] == other[k] for k in list(self._d) + list(other._d))
        def copy(self):
            return Counter(self._d)
        def total(self):
            return sum(self._d.values())
        def most_common(self, n=None):
            ranked = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
            return ranked if n is None else ranked[:max(n, 0)]
        def elements(self):
            out = []
            for k, v in self._d.items():
                out.extend([k] * v)
            return iter(out)
        def _combine(self, other, pick):
            if not isinstance(other, Counter):
                raise TypeError('unsupported operand type(s): ' + repr(type(self).__name__) + ' and ' + repr(type(other).__name__))
            result = Counter()
            for k in list(self._d) + [k for k in other._d if k not in self._d]:
                v = pick(self[k], other[k])
                if v > 0:
                    result._d[k] = v
            return result
        def __add__(self, other):
            return self._combine(other, lambda a, b: a + b)
        def __sub__(self, other):
            return self._combine(other, lambda a, b: a - b)
        def __or__(self, other):
            return self._combine(other, lambda a, b: max(a, b))
        def __and__(self, other):
            return self._combine(other, lambda a, b: min(a, b))
        def __pos__(self):
            result = Counter()
            for k, v in self._d.items():
                if v > 0:
                    result._d[k] = v
            return result
        def __neg__(self):
            result = Counter()
            for k, v in self._d.items():
                if v < 0:
                    result._d[k] = 0 - v
            return result
        def __repr__(self):
            if not self._d:
                return 'Counter()'
            return 'Counter({' + ', '.join(repr(k) + ': ' + repr(v) for k, v in self.most_common()) + '})'
        def _swnb_pretty(self):
            return ('Counter', (dict(self._d),) if self._d else (), {})

    class defaultdict(_Mapping):
        def __init__(self, default_factory=None, *args, **kwds):
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
            self.default_factory = default_factory
            self._d = dict(*args, **kwds)
        def __getitem__(self, key):
            if key in self._d:
                return self._d[key]
            return self.__missing__(key)
        def __missing__(self, key):
            if self.default_factory is None:
                raise KeyError(key)
            value = self.default_factory()
            self._d[key] = value
            return value
        def __eq__(self, other):
            if isinstance(other, defaultdict):
                return self._d == other._d
            return self._d == other
        def copy(self):
            return defaultdict(self.default_factory, self._d)
        def __repr__(self):
            return 'defaultdict(' + repr(self.default_factory) + ', ' + repr(self._d) + ')'
        def _swnb_pretty(self):
            return ('defaultdict', (self.default_factory, dict(self._d)), {})

    class OrderedDict(_Mapping):
        def __init__(self, *args, **kwds):
            self._d = dict(*args, **kwds)
        def __eq__(self, other):
            if isinstance(other, OrderedDict):
                return list(self._d.items()) == list(other._d.items())
            return self._d == other
        def copy(self):
            return OrderedDict(self._d)
        @classmethod
        def fromkeys(cls, iterable, value=None):
            return cls([(k, value) for k in iterable])
        def popitem(self, last=True):
            if not self._d:
                raise KeyError('dictionary is empty')
            key = list(self._d)[-1 if last else 0]
            return key, self._d.pop(key)
        def move_to_end(self, key, last=True):
            value = self._d.pop(key)
            if last:
                self._d[key] = value
            else:
                rest = self._d
                self._d = {key: value}
                self._d.update(rest)
        def __repr__(self):
            if not self._d:
                return 'OrderedDict()'
            return 'OrderedDict(' + repr(list(self._d.items())) + ')'
        def _swnb_pretty(self):
            return ('OrderedDict', (list(self._d.items()),) if self._d else (), {})

    class deque:
        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None and maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            self.maxlen = maxlen
            self._items = []
            self.extend(iterable)
        def _trim(self, from_left):
            if self.maxlen is not None:
                while len(self._items) > self.maxlen:
                    if from_left:
                        self._items.pop(0)
                    else:
                        self._items.pop()
        def append(self, x):
            self._items.append(x)
            self._trim(True)
        def appendleft(self, x):
            self._items.insert(0, x)
            self._trim(False)
        def extend(self, iterable):
            for x in list(iterable):
                self.append(x)
        def extendleft(self, iterable):
            for x in list(iterable):
                self.appendleft(x)
        def pop(self):
            if not self._items:
                raise IndexError('pop from an empty deque')
            return self._items.pop()
        def popleft(self):
            if not self._items:
                raise IndexError('pop from an empty deque')
            return self._items.pop(0)
        def rotate(self, n=1):
            size = len(self._items)
            if size:
                n = n % size
                self._items = self._items[size - n:] + self._items[:size - n]
        def clear(self):
            self._items = []
        def count(self, x):
            return self._items.count(x)
        def index(self, x):
            return self._items.index(x)
        def remove(self, x):
            self._items.remove(x)
        def insert(self, i, x):
            if self.maxlen is not None and len(self._items) >= self.maxlen:
                raise IndexError('deque already at its maximum size')
            self._items.insert(i, x)
        def reverse(self):
            self._items.reverse()
        def copy(self):
            return deque(self._items, self.maxlen)
        def __len__(self):
            return len(self._items)
        def __iter__(self):
            return iter(self._items)
        def __reversed__(self):
            return reversed(self._items)
        def __getitem__(self, i):
            if not isinstance(i, int):
                raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
            if i < -len(self._items) or i >= len(self._items):
                raise IndexError('deque index out of range')
            return self._items[i]
        def __setitem__(self, i, value):
            self._items[i] = value
        def __contains__(self, x):
            return x in self._items
        def __eq__(self, other):
            return isinstance(other, deque) and self._items == other._items
        def __repr__(self):
            if self.maxlen is None:
                return 'deque(' + repr(self._items) + ')'
            return 'deque(' + repr(self._items) + ', maxlen=' + repr(self.maxlen) + ')'
        def _swnb_pretty(self):
            if self.maxlen is None:
                return ('deque', (list(self._items),), {})
            return ('deque', (list(self._items),), {'maxlen': self.maxlen})

    def namedtuple(typename, field_names, *, defaults=None):
        if isinstance(field_names, str):
            field_names = field_names.replace(',', ' ').split()
        fields = tuple(str(f) for f in field_names)
        defaults = tuple(defaults) if defaults is not None else ()
        required = len(fields) - len(defaults)
        class _Record:
            def __init__(self, *args, **kwds):
                if len(args) > len(fields):
                    raise TypeError(typename + '.__new__() takes ' + str(len(fields) + 1) +
                                    ' positional arguments but ' + str(len(args) + 1) + ' were given')
                for name in kwds:
                    if name not in fields:
                        raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
                values = list(args)
                for i in range(len(args), len(fields)):
                    name = fields[i]
                    if name in kwds:
                        values.append(kwds.pop(name))
                    elif i >= required:
                        values.append(defaults[i - required])
                    else:
                        missing = [f for f in fields[i:] if f not in kwds][:len(fields)]
                        raise TypeError(typename + ".__new__() missing " + str(len(missing)) +
                                        " required positional argument" + ('s' if len(missing) > 1 else '') +
                                        ": " + _quoted(missing))
                for name in kwds:
                    if name in fields:
                        raise TypeError(typename + ".__new__() got multiple values for argument '" + name + "'")
                    raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
                self._values = tuple(values)
                for name, value in zip(fields, values):
                    setattr(self, name, value)
            def __getitem__(self, i):
                return self._values[i]
            def __len__(self):
                return len(self._values)
            def __iter__(self):
                return iter(self._values)
            def __eq__(self, other):
                if hasattr(other, '_values'):
                    return self._values == other._values
                return self._values == other
            def __hash__(self):
                return hash(self._values)
            def __add__(self, other):
                return self._values + tuple(other)
            def _asdict(self):
                return dict(zip(fields, self._values))
            def _replace(self, **kwds):
                values = dict(zip(fields, self._values))
                for name in kwds:
                    if name not in values:
                        raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
                values.update(kwds)
                return type(self)(**values)
            def count(self, x):
                return self._values.count(x)
            def index(self, x):
                return self._values.index(x)
            @classmethod
            def _make(cls, iterable):
                return cls(*iterable)
            def __repr__(self):
                return typename + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(fields, self._values)) + ')'
        _Record._fields = fields
        _Record._field_defaults = dict(zip(fields[required:], defaults))
        _Record.__match_args__ = fields
        return type(typename, (_Record,), {})

    def _quoted(names):
        quoted = [repr(n) for n in names]
        if len(quoted) == 1:
            return quoted[0]
        if len(quoted) == 2:
            return quoted[0] + ' and ' + quoted[1]
        return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]

    return {'Counter': Counter, 'defaultdict': defaultdict, 'OrderedDict': OrderedDict,
            'deque': deque, 'namedtuple': namedtuple}
"""#
}
