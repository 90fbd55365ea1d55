#!/usr/bin/env python3
"""Goldens for hostile cells: extreme integers, absurd sizes and odd syntax that once crashed
swnb (a Swift trap) or hung it. Each must end as CPython + numpy end: a value or their exact
exception (Scripts/fuzz/hostile_programs.py finds such programs).

Run from the repository root: python3 Scripts/goldens/script_hostile.py
Writes Tests/SwnbScriptTests/Goldens/script_hostile.json in script.json's format.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_hostile.json")

# M and m are the int64 extremes (MatrixScript ints are 64-bit, so no `2**63`).
HEAD = "import numpy as np\nM = 9223372036854775807\nm = -M - 1\n"

CASES = {
    # index arrays whose elements do not fit an index
    "bincount_too_big": "np.bincount([2**62])",
    "bincount_unable_to_allocate": "np.bincount([2**40])",
    "unravel_index_overflowing_shape": "np.unravel_index(10**18, (2**40, 2**40))",
    "unravel_index_negative_shape": "np.unravel_index(1, (-1, 2))",
    "ravel_multi_index_overflowing_dims": "np.ravel_multi_index((1, 1), (2**40, 2**40))",
    "ravel_multi_index_huge_entry": "np.ravel_multi_index((M, 1), (2, 3))",
    "ravel_multi_index_dims_overflow_int64": "np.ravel_multi_index((1, 1), (7, M))",
    "unravel_index_negative_overflowing_shape": "np.unravel_index(2, (-2**62, 3))",
    "histogram_too_many_bins": "np.histogram([1, 2], bins=2**62)",
    "permutation_unable_to_allocate": "np.random.permutation(2**40)",
    "put_nan": "np.put(np.zeros(3), [np.nan], 0)",
    "put_truncates": "x = np.zeros(3)\nnp.put(x, [1.7], 5)\nx",
    "delete_float": "np.delete(np.arange(3), [1e300])",
    "choose_nan": "np.choose([np.nan], [[1]])",
    "split_float_points": "np.split(np.arange(3), np.array([1e300]))",
    "array_split_absurd_count": "np.array_split(np.ones((2, 0)), 10**18)",
    "resize_negative": "np.resize(np.arange(3), -1)",
    "polyfit_absurd_degree": "np.polyfit([1, 2, 3], [1, 2, 3], M)",
    "round_decimals_below_c_int": "np.round(np.arange(3.0), m)",
    "round_decimals_above_c_int": "np.round(1.5, M)",
    "around_int_scalar": "np.around(np.int64(5), m)",
    # slices with the extreme steps
    "list_slice_min_step": "list(range(10))[::m]",
    "str_slice_min_step": "'abcdef'[::m]",
    "tuple_slice_min_step": "(1, 2, 3)[::m]",
    "list_slice_max_step": "list(range(10))[9::M], 'abcdefghij'[9::M]",
    "slice_assign_extreme_steps": "l = list(range(10))\nl[9::M] = ['x']\nl[::m] = ['y']\nl",
    "slice_delete_min_step": "l = list(range(10))\ndel l[::m]\nl",
    "array_slice_extreme_steps": "np.arange(10)[::m], np.arange(10)[9::M]",
    "split_max_maxsplit": "'a b c'.split(None, M), 'a,b'.split(',', M), 'a b c'.rsplit(None, M)",
    # syntax
    "keyword_argument_repeated": "def f(**k):\n    return k\nf(a=1, a=2)",
    "non_printable_character": "x\u00a0= 1",
    "zero_width_space": "x = \u200b1",
    "form_feed_resets_indentation": "\x0cif 1:\n\x0c    x = 1\nx",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()))


if __name__ == "__main__":
    main()
