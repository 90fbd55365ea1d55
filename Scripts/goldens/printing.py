#!/usr/bin/env python3
"""Golden fixtures for SwnbPrinting, produced by the real numpy 2.4 / CPython 3.11.

Writes Tests/SwnbPrintingTests/Goldens/{arrays,scalars,pyfloat,format,options}.json.
Deterministic (fixed seeds). Run: python3 Scripts/goldens/printing.py
"""
import json
import math
import os
import random
import struct
import sys
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbPrintingTests", "Goldens")
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                nanstr="nan", infstr="inf", sign="-", floatmode="maxprec", legacy=False)
DTYPES = {"float64": np.float64, "float32": np.float32, "int64": np.int64,
          "int32": np.int32, "uint8": np.uint8, "bool": np.bool_}


def enc_float(x):
    return repr(float(x))


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    print(f"{name}: {os.path.getsize(path)} bytes, {len(data)} cases")


# ---------------------------------------------------------------- arrays
def formula(n, mul, mod, div, offset):
    """Deterministic values the Swift test recomputes: ((i*mul) % mod + offset) / div."""
    return [((i * mul) % mod + offset) / div for i in range(n)]


def array_case(cid, dtype, shape, values=None, gen=None, options=None):
    options = options or {}
    n = int(np.prod(shape)) if shape else 1
    if gen is not None:
        raw = formula(n, *gen)
        if dtype in ("int64", "int32", "uint8"):
            raw = [int(v * gen[2]) for v in raw]
        if dtype == "bool":
            raw = [int(v * gen[2]) % 2 == 1 for v in raw]
        values = raw
    if dtype.startswith("<U"):
        a = np.array(values, dtype=dtype).reshape(shape)
    else:
        a = np.array(values, dtype=DTYPES[dtype]).reshape(shape)
    opts = dict(DEFAULTS)
    opts.update(options)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.printoptions(**opts):
            r, s = repr(a), str(a)
    case = {"id": cid, "dtype": dtype, "shape": list(shape), "repr": r, "str": s}
    if options:
        case["options"] = {k: v for k, v in options.items()}
    if gen is not None:
        case["gen"] = list(gen)
    else:
        flat = a.reshape(-1).tolist()
        if dtype in ("float64", "float32"):
            case["values"] = [enc_float(v) for v in flat]
        else:
            case["values"] = flat
    return case


def families(rng):
    """Named value generators: (name, function(n) -> list of floats)."""
    def special(n):
        base = [np.nan, np.inf, -np.inf, -0.0, 0.0, 1.5, -2.25, 1e-9, 3e10]
        return [base[int(i)] for i in rng.integers(0, len(base), n)]
    return [
        ("uniform", lambda n: rng.uniform(-10, 10, n).tolist()),
        ("unit3", lambda n: np.round(rng.uniform(0, 1, n), 3).tolist()),
        ("small", lambda n: (rng.uniform(0, 1, n) * 1e-5).tolist()),
        ("huge", lambda n: (rng.uniform(-1, 1, n) * 1e9).tolist()),
        ("mixed", lambda n: (10.0 ** rng.uniform(-3, 4, n)).tolist()),
        ("wide", lambda n: (10.0 ** rng.uniform(-12, 12, n) * rng.choice([-1, 1], n)).tolist()),
        ("ints", lambda n: rng.integers(-1000, 1000, n).astype(float).tolist()),
        ("halves", lambda n: (rng.integers(-40, 40, n) / 8).tolist()),
        ("thirds", lambda n: (rng.integers(1, 30, n) / 3).tolist()),
        ("special", special),
        ("nearcut", lambda n: [9.9999e7, 1e8, 1e-4, 0.99999e-4, 1000.0, 1.0][: max(n, 1)]
         + [1.0] * max(0, n - 6)),
        ("rounding", lambda n: [0.125, 0.375, 2.5, 0.0625, 1.0000000005, 0.99999999995,
                                123.456789012, 5e-9][: max(n, 1)] + [0.5] * max(0, n - 8)),
    ]


OPTION_CHOICES = [
    {}, {}, {}, {"precision": 3}, {"precision": 0}, {"precision": 12}, {"suppress": True},
    {"floatmode": "fixed"}, {"floatmode": "unique"}, {"floatmode": "maxprec_equal"},
    {"floatmode": "fixed", "precision": 4}, {"floatmode": "maxprec_equal", "precision": 3},
    {"sign": "+"}, {"sign": " "}, {"linewidth": 40}, {"linewidth": 20}, {"linewidth": 120},
    {"nanstr": "NaN", "infstr": "Infinity"}, {"nanstr": "?", "infstr": "∞"},
    {"threshold": 10, "edgeitems": 2}, {"threshold": 5, "edgeitems": 1},
    {"threshold": 3, "edgeitems": 0}, {"legacy": "2.1", "threshold": 5},
    {"legacy": "1.25"}, {"legacy": "2.2"}, {"suppress": True, "precision": 3, "sign": " "},
    {"floatmode": "unique", "sign": "+", "linewidth": 30},
]
SHAPES = [(), (1,), (4,), (7,), (12,), (25,), (2, 3), (3, 4), (4, 2), (2, 2, 3), (3, 1, 2),
          (2, 1, 2, 2), (1, 2, 1, 3), (2, 2, 2, 2)]


def array_cases():
    rng = np.random.default_rng(20240607)
    fams = families(rng)
    cases = []
    # random float arrays
    for k in range(190):
        name, fn = fams[k % len(fams)]
        shape = SHAPES[int(rng.integers(0, len(SHAPES)))]
        n = int(np.prod(shape)) if shape else 1
        dtype = "float32" if rng.uniform() < 0.25 else "float64"
        opts = OPTION_CHOICES[int(rng.integers(0, len(OPTION_CHOICES)))]
        cases.append(array_case(f"f{k}-{name}", dtype, shape, values=fn(n), options=opts))
    # integer and bool arrays
    for k in range(70):
        shape = SHAPES[int(rng.integers(0, len(SHAPES)))]
        n = int(np.prod(shape)) if shape else 1
        dtype = ["int64", "int32", "uint8", "bool"][k % 4]
        opts = OPTION_CHOICES[int(rng.integers(0, len(OPTION_CHOICES)))]
        if dtype == "uint8":
            vals = rng.integers(0, 256, n).tolist()
        elif dtype == "bool":
            vals = (rng.uniform(0, 1, n) < 0.5).tolist()
        else:
            scale = 10 ** int(rng.integers(1, 12 if dtype == "int64" else 9))
            vals = rng.integers(-scale, scale, n).tolist()
            if k % 3 == 0:
                vals = [abs(v) for v in vals]
        cases.append(array_case(f"i{k}-{dtype}", dtype, shape, values=vals, options=opts))
    # unicode arrays
    words = ["a", "", "bcd", "it's", 'say "hi"', "both'\"", "tab\there", "new\nline",
             "Çözüm", "ğüşıöç", "x\\y", "\x07bell", "long word here", "ß", "日本"]
    for k in range(30):
        shape = SHAPES[int(rng.integers(0, 9))]
        n = int(np.prod(shape)) if shape else 1
        vals = [words[int(i)] for i in rng.integers(0, len(words), n)]
        width = max(1, max(len(v) for v in vals))
        opts = OPTION_CHOICES[int(rng.integers(0, len(OPTION_CHOICES)))]
        cases.append(array_case(f"u{k}", f"<U{width}", shape, values=vals, options=opts))
    # summarised arrays via formula generators
    big = [((1001,), "float64", (7919, 1000, 7.0, 0)), ((1000,), "float64", (7919, 1000, 8.0, 0)),
           ((40, 30), "float64", (31, 997, 3.0, -300)), ((1200,), "int64", (37, 1000, 1.0, -500)),
           ((11, 10, 10), "int32", (13, 200, 1.0, 0)), ((5, 5, 5, 9), "float32", (7, 64, 8.0, 0)),
           ((2000,), "bool", (3, 7, 1.0, 0)), ((1001,), "uint8", (5, 256, 1.0, 0)),
           ((100, 20), "float64", (7919, 100000, 1e7, 0)), ((33, 33), "float64", (1, 2000, 1e-6, 1)),
           ((1000, 1000), "float64", (7919, 100003, 100003.0, 0))]
    for k, (shape, dtype, gen) in enumerate(big):
        for j, opts in enumerate([{}, {"edgeitems": 1}, {"linewidth": 50, "precision": 3},
                                  {"edgeitems": 0}, {"legacy": "2.1"}]):
            if (k == 1 and j > 0) or (k == 5 and j > 1) or (k == 10 and j > 0):
                continue  # unsummarised or long output: one variant keeps fixtures small
            cases.append(array_case(f"big{k}-{j}", dtype, shape, gen=gen, options=opts))
    # empty arrays
    for dtype in ["float64", "float32", "int64", "int32", "uint8", "bool", "<U1", "<U5"]:
        for shape in [(0,), (0, 3), (2, 0), (1, 0, 2)]:
            cases.append(array_case(f"empty-{dtype}-{shape}", dtype, shape, values=[]))
    # wide values that wrap
    for k, shape in enumerate([(30,), (2, 20), (3, 2, 9)]):
        n = int(np.prod(shape))
        for j, opts in enumerate([{}, {"linewidth": 33}, {"sign": "+", "precision": 10}]):
            vals = (rng.uniform(-1, 1, n) * 10.0 ** rng.integers(0, 6, n)).tolist()
            cases.append(array_case(f"wrap{k}-{j}", "float64", shape, values=vals, options=opts))
            ivals = rng.integers(-10 ** 9, 10 ** 9, n).tolist()
            cases.append(array_case(f"wrapi{k}-{j}", "int64", shape, values=ivals, options=opts))
    return cases + edge_cases()


def edge_cases():
    """Hand-picked corners: cutoffs, tiny widths, options at their limits."""
    nan, inf = float("nan"), float("inf")
    rows = [
        ("cut-f64-1e8", "float64", (2,), [1e8, 1.0], {}),
        ("cut-f64-below", "float64", (2,), [99999999.0, 1.5], {}),
        ("cut-f32-1e6", "float32", (2,), [1e6, 1.0], {}),
        ("cut-f32-below", "float32", (2,), [999999.0, 1.5], {}),
        ("cut-f32-legacy22", "float32", (3,), [1e7, 1.5, 99999992.0], {"legacy": "2.2"}),
        ("cut-f32-legacy22-fixed", "float32", (3,), [1e7, 1.5, 99999992.0],
         {"legacy": "2.2", "floatmode": "fixed", "precision": 2}),
        ("cut-f32-1e-4", "float32", (2,), [1e-4, 1.0], {}),
        ("cut-f64-1e-4", "float64", (2,), [1e-4, 1.0], {}),
        ("cut-ratio", "float64", (2,), [1.0, 1000.0], {}),
        ("cut-ratio-over", "float64", (2,), [1.0, 1000.5], {}),
        ("suppress-tiny", "float64", (3,), [1e-10, 1.0, -1e-10], {"suppress": True}),
        ("suppress-huge", "float64", (2,), [1e10, 1.0], {"suppress": True}),
        ("all-nan", "float64", (3,), [nan, nan, nan], {}),
        ("all-inf", "float64", (2,), [inf, -inf], {}),
        ("nan-inf-plus", "float64", (3,), [nan, inf, 1.5], {"sign": "+"}),
        ("nan-long", "float64", (3,), [nan, 1.5, -inf], {"nanstr": "NotANumber", "infstr": "Inf"}),
        ("nan-exp", "float64", (3,), [nan, 1e-9, 2e9], {}),
        ("negzero", "float64", (2,), [-0.0, -0.0], {}),
        ("zero", "float64", (1,), [0.0], {}),
        ("zeros-space", "float64", (2,), [-0.0, 0.0], {"sign": " "}),
        ("space-pos", "float64", (2,), [0.5, 2.0], {"sign": " "}),
        ("ints-plus", "int64", (4,), [-5, 0, 7, 123], {"sign": "+"}),
        ("ints-space", "int64", (3,), [0, 7, 123], {"sign": " "}),
        ("ints-space-neg", "int64", (3,), [-1, 7, 123], {"sign": " "}),
        ("prec0-equal", "float64", (3,), [0.5, 1.5, 2.25], {"precision": 0, "floatmode": "maxprec_equal"}),
        ("prec20-fixed", "float64", (2,), [0.1, 1 / 3], {"precision": 20, "floatmode": "fixed"}),
        ("f32-fixed10", "float32", (2,), [0.1, 0.2], {"precision": 10, "floatmode": "fixed"}),
        ("f32-unique", "float32", (3,), [0.1, 1 / 3, 16777216.0], {"floatmode": "unique"}),
        ("extreme", "float64", (3,), [1e300, 5e-324, -1.7976931348623157e308], {}),
        ("extreme-unique", "float64", (2,), [1e-300, 2.5e-308], {"floatmode": "unique"}),
        ("rank5", "float64", (1, 1, 2, 1, 2), [1.0, 2.5, -3.0, 4.0], {}),
        ("rank5-int", "int32", (2, 1, 1, 2, 1), [1, 22, -333, 4], {}),
    ]
    cases = [array_case(cid, dt, sh, values=v, options=o) for cid, dt, sh, v, o in rows]
    words = ["alpha", "b", "gamma delta", "it's"]
    for width in [1, 5, 10, 16]:
        opts = {"linewidth": width}
        cases.append(array_case(f"lw{width}-f", "float64", (6,),
                                values=[1.5, -22.25, 3.0, 4e3, 5.5, 6.0], options=opts))
        cases.append(array_case(f"lw{width}-i2", "int64", (2, 5), values=list(range(-5, 5)),
                                options=opts))
        cases.append(array_case(f"lw{width}-u", "<U11", (4,), values=words, options=opts))
        cases.append(array_case(f"lw{width}-sum", "int64", (12,), values=list(range(12)),
                                options={"linewidth": width, "threshold": 5}))
    for width in [0, -3]:
        cases.append(array_case(f"lw{width}-2d", "float64", (2, 3),
                                values=[1.5, -2.0, 3.25, 4.0, 5.0, 6.0],
                                options={"linewidth": width}))
    for thr, edge in [(0, 3), (0, 0), (5, 10), (-1, 2), (11, 5), (5, 100)]:
        opts = {"threshold": thr, "edgeitems": edge}
        cases.append(array_case(f"thr{thr}-e{edge}-1d", "float64", (15,),
                                values=[i / 4 for i in range(15)], options=opts))
        cases.append(array_case(f"thr{thr}-e{edge}-2d", "int64", (4, 7), values=list(range(28)),
                                options=opts))
        cases.append(array_case(f"thr{thr}-e{edge}-0d", "int64", (), values=[5], options=opts))
    cases.append(array_case("cube-sum-lw40", "float64", (15, 15, 15), gen=(7, 1000, 9.0, 0),
                            options={"linewidth": 40}))
    for dt, v in [("float64", [2.5]), ("float32", [0.1]), ("int32", [-7]), ("uint8", [200]),
                  ("bool", [True]), ("bool", [False]), ("<U4", ["ab'c"]), ("float64", [nan]),
                  ("float64", [1e-7]), ("int64", [-2 ** 62])]:
        cases.append(array_case(f"0d-{dt}-{v[0]}", dt, (), values=v))
        cases.append(array_case(f"0d-{dt}-{v[0]}-plus", dt, (), values=v,
                                options={"sign": "+", "legacy": "1.25"}))
    return cases


def array2string_cases():
    """np.array2string with separators, prefixes and suffixes."""
    rng = np.random.default_rng(31)
    cases = []
    calls = [{"separator": ","}, {"separator": ", ", "prefix": "x = "}, {"suffix": ")" * 9},
             {"separator": "; ", "prefix": "values: ", "suffix": " end"}, {"prefix": "é" * 5}]
    for k in range(40):
        kw = calls[k % len(calls)]
        shape = SHAPES[int(rng.integers(0, len(SHAPES)))]
        n = int(np.prod(shape)) if shape else 1
        dtype = ["float64", "int64", "bool", "<U5"][k % 4]
        if dtype == "float64":
            vals = (rng.uniform(-1, 1, n) * 10.0 ** rng.integers(-2, 5, n)).tolist()
        elif dtype == "int64":
            vals = rng.integers(-10 ** 6, 10 ** 6, n).tolist()
        elif dtype == "bool":
            vals = (rng.uniform(0, 1, n) < 0.5).tolist()
        else:
            vals = [["ab", "c'd", "", "xyz", "ü"][int(i)] for i in rng.integers(0, 5, n)]
        opts = {"linewidth": int(rng.integers(20, 80))}
        case = array_case(f"a2s{k}", dtype, shape, values=vals, options=opts)
        a = np.array(vals, dtype=DTYPES.get(dtype, dtype)).reshape(shape)
        with np.printoptions(**{**DEFAULTS, **opts}):
            case["text"] = np.array2string(a, **kw)
        case["call"] = kw
        cases.append(case)
    return cases


# ---------------------------------------------------------------- scalars
def scalar_cases():
    rng = np.random.default_rng(7)
    vals = [0.0, -0.0, 0.5, 1.0, 100.0, 1e-4, 9.99e-5, 1e-5, 1e15, 1e16, 1e6, 999999.9,
            123456.7, 1234567.8, 0.1, 1 / 3, np.nan, np.inf, -np.inf, 5e-324, 1.7976931348623157e308,
            2.5e-7, -12.75] + (10.0 ** rng.uniform(-20, 20, 20)).tolist()
    cases = []
    for legacy in [False, "1.25"]:
        for dt in ["float64", "float32"]:
            for v in vals:
                x = DTYPES[dt](v) if not (dt == "float32" and abs(v) > 3e38) else np.float32(np.inf)
                with np.printoptions(legacy=legacy):
                    cases.append({"dtype": dt, "value": enc_float(x), "legacy": legacy or None,
                                  "repr": repr(x), "str": str(x)})
        for dt in ["int64", "int32", "uint8", "bool"]:
            for v in [0, 1, 7, 255, -3, 2 ** 31 - 1, -2 ** 40]:
                if dt == "uint8" and not 0 <= v < 256 or dt == "int32" and abs(v) > 2 ** 31:
                    continue
                if dt == "bool" and v not in (0, 1):
                    continue
                x = DTYPES[dt](v)
                with np.printoptions(legacy=legacy):
                    cases.append({"dtype": dt, "value": int(v), "legacy": legacy or None,
                                  "repr": repr(x), "str": str(x)})
        for s in ["a", "", "it's", "Çö", 'q"', "a\nb"]:
            x = np.str_(s)
            with np.printoptions(legacy=legacy):
                cases.append({"dtype": "<U3", "value": s, "legacy": legacy or None,
                              "repr": repr(x), "str": str(x)})
    return cases


# ---------------------------------------------------------------- Dragon4
def dragon4_cases():
    """np.format_float_positional/scientific in the modes FloatingFormat uses: ties,
    powers of two, float32, caps below and above the shortest digits."""
    rnd = random.Random(77)
    out = []
    for i in range(200):
        r = rnd.random()
        if r < 0.3:
            v = rnd.randint(-10 ** 5, 10 ** 5) / 2 ** rnd.randint(0, 12)
        elif r < 0.55:
            v = rnd.randint(-10 ** 6, 10 ** 6) / 10 ** rnd.randint(0, 7)
        elif r < 0.7:
            v = 2.0 ** rnd.randint(-30, 30)
        else:
            v = rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-9, 12)
        f32 = i % 3 == 0
        x = np.float32(v) if f32 else np.float64(v)
        bits = struct.unpack("<I", struct.pack("<f", x))[0] if f32 else \
            struct.unpack("<Q", struct.pack("<d", x))[0]
        p = rnd.randint(0, 12)
        out.append([
            "f32" if f32 else "f64", format(bits, "x"), p,
            np.format_float_positional(x, precision=p, unique=True, trim="."),
            np.format_float_positional(x, precision=p, min_digits=p, unique=True, trim="k"),
            np.format_float_positional(x, precision=p, unique=False, trim="k"),
            np.format_float_scientific(x, precision=p, unique=True, trim="."),
            np.format_float_scientific(x, precision=p, min_digits=p, unique=True, trim="k"),
            np.format_float_scientific(x, precision=p, unique=False, trim="k"),
        ])
    return out


# ---------------------------------------------------------------- python float repr
def pyfloat_cases():
    rnd = random.Random(1234)
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e-5, 1e-4, 0.0001234, 1e16, 1e15, 9999999999999998.0,
            1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.pi, math.e,
            float("inf"), float("-inf"), float("nan"), 123456789.0, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0,
            1.5e300, 4.35, 2.675, 9007199254740993.0, 12345678901234567890.0]
    for _ in range(200):
        bits = rnd.getrandbits(64)
        vals.append(struct.unpack("<d", struct.pack("<Q", bits))[0])
    for _ in range(100):
        vals.append(rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-25, 25))
    for _ in range(30):
        vals.append(float(rnd.randint(-10 ** 17, 10 ** 17)))
    out = []
    for v in vals:
        bits = struct.unpack("<Q", struct.pack("<d", v))[0]
        out.append([format(bits, "016x"), repr(v)])
    return out


# ---------------------------------------------------------------- format specs
def format_cases():
    rnd = random.Random(99)
    floats = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 2.5, 0.125, 1e16, 1e21,
              123.456, -0.0004, float("inf"), float("-inf"), float("nan"), 0.5, 99.995, 1e300,
              2.675, 0.000123456]
    ints = [0, 1, -1, 42, -42, 255, 1234567, -987654321, 2 ** 40, 10 ** 18]
    strs = ["", "a", "hello", "Çözüm", "it's"]
    float_specs = ["", "f", ".2f", ".0f", "10.3f", "<10.3f", "^12.4f", "=+10.2f", "+.3e", "e",
                   ".0e", "#.0e", "#.0f", "g", ".3g", "#.3g", "G", ".10g", "%", ".1%", ",.2f",
                   "_.3f", "015.3f", "010,.1f", "*^15.2e", " .4f", "-.2f", "z.2f", "E", "F",
                   ".2", ".12", "#", "n", ".3n", "020", "+", "r", ".5r", "x<8", "08.3e",
                   ",", "_", "12", ".0%", "#g", ".1g", ".17g", ".20f", "e>12.2e", "0=12.3f"]
    int_specs = ["", "d", "5d", "<5d", "^7d", "+d", " d", "x", "X", "#x", "#X", "o", "#o", "b",
                 "#b", "_b", "_x", ",d", "_d", "010d", "010,d", "f", ".2f", "e", ".3e", "g", "%",
                 "c", "n", "#010x", "+#x", "*>10", "=8d", "012_b", ".3", "s", ".2d", ",x", "z",
                 "G", ".1%", "08"]
    str_specs = ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3s", "05", "0>6", "=5",
                 "+", " ", "x^ 5", "#", "d", "x<7", "z", ",", ".0"]
    bad = ["abc", "10.3q", "..2f", "5.", ",_", "_,", "<>5", "1000000000000000000000f", "%%"]
    cases = []

    def add(kind, v, spec):
        try:
            res = {"ok": format(v, spec)}
        except (ValueError, TypeError, OverflowError) as e:
            res = {"error": type(e).__name__, "message": str(e)}
        val = enc_float(v) if kind == "float" else v
        cases.append({"kind": kind, "value": val, "spec": spec, **res})

    for spec in float_specs:
        for v in rnd.sample(floats, 6):
            add("float", v, spec)
    for spec in int_specs:
        for v in rnd.sample(ints, 4):
            add("int", v, spec)
    for spec in str_specs:
        for v in rnd.sample(strs, 2):
            add("str", v, spec)
    for spec in bad:
        add("float", 1.5, spec)
        add("int", 7, spec)
        add("str", "ab", spec)
    for _ in range(40):
        v = rnd.uniform(-1, 1) * 10.0 ** rnd.randint(-8, 8)
        spec = rnd.choice([".3f", ".2e", ".4g", "10.2f", ",.1f", ".1%", "+.5g", ".0f"])
        add("float", v, spec)
    add("int", 0x110000, "c")
    add("int", 65, "c")
    add("int", 65, "+c")
    add("int", 97, "#c")
    add("int", 7, ",c")
    return cases


# ---------------------------------------------------------------- set_printoptions errors
def option_cases():
    calls = [("floatmode", "bad"), ("floatmode", "maxprec_equal"), ("sign", "x"), ("sign", " "),
             ("threshold", float("nan")), ("threshold", "5"), ("precision", 1.5),
             ("precision", "3"), ("legacy", "1.99")]
    out = []
    for key, value in calls:
        try:
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                try:
                    np.set_printoptions(**{key: value})
                finally:
                    np.set_printoptions(**DEFAULTS)
            res = {"ok": True, "warning": str(w[0].message) if w else None}
        except (ValueError, TypeError) as e:
            res = {"error": type(e).__name__, "message": str(e)}
        out.append({"key": key, "value": value if not isinstance(value, float) or not math.isnan(value)
                    else "nan", **res})
    try:
        with np.printoptions(precision=-1):
            repr(np.array([1.5]))
        out.append({"key": "precision-print", "value": -1, "ok": True})
    except ValueError as e:
        out.append({"key": "precision-print", "value": -1, "error": "ValueError", "message": str(e)})
    return out


if __name__ == "__main__":
    assert np.__version__.startswith("2.4"), np.__version__
    assert sys.version_info[:2] == (3, 11), sys.version
    os.makedirs(OUT, exist_ok=True)
    write("arrays.json", array_cases())
    write("array2string.json", array2string_cases())
    write("scalars.json", scalar_cases())
    write("pyfloat.json", pyfloat_cases())
    write("dragon4.json", dragon4_cases())
    write("format.json", format_cases())
    write("options.json", option_cases())
