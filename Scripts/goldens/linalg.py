#!/usr/bin/env python3
"""Writes Tests/SwnbLinalgTests/Goldens/linalg.json from numpy 2.4 (the oracle).

Every array is stored as base64 of its little-endian float64 bytes, so NaN, inf and -0.0
survive and comparisons can be bit-exact. Each case names the function, its parameters, its inputs
and either numpy's outputs or numpy's exception (type and message). `tol` is 0 for a
bit-exact comparison, otherwise a relative tolerance (the case says why).

Run: python3 Scripts/goldens/linalg.py   (numpy 2.4.x required)
"""
import base64
import json
import os

import numpy as np

assert np.__version__.startswith("2.4"), np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbLinalgTests",
                   "Goldens", "linalg.json")
cases = []


def tensor(x):
    x = np.asarray(x, dtype="<f8")
    return {"shape": list(x.shape), "data": base64.b64encode(x.tobytes(order="C")).decode("ascii")}


inputs_table = {}
last_inputs = []


def inputs_value(i):
    """The array most recently passed as an input (so a lambda can reuse it)."""
    return last_inputs[i]


def shared(x):
    """Stores an input once (many cases share it) and returns its key."""
    t = tensor(x)
    key = "t%d" % len(inputs_table)
    for k, v in inputs_table.items():
        if v == t:
            return k
    inputs_table[key] = t
    return key


def add(cid, fn, inputs, call, params=None, tol=0.0, why=None, normwise=False):
    """Runs `call` and records its outputs (a dict of arrays) or its exception.

    With `normwise`, `tol` is relative to the largest magnitude of each expected output
    (the right measure for eigen-decompositions) instead of to each element."""
    case = {"id": cid, "fn": fn, "params": params or {},
            "inputs": {k: shared(v) for k, v in inputs.items()}, "tol": tol, "normwise": normwise}
    last_inputs[:] = list(inputs.values())
    if why:
        case["why"] = why
    try:
        with np.errstate(all="ignore"):
            out = call()
        case["outputs"] = {k: tensor(v) for k, v in out.items()}
    except Exception as e:  # numpy's exception is the expected result
        case["error"] = {"kind": type(e).__name__, "message": str(e)}
    cases.append(case)


rs = np.random.RandomState(20240607)


def rand(*shape):
    return rs.rand(*shape)


def randn(*shape):
    return rs.randn(*shape)


def lowrank(m, n, r):
    return randn(m, r) @ randn(r, n)


hilbert = lambda n: 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1)
nan_m = np.array([[1.0, np.nan], [2.0, 3.0]])
inf_m = np.array([[1.0, np.inf], [2.0, 3.0]])
singular = np.array([[1.0, 2.0], [2.0, 4.0]])

general = {
    "1x1": rand(1, 1), "2x2": randn(2, 2), "3x3": rand(3, 3), "4x4": randn(4, 4),
    "5x5": rand(5, 5), "7x7": randn(7, 7),
    "tall6x3": randn(6, 3), "tall9x7": rand(9, 7), "tall12x4": randn(12, 4),
    "wide3x6": randn(3, 6), "wide4x7": rand(4, 7),
    "rankdef5x4r2": lowrank(5, 4, 2), "rankdef4x6r1": lowrank(4, 6, 1),
    "hilbert8": hilbert(8), "vander6": np.vander(np.linspace(0.5, 3, 6)),
    "int2x2": np.array([[1.0, 2.0], [3.0, 4.0]]),
}
empties = {"0x0": np.zeros((0, 0)), "0x3": np.zeros((0, 3)), "3x0": np.zeros((3, 0))}
squares = {k: v for k, v in general.items() if v.shape[0] == v.shape[1]}

# --- matmul / dot: numpy's dispatch (dot, gemv, noblas, gemm, syrk) -------------------------
mm = [("gemm", randn(4, 5), False, randn(5, 3), False), ("gemmTT", randn(5, 4), True, randn(3, 5), True),
      ("gemmTN", randn(5, 4), True, randn(5, 3), False), ("gemmNT", randn(4, 5), False, randn(3, 5), True),
      ("rowdot", randn(1, 6), False, randn(6, 1), False), ("rowdotT", randn(6, 1), True, randn(1, 6), True),
      ("outer", randn(4, 1), False, randn(1, 5), False), ("scalarvec", randn(1, 1), False, randn(1, 5), False),
      ("vecmat", randn(1, 6), False, randn(6, 4), False), ("vecmatT", randn(1, 6), False, randn(4, 6), True),
      ("matvec", randn(5, 6), False, randn(6, 1), False), ("matvecT", randn(6, 5), True, randn(6, 1), False),
      ("zeroInner", np.zeros((3, 0)), False, np.zeros((0, 2)), False),
      ("gemm12", randn(12, 9), False, randn(9, 11), False)]
for cid, a, ta, b, tb in mm:
    add("matmul-" + cid, "matmul", {"a": a, "b": b},
        lambda a=a, b=b, ta=ta, tb=tb: {"c": (a.T if ta else a) @ (b.T if tb else b)},
        {"ta": str(int(ta)), "tb": str(int(tb))})
# For 20 x 5 uniform data, numpy's syrk and gemm results differ in the last bits.
gram_differs = np.random.RandomState(0).rand(20, 5)
assert (gram_differs.T @ gram_differs != gram_differs.T @ gram_differs.copy()).any()
for cid, w in [("gram9x3", rand(9, 3)), ("gram3x7", rand(3, 7)), ("gram14x6", randn(14, 6)),
               ("gram20x5", gram_differs)]:
    add("matmul-syrkTN-" + cid, "matmul", {"a": w}, lambda w=w: {"c": w.T @ w},
        {"ta": "1", "tb": "0", "same": "1"})
    add("matmul-syrkNT-" + cid, "matmul", {"a": w}, lambda w=w: {"c": w @ w.T},
        {"ta": "0", "tb": "1", "same": "1"})
    # A copy is another buffer: numpy uses gemm, whose rounding differs from syrk.
    add("matmul-gramcopy-" + cid, "matmul", {"a": w, "b": w}, lambda w=w: {"c": w.T @ w.copy()},
        {"ta": "1", "tb": "0", "same": "0"})
nan_w = rand(5, 3)
nan_w[2, 1] = np.nan
add("matmul-nan-gemm", "matmul", {"a": nan_w, "b": rand(3, 4)},
    lambda: {"c": nan_w @ inputs_value(-1)}, {"ta": "0", "tb": "0"})
add("matmul-nan-syrk", "matmul", {"a": nan_w}, lambda: {"c": nan_w.T @ nan_w},
    {"ta": "1", "tb": "0", "same": "1"})
# Strided views (numpy's blasable tests, copies, negative and zero strides, syrk with a
# leading dimension wider than the view): each operand is (base, offset, rows, cols, row
# stride, column stride) in elements over a 1-D base array.
from numpy.lib.stride_tricks import as_strided


def view(base, spec):
    off, r, c, rs, cs = spec
    return as_strided(base[off:], shape=(r, c), strides=(rs * 8, cs * 8))


vbase = randn(80)
view_cases = [
    ("colstep-times-column", (0, 4, 5, 10, 2), (40, 5, 1, 1, 1)),
    ("colstep-times-matrix", (0, 4, 5, 10, 2), (40, 5, 3, 3, 1)),
    ("reversed-rows-times-matrix", (35, 4, 5, -5, 1), (40, 5, 3, 3, 1)),
    ("broadcast-rows-times-matrix", (0, 4, 5, 0, 1), (40, 5, 3, 3, 1)),
    ("matrix-times-strided-vector", (0, 4, 5, 5, 1), (40, 5, 1, 2, 2)),
    ("reversed-row-vector-times-matrix", (4, 1, 5, 5, -1), (40, 5, 3, 3, 1)),
    ("row-dot-reversed-column", (0, 1, 5, 5, 1), (79, 5, 1, -1, 1)),
    ("rowstep-T-times-rowstep-syrk", (0, 5, 4, 1, 10), (0, 4, 5, 10, 1)),
    ("slice-times-slice-T-syrk", (0, 3, 3, 5, 1), (0, 3, 3, 1, 5)),
    ("slice-times-other-slice-gemm", (0, 3, 4, 5, 1), (0, 4, 3, 5, 1)),
    ("fortran-times-fortran", (0, 4, 6, 1, 4), (24, 6, 3, 1, 6)),
]
for cid, sa, sb in view_cases:
    add("matmulview-" + cid, "matmul_view", {"base": vbase},
        lambda sa=sa, sb=sb: {"c": view(vbase, sa) @ view(vbase, sb)},
        {"a": ",".join(map(str, sa)), "b": ",".join(map(str, sb))})
# multi_dot: the cost rule for three, the chain order for more, and np.dot's mismatch text.
chains = {
    "two": [randn(3, 4), randn(4, 2)],
    "three-left": [randn(6, 2), randn(2, 5), randn(5, 4)],
    "three-right": [randn(2, 6), randn(6, 5), randn(5, 7)],
    "four": [randn(5, 9), randn(9, 2), randn(2, 8), randn(8, 3)],
    "five-col": [randn(4, 6), randn(6, 3), randn(3, 7), randn(7, 2), randn(2, 1)],
    "mismatch": [randn(3, 4), randn(5, 2), randn(2, 2), randn(2, 3)],
    "one": [randn(2, 2)],
}
for cid, ms in chains.items():
    add("multidot-" + cid, "multi_dot", {f"m{i}": m for i, m in enumerate(ms)},
        lambda ms=ms: {"c": np.linalg.multi_dot(ms)}, {"count": str(len(ms))})
add("matmul-mismatch", "matmul", {"a": randn(2, 3), "b": randn(4, 2)},
    lambda: {"c": np.matmul(np.zeros((2, 3)), np.zeros((4, 2)))}, {"ta": "0", "tb": "0"})
for n in [0, 3, 7, 8, 17, 129, 300]:
    x, y = randn(n), randn(n)
    add(f"dot-{n}", "dot", {"x": x, "y": y}, lambda x=x, y=y: {"r": np.dot(x, y)})
add("dot-mismatch", "dot", {"x": randn(3), "y": randn(4)}, lambda: {"r": np.dot(np.ones(3), np.ones(4))})

# --- solve / inv / det / slogdet ----------------------------------------------------------
for k, a in squares.items():
    b = randn(a.shape[0])
    bm = randn(a.shape[0], 3)
    add("solve-vec-" + k, "solve", {"a": a, "b": b}, lambda a=a, b=b: {"x": np.linalg.solve(a, b)})
    add("solve-mat-" + k, "solve", {"a": a, "bm": bm}, lambda a=a, b=bm: {"x": np.linalg.solve(a, b)})
    add("inv-" + k, "inv", {"a": a}, lambda a=a: {"x": np.linalg.inv(a)})
    add("det-" + k, "det", {"a": a}, lambda a=a: {"r": np.linalg.det(a)})
    add("slogdet-" + k, "slogdet", {"a": a},
        lambda a=a: dict(zip(["sign", "logdet"], np.linalg.slogdet(a))))
for k, a in {"singular": singular, "zeros3": np.zeros((3, 3)), "nan": nan_m, "inf": inf_m,
             **empties, "tall6x3": general["tall6x3"]}.items():
    add("solve-vec-" + k, "solve", {"a": a, "b": np.ones(a.shape[0])},
        lambda a=a: {"x": np.linalg.solve(a, np.ones(a.shape[0]))})
    add("inv-" + k, "inv", {"a": a}, lambda a=a: {"x": np.linalg.inv(a)})
    add("det-" + k, "det", {"a": a}, lambda a=a: {"r": np.linalg.det(a)})
    add("slogdet-" + k, "slogdet", {"a": a},
        lambda a=a: dict(zip(["sign", "logdet"], np.linalg.slogdet(a))))
add("solve-vec-mismatch", "solve", {"a": randn(2, 2), "b": randn(3)},
    lambda: {"x": np.linalg.solve(np.eye(2), np.ones(3))})
add("solve-mat-mismatch", "solve", {"a": randn(2, 2), "bm": randn(3, 2)},
    lambda: {"x": np.linalg.solve(np.eye(2), np.ones((3, 2)))})
add("solve-mat-nrhs0", "solve", {"a": general["3x3"], "bm": np.zeros((3, 0))},
    lambda: {"x": np.linalg.solve(general["3x3"], np.zeros((3, 0)))})
add("solve-mat-singular-nrhs0", "solve", {"a": singular, "bm": np.zeros((2, 0))},
    lambda: {"x": np.linalg.solve(singular, np.zeros((2, 0)))})

# --- lstsq ----------------------------------------------------------------------------------
def lstsq_out(a, b, rcond):
    x, res, rank, s = np.linalg.lstsq(a, b, rcond=rcond)
    return {"x": x, "residuals": res, "rank": rank, "s": s}


for k, a in {**general, **empties, "nan": nan_m, "inf": inf_m}.items():
    m = a.shape[0]
    b, bm = randn(m), randn(m, 2)
    add("lstsq-vec-" + k, "lstsq", {"a": a, "b": b}, lambda a=a, b=b: lstsq_out(a, b, None),
        {"rcond": "None"})
    add("lstsq-mat-" + k, "lstsq", {"a": a, "bm": bm}, lambda a=a, b=bm: lstsq_out(a, b, None),
        {"rcond": "None"})
a = general["rankdef5x4r2"]
b = randn(5)
for rc in ["-1", "0.1", "1e-20"]:
    add("lstsq-rcond" + rc, "lstsq", {"a": a, "b": b},
        lambda rc=rc: lstsq_out(a, b, float(rc)), {"rcond": rc})
add("lstsq-nrhs0", "lstsq", {"a": general["tall6x3"], "bm": np.zeros((6, 0))},
    lambda: lstsq_out(general["tall6x3"], np.zeros((6, 0)), None), {"rcond": "None"})
add("lstsq-incompatible", "lstsq", {"a": randn(4, 2), "b": randn(3)},
    lambda: lstsq_out(np.zeros((4, 2)), np.zeros(3), None), {"rcond": "None"})

# --- svd / qr / eigh / cholesky --------------------------------------------------------------
def svd_out(a, full):
    u, s, vh = np.linalg.svd(a, full_matrices=full)
    return {"u": u, "s": s, "vh": vh}


for k, a in {**general, **empties, "nan": nan_m, "inf": inf_m}.items():
    add("svd-full-" + k, "svd", {"a": a}, lambda a=a: svd_out(a, True), {"full": "1"})
    add("svd-reduced-" + k, "svd", {"a": a}, lambda a=a: svd_out(a, False), {"full": "0"})
    add("svdvals-" + k, "svdvals", {"a": a}, lambda a=a: {"s": np.linalg.svd(a, compute_uv=False)})
    for mode in ([] if k in ("7x7", "hilbert8", "vander6") else ["reduced", "complete", "r"]):
        def qr_out(a=a, mode=mode):
            res = np.linalg.qr(a, mode=mode)
            return {"r": res} if mode == "r" else {"q": res.Q, "r": res.R}
        add(f"qr-{mode}-{k}", "qr", {"a": a}, qr_out, {"mode": mode})
for k, a in {**squares, "0x0": empties["0x0"], "nan": nan_m, "inf": inf_m,
             "tall6x3": general["tall6x3"]}.items():
    sym = a + a.T if a.shape[0] == a.shape[1] else a
    spd = a @ a.T + a.shape[0] * np.eye(a.shape[0]) if a.shape[0] == a.shape[1] else a
    # dsyevd is the same driver as numpy's, but Debian's OpenBLAS 0.3.21 (LAPACK 3.10 era)
    # and numpy's bundled 0.3.31 reduce to tridiagonal form with different BLAS-2 kernels:
    # eigenvalues agree to a few ulps of ||A||, eigenvectors to eps * ||A|| / gap (Hilbert's
    # tiny eigenvalue gaps make that 1e-8).
    etol = 1e-7 if k == "hilbert8" else 1e-12
    why = "dsyevd: LAPACK/OpenBLAS versions differ in the last bits (see comment)"
    add("eigh-" + k, "eigh", {"a": sym}, lambda s=sym: dict(zip(["w", "v"], np.linalg.eigh(s))),
        tol=etol, why=why, normwise=True)
    add("eigh-upper-" + k, "eigh", {"a": a},
        lambda a=a: dict(zip(["w", "v"], np.linalg.eigh(a, UPLO="U"))), {"upper": "1"},
        tol=etol, why=why, normwise=True)
    add("eigvalsh-" + k, "eigvalsh", {"a": a}, lambda a=a: {"w": np.linalg.eigvalsh(a)},
        tol=etol, why=why, normwise=True)
    add("cholesky-" + k, "cholesky", {"a": spd}, lambda s=spd: {"l": np.linalg.cholesky(s)})
for k, a in {"4x4": general["4x4"], "7x7": general["7x7"], "1x1": general["1x1"]}.items():
    spd = a @ a.T + a.shape[0] * np.eye(a.shape[0])
    add("cholesky-upper-" + k, "cholesky", {"a": spd},
        lambda s=spd: {"l": np.linalg.cholesky(s, upper=True)}, {"upper": "1"})
for k, a in {"tall6x3": general["tall6x3"], "wide3x6": general["wide3x6"], "0x3": empties["0x3"]}.items():
    add("qr-raw-" + k, "qr_raw", {"a": a}, lambda a=a: dict(zip(["h", "tau"], np.linalg.qr(a, mode="raw"))))
add("cholesky-notpd", "cholesky", {"a": -np.eye(3)}, lambda: {"l": np.linalg.cholesky(-np.eye(3))})

def eig_out(a):
    w, v = np.linalg.eig(a)
    if np.iscomplexobj(w):
        return {"wr": w.real, "wi": w.imag, "vr": v.real, "vi": v.imag}
    return {"wr": w, "vr": v}


def eigvals_out(a):
    w = np.linalg.eigvals(a)
    return {"wr": w.real, "wi": w.imag} if np.iscomplexobj(w) else {"wr": w}


rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
for k, a in {**squares, "rotation": rotation, "mixed3": np.array([[1.0, 2, 0], [-2, 1, 0], [0, 0, 3]]),
             "0x0": empties["0x0"], "nan": nan_m, "inf": inf_m, "tall6x3": general["tall6x3"]}.items():
    if k not in ("7x7", "hilbert8", "vander6"):
        add("eig-" + k, "eig", {"a": a}, lambda a=a: eig_out(a))
    add("eigvals-" + k, "eigvals", {"a": a}, lambda a=a: eigvals_out(a))

# --- pinv / matrix_rank / norm / cond / matrix_power ----------------------------------------
for k, a in {**general, **empties, "nan": nan_m}.items():
    add("pinv-" + k, "pinv", {"a": a}, lambda a=a: {"x": np.linalg.pinv(a)})
    add("rank-" + k, "matrix_rank", {"a": a}, lambda a=a: {"r": np.linalg.matrix_rank(a)})
add("rank-tol", "matrix_rank", {"a": general["hilbert8"]},
    lambda: {"r": np.linalg.matrix_rank(general["hilbert8"], tol=1e-6)}, {"tol": "1e-6"})
add("rank-rtol", "matrix_rank", {"a": general["hilbert8"]},
    lambda: {"r": np.linalg.matrix_rank(general["hilbert8"], rtol=1e-10)}, {"rtol": "1e-10"})
add("rank-tol-and-rtol", "matrix_rank", {"a": general["3x3"]},
    lambda: {"r": np.linalg.matrix_rank(general["3x3"], tol=1.0, rtol=1.0)}, {"tol": "1", "rtol": "1"})
add("rank-vec-zero", "matrix_rank", {"v": np.zeros(4)}, lambda: {"r": np.linalg.matrix_rank(np.zeros(4))})
add("rank-vec", "matrix_rank", {"v": np.array([0, 0, 2.0])},
    lambda: {"r": np.linalg.matrix_rank(np.array([0, 0, 2.0]))})
add("pinv-rcond", "pinv", {"a": general["hilbert8"]},
    lambda: {"x": np.linalg.pinv(general["hilbert8"], rcond=1e-8)}, {"rcond": "1e-8"})

INF = float("inf")
vec_ords = ["None", "2", "1", "inf", "-inf", "0", "3", "0.5", "-1", "fro"]
for k, v in {"v7": randn(7), "v300": randn(300) * 1e3, "v0": np.zeros(0),
             "vnan": np.array([1.0, np.nan, 2.0]), "vzero": np.array([0.0, -0.0, 3.0])}.items():
    for o in vec_ords:
        ordv = None if o == "None" else (o if o == "fro" else float(o))
        general_p = o in ("3",)
        add(f"norm-vec-{k}-{o}", "norm", {"v": v}, lambda v=v, ordv=ordv: {"r": np.linalg.norm(v, ordv)},
            {"ord": o}, tol=1e-13 if general_p else 0.0,
            why="np.power may use a SIMD pow that differs from libm in the last bit" if general_p else None)
mat_ords = ["None", "fro", "nuc", "1", "-1", "2", "-2", "inf", "-inf", "3"]
for k, a in {"m3x4": randn(3, 4), "m20x5": randn(20, 5), "m5x20": randn(5, 20), "m0x3": np.zeros((0, 3)),
             "mnan": nan_m}.items():
    for o in mat_ords:
        ordv = None if o == "None" else (o if o in ("fro", "nuc") else float(o))
        add(f"norm-mat-{k}-{o}", "norm", {"a": a}, lambda a=a, ordv=ordv: {"r": np.linalg.norm(a, ordv)},
            {"ord": o})
# Explicit axes take the reduction path (pairwise along rows, row after row down columns).
axis_m = {"m20x5": randn(20, 5) * np.logspace(0, 8, 20)[:, None], "m3x130": randn(3, 130), "m0x3": np.zeros((0, 3))}
for k, a in axis_m.items():
    for ax in ["0", "1"]:
        for o in ["None", "2", "1", "inf", "-inf", "0", "-1", "0.5", "nuc"]:
            ordv = None if o == "None" else (o if o == "nuc" else float(o))
            add(f"norm-axis{ax}-{k}-{o}", "norm", {"a": a},
                lambda a=a, ordv=ordv, ax=int(ax): {"r": np.linalg.norm(a, ordv, axis=ax)},
                {"ord": o, "axis": ax})
    for ax in ["0,1", "1,0"]:
        for o in ["None", "2", "-2", "1", "-1", "inf", "-inf", "nuc"]:
            ordv = None if o == "None" else (o if o == "nuc" else float(o))
            axes = tuple(int(t) for t in ax.split(","))
            add(f"norm-axes{ax}-{k}-{o}", "norm", {"a": a},
                lambda a=a, ordv=ordv, axes=axes: {"r": np.linalg.norm(a, ordv, axis=axes)},
                {"ord": o, "axes": ax})
v300 = randn(300) * 1e3
for o in ["None", "2", "1", "inf"]:
    v = v300
    ordv = None if o == "None" else float(o)
    add(f"norm-vec-axis0-{o}", "norm", {"v": v}, lambda v=v, ordv=ordv: {"r": np.linalg.norm(v, ordv, axis=0)},
        {"ord": o, "axis": "0"})
add("norm-axes-duplicate", "norm", {"a": axis_m["m20x5"]},
    lambda: {"r": np.linalg.norm(axis_m["m20x5"], 2, axis=(0, 0))}, {"ord": "2", "axes": "0,0"})
add("norm-axes-out-of-bounds", "norm", {"a": axis_m["m20x5"]},
    lambda: {"r": np.linalg.norm(axis_m["m20x5"], 2, axis=(0, 2))}, {"ord": "2", "axes": "0,2"})
add("norm-axis-out-of-bounds", "norm", {"a": axis_m["m20x5"]},
    lambda: {"r": np.linalg.norm(axis_m["m20x5"], 2, axis=-3)}, {"ord": "2", "axis": "-3"})
# numpy 2's vector_norm ravels and takes the axis=0 path; matrix_norm uses axis=(-2, -1).
for o in ["2", "1", "inf", "0.5"]:
    add(f"vector_norm-{o}", "norm", {"v": v300},
        lambda o=o: {"r": np.linalg.vector_norm(v300, ord=float(o))}, {"ord": o, "axis": "0"})
for o in ["fro", "nuc", "1", "-inf"]:
    m = axis_m["m3x130"]
    ordv = o if o in ("fro", "nuc") else float(o)
    add(f"matrix_norm-{o}", "norm", {"a": m}, lambda ordv=ordv, m=m: {"r": np.linalg.matrix_norm(m, ord=ordv)},
        {"ord": o, "axes": "-2,-1"})
add("norm-vec-axis1", "norm", {"v": randn(3)}, lambda: {"r": np.linalg.norm(np.ones(3), 2, axis=1)},
    {"ord": "2", "axis": "1"})
for k, a in {"5x5": general["5x5"], "hilbert8": general["hilbert8"], "singular": singular,
             "tall6x3": general["tall6x3"], "0x0": empties["0x0"], "nan": nan_m}.items():
    for o in ["None", "2", "-2", "1", "-1", "inf", "-inf", "fro", "nuc", "3"]:
        ordv = None if o == "None" else (o if o in ("fro", "nuc") else float(o))
        add(f"cond-{k}-{o}", "cond", {"a": a}, lambda a=a, ordv=ordv: {"r": np.linalg.cond(a, ordv)},
            {"p": o})
for k, a in {"3x3": general["3x3"], "4x4": general["4x4"], "1x1": general["1x1"],
             "singular": singular, "tall6x3": general["tall6x3"]}.items():
    for n in [0, 1, 2, 3, 5, 13, -1, -3]:
        add(f"mpow-{k}-{n}", "matrix_power", {"a": a},
            lambda a=a, n=n: {"x": np.linalg.matrix_power(a, n)}, {"n": str(n)})

# --- the first user's NMF notebook, 100 ALS iterations --------------------------------------
np.random.seed(1)
A = np.random.rand(9, 7)
np.random.seed(42)
W0 = np.random.rand(9, 3)
H0 = np.random.rand(3, 7)
W, H = W0.copy(), H0.copy()
for _ in range(100):
    H = np.linalg.lstsq(W.T @ W, W.T @ A, rcond=None)[0]
    H[H < 0] = 0
    W = np.linalg.lstsq(H @ H.T, H @ A.T, rcond=None)[0].T
    W[W < 0] = 0
add("nmf-als-notebook", "nmf", {"A": A, "W0": W0, "H0": H0},
    lambda: {"W": W, "H": H, "err": np.linalg.norm(A - W @ H, "fro")}, {"iterations": "100"})

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump({"numpy": np.__version__, "inputs": inputs_table, "cases": cases}, f, separators=(",", ":"))
    f.write("\n")
print(len(cases), "cases,", os.path.getsize(OUT), "bytes")
