#!/usr/bin/env python3
"""Writes Tests/SwnbLinalgTests/Goldens/small_products.json: numpy 2.4's float64 matmul of many
small random operands, as a bit-exact fingerprint per case.

The fixture proves that swnb's small-product kernel (SwnbLinalg/BLAS+SmallProduct.swift)
rounds exactly as numpy's OpenBLAS dgemm/dsyrk on this machine. To stay small it stores no
arrays: every operand is regenerated from a seed by the splitmix64 stream below (the Swift test
has the same generator), and each result is stored as the FNV-1a 64-bit hash of its
little-endian float64 bytes in C order.

Case row: [kind, m, k, n, seed, scaled, hash]. The product is (m x k) @ (k x n); `kind` says how
numpy sees the operands:
  nn / tn / nt / tt  two separate buffers, `t` meaning the operand is the transpose (.T) of a
                     C-contiguous buffer of the transposed shape;
  syrkTN             x.T @ x for one C-contiguous x of shape (k, m) (numpy's dsyrk);
  syrkNT             x @ x.T for one C-contiguous x of shape (m, k) (dsyrk);
  same               a @ a for one square C-contiguous a (dgemm on one buffer).
Operands are filled row by row from the stream: uniform [0, 1) values, or with `scaled` each
value times a power of ten in 1e-3...1e3 with a random sign.

Run: python3 Scripts/goldens/small_products.py   (numpy 2.4.x required)
"""
import json
import os

import numpy as np

assert np.__version__.startswith("2.4"), np.__version__

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "SwnbLinalgTests",
                   "Goldens", "small_products.json")
MASK = (1 << 64) - 1
POWERS = [0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def value(self, scaled):
        u = (self.next() >> 11) * 2.0 ** -53
        if not scaled:
            return u
        bits = self.next()
        v = u * POWERS[bits % 7]
        return -v if (bits >> 8) & 1 else v


def matrix(gen, rows, cols, scaled):
    return np.array([[gen.value(scaled) for _ in range(cols)] for _ in range(rows)])


def product(kind, m, k, n, seed, scaled):
    gen = SplitMix64(seed)
    if kind == "syrkTN":
        x = matrix(gen, k, m, scaled)
        return x.T @ x
    if kind == "syrkNT":
        x = matrix(gen, m, k, scaled)
        return x @ x.T
    if kind == "same":
        a = matrix(gen, m, m, scaled)
        return a @ a
    a = matrix(gen, k, m, scaled).T if kind[0] == "t" else matrix(gen, m, k, scaled)
    b = matrix(gen, n, k, scaled).T if kind[1] == "t" else matrix(gen, k, n, scaled)
    return a @ b


def fnv1a(data):
    h = 0xCBF29CE484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001B3) & MASK
    return "%016x" % h


def main():
    chooser = np.random.RandomState(7)
    kinds = ["nn", "tn", "nt", "tt", "syrkTN", "syrkNT", "same"]
    rows = []
    # Mostly the sizes notebooks use (1..12), then a few larger ones up to the kernel's bound.
    for count, top, ktop in [(560, 12, 12), (140, 32, 32)]:
        for i in range(count):
            kind = kinds[i % len(kinds)]
            m, n = (int(d) for d in chooser.randint(1, top + 1, size=2))
            k = int(chooser.randint(1, ktop + 1))
            if kind.startswith("syrk"):
                n = m
            if kind == "same":
                k = n = m
            seed = int(chooser.randint(0, 2**31))
            scaled = int(i % 3 == 0)
            c = product(kind, m, k, n, seed, scaled)
            assert c.shape == (m, n)
            rows.append([kind, m, k, n, seed, scaled, fnv1a(np.ascontiguousarray(c, "<f8").tobytes())])
    with open(OUT, "w") as f:
        f.write('{"numpy": "%s", "cases": [\n' % np.__version__)
        f.write(",\n".join(json.dumps(r) for r in rows))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
