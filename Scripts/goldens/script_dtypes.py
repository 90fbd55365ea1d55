#!/usr/bin/env python3
"""Goldens for the integer dtypes int8, int16, uint16, uint32 and uint64 as scripts see them.

Run from the repository root: python3 Scripts/goldens/script_dtypes.py
Writes Tests/SwnbScriptTests/Goldens/script_dtypes.json in script.json's format (programs run by
script.py's `run`): creation by name and by type, NEP 50 promotion, wraparound arithmetic,
comparisons, reductions, indexing, printing, numpy scalars, tolist/item, iinfo and errors;
and `ndarray.resize` in place.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_dtypes.json")

TYPES = ["int8", "int16", "uint16", "uint32", "uint64"]
SHORT = {"int8": "i1", "int16": "i2", "uint16": "u2", "uint32": "u4", "uint64": "u8"}
BIG = {"int8": "-129", "int16": "40000", "uint16": "-1", "uint32": "5000000000", "uint64": "-5"}
OTHERS = ["bool_", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64"]

PER_TYPE = {
    "create": "a = np.array([1, 2, 3], dtype=np.{t})\nprint(a, a.dtype, a.itemsize)\na\n",
    "by_name": "a = np.zeros((2, 3), dtype='{t}')\nb = np.ones(3, dtype='{s}')\nprint(repr(a))\nb\n",
    "dtype_object": "d = np.dtype(np.{t})\nprint(d, d.kind, d.itemsize)\nnp.dtype('{t}')\n",
    "astype": "a = np.array([-3.7, 0.5, 250.9, 70000.2])\nb = np.arange(6).astype(np.{t})\n"
              "print(b)\nprint(np.array([1, 2, 300]).astype('{t}'))\nb.reshape(2, 3)\n",
    "scalar": "x = np.{t}(5)\nprint(x, type(x).__name__)\nprint(repr(x + 1), repr(x * 2))\nx\n",
    "wrap": "a = np.array([100, 120, 7], dtype=np.{t})\nb = np.array([30, 10, 9], dtype=np.{t})\n"
            "print(a + b, a - b, a * b)\nprint(a // b, a % b)\nprint(-a)\n",
    "python_int": "a = np.array([1, 2, 3], dtype=np.{t})\nprint(repr(a + 5), repr(2 * a))\n"
                  "print(repr(a / 2), repr(a + 1.5))\nprint(repr(a ** 2))\n",
    "overflow": "a = np.array([1, 2, 3], dtype=np.{t})\na + {big}\n",
    "compare": "a = np.array([1, 5, 3], dtype=np.{t})\nprint(a > 2, a == 3)\n"
               "print(a < np.array([2, 2, 2], dtype=np.int8))\nnp.maximum(a, 2)\n",
    "reduce": "a = np.arange(1, 7, dtype=np.{t}).reshape(2, 3)\nprint(repr(a.sum()), repr(a.prod()))\n"
              "print(repr(a.sum(axis=0)), repr(a.cumsum()))\nprint(repr(a.max()), repr(a.min(axis=1)))\n"
              "print(repr(a.mean()), a.argmax(), repr(a.std()))\n",
    "index": "a = np.arange(12, dtype=np.{t}).reshape(3, 4)\nprint(a[1], a[:, 2], a[a > 5])\n"
             "a[0, 0] = 9\na[1] = 7\nprint(repr(a[0, 0]))\nprint(a)\na[[0, 2], 1:3]\n",
    "tolist": "a = np.array([[1, 2], [3, 4]], dtype=np.{t})\nprint(a.tolist(), type(a.item(0)).__name__)\n"
              "print(a[0, 1].item(), a.T.tolist())\nstr(a)\n",
    "iinfo": "i = np.iinfo(np.{t})\nprint(i.min, i.max, i.bits, i.dtype)\n",
    "sort": "a = np.array([3, 1, 2, 9, 0], dtype=np.{t})\nprint(np.sort(a), np.argsort(a), np.unique(a))\n"
            "print(np.where(a > 1, a, 0), np.clip(a, 1, 4))\nnp.concatenate([a, a])\n",
    "sqrt": "a = np.array([4, 9], dtype=np.{t})\nprint(repr(np.sqrt(a)), repr(np.exp(a)))\n",
    "assign_error": "a = np.zeros(2, dtype=np.{t})\na[0] = -1\n",
    "large": "np.arange(2000, dtype=np.{t})\n",
}

# Everyday functions on the new dtypes: products, statistics, set ops, summarised printing.
ENGINE_BREADTH = """\
import numpy as np
a = np.array([[1, 2], [3, 4]], dtype=np.int8)
print(repr(a @ a), repr(np.dot(a, a)), repr(a.T @ np.array([1, 1], dtype=np.uint16)))
print(repr(np.outer(a[0], a[1])), repr(np.trace(a)))
print(np.int8, repr(a.dtype), np.uint64)
print(repr(np.int16(3.9)), repr(np.int16(5) + 1.5), repr(np.uint8(7) * np.int8(3)))
print(repr(np.median(a)), repr(np.percentile(a, 50)), repr(np.diff(np.array([5, 2, 9], dtype=np.uint8))))
print(repr(np.unique(np.array([3, 3, 1], dtype=np.uint32), return_counts=True)))
print(repr(np.count_nonzero(a)), repr(np.argwhere(a > 2)), repr(np.nonzero(a)))
print(repr(np.isin(a, [2, 3])), repr(np.searchsorted(np.array([1, 5, 9], dtype=np.int16), 6)))
print(repr(np.array([1, 2], dtype=np.int16).round()), repr(np.floor(np.array([1], dtype=np.int8))))
print(repr(np.arange(2000, dtype=np.int16).reshape(40, 50)))
print(repr(np.array([1.5, 2], dtype=np.float32) + np.array([1, 2], dtype=np.uint16)))
print(repr(np.linalg.norm(np.array([3, 4], dtype=np.int16))))
print(repr(np.repeat(np.array([1, 2], dtype=np.uint16), 2)), repr(np.tile(np.array([1, 2], dtype=np.int8), 2)))
print(repr(np.array([True, False]) + np.array([1, 2], dtype=np.int8)))
print(repr(np.array([-5], dtype=np.int8) >> 1), repr(np.array([5], dtype=np.uint16) << 2))
print(repr(np.array([1, 2], dtype=np.int16).var()), repr(np.array([1, 2], dtype=np.uint32).astype(np.float32)))
"""

# ndarray.resize in place: shape tuple or ints, growth zero-filled, attribute targets.
RESIZE = """\
import numpy as np
a = np.arange(6)
print(a.resize(2, 4))
print(a)
b = np.arange(6.0)
b.resize((4,))
print(repr(b))
c = np.arange(6).reshape(2, 3).copy()
c.resize((3, 3), refcheck=False)
print(c)
d = np.zeros((2, 2), dtype=np.int16)
d.resize(5)
print(repr(d))
s = np.array(['ab', 'c'])
s.resize(3)
print(repr(s))
a.resize()
print(a.shape)
class Box:
    pass
box = Box()
box.w = np.ones(2)
box.w.resize(3)
print(box.w)
"""

# Wraparound and sign edges of unsigned and narrow signed types, integer-typed indices.
WRAP_EDGES = """\
import numpy as np
u = np.array([1, 0, 65535], dtype=np.uint16)
print(repr(np.abs(u)), repr(-u), repr(np.sign(u)), repr(u ** 2), repr(u // 0))
g = np.array([2**62, 3], dtype=np.uint64)
print(repr(g * 4), repr(g + g), repr(g.sum()), repr(g.astype(np.int8)))
print(repr(np.array([-3, 4], dtype=np.int8) % 3), repr(np.array([-3, 4], dtype=np.int8) // 2))
print(repr(np.array([200, 100], dtype=np.uint8).mean()), repr(np.array([1, 2], dtype=np.uint32).argmin()))
print(repr(np.array([3, 1], dtype=np.int16).sort()), repr(np.cumprod(np.array([200, 200], dtype=np.int16))))
print(repr(np.array([1, 2], dtype=np.uint16)[np.array([1, 0], dtype=np.uint8)]))
print(repr(np.arange(4, dtype=np.int8)[np.int16(2)]))
"""


def cases():
    for name, body in PER_TYPE.items():
        for t in TYPES:
            if name == "iinfo" and t == "uint64":
                continue
            if name == "sqrt" and t == "int8":
                continue  # numpy computes in float16, which swnb does not have
            yield f"{name}_{t}", "import numpy as np\n" + body.format(t=t, s=SHORT[t], big=BIG[t])
    promote = "import numpy as np\n"
    for a in OTHERS:
        for b in OTHERS:
            promote += f"print('{a}', '{b}', (np.ones(1, np.{a}) + np.ones(1, np.{b})).dtype)\n"
    yield "promotion_table", promote
    yield "quickstart_ones", "import numpy as np\nnp.ones((2, 3, 4), dtype=np.int16)\n"
    yield "uint8_overflow", "import numpy as np\nnp.array([1], dtype=np.uint8) + 300\n"
    yield "int8_overflow", "import numpy as np\nnp.array([1], dtype=np.int8) - 200\n"
    yield "int16_scalar_str", "import numpy as np\nprint(np.int16(-7), np.uint32(7))\nnp.uint16(65534) + np.uint16(1)\n"
    yield "uint64_int64", ("import numpy as np\na = np.array([5], dtype=np.uint64)\n"
                           "print(repr(a + np.array([1])), repr(a - np.array([2], dtype=np.int8)))\n")
    yield "int8_uint8", ("import numpy as np\nx = np.array([-1, 2], dtype=np.int8)\n"
                         "y = np.array([255, 3], dtype=np.uint8)\nx + y\n")
    yield "mixed_float32", ("import numpy as np\nprint((np.ones(1, np.int16) + np.ones(1, np.float32)).dtype,"
                            " (np.ones(1, np.uint32) + np.ones(1, np.float32)).dtype)\n")
    yield "float_casts", ("import numpy as np\nf = np.array([-3.7, 0.5, 250.9, 70000.2, -1.0])\n"
                          "print(f.astype(np.int8), f.astype(np.int16), f.astype(np.uint16))\n"
                          "print(f.astype(np.uint32), f.astype(np.uint64))\n")
    yield "uint64_big", ("import numpy as np\nb = np.array([-1, 2]).astype(np.uint64)\nprint(b, b.max())\n"
                         "print(repr(b // np.uint64(2)), b > 5)\nb\n")
    yield "integer_division_by_zero", ("import numpy as np\na = np.array([7, -7], dtype=np.int16)\n"
                                       "print(a // 0, a % 0)\nprint(np.array([5], dtype=np.uint32) // 0)\n")
    yield "creation_functions", ("import numpy as np\nprint(repr(np.arange(3, dtype=np.uint16)),"
                                 " repr(np.full(2, 7, dtype=np.int8)))\n"
                                 "print(repr(np.zeros_like(np.ones(2, np.uint32))), repr(np.eye(2, dtype='i2')))\n"
                                 "np.array([[1, 2]], dtype=np.uint64).T\n")
    yield "compare_mixed", ("import numpy as np\nu = np.array([1, 200], dtype=np.uint8)\n"
                            "i = np.array([-1, 100], dtype=np.int8)\nprint(u > i, u == i, np.maximum(u, i))\n"
                            "print(repr(np.array([3], dtype=np.uint64) < np.array([-1])))\n")
    yield "stack_mixed", ("import numpy as np\nx = np.concatenate([np.ones(2, np.int8), np.ones(2, np.uint16)])\n"
                          "y = np.vstack([np.ones(2, np.int16), np.ones(2, np.float32)])\nprint(x.dtype, y.dtype)\nx\n")
    yield "cumsum_unsigned", ("import numpy as np\na = np.array([250, 10], dtype=np.uint8)\n"
                              "print(repr(a.cumsum()), repr(a.cumprod()), repr(np.sum(a, dtype=np.uint8)))\n")
    yield "abs_sign", ("import numpy as np\na = np.array([-128, 5, -3], dtype=np.int8)\n"
                       "print(repr(np.abs(a)), repr(np.sign(a)), repr(-a))\n")
    yield "bitwise", ("import numpy as np\na = np.array([12, 10], dtype=np.uint16)\n"
                      "print(a & 6, a | 1, a ^ 3, ~a)\n")
    yield "in_place", ("import numpy as np\na = np.array([100, 120], dtype=np.int8)\na += 100\nprint(a)\n"
                       "a *= 3\nprint(a)\nb = np.ones(2, np.int16)\nb += np.ones(2, np.int8)\nb\n")
    yield "in_place_cast_error", ("import numpy as np\na = np.ones(2, np.int8)\na += np.ones(2, np.int16)\n")
    yield "scalar_types", ("import numpy as np\nx = np.array([1, 2], dtype=np.uint32)\n"
                           "print(type(x[0]).__name__, type(x.sum()).__name__, type(x.mean()).__name__)\n"
                           "print(x.dtype == np.uint32, x.dtype.name, np.dtype('u4') == np.dtype(np.uint32))\nx[1]\n")
    yield "astype_str", ("import numpy as np\nprint(repr(np.array([-5, 7], dtype=np.int16).astype(str)))\n"
                         "np.array(['12', '-3']).astype(np.int8)\n")

    yield "engine_breadth", ENGINE_BREADTH
    yield "scalar_overflow", "import numpy as np\nnp.uint8(300)\n"

    yield "wrap_edges", WRAP_EDGES
    yield "resize", RESIZE
    yield "resize_strided_error", "import numpy as np\na = np.arange(6)[::2]\na.resize(2)\n"
    yield "resize_view_error", "import numpy as np\na = np.arange(6)[1:]\na.resize(2)\n"
    yield "resize_negative_error", "import numpy as np\na = np.arange(6)\na.resize((2, -1))\n"


def main():
    write_programs(OUT, cases())


if __name__ == "__main__":
    main()
