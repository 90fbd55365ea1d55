#!/usr/bin/env python3
"""Goldens for the numpy calls the tutorial fidelity sweep found diverging: take/put_along_axis,
ufunc.at, histogram bin estimators, the formatter print option, array-API numpy.linalg names,
norm(keepdims=True), average(returned=True), integer round, roll over several axes,
Generator.choice over array rows and with shuffle=False, array-valued normal/uniform
parameters, byte-order dtype strings and dtype.char.

Run from the repository root: python3 Scripts/goldens/script_numpy_sweep.py
Writes Tests/SwnbScriptTests/Goldens/script_numpy_sweep.json in script.json's format (programs
run by script.py's `run`): values, dtypes, shapes and numpy's error messages.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_numpy_sweep.json")

HEAD = "import numpy as np\nb = np.array([[3, 1, 2], [9, 7, 8]])\n"

CASES = {
    # indexing
    "take_along_axis": "idx = np.argsort(b, axis=1)\nidx, np.take_along_axis(b, idx, axis=1), np.take_along_axis(b, np.argmax(b, axis=1)[:, None], axis=1), np.take_along_axis(b, np.array([[1], [0]])), np.take_along_axis(b, np.array([5, 0]), axis=None), np.take_along_axis(b, np.argsort(b, axis=0), axis=0)",
    "take_along_axis_errors_dims": "np.take_along_axis(b, np.array([0]), axis=1)",
    "take_along_axis_errors_float": "np.take_along_axis(b, np.array([[0.0]]), axis=1)",
    "take_along_axis_errors_axis": "np.take_along_axis(np.arange(3), np.array([0]), axis=1)",
    "take_along_axis_errors_range": "np.take_along_axis(b, np.array([[7]]), axis=1)",
    "put_along_axis": "c = b.copy()\nnp.put_along_axis(c, np.array([[0], [1]]), 99, axis=1)\nd = np.zeros((2, 3))\nnp.put_along_axis(d, np.argmax(b, axis=1)[:, None], 1.5, axis=1)\nc, d",
    "ufunc_at": "x = np.arange(5)\nnp.add.at(x, [0, 0, 1], 1)\ny = np.arange(5.0)\nnp.multiply.at(y, [1, 1], 3)\nz = np.arange(6).reshape(2, 3)\nnp.add.at(z, (0, [0, 0]), [1, 2])\nw = np.zeros(3)\nnp.add.at(w, np.array([2, 0, 2]), np.array([0.5, 1.0, 2.0]))\nx, y, z, w",
    "ufunc_at_error": "np.add.at(np.arange(3), [5], 1)",
    # histograms
    "histogram_estimators": "rng = np.random.default_rng(42)\ndata = rng.normal(50, 10, 1000)\n[len(np.histogram(data, bins=k)[0]) for k in ['auto', 'fd', 'doane', 'scott', 'rice', 'sturges', 'sqrt']], np.histogram(data, bins='sturges')[0], np.histogram_bin_edges(data, bins='auto')[:3]",
    "histogram_estimators_small": "np.histogram([1, 2, 2, 3, 3, 3, 7], bins='auto'), np.histogram(np.arange(10), bins='fd', range=(2, 8)), np.histogram_bin_edges([1.0, 2.5, 4.0], bins=3), np.histogram(np.array([5, 5, 5]), bins='auto'), np.histogram([1.0, 2.0], bins=np.int64(2))",
    "histogram_estimator_error": "np.histogram([1, 2], bins='bogus')",
    "histogram_estimator_weights_error": "np.histogram([1, 2], bins='auto', weights=[1, 1])",
    # printing
    "formatter_set_printoptions": "np.set_printoptions(formatter={'float': '{:0.2f}'.format})\nprint(np.array([1.2345, 2.3456]))\nr = repr(np.array([[1.5, 2.25], [3.0, 4.125]]))\nnp.set_printoptions(precision=3)\nprint(np.array([1.2345, 2.3456]))\nnp.set_printoptions(precision=8)\nr",
    "formatter_kinds": "np.array2string(np.arange(4), formatter={'int': lambda x: hex(x)}), np.array2string(np.array([1.5, 2.5, 3.5]), formatter={'float_kind': lambda x: '%.1f' % x}), np.array2string(np.array([True, False]), formatter={'all': lambda x: 'T' if x else 'F'}), np.array2string(np.arange(3), formatter={'float': lambda x: 'f'}), np.array2string(np.array(['a', 'bc']), formatter={'str_kind': lambda s: s.upper()})",
    "formatter_context": "with np.printoptions(formatter={'int_kind': lambda x: f'<{x}>'}):\n    print(np.arange(3))\n    print(repr(np.array([[1, 2], [3, 4]], dtype=np.int32)))\nprint(np.arange(3))",
    "array_str_repr_bools": "np.array_str(np.array([1.5, 2.5])), np.array_repr(np.array([1, 2])), np.array_str(np.array([1/3, 2/3]), precision=2), np.array_repr(np.array([1e-9, 1.0]), suppress_small=True), np.True_, np.False_, np.True_ == True",
    "format_float": "np.format_float_positional(1/3, precision=4), np.format_float_scientific(12345.678, precision=2), np.format_float_positional(1.0, trim='-'), np.format_float_scientific(100000.0, trim='-'), np.format_float_scientific(100000.0), np.format_float_positional(1.5, unique=False, precision=3), np.format_float_positional(1.5, unique=False, precision=3, trim='.'), np.format_float_positional(1.0, trim='0'), np.format_float_positional(np.float32(0.1)), np.format_float_positional(-np.inf), np.format_float_positional(3.14159, precision=2, pad_left=5, pad_right=4), np.format_float_positional(1), np.format_float_scientific(0.00012, exp_digits=3, sign=True), np.format_float_positional(2.5, sign=True)",
    # linalg
    "norm_keepdims": "m = np.arange(12).reshape(3, 4)\nnp.linalg.norm(m, axis=1, keepdims=True), np.linalg.norm(m, axis=0, keepdims=True), np.linalg.norm(m, keepdims=True), np.linalg.norm(m.astype(float), axis=(0, 1), keepdims=True)",
    "linalg_array_api": "m = np.array([[3.0, 0.0], [4.0, 5.0]])\nnp.linalg.vector_norm(np.array([3.0, 4.0])), np.linalg.vector_norm(m), np.linalg.vector_norm(m, axis=1), np.linalg.vector_norm(m, ord=1, keepdims=True), np.linalg.matrix_norm(m), np.linalg.matrix_norm(m, ord=1), np.linalg.svdvals(m), np.linalg.outer(np.array([1, 2]), np.array([3, 4])), np.linalg.cross(np.array([1, 0, 0]), np.array([0, 1, 0])), np.linalg.matrix_transpose(np.arange(6).reshape(2, 3)), np.linalg.diagonal(m), np.linalg.trace(np.arange(9).reshape(3, 3)), np.linalg.diagonal(np.arange(9).reshape(3, 3), offset=1)",
    "linalg_outer_error": "np.linalg.outer(np.eye(2), np.ones(2))",
    "linalg_cross_error": "np.linalg.cross(np.array([1, 2]), np.array([3, 4]))",
    # statistics and numerics
    "average_returned": "np.average(np.array([1, 2, 3, 4]), weights=np.array([4, 3, 2, 1]), returned=True), np.average([1.0, 2.0, 4.0], returned=True), np.average(np.arange(6).reshape(2, 3), axis=1, returned=True), np.average(np.arange(6).reshape(2, 3), axis=0, weights=np.ones((2, 3)), returned=True)",
    "round_integers": "np.round(12345, -2), np.round(np.array([1234, -5678, 150]), -2), np.around(np.array([15, 25], dtype=np.int32), -1), np.round(np.arange(3), 2)",
    "roll_axes": "m = np.arange(6).reshape(2, 3)\nnp.roll(m, (1, 1), axis=(0, 1)), np.roll(m, 1, axis=(0, 1)), np.roll(m, (1, 2)), np.roll(m, [2, -1], axis=[1, 1])",
    "roll_axes_error": "np.roll(np.arange(6).reshape(2, 3), (1, 2, 3), axis=(0, 1))",
    # random
    "choice_rows_shuffle": "rng = np.random.default_rng(3)\nm = np.array([[1, 2], [3, 4], [5, 6]])\nrng.choice(m, 2), rng.choice(m, 2, axis=1), rng.choice(m), rng.choice(np.arange(10), 4, replace=False, shuffle=False), rng.choice(m, (2, 2), replace=True), rng.random()",
    "legacy_choice_2d_error": "np.random.seed(0)\nnp.random.choice(np.ones((2, 2)), 1)",
    "array_parameters": "rng = np.random.default_rng(2)\nnp.random.seed(5)\nrng.uniform(low=[0, 10], high=[1, 20]), rng.normal([0, 100], [1, 10]), rng.normal(0, [1, 2, 3]), rng.uniform(0, [1, 2], size=(2, 2)), np.random.normal([0, 5], 1), np.random.uniform([0, 1], [[2], [3]]), rng.random()",
    "array_parameters_error": "np.random.default_rng(0).normal([0, 1], [-1, 1])",
    "ufunc_out_dtype": "a = np.arange(3.0)\nr = np.add(a, 1, out=a)\nq = np.zeros(3)\nnp.sqrt(np.arange(3), out=q)\nr, a, q, np.power(2, np.arange(3), dtype=float), np.add([1, 2], [3, 4], dtype=np.float32), np.multiply(np.arange(3), 2, out=np.zeros(3, dtype=int)), np.negative(np.arange(3), dtype=float)",
    "ufunc_out_cast_error": "np.multiply(np.arange(3), 2.5, out=np.arange(3))",
    # dtypes
    "dtype_strings_char": "np.array([1, 2], dtype='<f4'), np.dtype('=i8'), np.dtype('|b1'), np.zeros(2, dtype='<i2').dtype, np.array([1.0]).dtype.char, np.array([1]).dtype.char, np.array([True]).dtype.char, np.dtype('float32').char, np.dtype('uint8').char",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()))


if __name__ == "__main__":
    main()
