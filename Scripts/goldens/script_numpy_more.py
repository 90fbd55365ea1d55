#!/usr/bin/env python3
"""Goldens for the wider numpy surface scripts use: shape functions, nan-reductions, numerics,
fitting, einsum, ufunc methods and more of numpy.linalg.

Run from the repository root: python3 Scripts/goldens/script_numpy_more.py
Writes Tests/SwnbScriptTests/Goldens/script_numpy_more.json in script.json's format (programs
run by script.py's `run`): values, dtypes, shapes and numpy's error messages.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_numpy_more.json")

HEAD = "import numpy as np\na = np.arange(6).reshape(2, 3)\nf = np.array([[1.5, np.nan, 3.0], [4.0, 5.5, np.nan]])\n"

CASES = {
    # shape and arrangement
    "meshgrid": "x, y = np.meshgrid(np.arange(3), np.arange(2))\nprint(x)\nprint(y)\nu, w = np.meshgrid([1, 2], [3, 4, 5], indexing='ij')\nu.shape, w",
    "repeat": "np.repeat([[1, 2]], 2, axis=0), np.repeat(a, 2), np.repeat(a, [1, 2], axis=0)",
    "roll": "np.roll(np.arange(5), 2), np.roll(a, -1, axis=1), np.roll(a, 1)",
    "flip": "np.flip(np.arange(4)), np.flip(a, axis=0), np.flip(a), np.fliplr(a), np.flipud(a)",
    "rot90": "np.rot90(np.arange(4).reshape(2, 2)), np.rot90(a, 2), np.rot90(a, -1)",
    "split": "np.array_split(np.arange(7), 3), np.split(np.arange(6), 2), np.split(np.arange(6), [1, 4])",
    "split_error": "np.split(np.arange(7), 3)",
    "hvsplit": "np.vsplit(np.arange(8).reshape(4, 2), 2), np.hsplit(np.arange(8).reshape(2, 4), [1])",
    "stacks": "np.column_stack(([1, 2], [3, 4])), np.dstack((np.arange(3), np.arange(3))).shape, np.dstack((a, a))",
    "take_delete_append": "np.take(np.array([4, 3, 5, 7]), [0, 1, 3]), np.take(a, [2, 0], axis=1), np.delete(a, 1, axis=1), np.append(a, [[9, 9, 9]], axis=0), np.append([1, 2], 3)",
    "moveaxis": "np.moveaxis(np.zeros((2, 3, 4)), 0, -1).shape, np.swapaxes(a, 0, 1), np.atleast_2d(np.arange(3)), np.atleast_1d(5)",
    "flatnonzero": "np.flatnonzero(np.array([0, 2, 0, 3])), np.flatnonzero(a > 2)",
    "fill_diagonal": "m = np.zeros((3, 3))\nnp.fill_diagonal(m, 5)\nt = np.zeros((5, 3), dtype=int)\nnp.fill_diagonal(t, [1, 2])\nm, t",
    "pad": "np.pad(np.arange(3), 2), np.pad(np.ones((2, 2)), 1, mode='constant', constant_values=9), np.pad(a, ((1, 0), (0, 2)), mode='edge')",
    "sort_axis": "b = np.array([[3, 1], [2, 4]])\nnp.sort(b, axis=0), np.sort(b), np.sort(b, axis=None), np.argsort(b, axis=0)",
    "sort_method_axis": "b = np.array([[3, 1], [2, 4]])\nb.sort(axis=0)\nb, np.array([[3, 1], [2, 4]]).argsort(axis=0)",
    # nan-aware reductions
    "nan_reductions": "np.nanmean(f), np.nansum(f), np.nanmax(f), np.nanmin(f), np.nanstd(f), np.nanvar(f)",
    "nan_reductions_axis": "np.nanmean(f, axis=0), np.nansum(f, axis=1), np.nanmax(f, axis=1), np.nanstd(f, axis=1, ddof=1), np.nanargmax(f), np.nanargmin(f, axis=1)",
    "nan_reductions_int": "np.nansum(a), np.nanmean(a, axis=0), np.nanmax(a)",
    "nan_order_statistics": "np.nanmedian(f), np.nanmedian(f, axis=0), np.nanpercentile(f, [25, 75], axis=1), np.nanquantile(f, 0.5, axis=0), np.nanmedian(np.arange(6).reshape(2, 3), axis=1)",
    "nanmedian_all_nan": "np.nanmedian(np.array([[np.nan, 1.0], [np.nan, 2.0]]), axis=0)",
    "nanargmax_error": "np.nanargmax(np.array([np.nan, np.nan]))",
    "median_percentile_axis": "np.median(a, axis=0), np.median(f, axis=1), np.percentile(a, 50, axis=1), np.percentile(a, [25, 75], axis=0), np.quantile(a, 0.5, axis=1, keepdims=True), np.median(a)",
    # numerics
    "degrees": "np.deg2rad(180), np.degrees(np.pi), np.radians([90, 180]), np.rad2deg(1.0), np.fabs(-1), np.fabs([-1.5, 2])",
    "cross_kron": "np.cross([1, 0, 0], [0, 1, 0]), np.cross([1, 2], [3, 4]), np.cross([[1.0, 2, 3]], [[4, 5, 6]]), np.kron(np.eye(2), np.ones((2, 2))), np.kron([1, 2], [1, 10])",
    "convolve": "np.convolve([1, 2, 3], [0, 1, 0.5]), np.convolve([1, 2, 3], [1, 1], 'same'), np.convolve([1, 2, 3, 4], [1, 1], 'valid')",
    "digitize": "np.digitize([0.2, 6.4, 3.0, 1.6], [0.0, 1.0, 2.5, 4.0, 10.0]), np.digitize([1, 2.5], [0.0, 1.0, 2.5], right=True), np.digitize(3.0, [5, 2, 0])",
    "nan_to_num": "np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1.0])), np.nan_to_num(np.array([np.nan, np.inf]), nan=-1.0, posinf=9.0), np.nan_to_num(np.array([1, 2]))",
    "average": "np.average([1, 2, 3], weights=[3, 1, 1]), np.average(a, axis=0), np.average(a, axis=1, weights=[1, 0, 1])",
    "average_error": "np.average([1, 2], weights=[0, 0])",
    "bincount": "np.bincount([0, 1, 1, 3]), np.bincount([0, 1, 1], weights=[0.5, 1.0, 2.0]), np.bincount([1], minlength=4)",
    "bincount_error": "np.bincount([0, -1])",
    "interp": "np.interp(2.5, [1, 2, 3], [3, 2, 0]), np.interp([0, 1.5, 4], [1, 2, 3], [3, 2, 0]), np.interp([0, 5], [1, 2], [1, 2], left=-1, right=9)",
    "trapezoid": "np.trapezoid([1, 2, 3]), np.trapezoid([1, 2, 3], x=[0, 1, 3]), np.trapezoid(a, axis=0), np.trapezoid([1.0, 4.0], dx=0.5)",
    "unique": "u = np.array([3, 1, 2, 3, 1])\nnp.unique(u), np.unique(u, return_counts=True), np.unique(u, return_index=True, return_inverse=True)",
    "set_ops": "np.intersect1d([1, 2, 3], [2, 3, 4]), np.union1d([1, 2], [2, 5]), np.setdiff1d([1, 2, 3], [2]), np.setxor1d([1, 2, 3], [2, 4])",
    "lexsort": "np.lexsort(([1, 2, 1], [3, 1, 3])), np.lexsort(([3, 1, 2], [1, 1, 0]))",
    # fitting and statistics
    "histogram": "np.histogram([1, 2, 1, 4, 3, 3, 3]), np.histogram([1, 2, 2, 3], bins=3), np.histogram([0.5, 1.5, 2.5], bins=[0, 1, 2, 3])",
    "histogram_range_density": "np.histogram([1, 2, 2, 3, 7], bins=4, range=(0, 8)), np.histogram([1, 2, 2, 3], bins=2, density=True)",
    "cov_corrcoef": "x = np.array([[0, 2], [1, 1], [2, 0]]).T\nnp.cov(x), np.cov([1, 2, 3, 4]), np.corrcoef([1, 2, 3, 4], [2, 4, 5, 9]), np.cov(a, rowvar=False, bias=True)",
    "polyfit": "x = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])\ny = np.array([0.0, 0.8, 0.9, 0.1, -0.8, -1.0])\nnp.polyfit(x, y, 3), np.polyfit([0, 1, 2], [1, 3, 5], 1)",
    "polyval": "np.polyval([3, 0, 1], 5), np.polyval([1, 2], [1, 2, 3]), np.polyval([0.5, 1], np.arange(3))",
    "logspace": "np.logspace(0, 3, 4), np.geomspace(1, 1000, 4), np.logspace(0, 2, 3, base=2.0), np.geomspace(2, 32, 5)",
    # functional
    "apply_along_axis": "np.apply_along_axis(np.sum, 1, a), np.apply_along_axis(lambda r: r * 2, 0, a), np.apply_along_axis(np.max, 0, a)",
    "vectorize": "vf = np.vectorize(lambda t: t * 2 if t > 1 else 0)\nvg = np.vectorize(lambda p, q: p + q)\nvf(np.arange(4)), vg([1, 2], 0.5), vf(a)",
    "einsum": "np.einsum('ij->ji', a), np.einsum('ij,ij->', a, a), np.einsum('ii', np.eye(3) * 2), np.einsum('i,i->', [1, 2], [3, 4]), np.einsum('ij->j', a), np.einsum('i,j->ij', [1, 2], [3, 4])",
    "einsum_matmul": "m = np.arange(6.0).reshape(2, 3)\nnp.einsum('ij,jk->ik', m, m.T), np.einsum('ij,kj->ik', m, m), np.einsum('ij,jk', a, a.T), np.einsum('bij,bjk->bik', np.ones((2, 2, 2)), np.ones((2, 2, 2)))",
    "einsum_error": "np.einsum('ij,jk->ik', a)",
    "finfo_iinfo": "np.finfo(np.float64).eps, np.finfo(float).max, np.finfo(np.float32).eps, np.iinfo(np.int32).max, np.iinfo(np.int64).min, np.iinfo(np.uint8).max, np.finfo(np.float64).tiny",
    "exp2": "np.exp2(3), np.exp2([0.5, -1])",
    "ufunc_methods": "np.add.reduce(np.arange(5)), np.multiply.outer([1, 2], [1, 2, 3]), np.add.accumulate([1, 2, 3]), np.maximum.reduce([1, 5, 3]), np.add.reduce(a, axis=1), np.maximum.accumulate([1, 3, 2, 5]), np.subtract.reduce([10, 1, 2])",
    "index_tricks": "np.mgrid[0:2, 0:3], np.ogrid[0:3, 0:2], np.mgrid[0:1:0.25], np.r_[1:4, 0, 4], np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]",
    "fromfunction": "def f(x, y):\n    return 10 * x + y\nnp.fromfunction(f, (3, 4), dtype=int), np.fromfunction(lambda i, j: i == j, (2, 2)), np.indices((2, 3))",
    "poly1d": "p = np.poly1d([0, 1.0, 2, 3])\np, p(2), p.order, p(np.arange(3)), np.poly1d([1, 2]), p.coeffs",
    "poly1d_polyfit": "x = np.array([1.0, 2.0, 3.0, 4.0, 5.0])\ny = np.array([2.1, 3.9, 6.2, 7.8, 10.1])\nq = np.poly1d(np.polyfit(x, y, 2))\nq(6)",
    "flat_astype_str": "for e in np.arange(12).reshape(3, 4)[:, ::2].flat:\n    print(e, end=' ')\nnp.arange(3).astype(str), np.array([1.5]).astype(str), np.array([True]).astype(str)",
    "bytes_literal": "b'abc'",
    # linalg
    "linalg_qr": "q, r = np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))\nprint(q.shape, r.shape)\nnp.allclose(q @ r, [[1, 2], [3, 4], [5, 6]]), np.linalg.qr(np.array([[2.0, 1.0], [1.0, 3.0]]), mode='r')",
    "linalg_eig": "w, v = np.linalg.eig(np.array([[2.0, 1.0], [1.0, 2.0]]))\nprint(w)\nprint(v)\nnp.linalg.eigvals(np.array([[2.0, 0.0], [0.0, 3.0]])), np.linalg.eigvalsh(np.array([[2.0, 1.0], [1.0, 2.0]]))",
    "linalg_eig_complex": "np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]]))",
    "qr_raw_and_modes": "np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), mode='raw'), np.linalg.qr(np.arange(6.0).reshape(3, 2), mode='complete')[0].shape",
    "qr_bad_mode": "np.linalg.qr(np.eye(2), mode='x')",
    "array_equal": "np.array_equal([1, np.nan], [1, np.nan], equal_nan=True), np.array_equal([1, np.nan], [1, np.nan]), np.array_equal([1, 2], [1, 2]), np.array_equal([1, 2], [1, 2, 3]), np.array_equal(['a'], ['a'])",
    "methods_repeat_take": "a.repeat(2), a.repeat(2, axis=0), a.take([0, 2], axis=1), a.take(4)",
    "linalg_result_tuples": "m = np.array([[1, 2], [3, 4]])\nr = np.linalg.qr(np.array([[2.0, 1.0], [1.0, 3.0]]))\nq, rr = r\nprint(len(r), r.R.shape, r[0].shape, r[-1][1, 1])\nprint(np.linalg.eig(m))\nprint(np.linalg.slogdet(m))\nnp.linalg.eig(m)",
    "matrix_power": "np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10), np.linalg.matrix_power(np.array([[2.0, 0.0], [0.0, 3.0]]), -2), np.linalg.matrix_power(np.array([[1, 2], [3, 4]]), 0)",
    "slogdet_multidot": "s, l = np.linalg.slogdet(np.array([[1.0, 2.0], [3.0, 4.0]]))\nprint(s, l)\nnp.linalg.multi_dot([np.eye(2), np.arange(4.0).reshape(2, 2), np.ones((2, 3))])",
}

# Cases numpy gives a value MatrixScript rejects by design: the expected error is ours.
OURS = {
    "bytes_literal": "SyntaxError: bytes literals are not supported in MatrixScript @4:1",
    "linalg_eig_complex": "NotImplementedError: MatrixScript has no complex numbers: np.linalg.eigvals found complex eigenvalues",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()), OURS)


if __name__ == "__main__":
    main()
