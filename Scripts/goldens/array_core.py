#!/usr/bin/env python3
"""Goldens for SwnbArray's core: creation, indexing, manipulation, products, errors.

Writes Tests/SwnbArrayTests/Goldens/array_core.json: a list of cases
{id, op, args, expect} where expect is {"result": array} (plus "shares" for indexing)
or {"error": [python type name, message]}. Scalars are tagged strings: "i:3", "f:0.1",
"b:True", "s:text" so ints and floats survive JSON exactly.

Run with numpy 2.4: python3 Scripts/goldens/array_core.py
"""
import json
import os
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbArrayTests",
                   "Goldens", "array_core.json")


def enc(x):
    if isinstance(x, (bool, np.bool_)):
        return "b:" + str(bool(x))
    if isinstance(x, (int, np.integer)):
        return "i:%d" % int(x)
    if isinstance(x, (float, np.floating)):
        return "f:" + repr(float(x))
    if isinstance(x, (str, np.str_)):
        return "s:" + str(x)
    raise TypeError(type(x))


def dtname(dt):
    return dt.str.replace("|", "<").replace("<U", "<U") if dt.kind == "U" else dt.name


def arr(a):
    a = np.asarray(a)
    return {"shape": list(a.shape), "dtype": dtname(a.dtype),
            "data": [enc(v) for v in a.ravel().tolist()] if a.ndim else [enc(a.item())]}


def nested(v):
    if isinstance(v, list):
        return [nested(x) for x in v]
    return enc(v)


def dearr(d):
    if "linspace" in d:  # large arrays are described, not listed: linspace(0, 1, n)
        return np.linspace(0, 1, d["linspace"]).reshape(d["shape"])
    dt = np.dtype(d["dtype"])
    vals = [dec(s) for s in d["data"]]
    return np.array(vals, dtype=dt).reshape(d["shape"])


def dec(s):
    tag, text = s[0], s[2:]
    return {"i": int, "f": float, "b": lambda t: t == "True", "s": str}[tag](text)


def denested(v):
    return [denested(x) for x in v] if isinstance(v, list) else dec(v)


def index_items(items):
    out = []
    for it in items:
        if it == "newaxis":
            out.append(None)
        elif it == "ellipsis":
            out.append(Ellipsis)
        elif "int" in it:
            out.append(it["int"])
        elif "slice" in it:
            out.append(slice(*it["slice"]))
        elif "mask" in it:
            out.append(dearr(it["mask"]))
        elif "ints" in it:
            out.append(dearr(it["ints"]))
    return tuple(out)


CASES = []


def case(cid, op, **args):
    CASES.append({"id": cid, "op": op, "args": args})


TRANSFORMS = {
    None: lambda x: x, "T": lambda x: x.T, "rev": lambda x: x[::-1],
    "col": lambda x: x[:, 1], "elem": lambda x: x[(0,) * x.ndim],
    "rows2": lambda x: x[::2], "cols2": lambda x: x[:, ::2], "sub": lambda x: x[1:, 1:],
}


def run(c):
    op, a = c["op"], c["args"]
    try:
        if op in ("repr", "str", "scalar_repr"):
            x = TRANSFORMS[a["transform"]](dearr(a["a"]))
            fn = {"repr": repr, "str": str, "scalar_repr": repr}[op]
            return {"text": fn(x)}
        if op == "tolist":
            return {"nested": nested(dearr(a["a"]).tolist())}
        return {"result": arr(OPS[op](a))} if op not in ("get",) else get_case(a)
    except Exception as e:  # noqa: BLE001 - every numpy error is a golden
        return {"error": [type(e).__name__, str(e)]}


def get_case(a):
    base = dearr(a["a"])
    r = base[index_items(a["index"])]
    return {"result": arr(r), "shares": bool(np.shares_memory(r, base))}


def setitem(a):
    base = dearr(a["a"])
    base[index_items(a["index"])] = dearr(a["value"])
    return base


def view_write(a):
    base = dearr(a["a"])
    v = base[index_items(a["index"])]
    v[...] = dearr(a["value"])
    return base


def reshape_view_write(a):
    """Reshape a strided view, write -1 through the result, return the base."""
    base = dearr(a["a"])
    v = TRANSFORMS[a["transform"]](base).reshape(a["shape"])
    v[(0,) * v.ndim] = -1
    return base


def ravel_view_write(a):
    """Ravel a (possibly strided) view, write -1 through the result, return the base."""
    base = dearr(a["a"])
    v = TRANSFORMS[a["transform"]](base).ravel()
    v[0] = -1
    return base


def opt_dtype(a):
    return np.dtype(a["dtype"]) if a.get("dtype") else None


OPS = {
    "array": lambda a: np.array(denested(a["value"]), dtype=opt_dtype(a)),
    "zeros": lambda a: np.zeros(a["shape"], dtype=opt_dtype(a) or float),
    "ones": lambda a: np.ones(a["shape"], dtype=opt_dtype(a) or float),
    "full": lambda a: np.full(a["shape"], dec(a["value"]), dtype=opt_dtype(a)),
    "eye": lambda a: np.eye(a["n"], a.get("m"), k=a.get("k", 0), dtype=opt_dtype(a) or float),
    "arange": lambda a: np.arange(*[dec(x) for x in a["args"]], dtype=opt_dtype(a)),
    "linspace": lambda a: np.linspace(a["start"], a["stop"], a["num"], endpoint=a["endpoint"],
                                      dtype=opt_dtype(a)),
    "linspace_step": lambda a: np.array(np.linspace(a["start"], a["stop"], a["num"],
                                                    endpoint=a["endpoint"], retstep=True)[1]),
    "setitem": setitem,
    "setitem_scalar": lambda a: (lambda b: (b.__setitem__(index_items(a["index"]), dec(a["value"])),
                                            b)[1])(dearr(a["a"])),
    "zeros_like": lambda a: np.zeros_like(dearr(a["a"]), dtype=opt_dtype(a)),
    "ones_like": lambda a: np.ones_like(dearr(a["a"]), dtype=opt_dtype(a)),
    "full_like": lambda a: np.full_like(dearr(a["a"]), dec(a["value"]), dtype=opt_dtype(a)),
    # Split results are checked as one array: each part raveled, followed by a -1 marker.
    "array_split": lambda a: np.concatenate([np.concatenate([p.ravel(), [-1]]) for p in
                                             np.array_split(dearr(a["a"]), a["n"], axis=a["axis"])]),
    "split": lambda a: np.concatenate([np.concatenate([p.ravel(), [-1]]) for p in
                                       np.split(dearr(a["a"]), a["n"], axis=a["axis"])]),
    "split_at": lambda a: np.concatenate([np.concatenate([p.ravel(), [-1]]) for p in
                                          np.split(dearr(a["a"]), a["at"], axis=a["axis"])]),
    "roll": lambda a: np.roll(dearr(a["a"]), a["shift"], axis=a["axis"]),
    "take": lambda a: np.take(dearr(a["a"]), dearr(a["idx"]), axis=a["axis"]),
    "delete": lambda a: np.delete(dearr(a["a"]), a["idx"], axis=a["axis"]),
    "append": lambda a: np.append(dearr(a["a"]), dearr(a["b"]), axis=a["axis"]),
    "column_stack": lambda a: np.column_stack([dearr(x) for x in a["arrays"]]),
    "fliplr": lambda a: np.fliplr(dearr(a["a"])),
    "flipud": lambda a: np.flipud(dearr(a["a"])),
    "rot90": lambda a: np.rot90(dearr(a["a"]), a["k"], axes=a["axes"]),
    "identity": lambda a: np.identity(a["n"], dtype=opt_dtype(a) or float),
    "view_write": view_write,
    "reshape": lambda a: dearr(a["a"]).reshape(a["shape"]),
    "reshape_view_write": lambda a: reshape_view_write(a),
    "ravel": lambda a: dearr(a["a"]).ravel(),
    "ravel_view_write": lambda a: ravel_view_write(a),
    "transpose": lambda a: dearr(a["a"]).transpose(*(a["axes"] or [])),
    "swapaxes": lambda a: np.swapaxes(dearr(a["a"]), a["a1"], a["a2"]),
    "moveaxis": lambda a: np.moveaxis(dearr(a["a"]), a["src"], a["dst"]),
    "expand_dims": lambda a: np.expand_dims(dearr(a["a"]), a["axis"]),
    "squeeze": lambda a: np.squeeze(dearr(a["a"]), a["axis"]),
    "broadcast_to": lambda a: np.broadcast_to(dearr(a["a"]), a["shape"]),
    "flip": lambda a: np.flip(dearr(a["a"]), a["axis"]),
    "astype": lambda a: dearr(a["a"]).astype(np.dtype(a["dtype"])),
    "concatenate": lambda a: np.concatenate([dearr(x) for x in a["arrays"]], axis=a["axis"]),
    "stack": lambda a: np.stack([dearr(x) for x in a["arrays"]], axis=a["axis"]),
    "vstack": lambda a: np.vstack([dearr(x) for x in a["arrays"]]),
    "hstack": lambda a: np.hstack([dearr(x) for x in a["arrays"]]),
    "tile": lambda a: np.tile(dearr(a["a"]), a["reps"]),
    "repeat": lambda a: np.repeat(dearr(a["a"]), a["repeats"], axis=a["axis"]),
    "diag": lambda a: np.diag(dearr(a["a"]), a["k"]),
    "tril": lambda a: np.tril(dearr(a["a"]), a["k"]),
    "triu": lambda a: np.triu(dearr(a["a"]), a["k"]),
    "meshgrid": lambda a: np.stack(np.meshgrid(*[dearr(x) for x in a["arrays"]],
                                               indexing=a["indexing"])),
    "matmul": lambda a: np.matmul(dearr(a["a"]), dearr(a["b"])),
    "dot": lambda a: np.dot(dearr(a["a"]), dearr(a["b"])),
    "inner": lambda a: np.inner(dearr(a["a"]), dearr(a["b"])),
    "outer": lambda a: np.outer(dearr(a["a"]), dearr(a["b"])),
    "vdot": lambda a: np.vdot(dearr(a["a"]), dearr(a["b"])),
    "matmul_tA": lambda a: (lambda x: np.matmul(x.T, x if a["b"] is None else dearr(a["b"])))(
        dearr(a["a"])),
    "solve": lambda a: np.linalg.solve(dearr(a["a"]), dearr(a["b"])),
    "inv": lambda a: np.linalg.inv(dearr(a["a"])),
    "det": lambda a: np.array(np.linalg.det(dearr(a["a"]))),
    "lstsq_x": lambda a: np.linalg.lstsq(dearr(a["a"]), dearr(a["b"]))[0],
    "lstsq_residuals": lambda a: np.linalg.lstsq(dearr(a["a"]), dearr(a["b"]))[1],
    "lstsq_rank": lambda a: np.array(np.linalg.lstsq(dearr(a["a"]), dearr(a["b"]))[2]),
    "trace": lambda a: np.trace(dearr(a["a"]), a["k"]),
}


def ar(shape, dtype="int64", start=0):
    n = int(np.prod(shape))
    return arr(np.arange(start, start + n).astype(dtype).reshape(shape))


def build():
    # --- creation from nested values -------------------------------------------------------
    nests = {
        "ints": [1, 2, 3], "floats": [1.5, 2, 3], "bools": [True, False],
        "mixed_bool_int": [True, 2], "matrix": [[1, 2], [3, 4]], "empty": [],
        "empty2": [[], []], "scalar": 5, "scalar_float": 2.5, "strings": ["a", "bcd"],
        "int_str": [1, "a"], "float_str": [1.5, "ab"], "bool_str": [True, "x"],
        "ragged": [[1, 2], [3]], "ragged_scalar": [1, [2, 3]], "ragged_deep": [[1, 2], [3, [4, 5]]],
        "ragged_3d": [[[1], [2]], [[3], 4]], "ragged_tail": [[1], 2], "deep": [[[1.0]], [[2.0]]],
        "empty_inner": [[[]]], "neg": [-1, -2.5], "nan": [float("nan"), float("inf")],
        "big": [2**62, -2**62], "ragged_empty": [[], [1]],
    }
    for name, v in nests.items():
        case("array_" + name, "array", value=nested(v))
    for dt in ["int64", "float64", "bool", "int32", "uint8", "float32", "<U3", "str"]:
        case("array_dtype_" + dt, "array", value=nested([[1.7, -2.2], [0.0, 3.0]]), dtype=dt)
    case("array_strings_to_float", "array", value=nested(["1.5", "2", "-3e2"]), dtype="float64")
    case("array_strings_bad_float", "array", value=nested(["1.5", "ab"]), dtype="float64")
    case("array_strings_to_int", "array", value=nested(["15", "-2"]), dtype="int64")
    case("array_strings_bad_int", "array", value=nested(["1.5"]), dtype="int64")
    case("array_strings_to_bool", "array", value=nested(["True", "", "x"]), dtype="bool")
    case("array_truncate_str", "array", value=nested(["hello", "hi"]), dtype="<U2")
    # --- zeros / ones / full / eye ---------------------------------------------------------
    for shape in [[3], [2, 3], [], [0], [2, 0, 3]]:
        case("zeros_%s" % "x".join(map(str, shape)), "zeros", shape=shape)
        case("ones_%s_int" % "x".join(map(str, shape)), "ones", shape=shape, dtype="int64")
    case("zeros_negative", "zeros", shape=[2, -3])
    case("zeros_too_big", "zeros", shape=[2**40, 2**40])
    case("zeros_too_big_itemsize", "zeros", shape=[2**61])
    case("zeros_memory", "zeros", shape=[10**6, 10**6])
    case("ones_bool", "ones", shape=[2], dtype="bool")
    case("ones_str", "ones", shape=[2], dtype="<U3")
    for v, dt in [("i:3", None), ("f:2.5", None), ("b:True", None), ("s:abc", None),
                  ("f:2.7", "int64"), ("f:-1.5", "uint8"), ("i:7", "float32"), ("i:300", "uint8")]:
        case("full_%s_%s" % (v, dt), "full", shape=[2, 2], value=v, dtype=dt)
    for n, m, k in [(3, None, 0), (2, 3, 1), (3, 2, -1), (3, 3, 5), (3, 3, -5), (0, None, 0),
                    (4, 4, -2)]:
        case("eye_%s_%s_%s" % (n, m, k), "eye", n=n, m=m, k=k)
    case("eye_int", "eye", n=2, m=3, k=-1, dtype="int64")
    # --- arange / linspace -------------------------------------------------------------------
    aranges = [["i:5"], ["i:2", "i:10", "i:3"], ["i:10", "i:2", "i:-3"], ["f:0.1", "f:1.0", "f:0.1"],
               ["f:0.5"], ["i:0", "i:1", "f:0.25"], ["i:5", "i:1"], ["f:-1.5", "f:1.5", "f:0.5"],
               ["i:0", "f:2.0", "f:0.3"], ["f:1e-3", "f:2e-3", "f:1e-4"], ["i:-3"],
               ["i:0", "i:10", "i:0"], ["f:0", "f:1e20"], ["b:True", "i:4"],
               ["i:9223372036854775800", "i:9223372036854775807", "i:3"]]
    for i, args in enumerate(aranges):
        case("arange_%d" % i, "arange", args=args)
    case("arange_dtype_float", "arange", args=["i:4"], dtype="float64")
    case("arange_dtype_int", "arange", args=["f:0.5", "f:4.2"], dtype="int64")
    case("arange_dtype_f32", "arange", args=["i:0", "i:2", "f:0.3"], dtype="float32")
    for i, (s, e, n, ep) in enumerate([(0, 1, 5, True), (0, 1, 5, False), (2, 3, 1, True),
                                        (0, 1, 0, True), (-1, 1, 7, True), (0.1, 0.9, 9, True),
                                        (1, 0, 4, True), (0, 1, -1, True), (0, 10, 4, False),
                                        (1e-300, 2e-300, 3, True), (3, 3, 3, True),
                                        (0, 1, 50, True)]):
        case("linspace_%d" % i, "linspace", start=s, stop=e, num=n, endpoint=ep)
        case("linspace_step_%d" % i, "linspace_step", start=s, stop=e, num=n, endpoint=ep)
    case("linspace_int", "linspace", start=0, stop=10, num=4, endpoint=True, dtype="int64")
    case("linspace_neg_int", "linspace", start=-5, stop=5, num=4, endpoint=True, dtype="int64")
    build_indexing()
    build_manipulation()
    build_products()


def build_indexing():
    a1 = ar([6])
    a2 = ar([3, 4])
    a3 = ar([2, 3, 4])
    f2 = ar([3, 4], "float64")
    sl = lambda *x: {"slice": list(x)}  # noqa: E731
    I = lambda n: {"int": n}  # noqa: E731
    mask = lambda v: {"mask": arr(np.array(v, dtype=bool))}  # noqa: E731
    ints = lambda v: {"ints": arr(np.array(v, dtype=np.int64))}  # noqa: E731
    gets = {
        "int": (a1, [I(2)]), "neg_int": (a1, [I(-1)]), "oob": (a1, [I(6)]), "oob_neg": (a1, [I(-7)]),
        "slice": (a1, [sl(1, 4, None)]), "slice_step": (a1, [sl(None, None, 2)]),
        "slice_rev": (a1, [sl(None, None, -1)]), "slice_rev_step": (a1, [sl(4, 0, -2)]),
        "slice_neg": (a1, [sl(-3, None, None)]), "slice_out": (a1, [sl(10, 20, None)]),
        "slice_huge": (a1, [sl(-10**18, 10**18, None)]), "slice_huge_step": (a1, [sl(None, None, 10**18)]),
        "slice_huge_neg_step": (a1, [sl(None, None, -10**18)]), "slice_zero": (a1, [sl(None, None, 0)]),
        "slice_empty_rev": (a1, [sl(2, 4, -1)]),
        "row": (a2, [I(1)]), "elem": (a2, [I(1), I(2)]), "col": (a2, [sl(None, None, None), I(0)]),
        "too_many": (a2, [I(0), I(0), I(0)]), "oob_axis1": (a2, [I(0), I(4)]),
        "sub": (a2, [sl(1, None, None), sl(None, None, 2)]), "newaxis": (a2, ["newaxis", I(0)]),
        "newaxis_mid": (a2, [sl(None, None, None), "newaxis"]), "ellipsis": (a3, ["ellipsis", I(1)]),
        "ellipsis_mid": (a3, [I(0), "ellipsis", I(1)]), "two_ellipsis": (a3, ["ellipsis", "ellipsis"]),
        "ellipsis_only": (a2, ["ellipsis"]), "empty_index": (a2, []),
        "mask1": (a1, [mask([True, False, True, False, False, True])]),
        "mask_wrong": (a1, [mask([True, False])]),
        "mask2d": (a2, [mask(np.arange(12).reshape(3, 4) % 3 == 0)]),
        "mask_rows": (a2, [mask([True, False, True])]),
        "mask_cols": (a2, [sl(None, None, None), mask([False, True, True, False])]),
        "mask_cols_wrong": (a2, [sl(None, None, None), mask([True, False])]),
        "mask_none": (a1, [mask([False] * 6)]),
        "fancy": (a1, [ints([0, 2, 2, -1])]), "fancy_2d": (a1, [ints([[0, 1], [2, 3]])]),
        "fancy_oob": (a1, [ints([0, 6])]), "fancy_rows": (a2, [ints([2, 0])]),
        "fancy_cols": (a2, [sl(None, None, None), ints([3, 0])]),
        "fancy_pair": (a2, [ints([0, 2]), ints([1, 3])]),
        "fancy_bcast": (a2, [ints([[0], [2]]), ints([1, 3])]),
        "fancy_mismatch": (a2, [ints([0, 1]), ints([0, 1, 2])]),
        "fancy_int": (a3, [I(1), sl(None, None, None), ints([0, 2])]),
        "fancy_int_adj": (a3, [sl(None, None, None), I(1), ints([0, 2])]),
        "fancy_sep": (a3, [ints([0, 1]), sl(None, None, None), ints([1, 2])]),
        "fancy_mid": (a3, [sl(None, None, None), ints([0, 2]), sl(1, 3, None)]),
        "fancy_newaxis": (a2, ["newaxis", sl(None, None, None), ints([5])]),
        "fancy_float": (a1, [{"ints": arr(np.array([1.0]))}]),
        "fancy_mask_mix": (a2, [mask([True, False, True]), ints([1, 3])]),
        "fancy_empty": (a2, [{"ints": arr(np.array([], dtype=np.int64))}]),
        "f_fancy": (f2, [ints([1]), sl(None, None, -1)]),
        "int_huge": (a1, [I(2**62)]), "int_min": (a1, [I(-2**63)]),
    }
    for name, (a, idx) in gets.items():
        case("get_" + name, "get", a=a, index=idx)
    fv = lambda v: arr(np.array(v, dtype=float))  # noqa: E731
    sets = {
        "mask_zero": (f2, [mask(np.arange(12).reshape(3, 4) % 2 == 0)], fv(0)),
        "col": (f2, [sl(None, None, None), I(0)], fv([7, 8, 9])),
        "row_bcast": (f2, [I(1)], fv(5)),
        "sub": (f2, [sl(1, None, None), sl(None, None, 2)], fv([[1, 2], [3, 4]])),
        "sub_bad": (f2, [sl(1, None, None), sl(None, None, 2)], fv([1, 2, 3])),
        "fancy": (f2, [ints([0, 2])], fv([[1, 1, 1, 1], [2, 2, 2, 2]])),
        "fancy_repeat": (ar([4], "float64"), [ints([1, 1, 3])], fv([5, 6, 7])),
        "fancy_bad": (ar([4], "float64"), [ints([0, 1])], fv([1, 2, 3])),
        "float_into_int": (a2, [I(0)], fv([1.9, -1.9, 2.5, 1e20])),
        "nan_into_int": (a1, [I(0)], fv(float("nan"))),
        "mask_values": (ar([4], "float64"), [mask([True, False, True, True])], fv([7, 8, 9])),
        "mask_bad_count": (ar([4], "float64"), [mask([True, False, True, False])], fv([1, 2, 3])),
        "int_into_bool": (arr(np.zeros(3, bool)), [sl(None, None, None)], arr(np.array([0, 2, -1]))),
        "str_into_str": (arr(np.array(["ab", "cd"])), [I(0)], arr(np.array("xyz"))),
        "num_into_str": (arr(np.array(["ab", "cd"])), [I(1)], arr(np.array(7))),
        "str_into_float": (ar([2], "float64"), [I(1)], arr(np.array("2.5"))),
        "oob": (f2, [I(3)], fv(1)),
        "neg_step": (ar([5], "float64"), [sl(None, None, -2)], fv([1, 2, 3])),
        "overlap": (ar([5], "float64"), [sl(1, None, None)], None),
        "fancy_sep": (ar([2, 3, 4], "float64"), [ints([0, 1]), sl(None, None, None), ints([1, 2])],
                      arr(np.arange(6.0).reshape(2, 3))),
        "ellipsis": (f2, ["ellipsis", I(-1)], fv([1, 2, 3])),
    }
    for name, (a, idx, v) in sets.items():
        if v is None:  # a[1:] = a[:-1]
            v = arr(dearr(a)[:-1])
        case("set_" + name, "setitem", a=a, index=idx, value=v)
    views = {
        "row": (f2, [I(1)], fv(9)), "col": (f2, [sl(None, None, None), I(2)], fv([1, 2, 3])),
        "step": (f2, [sl(None, None, 2), sl(None, None, -1)], fv(4)),
        "ellipsis": (ar([2, 3, 4], "float64"), ["ellipsis", I(0)], fv(-1)),
        "newaxis": (f2, ["newaxis", I(0)], fv(3)),
    }
    for name, (a, idx, v) in views.items():
        case("view_" + name, "view_write", a=a, index=idx, value=v)


def build_manipulation():
    a = ar([2, 3])
    a3 = ar([2, 3, 4])
    for shape in [[3, 2], [-1], [6, 1], [-1, 2], [4], [-1, 4], [4, -1], [-1, -1], [1, -1, 3],
                  [0, -1], [2, -2], [7, 1], [2, 3, 1, 1]]:
        case("reshape_%s" % "_".join(map(str, shape)), "reshape", a=a, shape=shape)
    case("reshape_0d", "reshape", a=arr(np.array(5)), shape=[1, 1])
    a46 = ar([4, 6], "float64")
    for t, shape in [("rows2", [2, 2, 3]), ("rows2", [12]), ("rows2", [2, 6]), ("cols2", [4, 3, 1]),
                     ("cols2", [12]), ("T", [3, 2, 4]), ("T", [24]), ("sub", [3, 5]),
                     ("sub", [15]), ("rev", [2, 2, 6]), ("cols2", [2, 2, 3]), ("rows2", [1, 2, 1, 6, 1])]:
        case("reshape_view_%s_%s" % (t, "_".join(map(str, shape))), "reshape_view_write",
             a=a46, transform=t, shape=shape)
    case("reshape_to_0d", "reshape", a=arr(np.array([5])), shape=[])
    case("ravel", "ravel", a=a3)
    for t in ["rows2", "cols2", "col", "T", None]:
        case("ravel_view_%s" % t, "ravel_view_write", a=ar([4, 6], "float64"), transform=t)
    for axes in [None, [1, 0], [0, 1], [0], [0, 0], [0, 2], [-1, 0]]:
        case("transpose_%s" % axes, "transpose", a=a, axes=axes)
    case("transpose_3d", "transpose", a=a3, axes=[2, 0, 1])
    case("transpose_3d_default", "transpose", a=a3, axes=None)
    for a1, a2 in [(0, 1), (0, 2), (-1, 0), (2, 0)]:
        case("swapaxes_%d_%d" % (a1, a2), "swapaxes", a=a3 if a1 != 2 else a, a1=a1, a2=a2)
    for s, d in [(0, 2), (-1, 0), (0, 3)]:
        case("moveaxis_%d_%d" % (s, d), "moveaxis", a=a3, src=s, dst=d)
    for ax in [0, 1, 2, -1, 3, -4]:
        case("expand_dims_%d" % ax, "expand_dims", a=a, axis=ax)
    b = ar([1, 3, 1])
    for ax in [None, 0, 2, 1, -1]:
        case("squeeze_%s" % ax, "squeeze", a=b, axis=ax)
    for shape in [[2, 3], [4, 2, 3], [3], [2, 2], [0, 3], [1, 2, 3]]:
        case("broadcast_to_%s" % "_".join(map(str, shape)), "broadcast_to", a=ar([1, 3]),
             shape=shape)
    case("broadcast_to_scalar", "broadcast_to", a=arr(np.array(2.5)), shape=[2, 2])
    for ax in [None, 0, 1, -1, 2]:
        case("flip_%s" % ax, "flip", a=a, axis=ax)
    f = arr(np.array([1.7, -1.7, 0.5, float("nan"), float("inf"), 1e20, 300.2, -0.0]))
    for dt in ["int64", "int32", "uint8", "bool", "float32", "<U5", "str"]:
        case("astype_float_%s" % dt, "astype", a=f, dtype=dt)
    i = arr(np.array([0, 1, -1, 255, 256, 2**40, -2**63]))
    for dt in ["int32", "uint8", "bool", "float64", "float32", "str", "<U2"]:
        case("astype_int_%s" % dt, "astype", a=i, dtype=dt)
    bl = arr(np.array([True, False]))
    for dt in ["int64", "float64", "str", "uint8"]:
        case("astype_bool_%s" % dt, "astype", a=bl, dtype=dt)
    s = arr(np.array(["1", "2.5", "-3"]))
    for dt in ["float64", "float32", "bool", "int64", "<U1"]:
        case("astype_str_%s" % dt, "astype", a=s, dtype=dt)
    f32 = arr(np.array([0.1, 1 / 3, 1e10], dtype=np.float32))
    for dt in ["float64", "str", "int64"]:
        case("astype_f32_%s" % dt, "astype", a=f32, dtype=dt)
    c1, c2 = ar([2, 3]), ar([2, 3], "float64", 10)
    joins = {
        "axis0": ([c1, c2], 0), "axis1": ([c1, c2], 1), "neg": ([c1, c1], -1),
        "none": ([c1, ar([2], "float64")], None), "bad_dim": ([c1, ar([3])], 0),
        "bad_size": ([c1, ar([2, 2])], 0), "ok_size": ([c1, ar([2, 2])], 1),
        "zero_d": ([arr(np.array(1)), arr(np.array(2))], 0), "empty": ([], 0),
        "axis_oob": ([c1, c1], 2), "strs": ([arr(np.array([1, 2])), arr(np.array(["a"]))], 0),
        "bools": ([arr(np.array([True])), arr(np.array([2], dtype=np.uint8))], 0),
        "u8_i32": ([arr(np.array([1], dtype=np.uint8)), arr(np.array([2], dtype=np.int32))], 0),
        "f32_i64": ([arr(np.array([1], dtype=np.float32)), arr(np.array([2]))], 0),
        "f32_u8": ([arr(np.array([1], dtype=np.float32)), arr(np.array([2], dtype=np.uint8))], 0),
    }
    for name, (arrays, ax) in joins.items():
        case("concatenate_" + name, "concatenate", arrays=arrays, axis=ax)
    for name, (arrays, ax) in {"axis0": ([c1, c2], 0), "axis1": ([c1, c2], 1),
                               "axis2": ([c1, c2], 2), "neg": ([c1, c2], -1),
                               "bad": ([c1, ar([3])], 0), "empty": ([], 0),
                               "oob": ([c1, c2], 3)}.items():
        case("stack_" + name, "stack", arrays=arrays, axis=ax)
    for name, arrays in {"1d": [ar([3]), ar([3], start=5)], "2d": [c1, ar([1, 3])],
                         "mix": [ar([3]), c1], "bad": [ar([3]), ar([2])],
                         "scalars": [arr(np.array(1)), arr(np.array(2))]}.items():
        case("vstack_" + name, "vstack", arrays=arrays)
        case("hstack_" + name, "hstack", arrays=arrays)
    for reps in [[2], [2, 2], [1, 2, 1], [0], [3, 1], [-1]]:
        case("tile_%s" % "_".join(map(str, reps)), "tile", a=ar([2, 2]), reps=reps)
    case("tile_1d", "tile", a=ar([3]), reps=[2, 2])
    for name, (reps, ax) in {"flat": ([2], None), "axis0": ([2], 0), "axis1": ([3], 1),
                             "per": ([1, 2], 0), "per_bad": ([1, 2], 1), "neg": ([-1], None),
                             "zero": ([0], 0), "axis_oob": ([1], 2)}.items():
        case("repeat_" + name, "repeat", a=c1, repeats=reps, axis=ax)
    for k in [0, 1, -1, 3, -3]:
        case("diag_1d_%d" % k, "diag", a=ar([3]), k=k)
        case("diag_2d_%d" % k, "diag", a=ar([3, 4]), k=k)
        case("tril_%d" % k, "tril", a=ar([3, 4]), k=k)
        case("triu_%d" % k, "triu", a=ar([4, 3]), k=k)
    case("diag_3d", "diag", a=ar([2, 2, 2]), k=0)
    case("tril_3d", "tril", a=ar([2, 2, 3]), k=0)
    case("triu_1d", "triu", a=ar([3]), k=0)
    for ix in ["xy", "ij"]:
        case("meshgrid_" + ix, "meshgrid", arrays=[ar([3]), ar([2], "float64")], indexing=ix)


def build_products():
    f = lambda shape, start=1: ar(shape, "float64", start)  # noqa: E731
    pairs = {
        "2d": (f([2, 3]), f([3, 4])), "mv": (f([2, 3]), f([3])), "vm": (f([3]), f([3, 2])),
        "vv": (f([3]), f([3])), "batch": (f([2, 2, 3]), f([3, 2])),
        "batch_bcast": (f([2, 1, 2, 3]), f([3, 3, 2])), "mismatch": (f([2, 3]), f([7, 2])),
        "mismatch_v": (f([3]), f([7])), "batch_bad": (f([2, 2, 3]), f([3, 3, 4])),
        "int": (ar([2, 3]), ar([3, 2])), "int_float": (ar([2, 2]), f([2, 2])),
        "bool": (arr(np.array([[True, False], [False, False]])), arr(np.array([[True], [True]]))),
        "empty_k": (f([2, 0]), f([0, 3])), "empty_n": (f([0, 3]), f([3, 2])),
        "f32": (arr(np.array([[0.5, 1.5]], dtype=np.float32)), arr(np.array([[2.0], [4.0]], dtype=np.float32))),
        "u8": (arr(np.array([[200, 100]], dtype=np.uint8)), arr(np.array([[2], [3]], dtype=np.uint8))),
        "big_int": (arr(np.array([[2**62, 2**62]])), arr(np.array([[2], [2]]))),
        "str": (arr(np.array(["a"])), arr(np.array(["b"]))),
        "zero_d": (arr(np.array(2.0)), f([3])), "zero_d_b": (f([3]), arr(np.array(2.0))),
        "gram": (f([3, 2]), f([3, 2])), "3d_3d": (f([2, 2, 3]), f([2, 3, 2])),
        "big": (f([9, 7]), f([7, 5])),
    }
    for name, (a, b) in pairs.items():
        for op in ["matmul", "dot", "inner", "outer", "vdot"]:
            if op in ("inner", "outer", "vdot") and name in ("batch_bcast", "batch_bad", "big"):
                continue
            case("%s_%s" % (op, name), op, a=a, b=b)
    case("matmul_gram_tA", "matmul_tA", a=f([3, 2]), b=f([3, 2]))
    case("matmul_gram_tA_same", "matmul_tA", a=f([4, 3]), b=None)
    case("matmul_tA_rect", "matmul_tA", a=f([3, 2]), b=f([3, 4]))
    for k in [0, 1, -1, 5]:
        case("trace_%d" % k, "trace", a=f([3, 4]), k=k)
    case("trace_int", "trace", a=ar([3, 3]), k=0)
    case("trace_bool", "trace", a=arr(np.eye(2, dtype=bool)), k=0)
    case("trace_1d", "trace", a=ar([3]), k=0)


def build_glue():
    f = lambda v, dt="float64": arr(np.array(v, dtype=dt))  # noqa: E731
    samples = {
        "f2": f([[1.5, -2.0, 3.25], [0.0, 1e-3, 100.0]]), "i2": f([[1, -20, 300], [4, 5, 6]], "int64"),
        "b2": f([[True, False, True], [False, False, True]], "bool"),
        "u8": f([[1, 200, 3], [4, 5, 255]], "uint8"), "i32": f([[1, -2, 3], [4, 5, 6]], "int32"),
        "f32": f([[0.1, 0.2, 0.3], [1.0, 2.5, -3.0]], "float32"),
        "s2": f([["a", "bc", "def"], ["g", "", "hij"]], "<U3"),
    }
    for name, a in samples.items():
        for t in [None, "T", "rev", "col"]:
            case("repr_%s_%s" % (name, t), "repr", a=a, transform=t)
        case("str_%s" % name, "str", a=a, transform="rev")
        case("scalar_repr_%s" % name, "scalar_repr", a=a, transform="elem")
        case("tolist_%s" % name, "tolist", a=a)
    case("repr_0d", "repr", a=arr(np.array(2.5)), transform=None)
    big = {"linspace": 2000, "shape": [40, 50]}
    case("repr_summarised", "repr", a=big, transform=None)
    case("repr_summarised_T", "repr", a=big, transform="T")
    case("str_summarised_rev", "str", a=big, transform="rev")
    case("repr_summarised_col", "repr", a={"linspace": 1500, "shape": [1500, 1]}, transform=None)
    case("repr_empty", "repr", a=arr(np.zeros((0, 3))), transform=None)
    sq = f([[4.0, 1.0, 0.5], [1.0, 3.0, 0.25], [0.5, 0.25, 2.0]])
    case("solve_vec", "solve", a=sq, b=f([1.0, 2.0, 3.0]))
    case("solve_mat", "solve", a=sq, b=f([[1.0, 0.0], [2.0, 1.0], [3.0, -1.0]]))
    case("solve_singular", "solve", a=f([[1.0, 2.0], [2.0, 4.0]]), b=f([1.0, 2.0]))
    case("solve_1d", "solve", a=f([1.0, 2.0]), b=f([1.0, 2.0]))
    case("inv", "inv", a=sq)
    case("inv_int", "inv", a=f([[2, 1], [1, 1]], "int64"))
    case("inv_singular", "inv", a=f([[1.0, 2.0], [2.0, 4.0]]))
    case("inv_1d", "inv", a=f([1.0, 2.0]))
    case("det", "det", a=sq)
    case("det_int", "det", a=f([[2, 1], [1, 3]], "int64"))
    tall = f([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.5]])
    for op in ["lstsq_x", "lstsq_residuals", "lstsq_rank"]:
        case(op + "_vec", op, a=tall, b=f([1.0, 2.1, 2.9, 4.2]))
        case(op + "_mat", op, a=tall, b=f([[1.0, 0.0], [2.1, 1.0], [2.9, 0.0], [4.2, 1.0]]))
        case(op + "_deficient", op, a=f([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), b=f([1.0, 2.0, 3.0]))
    case("lstsq_x_bad", "lstsq_x", a=tall, b=f([1.0, 2.0]))
    stack = arr(np.array([[[4.0, 1.0], [1.0, 3.0]], [[2.0, -1.0], [0.5, 5.0]]]))
    stack3 = arr(np.stack([dearr(sq), dearr(sq) * 2 + np.eye(3)]))
    case("inv_stacked", "inv", a=stack)
    case("det_stacked", "det", a=stack)
    case("det_stacked_singular", "inv", a=arr(np.array([[[1.0, 2.0], [2.0, 4.0]]])))
    case("inv_nonsquare", "inv", a=f([[1.0, 2.0, 3.0]]))
    case("solve_stacked_vec", "solve", a=stack3, b=f([1.0, 2.0, 3.0]))
    case("solve_stacked_mat", "solve", a=stack3, b=arr(np.arange(12.0).reshape(2, 3, 2)))
    case("solve_bcast", "solve", a=sq, b=arr(np.arange(6.0).reshape(2, 3, 1)))
    case("solve_stacked_bad", "solve", a=stack3, b=arr(np.arange(6.0).reshape(2, 3)))


def build_more():
    f = lambda v, dt="float64": arr(np.array(v, dtype=dt))  # noqa: E731
    sl = {"slice": [None, None, None]}
    targets = {"u8": f([1, 2, 3], "uint8"), "i32": f([1, 2, 3], "int32"), "i64": f([1, 2, 3], "int64"),
               "f32": f([1, 2, 3], "float32"), "b": f([True, False, True], "bool"),
               "s": f(["ab", "cd", "ef"], "<U2"), "f64": f([1, 2, 3])}
    values = ["i:300", "i:-1", "f:2.7", "f:-2.7", "f:nan", "f:inf", "b:True", "s:xyz", "s:4",
              "i:9223372036854775807", "f:1e20"]
    for tname, t in targets.items():
        for v in values:
            case("setscalar_%s_%s" % (tname, v), "setitem_scalar", a=t, index=[{"int": 0}], value=v)
    case("setscalar_mask", "setitem_scalar", a=f([1.5, -2.0, 3.0, -4.0]),
         index=[{"mask": arr(np.array([False, True, False, True]))}], value="i:0")
    case("setscalar_all", "setitem_scalar", a=f([[1, 2], [3, 4]], "int64"), index=[sl], value="f:9.9")
    s2 = f([["a", "bc"], ["def", "g"]], "<U3")
    b2 = f([[True, False], [False, True]], "bool")
    for name, a in {"s2": s2, "b2": b2}.items():
        case("get_%s_row" % name, "get", a=a, index=[{"int": 1}])
        case("get_%s_fancy" % name, "get", a=a, index=[{"ints": arr(np.array([1, 0, 1]))}])
        case("get_%s_mask" % name, "get", a=a, index=[{"mask": arr(np.array([[True, False], [True, True]]))}])
        case("get_%s_T" % name, "get", a=a, index=[sl, {"slice": [None, None, -1]}])
        case("concatenate_%s" % name, "concatenate", arrays=[a, f([["long!", "x"]], "<U5")], axis=0)
        case("repeat_%s" % name, "repeat", a=a, repeats=[2], axis=1)
        case("tile_%s" % name, "tile", a=a, reps=[1, 2])
    for name, dt in {"none": None, "int": "int64", "bool": "bool", "str": "<U2"}.items():
        case("zeros_like_" + name, "zeros_like", a=f([[1.5, 2.5]]), dtype=dt)
        case("ones_like_" + name, "ones_like", a=f([[1, 2]], "int32"), dtype=dt)
        case("full_like_" + name, "full_like", a=f([[1, 2]], "int64"), value="f:2.5", dtype=dt)
    for n, dt in [(3, None), (2, "int64"), (2, "bool"), (0, None)]:
        case("identity_%d_%s" % (n, dt), "identity", n=n, dtype=dt)


def build_split():
    a = ar([6], "float64")
    m = ar([4, 3], "float64")
    for n, ax, x in [(3, 0, a), (4, 0, a), (0, 0, a), (-1, 0, a), (7, 0, a), (2, 0, m), (3, 1, m),
                     (2, 1, m), (1, 2, m)]:
        case("array_split_%d_%d_%d" % (n, ax, x["shape"][0]), "array_split", a=x, n=n, axis=ax)
        case("split_%d_%d_%d" % (n, ax, x["shape"][0]), "split", a=x, n=n, axis=ax)
    for at, ax in [([2, 4], 0), ([2, 10, 1], 0), ([-2], 0), ([], 0), ([1], 1)]:
        case("split_at_%s_%d" % ("_".join(map(str, at)), ax), "split_at", a=m, at=at, axis=ax)
    for shift, ax in [(1, None), (-4, None), (2, 0), (-1, 1), (7, 1), (-(2**62), 0), (0, 1), (1, 2)]:
        case("roll_%d_%s" % (shift, ax), "roll", a=m, shift=shift, axis=ax)
    case("roll_empty", "roll", a=arr(np.zeros((0, 2))), shift=3, axis=0)
    idx = lambda v: arr(np.array(v, dtype=np.int64))  # noqa: E731
    for name, (ix, ax) in {"flat": ([5, 0, -1], None), "rows": ([2, 0], 0), "cols": ([[0, 2]], 1),
                           "oob": ([12], None), "oob_axis": ([4], 0), "axis_bad": ([0], 2),
                           "empty": ([], 0)}.items():
        case("take_" + name, "take", a=m, idx=idx(ix), axis=ax)
    for name, (ix, ax) in {"flat": ([1, -1], None), "rows": ([0, 0, 3], 0), "cols": ([1], 1),
                           "oob": ([12], None), "oob_axis": ([-5], 0), "none": ([], 1),
                           "axis_bad": ([0], 2)}.items():
        case("delete_" + name, "delete", a=m, idx=ix, axis=ax)
    for name, (b, ax) in {"flat": (arr(np.array(1.5)), None), "rows": (ar([1, 3]), 0),
                          "cols": (ar([4, 1]), 1), "bad": (ar([3]), 0),
                          "ints": (arr(np.array([1, 2])), None)}.items():
        case("append_" + name, "append", a=m, b=b, axis=ax)
    for name, arrays in {"1d": [ar([3]), ar([3], "float64")], "mix": [ar([4]), m],
                         "bad": [ar([3]), ar([4])], "scalars": [arr(np.array(1)), arr(np.array(2))]}.items():
        case("column_stack_" + name, "column_stack", arrays=arrays)


def build_flips():
    m = ar([2, 3])
    for name, a in {"1d": ar([3]), "2d": m, "3d": ar([2, 2, 2]), "0d": arr(np.array(1))}.items():
        case("fliplr_" + name, "fliplr", a=a)
        case("flipud_" + name, "flipud", a=a)
    for k in [0, 1, 2, 3, -1, 5]:
        case("rot90_%d" % k, "rot90", a=m, k=k, axes=[0, 1])
        case("rot90_3d_%d" % k, "rot90", a=ar([2, 3, 4]), k=k, axes=[2, 0])
    for axes in [[0, 0], [1, -1], [0, 2], [0, 3], [-3, 1], [1, 0]]:
        case("rot90_axes_%s" % "_".join(map(str, axes)), "rot90", a=m, k=1, axes=axes)
    case("rot90_1d", "rot90", a=ar([3]), k=1, axes=[0, 1])


def main():
    build()
    build_glue()
    build_more()
    build_split()
    build_flips()
    for c in CASES:
        c["expect"] = run(c)
    with open(OUT, "w") as fh:
        json.dump(CASES, fh, separators=(",", ":"))
        fh.write("\n")
    print("%d cases, %d bytes" % (len(CASES), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
