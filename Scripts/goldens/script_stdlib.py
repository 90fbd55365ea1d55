#!/usr/bin/env python3
"""Goldens for the standard modules MatrixScript provides: collections, itertools, functools,
and the builtins hex/oct/bin/issubclass/globals/vars.

Run from the repository root: python3 Scripts/goldens/script_stdlib.py
Writes Tests/SwnbScriptTests/Goldens/script_stdlib.json in script.json's format (programs run by
script.py's `run`, displays by IPython 8.12's pretty printer), errors included.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_stdlib.json")

CASES = {
    # collections.Counter
    "counter_iterable": "from collections import Counter\nc = Counter('abracadabra')\nprint(c)\nc",
    "counter_most_common": "from collections import Counter\nc = Counter('abracadabra')\n"
                           "print(c.most_common(2))\nprint(c.most_common())\nc['z'], c['a'], len(c)",
    "counter_mapping": "from collections import Counter\nc = Counter({'x': 3, 'y': 1}, z=2)\nc",
    "counter_empty": "from collections import Counter\nc = Counter()\nprint(c['x'])\nc",
    "counter_update": "from collections import Counter\nc = Counter(['a', 'b'])\nc.update(['a', 'c'])\n"
                      "c.update({'b': 5})\nc.subtract(['a'])\nprint(sorted(c.elements()))\nc",
    "counter_arith": "from collections import Counter\na = Counter(a=3, b=1)\nb = Counter(a=1, b=2)\n"
                     "print(a + b)\nprint(a - b)\nprint(a | b)\nprint(a & b)\nprint(a == Counter(b=1, a=3))",
    "counter_ties": "from collections import Counter\nc = Counter([3, 1, 2, 1, 3, 5])\n"
                    "for k, v in c.items():\n    print(k, v)\nc",
    "counter_words": "from collections import Counter\n"
                     "words = 'the quick brown fox jumps over the lazy dog and the cat sat on the mat with the fox'.split()\n"
                     "Counter(words)",
    "collections_types": "import collections\nprint(type(collections.Counter()), type(collections.deque()))\n"
                         "collections.OrderedDict",
    "counter_del": "from collections import Counter\nc = Counter('aab')\ndel c['a']\n"
                   "print('a' in c, 'b' in c)\nprint(list(c), c.total())\nc",
    # defaultdict
    "defaultdict_list": "from collections import defaultdict\nd = defaultdict(list)\n"
                        "for k, v in [('a', 1), ('b', 2), ('a', 3)]:\n    d[k].append(v)\nprint(d['a'])\nd",
    "defaultdict_int": "from collections import defaultdict\nd = defaultdict(int)\n"
                       "for ch in 'hello':\n    d[ch] += 1\nprint(dict(d))\nprint(len(d), 'l' in d, d.get('q'))\nd",
    "defaultdict_set": "from collections import defaultdict\nd = defaultdict(set)\nd['x'].add(1)\nd['x'].add(1)\nd",
    "defaultdict_none": "from collections import defaultdict\nd = defaultdict(None)\nd['k']",
    "defaultdict_none_repr": "from collections import defaultdict\ndefaultdict()",
    "defaultdict_bad_factory": "from collections import defaultdict\ndefaultdict(3)",
    "defaultdict_items": "from collections import defaultdict\nd = defaultdict(int, {'a': 1})\nd['b']\n"
                         "print(sorted(d.items()))\nprint(list(d.keys()), list(d.values()))",
    "defaultdict_long": "from collections import defaultdict\nd = defaultdict(list)\n"
                        "for i in range(12):\n    d['key%d' % (i % 4)].append(i * 1000)\nd",
    "deque_long": "from collections import deque\ndeque([x * 12345 for x in range(20)], maxlen=30)",
    "ordereddict_long": "from collections import OrderedDict\nOrderedDict((f'item{i}', i * i) for i in range(8))",
    # OrderedDict
    "ordereddict": "from collections import OrderedDict\nd = OrderedDict()\nd['b'] = 1\nd['a'] = 2\n"
                   "print(d)\nprint(list(d.items()))\nd.move_to_end('b')\nprint(d.popitem())\nd",
    "ordereddict_empty": "from collections import OrderedDict\nOrderedDict()",
    # namedtuple
    "namedtuple_basic": "from collections import namedtuple\nPoint = namedtuple('Point', ['x', 'y'])\n"
                        "p = Point(1, y=2)\nprint(p.x, p.y, p[0], p[1], len(p))\nx, y = p\nprint(x + y)\n"
                        "print(p._asdict())\nprint(p._replace(x=10))\nprint(p == (1, 2), Point._fields)\np",
    "namedtuple_string_fields": "from collections import namedtuple\nRow = namedtuple('Row', 'name, score rank')\n"
                                "r = Row('ann', 9.5, 1)\nprint(list(r))\nprint(r)\nr",
    "namedtuple_missing": "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\nPoint(1)",
    "namedtuple_extra": "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\nPoint(1, 2, 3)",
    "namedtuple_defaults": "from collections import namedtuple\nP = namedtuple('P', 'a b c', defaults=[0, 5])\nP(1), P(1, 2)",
    # deque
    "deque_ops": "from collections import deque\nd = deque([1, 2, 3])\nd.append(4)\nd.appendleft(0)\n"
                 "print(d.pop(), d.popleft())\nd.extend([7, 8])\nd.rotate(2)\nprint(d, len(d), d[0], d[-1])\nd",
    "deque_maxlen": "from collections import deque\nd = deque(range(5), maxlen=3)\nd.append(9)\n"
                    "print(d, d.maxlen)\nd.appendleft(-1)\nd",
    "deque_rotate_left": "from collections import deque\nd = deque('abcde')\nd.rotate(-2)\nd",
    "reversed": "from collections import deque, OrderedDict, Counter\n"
                "print(list(reversed(deque([1, 2, 3]))), list(reversed(OrderedDict(a=1, b=2))))\n"
                "list(reversed(Counter('abc')))",
    "deque_empty_pop": "from collections import deque\ndeque().pop()",
    "deque_empty": "from collections import deque\ndeque()",
    # itertools
    "count_islice": "import itertools\nlist(itertools.islice(itertools.count(10, 5), 4))",
    "count_zip": "from itertools import count\nlist(zip(count(), 'abc'))",
    "count_break": "from itertools import count\nfor i in count(1):\n    if i * i > 30:\n        break\ni",
    "cycle_islice": "from itertools import cycle, islice\nlist(islice(cycle('AB'), 5))",
    "repeat": "from itertools import repeat\nprint(list(repeat(7, 3)))\nlist(zip(range(3), repeat('x')))",
    "accumulate": "from itertools import accumulate\nprint(list(accumulate([1, 2, 3, 4])))\n"
                  "print(list(accumulate([3, 1, 4, 1, 5], max)))\nlist(accumulate([1, 2, 3], initial=100))",
    "chain": "from itertools import chain\nprint(list(chain([1, 2], (3,), 'ab')))\n"
             "list(chain.from_iterable([[1], [2, 3], []]))",
    "compress_filterfalse": "from itertools import compress, filterfalse\n"
                            "print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))\n"
                            "list(filterfalse(lambda x: x % 2, range(10)))",
    "dropwhile_takewhile": "from itertools import dropwhile, takewhile\n"
                           "print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))\n"
                           "list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1]))",
    "groupby": "from itertools import groupby\nfor k, g in groupby('AAAABBBCCDAABBB'):\n    print(k, list(g))\n"
               "[(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)]",
    "groupby_lazy": "from itertools import groupby, count, islice\n"
                    "groups = groupby(count(), key=lambda i: i // 3)\n"
                    "print([(k, list(g)) for k, g in islice(groups, 3)])\n"
                    "pairs = [(k, g) for k, g in groupby('aabbc')]\nprint([(k, list(g)) for k, g in pairs])\n"
                    "it = groupby('xxyz')\nk, g = next(it)\nprint(k, next(g))\nk2, g2 = next(it)\n"
                    "print(k2, list(g2), list(g))",
    "islice_forms": "from itertools import islice\nprint(list(islice('ABCDEFG', 2)))\n"
                    "print(list(islice('ABCDEFG', 2, 4)))\nprint(list(islice('ABCDEFG', 2, None)))\n"
                    "list(islice('ABCDEFG', 0, None, 2))",
    "islice_negative": "from itertools import islice\nislice('abc', -1)",
    "islice_negative_start": "from itertools import islice\nislice('abc', -1, 2)",
    "islice_zero_step": "from itertools import islice\nislice('abc', 0, 2, 0)",
    "starmap": "from itertools import starmap\nlist(starmap(pow, [(2, 5), (3, 2), (10, 3)]))",
    "tee": "from itertools import tee\na, b = tee(iter([1, 2, 3]))\nprint(list(a))\nlist(b)",
    "zip_longest": "from itertools import zip_longest\nprint(list(zip_longest('ABCD', 'xy', fillvalue='-')))\n"
                   "list(zip_longest([1, 2], [3]))",
    "product": "from itertools import product\nprint(list(product('AB', [0, 1])))\nlist(product(range(2), repeat=3))",
    "permutations": "from itertools import permutations\nprint(list(permutations('ABC', 2)))\n"
                    "print(len(list(permutations(range(4)))))\nlist(permutations([1, 2], 3))",
    "combinations": "from itertools import combinations, combinations_with_replacement\n"
                    "print(list(combinations('ABCD', 2)))\nprint(list(combinations(range(4), 3)))\n"
                    "list(combinations_with_replacement('ABC', 2))",
    "selections_more": "from itertools import permutations, combinations, combinations_with_replacement as cwr\n"
                       "print(list(permutations('ABCD')))\nprint(list(cwr(range(3), 3)))\n"
                       "print(list(combinations('AB', 0)), list(permutations([], 0)), list(cwr([], 2)))\n"
                       "print(len(list(combinations(range(30), 3))), sum(1 for _ in permutations(range(6), 4)))\n"
                       "next(permutations(range(100)))[:5], next(combinations(range(1000), 4))",
    "pairwise": "from itertools import pairwise\nlist(pairwise('ABCDE'))",
    "itertools_lazy_map": "import itertools\nsq = map(lambda x: x * x, itertools.count())\n"
                          "list(itertools.takewhile(lambda v: v < 50, sq))",
    # functools
    "reduce": "from functools import reduce\nprint(reduce(lambda a, b: a + b, [1, 2, 3, 4]))\n"
              "print(reduce(lambda a, b: a * b, range(1, 6), 10))\nreduce(max, [], 'init')",
    "reduce_empty": "from functools import reduce\nreduce(lambda a, b: a + b, [])",
    "partial": "from functools import partial\ndef power(base, exp):\n    return base ** exp\n"
               "square = partial(power, exp=2)\ncube_of_two = partial(power, 2)\n"
               "print(square(5), cube_of_two(3), square.args, square.keywords)\n"
               "int2 = partial(int, base=2)\nint2('1010')",
    "partial_callable": "from functools import partial\np = partial(max, 5)\n"
                        "print(callable(p), p(3), p(9), partial(p, 7)(1))\ncallable(3)",
    "lru_cache": "from functools import lru_cache\ncalls = []\n@lru_cache(maxsize=None)\ndef fib(n):\n"
                 "    calls.append(n)\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                 "print(fib(30))\nlen(calls)",
    "lru_cache_bare": "import functools\n@functools.lru_cache\ndef sq(x):\n    print('computing', x)\n"
                      "    return x * x\nprint(sq(3), sq(3), sq(4))",
    "cache": "from functools import cache\n@cache\ndef f(a, b=1):\n    print('run')\n    return a + b\n"
             "f(1), f(1), f(1, b=2), f(1, b=2)",
    "wraps": "from functools import wraps\ndef loud(fn):\n    @wraps(fn)\n    def inner(*a):\n"
             "        print('calling')\n        return fn(*a)\n    return inner\n@loud\ndef add(a, b):\n"
             "    return a + b\nadd(2, 3)",
    "cmp_to_key": "from functools import cmp_to_key\ndef cmp(a, b):\n    return (a % 3) - (b % 3)\n"
                  "sorted([5, 3, 7, 9, 1], key=cmp_to_key(cmp))",
    # builtins
    "hex_oct_bin": "print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))\nhex(True)",
    "hex_float": "hex(3.0)",
    "issubclass": "class A:\n    pass\nclass B(A):\n    pass\n"
                  "print(issubclass(bool, int), issubclass(int, float), issubclass(B, A), issubclass(A, B))\n"
                  "issubclass(B, (int, A))",
    "issubclass_bad": "issubclass(3, int)",
    "globals_read": "alpha = 41\nbeta = 'x'\ng = globals()\nprint(g['alpha'] + 1, 'beta' in g, 'gamma' in g)",
    "vars_object": "class P:\n    def __init__(self):\n        self.a = 1\n        self.b = [2]\nvars(P())",
    "vars_bad": "vars(3)",
}


def main():
    write_programs(OUT, CASES.items())


if __name__ == "__main__":
    main()
