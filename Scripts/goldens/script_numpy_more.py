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

    # string arrays
    "string_compare": "s = np.array(['apple', 'banana', 'cherry'])\ns == 'apple', s != 'banana', s[s != 'banana'], s < 'b', 'b' > s, s == np.array(['apple', 'x', 'cherry']), s == 1",
    "string_concat": "s = np.array(['apple', 'banana'])\ns + '!', '<' + s, s + np.array(['1', '22'])",
    "string_add_number_error": "np.array(['a', 'b']) + 1",
    "np_char": "s = np.array(['apple', 'banana', 'cherry'])\nnp.char.upper(s), np.char.capitalize(s), np.char.str_len(s), np.char.add(s, '!'), np.char.replace(s, 'a', 'AAA'), np.char.startswith(s, 'b')",
    "np_char_more": "s = np.array(['apple', 'banana'])\nnp.char.join('-', s), np.char.count(s, 'a'), np.char.find(s, 'an'), np.char.zfill(np.array(['7', '-42']), 4), np.char.center(np.array(['ab']), 6, '*'), np.char.strip(np.array([' x ', 'y  '])), np.char.title(np.array(['hello world'])), np.strings.lower(np.array(['AbC']))",
    # selection by condition and flat index
    "select": "x = np.arange(-3, 4)\nnp.select([x < -1, x > 1], [x, -x]), np.select([x < 0], [x], 0.5), np.select([x < -1, x > 1], ['low', 'high'], default='mid')",
    "select_errors": "x = np.arange(3)\nnp.select([x], [x])",
    "piecewise": "x = np.linspace(-2, 2, 5)\nnp.piecewise(x, [x < 0, x >= 0], [lambda t: -t, lambda t: t**2]), np.piecewise(np.arange(-3, 4), [np.arange(-3, 4) < 0, np.arange(-3, 4) > 0], [-1, 1]), np.piecewise(x, [x < 0], [0, 1])",
    "choose_extract_compress": "np.choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]]), np.extract(a % 2 == 0, a), np.compress([True, False, True], a, axis=1), np.compress([1, 0], a, axis=0)",
    "put_place_putmask": "m = np.arange(6)\nnp.put(m, [0, 2], [-1, -2])\nk = np.arange(6).reshape(2, 3)\nnp.place(k, k > 2, [10, 20])\nq = np.arange(5)\nnp.putmask(q, q > 1, [7, 8])\nm, k, q",
    "unravel_ravel_index": "np.unravel_index(7, (3, 4)), np.unravel_index([1, 5], (2, 3)), np.ravel_multi_index((1, 3), (3, 4)), np.ravel_multi_index(([0, 1], [2, 2]), (2, 3)), np.unravel_index(np.argmax(a), a.shape)",
    "unravel_error": "np.unravel_index(9, (2, 3))",
    "triangle_indices": "np.tril_indices(3), np.triu_indices(3, k=1), np.tril_indices(3, k=-1), np.triu_indices(2, m=3), np.diag_indices(3)",
    # assembling arrays
    "broadcast_helpers": "np.broadcast_to(np.arange(3), (2, 3)), np.broadcast_shapes((3, 1), (1, 4)), np.broadcast_arrays(np.arange(3), np.arange(2)[:, None]), np.array_equiv([1, 2], [[1, 2], [1, 2]]), np.array_equiv([1, 2], [1, 3])",
    "insert": "np.insert(np.arange(5), 2, 99), np.insert(np.arange(5), [1, 3], [10, 20]), np.insert(np.arange(5), 1, 2.7), np.insert(np.arange(5), -1, [7, 8]), np.insert(a, 1, 0, axis=1), np.insert(a, [1, 2], 9), np.insert(a, 1, [7, 8], axis=1)",
    "insert_error": "np.insert(np.arange(5), 9, 1)",
    "resize_block_atleast3d": "np.resize(np.arange(3), (2, 4)), np.resize(np.arange(5), 7), np.block([[np.eye(2), np.zeros((2, 1))], [np.ones((1, 2)), np.ones((1, 1))]]), np.block([[1, 2], [3, 4]]), np.atleast_3d([1, 2]).shape, np.atleast_3d(a).shape",
    "rollaxis_moveaxis_lists": "np.rollaxis(np.zeros((3, 4, 5)), 2).shape, np.rollaxis(np.zeros((3, 4, 5)), 2, 1).shape, np.moveaxis(np.zeros((3, 4, 5)), [0, 1], [-1, -2]).shape",
    "tri_vander": "np.tri(3), np.tri(2, 3, k=1, dtype=int), np.vander([1, 2, 3]), np.vander([1, 2], 3, increasing=True)",
    "ndindex_ndenumerate_fromiter": "list(np.ndindex(2, 2)), list(np.ndenumerate(np.array([[5, 6]]))), np.fromiter((i * i for i in range(5)), dtype=int), np.euler_gamma",
    "order_f": "x = np.arange(6)\nx.reshape((3, 2), order='F'), np.reshape(x, (2, 3), order='F'), a.flatten('F'), a.ravel(order='F'), a.flatten()",
    # polynomials
    "poly1d_text": "p = np.poly1d([1, -3, 2])\nprint(p)\nprint(np.poly1d([2.5, 0, -1]))\nprint(np.poly1d([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]))\nprint(np.poly1d([3]))\np.roots, p.deriv(), p.integ(), p + p, p * 2",
    "poly_functions": "np.roots([1, -6, 11, -6]), np.roots([1, 0, -1, 0]), np.polyder([1, 2, 3]), np.polyder([1.0, 2, 3], 2), np.polyint([3, 2, 1]), np.polyadd([1, 2], [1, 0, 1]), np.polysub([1, 2, 3], [1, 1, 1]), np.polymul([1, 1], [1, -1]), np.polydiv([1, -3, 2], [1, -1])",
    "polyfit_full": "x = np.arange(6.0)\ny = np.array([1.0, 2.9, 5.2, 7.1, 8.8, 11.2])\nnp.polyfit(x, y, 1, full=True)",
    # dtype introspection and scalar math
    "iinfo_finfo_repr": "print(np.iinfo(np.int8))\nnp.iinfo(np.uint8), np.iinfo(np.int32), np.finfo(np.float32), np.finfo(np.float64)",
    "issubdtype_result_type": "np.issubdtype(np.float32, np.floating), np.issubdtype(np.int64, np.integer), np.issubdtype(a.dtype, np.number), np.issubdtype(np.uint8, np.signedinteger), np.result_type(np.int8, np.float32), np.promote_types('i4', 'f4'), np.result_type(a, np.float32)",
    "scalar_overflow": "print(np.int8(127) + np.int8(1))\nprint(np.uint8(0) - np.uint8(1))\nprint(np.int64(2**62) * 4)\nprint(np.int16(300) * np.int16(300))\nprint(np.int8(100) + np.int8(1))\nnp.array([127], dtype=np.int8) + 1",
    "more_ufuncs": "np.arcsinh(1), np.arccosh(2), np.arctanh(0.5), np.cbrt(27), np.cbrt([8.0, -1.0]), np.arcsinh(np.array([0.5], dtype=np.float32))",
    "int_float_of_array_error": "float(np.array([2.5]))",
    "int_of_0d_array": "int(np.array(7)), float(np.array(2.5)), int(np.array([[3]])[0, 0])",
    "svd_eigh_results": "np.linalg.svd(np.arange(6.0).reshape(2, 3), full_matrices=False), np.linalg.eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))",
    "random_dtypes": "rng = np.random.default_rng(0)\nnp.random.seed(1)\nrng.integers(0, 256, size=(3, 4), dtype=np.uint8), rng.integers(0, 2, size=5, dtype=bool), rng.integers(-5, 5, size=3, dtype=np.int16), np.random.randint(0, 100, size=4, dtype=np.uint8), np.random.randint(0, 9, dtype=np.int32)",
    "multivariate_normal": "rng = np.random.default_rng(42)\nnp.random.seed(0)\nrng.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], size=3), np.random.multivariate_normal([1, 2], [[2.0, 0.3], [0.3, 1.0]], 2), rng.multivariate_normal([0.0], [[4.0]]), rng.multivariate_normal([0, 0], [[1, 0], [0, 1]], size=(2, 2)).shape",
    "gradient": "np.gradient([1, 4, 9, 16]), np.gradient(np.array([1, 2, 4, 7, 11]), 2.0), np.gradient(np.array([1.0, 2, 4, 7, 11]), np.array([0, 1, 1.5, 3.5, 4])), np.gradient(np.array([1.0, 2, 4, 7, 11]), edge_order=2), np.gradient(np.array([[1, 2, 4], [2, 5, 9]])), np.gradient(a, axis=1), np.gradient(a, 2, 3)",
    "gradient_error": "np.gradient(np.array([1]))",
    "correlate_tensordot": "np.correlate([1, 2, 3], [0, 1, 0.5]), np.correlate([1, 2, 3], [0, 1, 0.5], 'full'), np.correlate([1, 2, 3, 4], [1, 2], 'same'), np.tensordot(a, a.T, axes=1), np.tensordot(np.arange(24).reshape(2, 3, 4), np.arange(12).reshape(4, 3), axes=([1, 2], [1, 0]))",
    "heaviside_fmod_can_cast": "np.heaviside([-1, 0, 1], 0.5), np.heaviside(np.array([-1.5, 0.0, np.nan]), 1), np.fmod(-7, 3), np.fmod([-7.5, 7.5], 2), np.fmod(np.array([5, -5]), np.array([3, 3])), np.can_cast(np.int64, np.float64), np.can_cast(np.float64, np.int64), np.can_cast('i4', 'i8'), np.can_cast(np.float64, np.int32, casting='unsafe')",
    "trim_zeros_partition": "np.trim_zeros(np.array([0, 0, 1, 2, 0])), np.trim_zeros(np.array([0, 3, 0]), 'f'), np.trim_zeros(np.array([0, 3, 0]), 'b'), np.partition(np.array([3, 1, 4, 1, 5, 9, 2, 6]), 3), np.argpartition(np.array([3.5, 1.25, 4.0, 2.0]), 1), np.partition(np.array([[3, 1, 2], [9, 7, 8]]), 1, axis=1)",
    "array2string": "np.array2string(np.array([1.23456, 2.5]), precision=2), np.array2string(np.arange(5), separator=', '), np.array2string(np.arange(12).reshape(3, 4), separator=',', prefix='x = '), np.array2string(np.array([1e-9, 1.0]), suppress_small=True), np.array2string(np.arange(100), threshold=10, edgeitems=2)",
    "array_ndmin_repr_methods": "np.array([[1, 2, 3]], ndmin=2), np.array([1, 2], ndmin=3), np.array(5, ndmin=1), np.arange(3).__repr__(), np.arange(3.0).__str__(), np.float64(3.0).is_integer(), np.float64(2.5).is_integer()",
    "mean_dtype": "np.mean([1, 2, 3, 4], dtype=np.float32), np.arange(5).mean(dtype=np.float32), np.array([1.5, 2.5], dtype=np.float32).mean(dtype=np.float64)",
    "percentile_methods": "s = np.array([7, 1, 9, 3, 5, 8])\nnp.percentile(s, 50, method='nearest'), np.percentile(s, 25, method='lower'), np.percentile(s, 25, method='higher'), np.percentile(s, 50, method='midpoint'), np.quantile(s, [0.1, 0.9], method='nearest'), np.percentile(a, 50, axis=1, method='lower'), np.quantile(np.array([1.0, 2.0]), 0.5, method='midpoint')",
    "unique_axis": "u = np.array([[1, 2], [1, 2], [3, 4], [0, 9]])\nnp.unique(u, axis=0), np.unique(u, axis=1), np.unique(u, axis=0, return_counts=True), np.unique(u, axis=0, return_index=True, return_inverse=True)",
    "pad_modes": "np.pad([1, 2, 3], 2, mode='reflect'), np.pad([1, 2, 3], 2, mode='symmetric'), np.pad([1, 2, 3], (1, 4), mode='wrap'), np.pad(a, 1, mode='reflect'), np.pad(a, ((0, 1), (2, 0)), mode='symmetric')",
    "sliding_window_view": "w = np.lib.stride_tricks.sliding_window_view(np.arange(6), 3)\nw, np.mean(np.lib.stride_tricks.sliding_window_view(np.arange(10.0), 4), axis=-1), np.lib.stride_tricks.sliding_window_view(a, (2, 2)).shape, np.lib.stride_tricks.sliding_window_view(a, 2, axis=1)",
    "layout_attributes": "b = np.arange(12).reshape(3, 4)\nv = b.view()\nv[0, 0] = 99\nb[0, 0], b.strides, b.T.strides, b[:, 1].strides, np.arange(3, dtype=np.int16).strides, b.dtype.str, np.dtype('U5').str, np.dtype(bool).str, np.dtype('f4').type, np.ascontiguousarray(b.T)[0], np.asfortranarray(b)[1]",
    "abstract_isinstance": "isinstance(a[0, 0], np.integer), isinstance(np.float64(1.0), np.floating), isinstance(np.float32(1.0), np.number), isinstance(1.0, np.floating), isinstance(np.uint8(3), np.signedinteger), isinstance(np.float64(2.0), float)",
    "generator_permuted_float32": "rng = np.random.default_rng(1)\nrng.permuted(np.arange(6).reshape(2, 3)), rng.random(3, dtype=np.float32), rng.random(), rng.random(dtype=np.float32), rng.random((2, 2), dtype=np.float64)",
    "str_repeat_np_int": "n = np.int64(3)\nprint('#' * n, n * 'ab', [0] * np.int32(2))",
}

# Cases numpy gives a value MatrixScript rejects by design: the expected error is ours.
OURS = {
    "bytes_literal": "SyntaxError: bytes literals are not supported in MatrixScript @4:1",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()), OURS)


if __name__ == "__main__":
    main()
