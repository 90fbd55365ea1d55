#!/usr/bin/env python3
"""make bench: the same Python source timed under CPython+numpy and under swnb, in one run.

Each benchmark is a snippet that defines `work()`; the harness (also plain Python) calls it
`reps` times and prints the best time. The snippet runs unchanged under python3 and as a swnb
notebook cell, so the ratio (numpy time / swnb time, > 1 means swnb is faster) measures what a
notebook user sees, interpreter included.

`bench.py [--runs N] [name ...]`: `--runs N` repeats each benchmark N times, alternating
python3 and swnb, and reports the ratio of the best times and the median per-run ratio.
"""
import os
import re
import subprocess
import sys
import tempfile

SWNB = os.environ.get("SWNB", ".build/release/swnb")

HARNESS = """
import time
best = 1e9
for _ in range({reps}):
    t0 = time.perf_counter()
    work()
    t1 = time.perf_counter()
    if t1 - t0 < best:
        best = t1 - t0
print("BEST", best)
"""

BENCHMARKS = [
    ("add 1e6 float64", 20, "import numpy as np\nx = np.random.rand(1000000)\ny = np.random.rand(1000000)\ndef work():\n    return x + y\n"),
    ("multiply 1e6 float64", 20, "import numpy as np\nx = np.random.rand(1000000)\ny = np.random.rand(1000000)\ndef work():\n    return x * y\n"),
    ("sum 1000x1000 axis=0", 20, "import numpy as np\nx = np.random.rand(1000, 1000)\ndef work():\n    return x.sum(axis=0)\n"),
    ("sum 1000x1000 axis=1", 20, "import numpy as np\nx = np.random.rand(1000, 1000)\ndef work():\n    return x.sum(axis=1)\n"),
    ("matmul 2000x2000", 3, "import numpy as np\na = np.random.rand(2000, 2000)\nb = np.random.rand(2000, 2000)\ndef work():\n    return a @ b\n"),
    ("matmul 3x3 x1000", 10, "import numpy as np\na = np.random.rand(3, 3)\ndef work():\n    for i in range(1000):\n        c = a @ a\n"),
    ("matmul 10x10 x1000", 10, "import numpy as np\na = np.random.rand(10, 10)\ndef work():\n    for i in range(1000):\n        c = a @ a\n"),
    ("A.T @ A 10x10 x1000", 10, "import numpy as np\na = np.random.rand(10, 10)\ndef work():\n    for i in range(1000):\n        c = a.T @ a\n"),
    ("lstsq 3x3 x1000", 10, "import numpy as np\na = np.random.rand(3, 3)\nb = np.random.rand(3, 7)\ndef work():\n    for i in range(1000):\n        x = np.linalg.lstsq(a, b, rcond=None)[0]\n"),
    ("repr 1000x1000", 10, "import numpy as np\na = np.random.rand(1000, 1000)\ndef work():\n    return repr(a)\n"),
    ("repr 100x100", 10, "import numpy as np\na = np.random.rand(100, 100)\ndef work():\n    return repr(a)\n"),
    ("rand 1e6", 10, "import numpy as np\ndef work():\n    return np.random.rand(1000000)\n"),
    ("randn 1e6", 10, "import numpy as np\ndef work():\n    return np.random.randn(1000000)\n"),
    ("python loop 1e6", 3, "def work():\n    s = 0\n    for i in range(1000000):\n        s += i * 2 % 7\n    return s\n"),
    ("python loop nested 1e6", 3, """def scale(x, k):
    return x * 0.5 + k

def work():
    rows = []
    total = 0
    acc = 0.0
    for i in range(400):
        row = []
        for j in range(250):
            k = (i + j) % 7
            acc += scale(j * 1.5, k)
            row.append(i * j - k)
        total += len(row)
        rows.append(row)
    return total, acc
"""),
    ("seed nmf_als (9x7, k=3, 100 it)", 5, """import numpy as np
from numpy.linalg import norm
np.random.seed(1)
A = np.random.rand(9, 7)
def work():
    np.random.seed(42)
    W = np.random.rand(9, 3)
    H = np.random.rand(3, 7)
    for i in range(100):
        H = np.linalg.lstsq(W.T @ W, W.T @ A, rcond=None)[0]
        H[H < 0] = 0
        W = np.linalg.lstsq(H @ H.T, H @ A.T, rcond=None)[0].T
        W[W < 0] = 0
        error = norm(A - W @ H, 'fro')
"""),
]


def run_python(source):
    out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
    return parse_best(out.stdout, out.stderr)


def run_swnb(source):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.md")
        with open(path, "w") as f:
            f.write("```python\n" + source + "```\n")
        out = subprocess.run([SWNB, "run", path, "-o", "-", "--quiet"], capture_output=True, text=True)
        return parse_best(out.stdout, out.stderr)


def parse_best(stdout, stderr):
    m = re.search(r"BEST ([0-9.e+-]+)", stdout)
    if not m:
        return None, (stderr or stdout).strip().splitlines()[-1:] or ["no output"]
    return float(m.group(1)), None


def main():
    args = sys.argv[1:]
    runs = 1
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at:at + 2]
    names = args
    if runs == 1:
        print(f"{'benchmark':36} {'numpy s':>10} {'swnb s':>10} {'numpy/swnb':>10}")
    else:
        print(f"{'benchmark':36} {'numpy s':>10} {'swnb s':>10} {'best/best':>10} {'median':>8}"
              f"  (best times over {runs} interleaved runs; median of per-run ratios)")
    for name, reps, body in BENCHMARKS:
        if names and not any(n in name for n in names):
            continue
        source = body + HARNESS.format(reps=reps)
        pys, sws, error = [], [], None
        for _ in range(runs):
            py, py_err = run_python(source)
            sw, sw_err = run_swnb(source)
            if py is None or sw is None:
                error = py_err or sw_err
                break
            pys.append(py)
            sws.append(sw)
        if error is not None:
            print(f"{name:36} failed: {error}")
            continue
        py, sw = min(pys), min(sws)
        if runs == 1:
            print(f"{name:36} {py:10.6f} {sw:10.6f} {py / sw:10.2f}x")
            continue
        ratios = sorted(p / s for p, s in zip(pys, sws))
        median = ratios[len(ratios) // 2]
        print(f"{name:36} {py:10.6f} {sw:10.6f} {py / sw:10.2f}x {median:7.2f}x")


if __name__ == "__main__":
    main()
