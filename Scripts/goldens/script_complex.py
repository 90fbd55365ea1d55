#!/usr/bin/env python3
"""Goldens for complex numbers: Python's `complex` and `cmath` (CPython 3.11), numpy complex128
arrays and scalars (numpy 2.4: arithmetic, ufuncs, reductions, printing) and the complex
results of numpy.linalg.eig/eigvals and np.roots.

Run from the repository root: python3 Scripts/goldens/script_complex.py
Writes Tests/SwnbScriptTests/Goldens/script_complex.json in script.json's format (programs
run by script.py's `run`): printed text, IPython display and error lines.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_complex.json")

PYTHON = {
    "literals": "1j, 2.5J, 0j, 1e3j, 1_0j, 3 + 4j, -1j, 1 - 0j, -(0j), 1e300j * 1e10",
    "repr_str": "z = complex(float('nan'), float('inf'))\nprint(z, repr(-1j), str(1.5 + 2j), [1j, 2 + 0j])\nz, complex(-0.0, 0.0), complex(1e16, 1e-5), complex(0.1, -0.2), complex(float('-inf'), float('nan'))",
    "constructor": "complex(), complex(2), complex(1.5, -2), complex(True), complex(1j, 1j), complex(2, 3j), complex(imag=2)",
    "constructor_string": "complex('1+2j'), complex(' ( -1.5e3-2J ) '), complex('j'), complex('-j'), complex('nan+infj'), complex('3'), complex('1_000.5-1j'), complex('+1.5e-3j')",
    "constructor_bad_string": "complex('1+2')",
    "constructor_bad_string2": "complex('1 + 2j')",
    "constructor_string_second": "complex('1', 2)",
    "constructor_type_error": "complex(None)",
    "constructor_second_type_error": "complex(1, 'x')",
    "arithmetic": "a = 1 + 2j\nb = 3 - 4j\na + b, a - b, a * b, a / b, a + 1, 2 - a, a * 2.5, 1 / a, a / 2, -a, +a",
    "power": "a = 1 + 2j\na ** 2, a ** -3, a ** 0.5, a ** a, 2 ** 1j, 1j ** 2, 0j ** 0, (-8) ** (1 / 3), (-1) ** 0.5, 1.5 ** (1 + 1j)",
    "power_zero_division": "0j ** -1",
    "power_zero_complex": "0j ** 1j",
    "power_overflow": "(1e200 + 1e200j) ** 2",
    "division_by_zero": "(1 + 2j) / 0",
    "division_by_complex_zero": "1 / 0j",
    "floordiv_error": "(1 + 2j) // 2",
    "mod_error": "(1 + 2j) % 2",
    "ordering_error": "1j < 2j",
    "ordering_error_int": "1j > 0",
    "equality": "1 + 0j == 1, 1j == 1j, 2.5 + 0j == 2.5, 1j != 1, True == 1 + 0j, 1j == None, {1: 'a'}[1 + 0j], len({1, 1 + 0j, 1.0})",
    "abs_attrs": "z = 3 - 4j\nabs(z), z.real, z.imag, z.conjugate(), abs(-2j), abs(complex(float('inf'), float('nan'))), (2).conjugate(), (1.5).imag",
    "abs_overflow": "abs(complex(1e308, 1e308))",
    "conjugate_args": "(1j).conjugate(1)",
    "int_of_complex": "int(1j)",
    "float_of_complex": "float(1 + 2j)",
    "truth_type": "bool(0j), bool(1j), bool(complex(0, -0.0)), type(1j), isinstance(1j, complex), type(1j).__name__, 1j.imag",
    "hash_set": "hash(1 + 2j), hash(2 + 0j), hash(-1j), {3j, 1 + 1j, 2j, 1j}, {1j: 1, 2: 2}",
    "format": "z = 1.5 - 2.25j\nf'{z}', f'{z!r}', str(z), '%s' % z, repr([z])",
    "format_spec": "z = 1.5 - 2j\nf'{z:>12}', f'{z:.2f}', f'{1 + 2j:.3}', f'{2j:10}', f'{1 + 2j:+.1e}', f'{1 + 2j:^16.2f}', format(z, 'g'), format(-0.0 + 1j, '')",
    "format_spec_zero_error": "format(1j, '010')",
    "round_error": "round(1j)",
    "invert_error": "~1j",
    "sum_complex": "sum([1j, 2, 3.5 + 1j]), [x * 1j for x in range(3)], max([1, 2]) * 1j",
}

NUMPY_HEAD = "import numpy as np\n"

NUMPY = {
    "np_array_repr": "a = np.array([1 + 2j, 3])\nprint(a)\na, a.dtype, np.array([1j]), np.zeros(2, dtype=complex), np.ones((2, 2), dtype=np.complex128), np.array(1 + 2j)",
    "np_print_padding": "a = np.array([1 + 2.5j, 1 + 1j, np.nan + np.inf * 1j, -3 - 1e-9j])\nprint(a)\na",
    "np_print_mixed": "np.array([0.1 + 2j, 1 / 3 - 1j / 7]), np.array([1e10 + 1j, 3]), np.array([-0.5 - 0.25j, 2j]), np.array([[1 + 1j, 2], [3, 4 - 4j]])",
    "np_print_options": "a = np.array([1e-9 + 2j, 1 / 3 - 1j / 7])\nwith np.printoptions(precision=3, suppress=True):\n    print(a)\nwith np.printoptions(precision=2):\n    print(repr(a))\nprint(np.array([1.5 + 1j] * 30))",
    "np_print_nan_inf": "np.array([complex(np.nan, np.nan), complex(np.inf, -np.inf), 1 + 0j]), np.array([complex(0, np.nan)])",
    "np_scalar": "z = np.complex128(1 + 2j)\nprint(z, repr(z), np.complex128(2j), np.complex128(complex(-0.0, 1)))\nz, np.array([1 + 2j, 3j])[1], type(z).__name__, z.real, z.imag, abs(z), np.complex128(3)",
    "np_dtype_forms": "np.array([1, 2], dtype=complex), np.array([1.5], dtype='complex128'), np.array([1, 2]).astype(complex), np.arange(3).astype(np.complex128), np.dtype(complex), np.dtype('c16').kind, np.array([1j]).itemsize",
    "np_promotion": "f = np.array([1.0, 2.0])\nc = np.array([1j, 1 + 1j])\n(f + c).dtype, f + c, np.arange(2) * 1j, f * (2 + 1j), c + 1, c * 2.5, np.array([True]) + 1j",
    "np_arithmetic": "a = np.array([1 + 2j, 3 - 4j, -1j])\nb = np.array([2 - 1j, 1j, 5])\na + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, a ** b, 1 / a",
    "np_division_by_zero": "np.array([1 + 1j, 0j]) / 0",
    "np_abs_parts": "a = np.array([3 + 4j, -1j, 2])\nnp.abs(a), abs(a), np.real(a), np.imag(a), a.real, a.imag, np.conj(a), a.conj(), np.conjugate(a), np.angle(a), np.angle(a, deg=True)",
    "np_real_imag_real_input": "np.real(np.array([1.5, 2])), np.imag(np.array([1.5, 2])), np.conj(np.array([1, 2])), np.angle(np.array([-1.0, 1.0]))",
    "np_sqrt_exp_log": "a = np.array([-4 + 0j, 1j, 3 + 4j])\nnp.sqrt(a), np.exp(a), np.log(a), np.exp(1j * np.pi), np.sqrt(-1 + 0j)",
    "np_sqrt_negative_float": "np.sqrt(np.array([-1.0, 4.0]))",
    "np_reductions": "a = np.array([[1 + 2j, 3 - 1j], [0.5j, -2]])\na.sum(), a.sum(axis=0), a.sum(axis=1), a.mean(), np.mean(a, axis=0), a.prod(), np.prod(a, axis=1), np.sum(np.arange(10) * (1 + 1j))",
    "np_compare": "a = np.array([1 + 1j, 2, 1j])\na == 1 + 1j, a != 2, a == np.array([1 + 1j, 2 + 0j, 1]), a < 1.5, np.array([1 + 2j]) >= np.array([1 + 1j])",
    "np_matmul": "A = np.array([[1 + 1j, 2], [0, 1j]])\nB = np.array([[1, 1j], [2 - 1j, 3]])\nA @ B, A @ np.array([1, 1j]), np.dot(A, A), np.array([1j, 2]) @ np.array([1j, 1])",
    "np_rotation": "theta = np.pi / 4\nR = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])\nz = np.exp(1j * np.linspace(0, np.pi, 5))\nz, z * np.exp(1j * theta), np.round(np.abs(z), 3)",
    "np_indexing_assign": "a = np.zeros(3, dtype=complex)\na[0] = 1 + 2j\na[1] = 5\na[2] = 2.5\nb = a.copy()\nb[1:] = np.array([1j, 2j])\na, b, a[::-1], a[a != 0], a.reshape(3, 1).T, np.concatenate([a, [7j]])",
    "np_isnan_isfinite": "a = np.array([1 + 1j, 2j])\nnp.isnan(np.array([complex(np.nan, 0), 1j])), np.isfinite(np.array([complex(np.inf, 0), 1j]))",
    "np_tolist_item": "a = np.array([1 + 2j, 3j])\na.tolist(), a[0].item(), complex(a[1]), list(a), np.array([1 + 2j]).item()",
    "np_floor_divide_error": "np.array([1 + 1j]) // 2",
    "np_astype_float": "np.array([1.5 + 2j, -1j]).astype(float)",
    "np_iscomplex": "np.iscomplexobj(np.array([1j])), np.iscomplexobj(np.array([1.0])), np.isrealobj(np.array([1.0])), np.iscomplex(np.array([1 + 1j, 1 + 0j])), np.isreal(np.array([1 + 1j, 1 + 0j])), np.real_if_close(np.array([1 + 1e-15j, 2]))",
}

LINALG = {
    "eigvals_rotation": "np.linalg.eigvals(np.array([[0.0, -1.0], [1.0, 0.0]]))",
    "eig_rotation": "w, v = np.linalg.eig(np.array([[0.0, -1.0], [1.0, 0.0]]))\nw, v",
    "eig_real_stays_float": "w, v = np.linalg.eig(np.array([[2.0, 0.0], [0.0, 3.0]]))\nw.dtype, w, np.linalg.eigvals(np.array([[1.0, 2.0], [3.0, 4.0]]))",
    "eig_mixed": "A = np.array([[1.0, 2.0, 0.0], [-2.0, 1.0, 0.0], [0.0, 0.0, 3.0]])\nw, v = np.linalg.eig(A)\nw, v, np.linalg.eigvals(A).dtype",
    "eig_rotation_matrix": "t = np.pi / 3\nR = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])\nw = np.linalg.eigvals(R)\nw, np.abs(w), np.angle(w)",
    "roots_complex": "np.roots([1, 0, 1]), np.roots([1, 2, 5]), np.roots([1, -3, 2]), np.roots([1, 0, 0, -1])",
}

CASES = dict(PYTHON)
CASES.update({k: NUMPY_HEAD + v for k, v in NUMPY.items()})
CASES.update({k: NUMPY_HEAD + v for k, v in LINALG.items()})

# Cases numpy gives a value MatrixScript rejects by design: the expected error is ours.
OURS = {}


def main():
    write_programs(OUT, ((name, body + "\n") for name, body in CASES.items()), OURS)


if __name__ == "__main__":
    main()
