#!/usr/bin/env python3
"""Goldens for float32 products: np.matmul / np.dot computed in single precision.

numpy multiplies float32 by float32 with the s-prefixed BLAS kernels (sgemm, sgemv, ssyrk,
sdot summed in float64) and float32 loops, whose bits differ from a float64 product rounded
to float32. The cases cover numpy's kernel choice: gemm (plain, transposed operands, copied
non-blasable views), syrk (an array times its own transpose), gemv (matrix @ vector, vector @
matrix, single rows and columns), dot, the plain loops (inner dimension 1, negative strides),
batches and a float32 @ float64 mix.

Writes Tests/SwnbArrayTests/Goldens/products_float32.json in array_core.json's case format
({id, op, args, expect}). Inputs are not listed but described as {"pattern": seed, "shape",
"dtype"}: element i is ((i * 7919 + seed) % 1009) / 1009 - 0.3 computed in float64, then cast
to dtype (the Swift test builds the same values). "ta"/"tb" name a view taken of an input
(array_core.py's TRANSFORMS); "b": "same" multiplies `a` by its own (transformed) memory.
Each case also records whether the float64 product rounded to float32 would differ
("discriminating"), so the fixture is known to tell the two apart.

Run with numpy 2.4: python3 Scripts/goldens/products_float32.py
"""
import json
import os
import warnings

import numpy as np

from array_core import TRANSFORMS, arr

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbArrayTests",
                   "Goldens", "products_float32.json")
K = 23  # the inner dimension: long enough for float32 rounding to show


def pattern(shape, seed, dtype="float32"):
    return {"pattern": seed, "shape": list(shape), "dtype": dtype}


def build(d):
    n = int(np.prod(d["shape"]))
    i = np.arange(n, dtype=np.int64)
    values = ((i * 7919 + d["pattern"]) % 1009) / 1009.0 - 0.3
    return values.astype(d["dtype"]).reshape(d["shape"])


CASES = []


def case(cid, op, a, b, ta=None, tb=None):
    CASES.append({"id": cid, "op": op, "args": {"a": a, "b": b, "ta": ta, "tb": tb}})


def operands(args):
    x = TRANSFORMS[args["ta"]](build(args["a"]))
    if args["b"] == "same":
        return x, TRANSFORMS[args["tb"]](build(args["a"]))
    return x, TRANSFORMS[args["tb"]](build(args["b"]))


def run(c):
    x, y = operands(c["args"])
    f = np.matmul if c["op"] == "matmul" else np.dot
    result = f(x, y)
    widened = f(x.astype(np.float64), y.astype(np.float64)).astype(result.dtype)
    return {"result": arr(result), "discriminating": bool(np.any(widened != result))}


def main():
    a, b = pattern([4, K], 1), pattern([K, 5], 2)
    v, w = pattern([K], 3), pattern([K], 4)
    for op in ["matmul", "dot"]:
        case(op + "_gemm", op, a, b)
        case(op + "_gemm_tA", op, pattern([K, 4], 5), b, ta="T")
        case(op + "_gemm_tB", op, a, pattern([5, K], 6), tb="T")
        case(op + "_syrk_tA", op, pattern([K, 4], 7), "same", ta="T")
        case(op + "_syrk_tB", op, a, "same", tb="T")
        case(op + "_copy_cols2", op, pattern([4, 2 * K], 8), b, ta="cols2")
        case(op + "_copy_rows2", op, a, pattern([2 * K, 5], 9), tb="rows2")
        case(op + "_mv", op, a, v)
        case(op + "_vm", op, v, b)
        case(op + "_mv_T", op, pattern([K, 4], 10), v, ta="T")
        case(op + "_row", op, pattern([1, K], 11), b)
        case(op + "_col", op, a, pattern([K, 1], 12))
        case(op + "_vv", op, v, w)
        case(op + "_vv_rev", op, v, w, ta="rev", tb="rev")
        case(op + "_rev_m", op, v, b, ta="rev")
        case(op + "_k1", op, pattern([4, 1], 13), pattern([1, 5], 14))
        if op == "matmul":
            case(op + "_batch", op, pattern([2, 4, K], 15), b)
        case(op + "_mixed", op, a, pattern([K, 5], 16, "float64"))
    for c in CASES:
        c["expect"] = run(c)
    with open(OUT, "w") as fh:
        json.dump(CASES, fh, separators=(",", ":"))
        fh.write("\n")
    plain = sum(not c["expect"]["discriminating"] for c in CASES)
    print("%d cases (%d where float64-then-round agrees), %d bytes"
          % (len(CASES), plain, os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
