#!/usr/bin/env python3
"""Goldens for SwnbArray's Ops (ufuncs, reductions, sorting) from real numpy 2.4.

Writes Tests/SwnbArrayTests/Goldens/array_ops.json: {"inputs": {name: array}, "cases": [case]},
a case being {"id", "fn", "args": [operand...], "kw"?: {...}, "out": result, "warnings"?: [...],
"ulp"?: n}. Element data is one string of space-separated values. An array operand is {"ref": name} into "inputs", where arrays are:
  {"a": {"dtype", "shape", "data": str, "view": view?}}   an ndarray (data in C order)
  {"gen": {"dtype", "shape", "seed", "view"?}}                 a large generated float array
  {"py": "int"|"float"|"bool", "v": str}                       a Python (weak) scalar
  {"none": true}                                               None (a missing clip bound)
A view is {"slices": [[start, stop, step], ...]} and/or {"transpose": true}, applied in that
order (slices first) to the base array.
Results: {"dtype", "shape", "data"}, {"tuple": [result...]}, {"pybool": b}, {"pyint": n} or
{"error": [kind, message]}. Floats are Python reprs (exact round trip); ints and bools decimal.
"ulp" (transcendental functions only) is the largest difference in units in the last place
between numpy and glibc's libm on these inputs: Swift uses libm, numpy's own SIMD code may
differ by that much. Every other result must match bit for bit.

Run: python3 Scripts/goldens/array_ops.py   (numpy 2.4.6, CPython 3.11)
"""

import ctypes
import json
import math
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbArrayTests", "Goldens",
                   "array_ops.json")
CASES = []
INPUTS = {}  # spec text -> reference name, so shared operands are stored once
LIBM = ctypes.CDLL("libm.so.6")


# ---------------------------------------------------------------- operands

class Arr:
    """A numpy array plus the JSON spec that rebuilds it."""

    def __init__(self, base, view=None, gen=None):
        self.base = base
        self.view = view or {}
        self.gen = gen
        x = base
        if "slices" in self.view:
            x = x[tuple(slice(*s) for s in self.view["slices"])]
        if self.view.get("transpose"):
            x = x.T
        self.value = x

    def spec(self):
        text = json.dumps(self.full_spec(), separators=(",", ":"))
        if text not in INPUTS:
            INPUTS[text] = f"x{len(INPUTS)}"
        return {"ref": INPUTS[text]}

    def full_spec(self):
        if self.gen is not None:
            d = dict(self.gen)
            if self.view:
                d["view"] = self.view
            return {"gen": d}
        d = {"dtype": str(self.base.dtype), "shape": list(self.base.shape),
             "data": " ".join(fmt(v) for v in self.base.ravel().tolist())}
        if self.view:
            d["view"] = self.view
        return {"a": d}

    def sliced(self, *slices):
        return Arr(self.base, {**self.view, "slices": [list(s) for s in slices]}, self.gen)

    def transposed(self):
        return Arr(self.base, {**self.view, "transpose": True}, self.gen)


class Py:
    """A Python scalar operand (weak under NEP 50)."""

    def __init__(self, v):
        self.value = v

    def spec(self):
        kind = type(self.value).__name__
        return {"py": kind, "v": fmt(self.value)}


class NoneArg:
    """An explicit None argument (a missing clip bound)."""
    value = None

    def spec(self):
        return {"none": True}


NONE = NoneArg()


def fmt(v):
    if isinstance(v, (bool, np.bool_)):
        return "1" if v else "0"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return repr(float(v))


def arr(data, dtype):
    with np.errstate(over="ignore"):  # 1e300 -> float32 is inf on purpose
        return Arr(np.array(data, dtype=dtype))


def gen(shape, seed, dtype="float64", scale=0):
    """Deterministic full-mantissa values; the Swift test computes the same formula:
    m = (i * 2654435761 + seed * 40503) mod 2**32, v = ((m - 2**31) * 1.1 / 1024) * 2**scale,
    then cast to dtype (floats round, ints truncate)."""
    n = int(np.prod(shape))
    i = np.arange(n, dtype=np.uint64)
    m = (i * np.uint64(2654435761) + np.uint64(seed) * np.uint64(40503)) % np.uint64(2**32)
    v = (m.astype(np.float64) - 2.0**31) * 1.1 / 1024.0 * 2.0**scale
    spec = {"dtype": dtype, "shape": list(shape), "seed": seed}
    if scale:
        spec["scale"] = scale
    return Arr(v.reshape(shape).astype(dtype), gen=spec)


def encode(r):
    if isinstance(r, tuple):
        return {"tuple": [encode(x) for x in r]}
    if isinstance(r, bool):
        return {"pybool": r}
    if isinstance(r, int):
        return {"pyint": r}
    r = np.asarray(r)
    return {"dtype": str(r.dtype), "shape": list(r.shape), "data": " ".join(fmt(v) for v in r.ravel().tolist())}


# ---------------------------------------------------------------- case recording

def case(cid, fn, args, kw=None, call=None, ulp=None):
    kw = kw or {}
    values = [a.value for a in args]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = call(*values, **kw) if call else getattr(np, fn)(*values, **kw)
            out = encode(r)
        except Exception as e:  # numpy's exception becomes the expected result
            kind = type(e).__name__
            out = {"error": [kind, str(e)]}
    c = {"id": cid, "fn": fn, "args": [a.spec() for a in args], "out": out}
    if kw:
        c["kw"] = {k: jsonable(v) for k, v in kw.items()}
    if caught:
        c["warnings"] = [str(w.message) for w in caught]
    if ulp is not None:
        c["ulp"] = ulp
    CASES.append(c)


def jsonable(v):
    if isinstance(v, tuple):
        return list(v)
    return v


def ipow(a, b):
    """a **= b on a copy of a (numpy's fast_scalar_power in place)."""
    a = a.copy()
    a **= b
    return a


def inplace(op):
    """a (op)= b on a copy of a; the result is the modified copy."""
    def run(a, b):
        a = a.copy()
        getattr(np, op)(a, b, out=a, casting="same_kind")
        return a
    return run


# ---------------------------------------------------------------- inputs

F = [0.0, -0.0, 1.5, -2.5, 3.0, -7.25, 1e-300, 1e300, np.inf, -np.inf, np.nan, 0.1]
I = [-7, -1, 0, 1, 2, 5, 100, -128]
U = [0, 1, 7, 200, 255, 3]
B = [True, False, True, True, False, False]
DATA = {"float64": F, "float32": F, "int64": I, "int32": I, "uint8": U, "bool": B}
DTYPES = ["bool", "uint8", "int32", "int64", "float32", "float64"]


def sample(dtype, n=6, shift=0):
    d = DATA[dtype]
    return arr([d[(i + shift) % len(d)] for i in range(n)], dtype)


def ulp_vs_libm(fn, x, dtype):
    """Largest ulp distance between numpy's fn(x) and glibc's on the same inputs."""
    names = {"arcsin": "asin", "arccos": "acos", "arctan": "atan", "absolute": "fabs"}
    cname = names.get(fn, fn) + ("f" if dtype == "float32" else "")
    ctype = ctypes.c_float if dtype == "float32" else ctypes.c_double
    c = getattr(LIBM, cname)
    c.restype, c.argtypes = ctype, [ctype]
    with np.errstate(all="ignore"):
        y = getattr(np, fn)(x)
    z = np.array([c(float(v)) for v in x.ravel()], dtype=dtype)
    it = np.int32 if dtype == "float32" else np.int64
    yi, zi = y.ravel().view(it).astype(np.int64), z.view(it).astype(np.int64)
    both_nan = np.isnan(y.ravel()) & np.isnan(z)
    return int(np.max(np.where(both_nan, 0, np.abs(yi - zi)), initial=0))


# ---------------------------------------------------------------- binary ufuncs

ARITH = ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power",
         "maximum", "minimum", "fmax", "fmin"]
LOGIC = ["logical_and", "logical_or", "logical_xor"]
BITS = ["bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"]
CMP = ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"]


def binary_cases():
    pos = {"bool": B, "uint8": [0, 1, 2, 3, 7, 5], "int32": [0, 1, 2, 3, 5, 7],
           "int64": [0, 1, 2, 3, 5, 7], "float32": F, "float64": F}
    for op in ARITH + LOGIC + CMP:
        for da in DTYPES:
            for db in DTYPES:
                if op not in ("add", "true_divide") and da != db \
                        and (da, db) not in [("int64", "float64"), ("int32", "float32"), ("uint8", "int64")]:
                    continue
                if op == "power" and da != "bool" and db != "bool" and "float" not in db:
                    b = arr(pos[db], db)
                else:
                    b = sample(db, shift=3)
                if da == "bool" and op in ("floor_divide", "remainder", "power"):
                    continue  # numpy gives int8, which swnb does not have
                case(f"{op}-{da}-{db}", op, [sample(da), b])
    for op in BITS:
        for da, db in [("bool", "bool"), ("uint8", "uint8"), ("int32", "int64"), ("int64", "int64"),
                       ("uint8", "int32"), ("float64", "int64")]:
            if da == "bool" and "shift" in op:
                continue
            b = arr([0, 1, 2, 3, 5, 7], db) if "shift" in op else sample(db, shift=2)
            case(f"{op}-{da}-{db}", op, [sample(da), b])
    for op in ["arctan2", "hypot"]:
        for d in ["float64", "int64", "float32"]:
            a, b = sample(d), sample(d, shift=5)
            ulp = 0 if d != "float32" else None
            case(f"{op}-{d}", op, [a, b], ulp=ulp)


def weak_scalar_cases():
    scalars = [Py(2), Py(2.5), Py(True), Py(300), Py(-1), Py(2**40)]
    for op in ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder", "power",
               "maximum", "less", "equal"]:
        for d in DTYPES:
            for s in scalars:
                if d == "bool" and op in ("floor_divide", "remainder", "power"):
                    continue
                if op not in ("add", "multiply") and s.value not in (2, 2.5, -1):
                    continue
                case(f"{op}-{d}-py{type(s.value).__name__}{s.value}", op, [sample(d), s])
        case(f"{op}-pyleft-int64", op, [Py(7), sample("int64")])
        case(f"{op}-pyleft-float32", op, [Py(1.5), sample("float32")])
    special = arr([-0.0, -np.inf, -1.0, 4.0, np.nan, 0.0, np.inf, 2.5], "float64")
    for e in [Py(-1), Py(2), Py(0.5), Py(-1.0), Py(0.0), Py(1.0), Py(2.0), Py(3)]:
        case(f"power-fast-{type(e.value).__name__}{e.value}", "power", [special, e])
        case(f"pypower-{type(e.value).__name__}{e.value}", "pypower", [special, e], call=lambda a, b: a ** b)
    for e in [Py(2), Py(0.5), Py(-1), Py(3.0)]:
        case(f"ipypower-{type(e.value).__name__}{e.value}", "ipypower", [special, e], call=ipow)
    case("ipypower-int", "ipypower", [sample("int64"), Py(2)], call=ipow)
    case("pypower-f32-half", "pypower", [sample("float32"), Py(0.5)], call=lambda a, b: a ** b)
    case("pypower-int-2", "pypower", [sample("int64"), Py(2)], call=lambda a, b: a ** b)
    case("power-fast-column", "power", [Arr(np.array([[2.0, -0.0], [9.0, -np.inf]])), Arr(np.array([[0.5], [3.0]]))])
    lo = np.iinfo(np.int64).min
    case("floor_divide-int64-edges", "floor_divide", [arr([lo, 5, -7, 7, lo], "int64"), arr([-1, 0, 2, -2, 1], "int64")])
    case("remainder-int64-edges", "remainder", [arr([lo, 5, -7, 7, lo], "int64"), arr([-1, 0, 2, -2, 1], "int64")])
    case("left_shift-edges", "left_shift", [arr([1, -1, 3, 5], "int64"), arr([63, 64, -1, 100], "int64")])
    case("right_shift-edges", "right_shift", [arr([-8, 8, -1, 5], "int64"), arr([64, 64, 200, -3], "int64")])
    # Python operators on numpy scalars go through numpy's scalar math ("scalar divide").
    for op, f in [("true_divide", lambda a, b: a[()] / b), ("multiply", lambda a, b: a[()] * b),
                  ("subtract", lambda a, b: a[()] - b)]:
        for v in [Py(0.0), Py(1e308), Py(np.inf)]:
            case(f"scalarmath-{op}-{v.value}", "scalar_" + op, [Arr(np.array(0.0 if v.value == np.inf else 1e300)), v], call=f)
    case("power-int-negative-array", "power", [arr([2, 3], "int64"), arr([1, -1], "int64")])
    case("power-int-zero-base", "power", [arr([0, 2, -2, 3], "int64"), arr([0, 3, 3, 40], "int64")])
    case("power-int-overflow", "power", [arr([3, -3], "int64"), arr([41, 41], "int64")])
    case("power-int32", "power", [arr([3, -3, 2], "int32"), arr([5, 3, 31], "int32")])


def broadcast_cases():
    a = Arr(np.arange(6, dtype=np.float64).reshape(2, 3) * 1.5)
    case("bcast-row", "add", [a, arr([10.0, 20.0, 30.0], "float64")])
    case("bcast-col", "multiply", [a, Arr(np.array([[2.0], [-1.0]]))])
    case("bcast-outer", "subtract", [Arr(np.array([[1], [2], [3]], dtype=np.int64)), arr([10, 20], "int64")])
    case("bcast-0d", "add", [a, Arr(np.array(2.0, dtype=np.float32))])
    case("bcast-0d-int-strong", "add", [arr([1, 2], "uint8"), Arr(np.array(300, dtype=np.int64))])
    case("bcast-fail", "add", [a, arr([1.0, 2.0, 3.0, 4.0], "float64")])
    case("bcast-fail-3d", "multiply", [Arr(np.zeros((2, 3, 4))), Arr(np.zeros((3, 2)))])
    case("bcast-empty", "add", [Arr(np.zeros((0, 3))), arr([1.0, 2.0, 3.0], "float64")])
    case("bcast-empty-row", "add", [Arr(np.zeros((2, 0))), Arr(np.zeros((2, 1)))])
    b = Arr(np.arange(24, dtype=np.float64).reshape(4, 6) - 11.5)
    case("view-strided", "add", [b.sliced((None, None, 2), (1, None, 2)), Py(1.0)])
    case("view-transposed", "multiply", [b.transposed(), b.transposed()])
    case("view-reversed", "subtract", [b.sliced((None, None, -1), (None, None, -1)), b])
    case("view-transposed-plus-row", "add", [b.transposed(), arr([1.0, 2.0, 3.0, 4.0], "float64")])
    case("view-int-strided", "floor_divide", [Arr(np.arange(-12, 12, dtype=np.int64).reshape(4, 6)).sliced((None, None, 3), (None, None, 2)), Py(5)])
    for op in ["true_divide"]:
        case(f"large-{op}", op, [gen((2, 40), 1), gen((40,), 2)])
    case("large-f32-add", "add", [gen((140,), 3, "float32"), gen((140,), 4, "float32")])
    # float64 loops in 256-bit vectors (the general path: transposed operands, scalars,
    # broadcasting, division), with 8-wide passes, a 4-wide step and a partial last vector
    for n in [3, 7, 13]:
        x, y = gen((n, 2), 20 + n).transposed(), gen((n, 2), 21 + n).transposed()
        for op in ["add", "subtract", "multiply", "true_divide"]:
            case(f"wide-{op}-{n}", op, [x, y])
            case(f"wide-{op}-{n}-pyleft", op, [Py(1.5), x])
    case("wide-true_divide-by-zero", "true_divide", [gen((13,), 24), Py(0.0)])
    case("wide-zero-over-zero", "true_divide", [Arr(np.zeros(13)), Py(0.0)])
    case("wide-multiply-inf", "multiply", [Arr(np.array([1.0, 2.0, 0.0, 3.0, 4.0, 5.0, np.inf])), Py(np.inf)])
    case("wide-add-row", "add", [gen((3, 13), 26), gen((13,), 27)])
    case("wide-subtract-0d", "subtract", [Arr(np.array(2.5)), gen((2, 13), 28)])


def inplace_cases():
    for op in ["add", "subtract", "multiply", "true_divide", "floor_divide", "remainder"]:
        for da, b in [("int64", Py(2)), ("int64", Py(1.5)), ("float64", Py(2)), ("float32", Py(2.5)),
                      ("int32", arr([1, 2, 3, 4, 5, 6], "int64")), ("int64", sample("float64")),
                      ("uint8", Py(3)), ("uint8", Py(-1)), ("bool", Py(True)),
                      ("float64", arr([[1.0], [2.0]], "float64"))]:
            if da == "bool" and op in ("floor_divide", "remainder"):
                continue  # numpy computes in int8, which swnb does not have
            case(f"inplace-{op}-{da}-{b.spec().get('py', 'arr')}{getattr(b, 'value', '') if isinstance(b, Py) else ''}", "i" + op, [sample(da), b], call=inplace(op))
    case("inplace-wide-add", "iadd", [gen((13,), 29), gen((13,), 30)], call=inplace("add"))
    case("inplace-wide-true_divide", "itrue_divide", [gen((13,), 31), Py(3.0)], call=inplace("true_divide"))
    case("inplace-bcast-fail", "iadd", [sample("float64", 3), Arr(np.ones((2, 3)))], call=inplace("add"))


# ---------------------------------------------------------------- unary ufuncs

UNARY_EXACT = ["negative", "positive", "absolute", "sign", "sqrt", "floor", "ceil", "trunc", "rint",
               "square", "reciprocal", "isnan", "isinf", "isfinite", "logical_not", "invert",
               "deg2rad", "rad2deg"]
TRANSCENDENTAL = ["exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "arcsin",
                  "arccos", "arctan", "sinh", "cosh", "tanh"]


def unary_cases():
    for op in UNARY_EXACT:
        for d in DTYPES:
            if d in ("bool", "uint8") and op in ("sqrt", "deg2rad", "rad2deg", "rint"):
                continue  # numpy computes these in float16, which swnb does not have
            if d == "bool" and op in ("square", "reciprocal"):
                continue  # numpy gives int8, which swnb does not have
            x = sample(d, n=12)
            case(f"{op}-{d}", op, [x])
    case("reciprocal-int", "reciprocal", [arr([1, 2, -1, 3], "int64")])
    case("absolute-intmin", "absolute", [arr([-2**63, -5], "int64")])
    for op in TRANSCENDENTAL:
        for d in ["float64", "float32", "int64", "int32"]:
            x = sample(d, n=12)
            extra = arr([0.5, -0.75, 2.0, 10.0, -3.0, 0.999, 700.0, -700.0, 1e-10], d) if "float" in d else arr([3, -2, 10, 4], d)
            for k, inp in enumerate([x, extra]):
                fd = d if "float" in d else "float64"
                ulp = ulp_vs_libm(op, inp.value.astype(fd), fd)
                case(f"{op}-{d}-{k}", op, [inp], ulp=ulp)
    x = Arr(np.linspace(-20, 20, 41))
    for op in TRANSCENDENTAL:
        case(f"{op}-range", op, [x], ulp=ulp_vs_libm(op, x.value, "float64"))


def rounding_cases():
    x = arr([0.5, 1.5, 2.5, -0.5, -1.5, 1.2345, -2.675, 2.675, 123.456, 1e20, np.nan, np.inf, -0.0], "float64")
    for d in [0, 1, 2, 3, -1, -2]:
        case(f"round-f64-{d}", "round", [x], {"decimals": d})
    case("round-f32-2", "round", [arr([1.005, 2.675, -3.14159, 0.125], "float32")], {"decimals": 2})
    case("round-int-neg", "round", [arr([15, 25, -35, 149, 151], "int64")], {"decimals": -1})
    case("round-int-pos", "round", [arr([15, 25], "int64")], {"decimals": 2})
    case("around-int32", "around", [arr([15, 250, -35], "int32")], {"decimals": -2})


# ---------------------------------------------------------------- where, clip, closeness

def misc_cases():
    cond = arr([True, False, True, False, False, True], "bool")
    case("where3", "where", [cond, sample("float64"), sample("int64")])
    case("where3-scalars", "where", [cond, Py(1), Py(2.5)])
    case("where3-bcast", "where", [Arr(np.array([[True], [False]])), arr([1, 2, 3], "int32"), Py(0)])
    case("where1", "where", [Arr(np.array([[0, 3, 0], [1, 0, 2]]))])
    case("nonzero-1d", "nonzero", [sample("float64")])
    case("nonzero-2d", "nonzero", [Arr(np.array([[0.0, np.nan], [-0.0, 2.0]]))])
    case("nonzero-empty", "nonzero", [Arr(np.zeros((0,)))])
    case("where-cond-int", "where", [arr([0, 2, -1], "int64"), Py(1.5), arr([7.0, 8.0, 9.0], "float32")])
    for d in DTYPES[1:]:
        case(f"clip-{d}", "clip", [sample(d, 12), Py(1), Py(5)])
    case("clip-float-bounds", "clip", [sample("float64", 12), Py(-1.0), Py(2.0)])
    case("clip-int-float-bounds", "clip", [sample("int64"), Py(-1.5), Py(2.5)])
    case("clip-none-min", "clip", [sample("float64", 12), NONE, Py(2.0)])
    case("clip-none-max", "clip", [sample("int32"), Py(0), NONE])
    case("clip-reversed", "clip", [sample("float64"), Py(3.0), Py(1.0)])
    case("clip-array-bounds", "clip", [Arr(np.arange(6.0).reshape(2, 3)), arr([1.0, 0.0, 4.0], "float64"), Py(4.0)])
    case("clip-uint8-overflow", "clip", [sample("uint8"), Py(-1), Py(300)])
    a = arr([1.0, 1e10, 1e-8, np.nan, np.inf, 0.0, -np.inf], "float64")
    b = arr([1.0 + 1e-9, 1.00001e10, 1e-9, np.nan, np.inf, 1e-9, np.inf], "float64")
    case("isclose", "isclose", [a, b])
    case("isclose-equal-nan", "isclose", [a, b], {"equal_nan": True})
    case("isclose-tol", "isclose", [a, b], {"rtol": 0.0, "atol": 1e-8})
    case("isclose-int", "isclose", [arr([1, 2, 3], "int64"), arr([1, 3, 3], "int64")])
    case("isclose-bcast", "isclose", [a, Py(1.0)])
    case("allclose-true", "allclose", [arr([1.0, 2.0], "float64"), arr([1.0 + 1e-9, 2.0], "float64")])
    case("allclose-false", "allclose", [a, b])
    case("allclose-nan", "allclose", [a, b], {"equal_nan": True})
    case("array_equal-true", "array_equal", [sample("int64"), sample("float64").__class__(np.array(I[:6], dtype=np.float64))])
    case("array_equal-shape", "array_equal", [sample("int64"), sample("int64", 5)])
    case("array_equal-nan", "array_equal", [a, a])
    case("array_equal-nan-eq", "array_equal", [a, a], {"equal_nan": True})


# ---------------------------------------------------------------- reductions

def reduction_inputs():
    m = Arr(np.array([[1.5, -2.0, 3.25, 0.1], [4.0, 0.3, -1.0, 7.5], [0.7, 8.0, -9.5, 2.2]]))
    mi = Arr(np.array([[3, -1, 4, 1], [-5, 9, 2, 6], [5, 3, -5, 8]], dtype=np.int64))
    m3 = Arr((np.arange(24, dtype=np.float64).reshape(2, 3, 4) * 0.37) - 3.1)
    return {
        "f64": m, "i64": mi, "f64-3d": m3,
        "f64-T": m.transposed(), "f64-strided": m.sliced((None, None, 2), (None, None, -1)),
        "f32": Arr(m.base.astype(np.float32)), "i32": Arr(mi.base.astype(np.int32)),
        "u8": Arr(np.array([[200, 100, 7], [255, 1, 0]], dtype=np.uint8)),
        "bool": Arr(np.array([[True, False, True], [False, False, True]])),
        "nan": Arr(np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])),
        "inf": arr([np.inf, 1.0, -np.inf], "float64"),
        "empty": Arr(np.zeros((0, 3))),
        "scalar": Arr(np.array(4.5)),
    }


def reduction_cases():
    ins = reduction_inputs()
    # numpy sums uint8 in uint64, which swnb does not have: no uint8 sum/prod/cumsum cases.
    fns = {
        "sum": [k for k in ins if k != "u8"],
        "mean": ["f64", "i64", "f64-3d", "f64-T", "f64-strided", "f32", "u8", "bool", "empty", "scalar"],
        "max": ["f64", "i64", "f64-3d", "f64-T", "i32", "u8", "nan", "empty", "scalar"],
        "argmax": ["f64", "i64", "f64-3d", "bool", "nan", "inf", "empty", "scalar"],
        "std": ["f64", "i64", "f64-3d", "f64-T", "f32", "nan", "empty"],
        "var": ["f64", "i64", "u8", "f32", "empty"],
        "prod": ["f64", "i64", "i32", "bool", "f32", "empty", "inf"],
        "min": ["f64", "i64", "u8", "bool", "f32", "nan", "empty", "f64-strided", "inf"],
        "argmin": ["f64", "i64", "f64-T", "bool", "nan", "empty", "f64-3d"],
        "any": ["f64", "i64", "bool", "nan", "empty", "f64-3d"],
        "all": ["f64", "i64", "bool", "nan", "empty", "u8"],
        "cumsum": ["f64", "i64", "bool", "f32", "f64-T", "empty"],
        "cumprod": ["f64", "i64", "i32", "bool", "empty"],
        "count_nonzero": ["f64", "i64", "bool", "nan", "empty", "f64-3d"],
        "ptp": ["f64", "i64", "u8", "nan", "empty", "f32"],
        "median": ["f64", "i64", "f64-3d", "f32", "nan", "empty"],
    }
    for fn, names in fns.items():
        for name in names:
            x = ins[name]
            nd = x.value.ndim
            axes = [None] + list(range(-1, nd))
            if nd == 3:
                axes += [(0, 2), (1, 2), (-1, 0)]
            for ax in axes:
                if fn in ("argmin", "argmax", "cumsum", "cumprod") and isinstance(ax, tuple):
                    continue
                kw = {} if ax is None else {"axis": ax}
                case(f"{fn}-{name}-{ax}", fn, [x], kw)
        case(f"{fn}-axis-oob", fn, [ins["f64"]], {"axis": 2})
    for fn in ["sum", "mean", "min", "max", "std", "any", "prod"]:
        case(f"{fn}-keepdims-0", fn, [ins["f64"]], {"axis": 0, "keepdims": True})
        case(f"{fn}-keepdims-none", fn, [ins["f64-3d"]], {"keepdims": True})
    case("sum-duplicate-axis", "sum", [ins["f64"]], {"axis": (0, 0)})
    case("sum-tuple-oob", "sum", [ins["f64"]], {"axis": (0, -3)})
    case("var-ddof1", "var", [ins["f64"]], {"ddof": 1})
    case("std-ddof1-axis0", "std", [ins["f64"]], {"ddof": 1, "axis": 0})
    case("var-ddof-too-big", "var", [arr([1.0, 2.0], "float64")], {"ddof": 2})
    case("std-int-ddof1", "std", [ins["i64"]], {"axis": 1, "ddof": 1})
    case("mean-empty", "mean", [Arr(np.zeros((0,)))])
    case("sum-f32-int", "sum", [ins["f32"]], {"dtype": "float64"}, call=lambda a, dtype: np.sum(a, dtype=dtype))
    # pairwise summation and numpy's reduction order on long, full-mantissa data
    big = gen((12, 140), 7)
    for name, x in [("c", big), ("T", big.transposed()), ("strided", big.sliced((None, None, 1), (None, None, 2))),
                    ("rev", big.sliced((None, None, -1), (None, None, 1)))]:
        for ax in [None, 0, 1]:
            kw = {} if ax is None else {"axis": ax}
            if ax != 0 or name in ("c", "T"):
                case(f"pairwise-sum-{name}-{ax}", "sum", [x], kw)
            if ax != 0:
                case(f"pairwise-mean-{name}-{ax}", "mean", [x], kw)
            if name == "c" or (name == "T" and ax != 0):
                case(f"pairwise-std-{name}-{ax}", "std", [x], kw)
    for n in [1, 7, 8, 9, 16, 17, 127, 128, 129, 200, 255, 256, 1000, 4099]:
        case(f"pairwise-1d-{n}", "sum", [gen((n,), n)])
    case("pairwise-f32-1000", "sum", [gen((1000,), 3, "float32")])
    case("pairwise-f32-mean", "mean", [gen((1000,), 3, "float32")])
    g3 = gen((3, 4, 130), 9)
    for ax in [(0, 2), (1, 2), 2, None]:
        case(f"pairwise-3d-{ax}", "sum", [g3], {} if ax is None else {"axis": ax})
    ints = gen((20000,), 11, "int64", scale=30)
    case("mean-int-chunked", "mean", [ints])
    case("cumsum-big", "cumsum", [gen((20,), 5)])
    case("prod-overflow", "prod", [arr([1e200, 1e200, 2.0], "float64")])
    case("sum-overflow", "sum", [arr([1e308, 1e308], "float64")])
    case("prod-big", "prod", [Arr(np.linspace(0.9, 1.1, 300))])
    # quantiles
    q = Arr(np.array([[3.0, 1.0, 4.0, 1.5], [5.0, 9.0, 2.0, 6.0], [5.0, 3.5, 8.0, 9.75]]))
    for p in [0, 25, 50, 37.5, 90, 100]:
        case(f"percentile-{p}", "percentile", [q, Py(p)])
        case(f"percentile-{p}-ax0", "percentile", [q, Py(p)], {"axis": 0})
    case("percentile-int-ax1", "percentile", [ins["i64"], Py(30)], {"axis": 1})
    case("percentile-nan", "percentile", [ins["nan"], Py(50)], {"axis": 1})
    case("percentile-oob", "percentile", [q, Py(101)])
    case("percentile-list", "percentile", [q, Arr(np.array([10.0, 50.0, 95.0]))])
    for p in [0.1, 0.5, 0.33, 1.0]:
        case(f"quantile-{p}", "quantile", [q, Py(p)])
    case("quantile-ax1-keep", "quantile", [q, Py(0.75)], {"axis": 1, "keepdims": True})
    case("quantile-oob", "quantile", [q, Py(1.5)])
    case("median-even", "median", [arr([4.0, 1.0, 3.0, 2.0], "float64")])
    case("median-int-even", "median", [arr([4, 1, 3, 2], "int64")])
    case("median-f32", "median", [arr([4.0, 1.0, 3.0, 2.5], "float32")])
    case("median-empty", "median", [Arr(np.zeros((0,)))])
    # average
    w = arr([1.0, 2.0, 3.0, 0.5], "float64")
    case("average-plain", "average", [q])
    case("average-weights-ax1", "average", [q], {"axis": 1, "weights": [1.0, 2.0, 3.0, 0.5]},
         call=lambda a, axis, weights: np.average(a, axis=axis, weights=np.array(weights)))
    case("average-weights-int", "average", [ins["i64"]], {"axis": 1, "weights": [1, 0, 2, 1]},
         call=lambda a, axis, weights: np.average(a, axis=axis, weights=np.array(weights)))
    case("average-weights-zero", "average", [q], {"axis": 1, "weights": [0.0, 0.0, 0.0, 0.0]},
         call=lambda a, axis, weights: np.average(a, axis=axis, weights=np.array(weights)))
    _ = w


# ---------------------------------------------------------------- sorting and sets

def sort_cases():
    ins = {
        # No -0.0 next to 0.0: numpy's SIMD quicksort orders the two zeros arbitrarily.
        "f64": Arr(np.array([[3.0, np.nan, -1.0, 2.0], [0.0, -0.5, 5.5, -np.inf], [2.0, 2.0, 1.0, np.inf]])),
        "i64": Arr(np.array([[3, 1, 2, 1], [-4, 9, 9, 0], [5, 5, 5, -5]], dtype=np.int64)),
        "u8": arr([200, 3, 3, 0, 255, 7], "uint8"),
        "bool": arr([True, False, True, False], "bool"),
        "f32": arr([2.5, -1.0, np.nan, 0.25, 2.5], "float32"),
        "empty": Arr(np.zeros((0,))),
    }
    # swnb sorts stably: argsort cases use kind='stable' (numpy's default quicksort is not
    # stable for ties), except one tie-free default-kind case.
    for fn in ["sort", "argsort"]:
        kind = {"kind": "stable"} if fn == "argsort" else {}
        for name, x in ins.items():
            for ax in ([-1, 0, None] if x.value.ndim == 2 else [-1, None]):
                case(f"{fn}-{name}-{ax}", fn, [x], {"axis": ax, **kind})
        case(f"{fn}-T", fn, [ins["i64"].transposed()], {"axis": -1, **kind})
    case("argsort-default-no-ties", "argsort", [arr([3.5, -1.0, np.nan, 2.0, 7.0, 0.5], "float64")])
    case("argsort-stable", "argsort", [arr([1, 0, 1, 0, 1, 0, 2, 2, 0, 1, 1, 0, 0, 2, 1, 0, 1, 2], "int64")], {"kind": "stable"})
    case("sort-axis-oob", "sort", [ins["i64"]], {"axis": 2})
    for name, x in ins.items():
        case(f"unique-{name}", "unique", [x])
        case(f"unique-counts-{name}", "unique", [x], {"return_counts": True})
    case("unique-nan", "unique", [arr([np.nan, 1.0, np.nan, 0.0, 1.0], "float64")])
    case("unique-index", "unique", [arr([3, 1, 3, 2, 1], "int64")], {"return_index": True, "return_inverse": True})
    s = arr([1.0, 2.0, 2.0, 3.5, np.nan], "float64")
    v = arr([0.0, 2.0, 2.5, 3.5, 9.0, np.nan], "float64")
    case("searchsorted-left", "searchsorted", [s, v])
    case("searchsorted-right", "searchsorted", [s, v], {"side": "right"})
    case("searchsorted-int", "searchsorted", [arr([1, 3, 5, 7], "int64"), Py(4)])
    case("searchsorted-int-float", "searchsorted", [arr([1, 3, 5, 7], "int64"), arr([3.5, 7.0], "float64")])


def everyday_cases():
    m = arr([[0, 3, 0], [2, 0, -1]], "int64")
    case("argwhere-2d", "argwhere", [m])
    case("argwhere-bool", "argwhere", [arr([True, False, True, True], "bool")])
    case("argwhere-0d-true", "argwhere", [arr(5, "int64")])
    case("argwhere-0d-false", "argwhere", [arr(0.0, "float64")])
    case("argwhere-T", "argwhere", [m.transposed()])
    f = arr([1.0, 4.0, 9.0, np.nan, 25.0, 36.0], "float64")
    for n in [0, 1, 2, 7]:
        case(f"diff-n{n}", "diff", [f], {"n": n})
    g = arr([[1, 5, 2, 8], [0, -3, 3, 9], [7, 7, 1, 2]], "int64")
    for ax in [0, 1, -1]:
        case(f"diff-2d-axis{ax}", "diff", [g], {"axis": ax})
    case("diff-2d-n2-axis0", "diff", [g], {"n": 2, "axis": 0})
    case("diff-T", "diff", [g.transposed()], {"axis": 1})
    case("diff-rev", "diff", [g.sliced([None, None, -1], [None, None, 2])], {"axis": 1})
    case("diff-bool", "diff", [arr([True, False, False, True], "bool")])
    case("diff-uint8", "diff", [arr([5, 2, 200, 7], "uint8")])
    case("diff-int32", "diff", [arr([5, 2, 200, 7], "int32")], {"n": 2})
    case("diff-neg-n", "diff", [f], {"n": -1})
    case("diff-0d", "diff", [arr(3.0, "float64")])
    case("diff-axis-oob", "diff", [g], {"axis": 2})
    case("isin-int", "isin", [g, arr([2, 7, 100], "int64")])
    case("isin-int-float", "isin", [g, arr([2.0, 7.5, -3.0], "float64")])
    case("isin-nan", "isin", [f, arr([np.nan, 9.0], "float64")])
    case("isin-invert", "isin", [g, arr([1, 2], "int64")], {"invert": True})
    case("isin-bool", "isin", [arr([True, False], "bool"), arr([1, 5], "int64")])
    case("isin-big-int", "isin", [arr([2**62 + 1, 3], "int64"), arr([2**62], "int64")])
    case("ix-two", "ix_", [arr([1, 0], "int64"), arr([2, 0, 1], "int64")], call=np.ix_)
    case("ix-bool", "ix_", [arr([True, False, True], "bool"), arr([3], "int64")], call=np.ix_)
    case("ix-empty", "ix_", [arr([], "float64")], call=np.ix_)
    case("ix-2d", "ix_", [g], call=np.ix_)


def row_reduction_cases():
    # axis=0 of C-contiguous data: rows folded into the output in order (row counts not a
    # multiple of 4, and a 3-d array whose trailing axes merge)
    for fn, shape in [("sum", (13, 9)), ("max", (7, 5)), ("prod", (6, 3)), ("sum", (5, 3, 4)),
                      ("sum", (11, 23))]:
        case(f"rows-{fn}-{'x'.join(map(str, shape))}", fn, [gen(shape, 13)], {"axis": 0})


def main():
    binary_cases()
    weak_scalar_cases()
    broadcast_cases()
    inplace_cases()
    unary_cases()
    rounding_cases()
    misc_cases()
    reduction_cases()
    sort_cases()
    everyday_cases()
    row_reduction_cases()
    ids = [c["id"] for c in CASES]
    dups = sorted({i for i in ids if ids.count(i) > 1})
    assert not dups, f"duplicate case ids: {dups}"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    inputs = ",\n".join(f'"{name}":{text}' for text, name in INPUTS.items())
    cases = ",\n".join(json.dumps(c, separators=(",", ":")) for c in CASES)
    with open(OUT, "w") as f:
        f.write('{"inputs":{\n' + inputs + '\n},\n"cases":[\n' + cases + "\n]}\n")
    print(f"{len(CASES)} cases, {os.path.getsize(OUT)} bytes -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    assert np.__version__.startswith("2.4"), np.__version__
    main()
