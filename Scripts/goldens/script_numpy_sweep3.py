#!/usr/bin/env python3
"""Goldens for the third numpy fidelity sweep: complex values stored into real arrays (numpy's
TypeError for Python complex, ComplexWarning for complex arrays), complex128 maximum/minimum,
where, clip, max/min/argmax/argmin, sort/argsort/unique, cumsum/cumprod, var/std, median
(percentile's TypeError), the complex transcendental ufuncs, isclose/allclose on complex
arrays, vdot, trace and the default norm of complex arrays, MatrixScript's TypeError where a
function computes in real arithmetic only, the ufuncs with no complex loop, lexsort over string
keys, importing a missing package, mgrid point counts (`5j`), sparse meshgrid,
nancumsum/nancumprod, poly1d powers and numpy's interpolating quantile methods, histogram2d,
norm of 3-D arrays along axes, the decompositions on stacks of matrices, trace with
offset/axis1/axis2, unique(equal_nan=False), unique_all/_counts/_inverse, einsum's '...' and
polyfit's cov=, w= and rcond=, dtype=/out= of cumsum/cumprod/prod/clip, diff's
prepend=/append=, flip over several axes, take(mode=) and searchsorted(sorter=).

Run from the repository root: python3 Scripts/goldens/script_numpy_sweep3.py
Writes Tests/SwnbScriptTests/Goldens/script_numpy_sweep3.json in script.json's format (programs
run by script.py's `run`): values, dtypes, shapes and numpy's error messages.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_numpy_sweep3.json")

HEAD = ("import numpy as np\nz = np.array([1+2j, 3-1j, -2+0.5j, 3+2j])\n"
        "w = np.array([[1+1j, 2], [3j, 4-4j]])\nr = np.array([1.0, 2.0, 3.0, 4.0])\n")

CASES = {
    # complex values stored into real arrays
    "complex_store_float": "a = np.zeros(3)\na[0] = 1j",
    "complex_store_int": "a = np.zeros(3, dtype=int)\na[1] = 1 + 0j",
    "complex_store_mask": "a = np.zeros(3)\na[a == 0] = 2j",
    "complex_store_slice": "a = np.zeros(3, dtype=np.uint8)\na[:] = 2j",
    "complex_store_fancy": "a = np.zeros(3, dtype=np.float32)\na[[0, 1]] = 1j",
    "complex_store_list": "a = np.zeros(3)\na[:2] = [1j, 2]",
    "complex_store_bool": "a = np.zeros(3, dtype=bool)\na[0] = 1j\na[1:] = [0j, 2j]\na",
    "complex_store_array_warns": "a = np.zeros(4)\na[...] = z\nb = np.zeros(2, dtype=int)\nb[0] = np.complex128(5 + 1j)\na, b",
    # ordering of complex values
    "complex_maximum_minimum": "np.maximum(z, z[::-1]), np.minimum(z, r), np.fmax(z, np.array([np.nan, 0, 0, 0])), np.fmin(np.array([complex(np.nan, 0), 1, 2, 3]), z), np.maximum(np.array([complex(1, np.nan)]), 5)",
    "complex_where_clip": "np.where(np.abs(z) > 2, z, 0), np.where(r > 2, z, r), np.clip(z, 0, 2), np.clip(w, 1j, 3)",
    "complex_extrema": "z.max(), z.min(), np.max(w, axis=0), np.min(w, axis=1), z.argmax(), z.argmin(), np.argmax(w, axis=1), np.ptp(z), np.maximum.reduce(z), np.nanmax(z)",
    "complex_sort": "np.sort(z), np.sort(w, axis=0), np.argsort(z), np.unique(np.array([2j, 1, 2j, -1 + 5j])), np.sort(np.array([complex(np.nan, 1), 1 + 1j, complex(1, np.nan), 1]))",
    "complex_scans": "np.cumsum(z), np.cumprod(z), np.cumsum(w, axis=0), np.multiply.accumulate(z), np.add.accumulate(w, axis=1)",
    "complex_var_std": "z.var(), z.std(), np.std(w, axis=1), np.var(w, axis=0, ddof=1), np.mean(w, axis=0)",
    "complex_transcendental": "np.sign(z), np.log10(z), np.log2(z), np.tan(z), np.arctan(z), np.sinh(z), np.cosh(z), np.tanh(z)",
    "complex_inverse_functions": "np.arcsin(z), np.arccos(z), np.arcsinh(z), np.arccosh(z), np.arctanh(z), np.expm1(z), np.log1p(z), np.exp2(z), np.sign(np.array([0j, complex(np.inf, 1), complex(1, -np.inf)]))",
    "complex_isclose": "np.isclose(z, z + 1e-12), np.allclose(z, z), np.allclose(z, r), np.isclose(z, 1 + 2j), np.isclose(z, 3 - 1.00001j), np.array_equal(z, z.copy()), np.array_equal(z, z + 1)",
    "complex_vdot_trace": "np.vdot(z, z), np.vdot(w, w), np.trace(w), w.trace()",
    "complex_norm": "np.linalg.norm(z), np.linalg.norm(w), np.linalg.norm(np.array([3j, 4]))",
    "complex_norm_axis_error": "np.linalg.norm(w, axis=1)",
    "complex_einsum_error": "np.einsum('ij,jk->ik', w, w)",
    "complex_convolve_error": "np.convolve(z, [1, 1j])",
    "complex_median": "np.median(z), np.median(z[:3]), np.median(np.array([[1j, 2, 3], [4, 5j, 6]]), axis=1), np.median(np.array([[1j, 2], [4, 5j]]), axis=0), np.median(np.array([1j, complex(np.nan, 0), 2]))",
    "complex_percentile_error": "np.percentile(z, 50)",
    "complex_fabs_error": "np.fabs(z)",
    "complex_fmod_error": "np.fmod(z, 2)",
    "complex_heaviside_error": "np.heaviside(z, 0)",
    "complex_floor_error": "np.floor(z)",
    # other fixes
    "lexsort_strings": "names = np.array(['b', 'a', 'c', 'a'])\nages = np.array([30, 25, 20, 22])\nnp.lexsort((ages, names)), np.lexsort((names, ages)), np.lexsort((np.array([1, 0, 1]), np.array(['x', 'x', 'w'])))",
    "import_missing_package": "import matplotlib.pyplot as plt",
    "mgrid_point_counts": "np.mgrid[-1:1:5j], np.mgrid[0:1:3j, 0:2:2j], np.ogrid[0:1:3j], np.mgrid[0:4:1j]",
    "meshgrid_sparse": "xx, yy = np.meshgrid(np.arange(3), np.arange(2), sparse=True)\nu, v, t = np.meshgrid([1, 2], [3, 4, 5], [6], sparse=True)\np, q = np.meshgrid([1, 2], [3, 4, 5], sparse=True, indexing='ij')\nxx, yy, u.shape, v.shape, t.shape, p, q, xx + yy",
    "nancumsum_nancumprod": "m = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])\nnp.nancumsum(m), np.nancumsum(m, axis=1), np.nancumprod(m, axis=0), np.nancumsum([1, 2])",
    "poly1d_power": "p = np.poly1d([1, -3, 2])\np2 = np.poly1d([2, 0, 1])\np2 ** 2, p ** 0, p2 ** 3, p + p2, p * p2",
    "poly1d_power_error": "np.poly1d([1, 2]) ** -1",
    "quantile_methods": "x = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])\ni = np.array([3, 1, 4, 1, 5, 9, 2])\nqs = [0, 0.1, 0.25, 0.3, 0.5, 0.75, 0.9, 1]\n[(m, np.quantile(x, qs, method=m), np.quantile(i, qs, method=m), np.percentile(i, 37, method=m)) for m in ['inverted_cdf', 'averaged_inverted_cdf', 'closest_observation', 'interpolated_inverted_cdf', 'hazen', 'weibull', 'median_unbiased', 'normal_unbiased']]",
    "quantile_methods_axis": "np.quantile(np.arange(12.).reshape(3, 4), 0.4, axis=1, method='hazen'), np.quantile(np.float32([1, 2, 3]), 0.3, method='hazen'), np.percentile(np.arange(9), 50, method='weibull', keepdims=True), np.quantile(np.arange(12).reshape(3, 4), [0.2, 0.6], axis=0, method='median_unbiased')",
    "histogram2d": "H, xe, ye = np.histogram2d(np.array([1, 2, 3, 4, 2.5]), np.array([1, 1, 2, 3, 4]), bins=2)\nH, xe, ye, np.histogram2d([0.1, 0.5, 0.9], [0.2, 0.3, 0.8], bins=[2, 3], range=[[0, 1], [0, 1]]), np.histogram2d([1, 1], [2, 2], bins=2, weights=[0.5, 2.0])",
    "histogram2d_random": "rng = np.random.default_rng(0)\nx = rng.normal(size=500)\ny = 0.5 * x + rng.normal(size=500)\nnp.histogram2d(x, y, bins=5), np.histogram2d(x, y, bins=4, density=True)[0], np.histogram2d(x, y, bins=[np.array([-3, 0, 3]), np.array([-1.0, 0.0, 1.0, 5.0])]), np.histogram2d(x[:10], y[:10], bins=np.linspace(-2, 2, 4))[0]",
    "histogram2d_length_error": "np.histogram2d([1, 2], [1, 2, 3])",
    "histogram2d_bins_error": "np.histogram2d([1, 2], [1, 2], bins=0)",
    "norm_stacked_pairwise": "X = np.array([[0, 0], [1, 1], [3, 4], [2, 0.5]])\nD = np.linalg.norm(X[:, None, :] - X[None, :, :], axis=-1)\nD, D.argsort(axis=1)[:, 1], np.linalg.norm(X[:, None] - X, axis=2, keepdims=True).shape",
    "norm_stacked_orders": "A = np.arange(24.).reshape(2, 3, 4)\nnp.linalg.norm(A, axis=(1, 2)), np.linalg.norm(A, axis=0), np.linalg.norm(A, ord=1, axis=-1), np.linalg.norm(A, ord=np.inf, axis=1), np.linalg.norm(A, ord=3, axis=1), np.linalg.norm(A, ord=0, axis=1), np.linalg.norm(A, ord=-np.inf, axis=2), np.linalg.norm(A, axis=(0, 2)), np.linalg.norm(A, ord=1, axis=(1, 2)), np.linalg.norm(A, ord=-np.inf, axis=(2, 0)), np.linalg.norm(np.arange(24).reshape(2, 3, 4), axis=2)",
    "linalg_stacks": "rng = np.random.default_rng(0)\nA = rng.normal(size=(3, 2, 2))\nS = A + A.transpose(0, 2, 1)\nnp.linalg.eigvals(S), np.linalg.svd(A, compute_uv=False), np.linalg.matrix_rank(A), np.linalg.eigh(S), np.linalg.eigvalsh(S), np.linalg.pinv(A)",
    "linalg_stacks_decompositions": "rng = np.random.default_rng(1)\nA = rng.normal(size=(2, 2, 2))\nnp.linalg.svd(A), np.linalg.eig(A), np.linalg.eig(np.array([[[0.0, -1.0], [1.0, 0.0]], [[2.0, 0.0], [0.0, 3.0]]])), np.linalg.matrix_rank(np.zeros((2, 2, 3, 3))), np.linalg.eigvals(np.ones((2, 3, 2, 2))).shape, np.linalg.svd(rng.normal(size=(2, 3, 2)), full_matrices=False).S",
    "trace_offset_axes": "A = np.arange(24).reshape(2, 3, 4)\nm = np.arange(9.).reshape(3, 3)\nnp.trace(A, axis1=1, axis2=2), np.trace(A), np.trace(A, 1, 0, 2), A.trace(offset=-1, axis1=2, axis2=1), np.trace(m, 1), np.trace(m, -1), m.trace(2), np.trace(m, axis1=1, axis2=0), np.trace(m, 5), np.trace(np.eye(3, dtype=bool)), np.trace(np.ones((2, 2), dtype=np.float32))",
    "trace_same_axes_error": "np.trace(np.eye(3), axis1=0, axis2=0)",
    "unique_array_api": "a = np.array([3, 1, 2, 3, 1, 1])\nnp.unique_all(a), np.unique_counts(np.array([1.0, np.nan, np.nan])), np.unique_inverse(np.array([[2, 1], [1, 5]])), np.unique_counts(np.array(['b', 'a', 'b']))",
    "unique_equal_nan": "np.unique(np.array([1.0, np.nan, np.nan, 2.0]), equal_nan=False, return_counts=True, return_index=True, return_inverse=True), np.unique(np.array([1.0, np.nan, np.nan, 2.0]), equal_nan=False), np.unique(np.array([[np.nan, 1.0], [np.nan, 1.0]]), return_inverse=True, equal_nan=False), np.unique(np.array([1.0, np.nan, np.nan, 2.0]))",
    "einsum_ellipsis": "X = np.arange(24).reshape(2, 3, 4)\nA = np.arange(12.).reshape(2, 2, 3)\nB = np.arange(18.).reshape(2, 3, 3)\nnp.einsum('...ij->...ji', X)[1], np.einsum('...ij,...jk->...ik', A, B), np.einsum('...i,...i', A, A), np.einsum('i...->...', X).shape, np.einsum('...', X).shape, np.einsum('ij...', X).shape, np.einsum('...i,i->...', X, np.arange(4)), np.einsum('ij,...j->...i', np.eye(4), X).shape, np.einsum('...ii->...i', np.arange(18).reshape(2, 3, 3))",
    "einsum_stray_dot_error": "np.einsum('..i', np.arange(3))",
    "polyfit_cov_weights": "x = np.linspace(0, 1, 6)\ny = 3 * x ** 2 - 2 * x + 0.5 + np.array([0.01, -0.02, 0.0, 0.03, -0.01, 0.0])\nc, cov = np.polyfit(x, y, 1, cov=True)\nc, cov, np.sqrt(np.diag(cov)), np.polyfit(x, y, 2, cov='unscaled'), np.polyfit(x, y, 2, w=np.arange(1, 7)), np.polyfit(x, y, 1, rcond=1e-3), np.polyfit(x, np.vstack([y, 2 * y]).T, 1, cov=True), np.polyfit(x, y, 2, w=1 / (1 + x), cov=True)",
    "polyfit_cov_error": "np.polyfit(np.arange(2.0), np.arange(2.0), 1, cov=True)",
    "polyfit_weights_error": "np.polyfit(np.arange(3.0), np.arange(3.0), 1, w=[1, 2])",
    "reduction_dtype_out": "a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])\nb = a.copy()\nnp.clip(b, 2, 5, out=b)\no = np.zeros(3)\nnp.cumsum([1, 2, 3], out=o)\nnp.cumsum(np.arange(4), dtype=float), np.prod(np.arange(1, 5), dtype=np.int8), np.cumprod(np.arange(1, 6), dtype=np.int8), np.arange(4).cumsum(dtype=np.float32), a.prod(axis=0, dtype=int), b, a.clip(0, 4, out=np.empty((2, 3))), o",
    "diff_prepend_append_flip_axes": "a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])\nnp.diff(np.array([1, 4, 9]), prepend=0), np.diff(np.array([1, 4, 9]), append=[20]), np.diff(a, axis=1, prepend=0), np.diff(a, axis=0, append=a[-1:]), np.diff([1, 3, 6], n=2, prepend=[0, 0]), np.flip(a, axis=(0, 1)), np.flip(np.arange(8).reshape(2, 2, 2), (0, 2))",
    "diff_prepend_error": "np.diff(np.arange(3), prepend=np.array([[1]]))",
    "take_mode_searchsorted_sorter": "np.take(np.arange(5), [0, 7], mode='clip'), np.take(np.arange(5), [-1, 6], mode='wrap'), np.take(np.arange(6).reshape(2, 3), [[0, 5]], axis=1, mode='clip'), np.take([1, 2], 0, mode='raise'), np.searchsorted(np.array([3, 1, 2]), [2, 3], sorter=np.argsort([3, 1, 2])), np.searchsorted([1, 2, 3], [2, 3], side='right', sorter=None)",
    "take_mode_error": "np.take(np.arange(3), [5], mode='bogus')",
    "histogram2d_one_bins_error": "np.histogram2d([1, 2], [1, 2], bins=[2])",
    "histogram2d_nan_range_error": "np.histogram2d([1, np.nan], [1, 2], bins=2)",
    "norm_stacked_fro_vector_error": "np.linalg.norm(np.ones((2, 2, 2)), ord='fro', axis=1)",
    "take_empty_error": "np.take(np.array([]), [0], mode='wrap')",
    "quantile_empty_error": "np.quantile([], 0.5, method='hazen')",
    "quantile_method_error": "np.quantile([1.0, 2.0], 0.5, method='bogus')",
}


# numpy computes these; MatrixScript raises a TypeError rather than give a real-arithmetic answer.
EXPECTED_ERRORS = {
    "complex_norm_axis_error": "TypeError: numpy.linalg.norm with ord or axis is not supported for complex128 arrays in MatrixScript",
    "complex_einsum_error": "TypeError: np.einsum is not supported for complex128 arrays in MatrixScript",
    "complex_convolve_error": "TypeError: np.convolve is not supported for complex128 arrays in MatrixScript",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()), EXPECTED_ERRORS)


if __name__ == "__main__":
    main()
