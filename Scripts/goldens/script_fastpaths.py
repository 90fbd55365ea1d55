#!/usr/bin/env python3
"""Goldens for the interpreter's call-site fast paths (Runtime/Compiler+FastPaths.swift):
`f(...)[0]` of np.linalg.lstsq, `x.T @ y`, `a[a < c] = v`, `.T` and cached module attributes,
including the cases where the fast path must step aside (rebinding, other types, views).

Run from the repository root: python3 Scripts/goldens/script_fastpaths.py
Writes Tests/SwnbScriptTests/Goldens/script_fastpaths.json in script.json's format.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_fastpaths.json")

HEAD = """import numpy as np
np.random.seed(3)
W = np.random.rand(5, 3)
A = np.random.rand(5, 4)
G = W.T @ W
R = W.T @ A
"""

CASES = {
    "lstsq_items": "r = np.linalg.lstsq(W, A, rcond=None)\nx, res, rank, s = np.linalg.lstsq(W, A, rcond=None)\nprint(np.linalg.lstsq(W, A, rcond=None)[0])\nprint(r[0], r[1], r[2], r[3], r[-1], len(r))\nprint(x, res, rank, type(rank), s)\nnp.linalg.lstsq(W, A, rcond=None)[1], np.linalg.lstsq(W, A)[2], np.linalg.lstsq(W, A)[3], np.linalg.lstsq(W, A)[-4]",
    "lstsq_first_shapes": "print(np.linalg.lstsq(G, R, rcond=None)[0])\nprint(np.linalg.lstsq(W, A[:, 0])[0])\nprint(np.linalg.lstsq(np.arange(6).reshape(3, 2), np.array([1, 2, 4]))[0])\nprint(np.linalg.lstsq(W.T, A[:3], rcond=0.5)[0].T)\nnp.linalg.lstsq(np.ones((3, 0)), np.ones(3))[0], np.linalg.lstsq(G, R, None)[0].shape",
    "lstsq_first_error": "np.linalg.lstsq(np.ones((3, 2)), np.ones(4))[0]",
    "lstsq_first_error_3d": "np.linalg.lstsq(np.ones((3, 2)), np.ones((3, 2, 2)))[0]",
    "lstsq_rebound": "def solve():\n    return np.linalg.lstsq(G, R, rcond=None)[0]\nprint(solve().shape)\noriginal = np.linalg.lstsq\nnp.linalg.lstsq = lambda a, b, rcond=None: ('patched', a.shape)\nprint(solve())\nnp.linalg.lstsq = original\nsolve().shape",
    "lstsq_module_rebound": "class Fake:\n    class linalg:\n        @staticmethod\n        def lstsq(a, b, rcond=None):\n            return [b.shape, a.shape]\ndef solve(np):\n    return np.linalg.lstsq(G, R, rcond=None)[0]\nprint(solve(np).shape)\nprint(solve(Fake))\nprint(solve(np).shape)",
    "first_item_other_calls": "d = {'k': [7, 8]}\nprint(d.get('k')[0], 'a b'.split()[0], np.linalg.svd(G)[0].shape, np.linalg.eigh(G)[0])\nimport math\nmath.modf(2.5)[0]",
    "first_item_not_subscriptable": "import math\nmath.sqrt(4)[0]",
    "transposed_matmul": "v = np.arange(3.0)\nT3 = np.arange(24.0).reshape(2, 3, 4)\nprint(W.T @ W, W @ W.T, W.T @ A, A.T @ W, W.T.T @ G)\nprint(v.T @ v, v.T @ G, G @ v.T, np.float64(2.0).T, np.array(5.0).T, T3.T.shape, (T3.T @ np.ones(2)).shape)\n(np.arange(6).reshape(2, 3).T @ np.arange(4).reshape(2, 2)).dtype",
    "transposed_matmul_errors": "def side():\n    print('right side evaluated')\n    return W\ntry:\n    [1, 2].T @ side()\nexcept AttributeError as e:\n    print('AttributeError', e)\nW.T @ A.T",
    "transposed_matmul_objects": "class M:\n    T = 'tee'\n    def __matmul__(self, other):\n        return ('matmul', other)\n    def __rmatmul__(self, other):\n        return ('rmatmul', type(other).__name__)\nm = M()\nprint(m @ W.T, m.T)\nx = 1.5\nx.T",
    "attribute_T": "print(np.arange(3).T, np.arange(6).reshape(2, 3).T, np.arange(24).reshape(2, 3, 4).T.shape, np.int64(4).T)\n[1, 2].T",
    "mask_fill": "H = np.array([[-1.5, 0.0, -0.0], [np.nan, 2.0, -np.inf]])\nH[H < 0] = 0\nprint(H)\nH[H <= 0] = 5\nprint(H)\nH[H > 4.5] = -1.5\nprint(H)\nH[H >= -1] = 7\nprint(H)\nH[H < -1] = True\nH[H > 6] = -2\nH",
    "mask_fill_views": "X = np.linalg.lstsq(G, R, rcond=None)[0] - 0.3\nWt = X.T\nWt[Wt < 0] = 0\nprint(X)\nB = A - 0.5\nC = B[:, ::2]\nC[C < 0] = 0\nprint(B)\nD = B[::2]\nD[D > 0.2] = 1\nprint(B)\nz = np.array(-3.0)\nz[z < 0] = 0\nz",
    "mask_fill_other_types": "I = np.arange(-3, 3)\nI[I < 0] = 0\nI[I > 1] = 1.7\nprint(I, I.dtype)\nF = np.array([-1.0, 1.0], dtype=np.float32)\nF[F < 0] = 0\nprint(F, F.dtype)\nG2 = G.copy()\nG2[G2 > 0.5] = np.float64(9)\nprint(G2)\nL = [1, -2]\nL[L < 0] = 0",
    "mask_fill_readonly": "r = np.broadcast_to(np.array([-1.0, 2.0]), (2, 2))\nr[r < 0] = 0",
    "mask_fill_other_value": "H = np.array([-1.0, 2.0])\nH[H < 0] = np.array([9.0])\nprint(H)\nH[H < 5] = 'x'",
    "module_attribute_cache": "import math\ndef pi():\n    return math.pi\nprint(pi())\nsaved = math.pi\nmath.pi = 3\nprint(pi())\nmath.pi = saved\ndef n(x):\n    return np.linalg.norm(x)\nprint(n(np.ones(4)))\nnorm = np.linalg.norm\nnp.linalg.norm = len\nprint(n(np.ones(4)))\nnp.linalg.norm = norm\npi(), n(np.ones(4))",
}


def main():
    write_programs(OUT, ((name, HEAD + body + "\n") for name, body in CASES.items()))


if __name__ == "__main__":
    main()
