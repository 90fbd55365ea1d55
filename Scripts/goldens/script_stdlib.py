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
    # statistics, json, and round-3 additions to collections/functools/dataclasses/math
    'statistics_mean': 'import statistics\nprint(statistics.mean([1, 2, 3, 4, 4]), statistics.mean([0.1, 0.2, 0.3]), statistics.fmean([0.1, 0.2, 0.3]), statistics.mean([1, 2]), statistics.mean([2, 4]))',
    'statistics_median_mode': "import statistics as st\nprint(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([2, 1.5]))\nprint(st.mode([1, 1, 2, 3, 3, 3]), st.mode('aabbbc'), st.multimode('aabbcd'), st.multimode([]))",
    'statistics_spread': 'import statistics as st\ndata = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]\nprint(st.stdev(data), st.variance(data), st.pstdev(data), st.pvariance(data))\nprint(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([2]))',
    'statistics_table': "import statistics as st\nheights = [72.5, 68.1, 90.3, 85.0, 77.7, 64.2, 88.8]\nprint(f'mean {st.mean(heights):.2f}, median {st.median(heights)}, sd {st.stdev(heights):.4f}')\nst.mean(heights), st.stdev(heights), st.pvariance(heights), st.variance(heights, st.mean(heights))",
    'statistics_quantiles': "import statistics as st\nprint(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles(range(10), n=3))\nst.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=10)",
    'statistics_edges': "import statistics as st\nprint(st.mean([True, False, True]), st.mean([-1.5, -2.25]), st.mean([1e308, 1e308]), st.mean([1, float('inf')]), st.variance([1, float('inf')]))\nprint(st.mean([0.1] * 10), st.stdev([0.1, 0.2, 0.3, 0.4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([10**9, 10**9 + 1, 10**9 + 2]))",
    'statistics_bivariate': 'import statistics as st\nprint(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]), st.geometric_mean([54, 24, 36]))',
    'statistics_errors': 'import statistics as st\nfor f, args in [(st.mean, []), (st.stdev, [1]), (st.variance, []), (st.median, []), (st.mode, []), (st.pstdev, []), (st.quantiles, [1])]:\n    try:\n        f(args)\n    except st.StatisticsError as e:\n        print(f.__name__, type(e).__name__, e, isinstance(e, ValueError))',
    'statistics_bad_type': "import statistics\nstatistics.mean(['a', 'b'])",
    'statistics_fmean_empty': 'import statistics\nstatistics.fmean([])',
    'counter_unary': "from collections import Counter\nc = Counter({'red': 4, 'blue': 2})\nc.subtract({'blue': 3, 'green': 1})\nprint(c, +c, -c)",
    'namedtuple_make_fromkeys_insert': "from collections import namedtuple, OrderedDict, deque\nPoint = namedtuple('Point', 'x y')\nprint(Point._make([5, 6]), Point.__name__, type(Point(1, 2)).__name__, Point(1, 2)._replace(x=3))\nprint(OrderedDict.fromkeys('abc', 0), OrderedDict.fromkeys('xy'))\nd = deque('abc')\nd.insert(1, 'z')\nd",
    'namedtuple_unexpected_keyword': "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\nPoint(x=1, z=2)",
    'deque_insert_full': 'from collections import deque\nd = deque([1, 2], maxlen=2)\nd.insert(0, 5)',
    'match_namedtuple_dataclass': "from collections import namedtuple\nfrom dataclasses import dataclass\nP = namedtuple('P', 'x y')\n@dataclass\nclass Q:\n    x: int\n    y: int\ndef where(p):\n    match p:\n        case P(0, y) | Q(0, y):\n            return f'on y axis at {y}'\n        case P(x, 0) | Q(x, 0):\n            return f'on x axis at {x}'\n        case _:\n            return 'elsewhere'\n[where(P(0, 2)), where(Q(3, 0)), where(Q(1, 1))]",
    'lru_cache_info': "from functools import lru_cache\n@lru_cache(maxsize=2)\ndef slow(n):\n    print('computing', n)\n    return n * 2\nprint(slow(3), slow(3), slow(4), slow(5), slow(3))\nprint(slow.cache_info())\nslow.cache_clear()\nslow.cache_info()",
    'lru_cache_unbounded': 'from functools import lru_cache, cache\n@lru_cache(maxsize=None)\ndef fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n@cache\ndef sq(x):\n    return x * x\nprint(fib(80), fib.cache_info(), sq(3), sq(3), sq.cache_info())',
    'dataclass_astuple_replace': "from dataclasses import dataclass, astuple, replace, field\n@dataclass\nclass C:\n    a: int\n    b: str = 'x'\n    tags: list = field(default_factory=list)\nc = C(1)\nprint(astuple(c), replace(c, b='y'), C.__match_args__)",
    'dataclass_mutable_default': 'from dataclasses import dataclass\n@dataclass\nclass Bad:\n    a: list = []',
    'math_more': 'import math\nprint(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4, 10), math.remainder(7, 2), math.remainder(-7.5, 2), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))\nprint(math.cbrt(27), math.cbrt(-8), math.exp2(10), math.asinh(1), math.acosh(2), math.atanh(0.5))',
    'math_fsum': "import math\nprint(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1.0, 1e-16, 1e-16]), math.fsum([0.3, 0.6, 0.1]), math.fsum([float('inf'), 1]), math.fsum([]))",
    'math_fsum_inf_minus_inf': "import math\nmath.fsum([float('inf'), float('-inf')])",
    'math_remainder_zero': 'import math\nmath.remainder(1, 0)',
    'math_acosh_domain': 'import math\nmath.acosh(0.5)',
    'json_dumps': "import json\ndata = {'name': 'Ann', 'scores': [90, 85.5, None], 'ok': True, 'nested': {'b': 1, 'a': [1, 2]}, 'empty': {}, 'none': []}\nprint(json.dumps(data))\nprint(json.dumps(data, indent=2, sort_keys=True))\nprint(json.dumps(data, separators=(',', ':')))",
    'json_dumps_escapes': 'import json\nprint(json.dumps(\'héllo "q" \\n tab\\t ☃ 😀\'), json.dumps(\'héllo\', ensure_ascii=False), json.dumps([1.0, 1e20, 0.1, -0.0, float(\'nan\'), float(\'inf\')]), json.dumps({1: \'a\', 2.5: \'b\', None: \'c\', False: \'d\'}))\nprint(json.dumps([[1, [2, []]], {}], indent=4))\nprint(json.dumps({\'a\': 1}, indent=0), json.dumps((1, 2)), json.dumps(3), json.dumps(None))',
    'json_loads': 'import json\ns = \'{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\\\n\\\\u00e9\\\\ud83d\\\\ude00"}, "e": 0}\'\nobj = json.loads(s)\nprint(obj, type(obj[\'a\'][1]).__name__, type(obj[\'e\']).__name__)\njson.loads(json.dumps(obj)) == obj',
    'json_bad_key': 'import json\njson.dumps({(1, 2): 3})',
    'json_not_serializable': "import json\njson.dumps({'a': {1, 2}})",
    'json_trailing_comma': 'import json\njson.loads(\'{"a": 1,}\')',
    'json_unclosed': "import json\njson.loads('[1, 2')",
    'json_empty': "import json\njson.loads('')",
    'json_missing_colon': 'import json\njson.loads(\'{"a" 1}\')',
    'json_extra_data': "import json\njson.loads('[1] x')",
    'json_decode_error_fields': 'import json\ntry:\n    json.loads(\'{\\n  "a": tru\\n}\')\nexcept json.JSONDecodeError as e:\n    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))',
    'json_nan_disallowed': "import json\njson.dumps(float('nan'), allow_nan=False)",
    'json_default_tab': "import json\nprint(json.dumps({'when': object()}, default=lambda o: 'OBJ'), json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent='\\t'))",
    'statistics_harmonic_mean': 'import statistics as st\nprint(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]), st.harmonic_mean([0.1, 0.2, 0.3]), st.harmonic_mean([60, 40, 30, 50]))',
    'statistics_harmonic_negative': 'import statistics as st\nst.harmonic_mean([1, -2])',
    'statistics_harmonic_empty': 'import statistics as st\nst.harmonic_mean([])',
    'math_gamma_lanczos': 'import math\nxs = [0.5, 1.5, 2.5, 3.7, 5.5, 7.25, 10.5, 12.3, 24.0, 30.5, 100.0, 141.5, 170.5, 0.001, 0.1, 1.1, 50.5]\nfor x in xs:\n    print(x, math.gamma(x), math.lgamma(x))\nprint(math.gamma(5), math.lgamma(1), math.lgamma(10))',
}


def main():
    write_programs(OUT, CASES.items())


if __name__ == "__main__":
    main()
