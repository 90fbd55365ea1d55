#!/usr/bin/env python3
"""Hostile-program hunt: run generated Python snippets under `swnb run` and CPython + numpy.

Each program is a small cell built from a template filled with hostile values (huge, negative,
overflowing ints, odd floats). Programs run in batches, one notebook cell each (`#| error:
true`), under `swnb run --timeout`; the same cells run under CPython in one namespace. Reports:

- CRASH: swnb died from a signal, printed "Fatal error", or exited with a status other than
  0/1/2 (the batch is then re-run cell by cell to name the culprit);
- HANG:  swnb outlived the batch's wall-clock bound;
- DIFF:  swnb's exception type differs from CPython's (or one raised and the other did not).

Usage: SWNB=.build/debug/swnb python3 Scripts/fuzz/hostile_programs.py [--count N] [--seed S]
       [--batch K] [--timeout T] [--diffs] [--only-fixed]
"""
import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile

INTS = [
    "0", "1", "-1", "2", "-2", "7", "31", "32", "63", "64", "65", "-63", "-64", "2**31", "2**32",
    "2**62", "-2**62", "9223372036854775807", "(-9223372036854775807 - 1)", "10**9", "10**18",
    "-10**18", "2**40", "-2**40", "True", "False",
]
FLOATS = ["0.0", "-0.0", "1.5", "-1.5", "1e308", "-1e308", "1e-320", "float('inf')",
          "float('-inf')", "float('nan')", "2.0**63", "1e20", "-1e20"]
ARRAYS = ["np.arange(6)", "np.arange(6.0).reshape(2, 3)", "np.zeros(0)", "np.array([1, 2, 3])",
          "np.array(5)", "np.ones((2, 0))", "np.array([1.5, np.nan, np.inf])",
          "np.array([True, False])", "np.array([2**62, -2**62])", "np.array([1+2j, 3j])",
          "np.array(['a', 'bc'])"]
OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "==", "and"]

# Templates: {i} an int, {f} a float, {n} an int or float, {a} an array.
TEMPLATES = [
    "{i} {op} {i}", "{n} {op} {n}", "{a} {op} {i}", "{a} {op} {n}", "{i} {op} {a}", "{a} {op} {a}",
    "np.int64({i}) {op} {i}", "np.float64({n}) {op} {n}", "np.int32(5) {op} {i}",
    "pow({i}, {i})", "pow({i}, {i}, {i})", "pow({n}, {n})", "divmod({n}, {n})", "abs({n})",
    "round({n}, {i})", "round({n})", "chr({i})", "hex({i})", "bin({i})", "oct({i})",
    "int({f})", "float({i})", "complex({n}, {n})", "int('1' * {i})", "str({i})",
    "len(range({i}, {i}))", "len(range({i}, {i}, {i}))", "range({i}, {i}, {i})[{i}]",
    "range({i})[{i}:{i}:{i}]", "list(range(10))[{i}:{i}:{i}]", "'abcdef'[{i}:{i}:{i}]",
    "'abc'[{i}]", "[1, 2][{i}]", "(1, 2)[{i}]", "[0] * {i}", "'x' * {i}", "(1,) * {i}",
    "'x'.center({i})", "'x'.ljust({i})", "'x'.rjust({i}, '*')", "'5'.zfill({i})",
    "'{{:{i}}}'.format(1)", "'%*d' % ({i}, 1)", "'%.*f' % ({i}, 1.5)", "'%d' % {n}",
    "f'{{1.0:.{i}f}}'", "f'{{{n}:,}}'", "format({n}, 'e')", "format({i}, 'x')",
    "format({n}, '.{i}g')", "'{{0:{i}d}}'.format(5)", "'{{0[{i}]}}'.format([1])",
    "'abc'.split(None, {i})", "'a,b'.split(',', {i})", "'abc'.expandtabs({i})",
    "'abc'.find('b', {i}, {i})", "'abc'.replace('a', 'b', {i})", "[1, 2, 3].pop({i})",
    "l = [1, 2, 3]\nl.insert({i}, 0)\nl", "l = [1, 2, 3]\ndel l[{i}]", "l = [1, 2, 3]\nl[{i}:{i}] = [9]\nl",
    "l = list(range(5))\nl[::{i}] = [0]\nl", "[1, 2, 3].index(2, {i}, {i})",
    "sum([{n}, {n}])", "max({n}, {n})", "sorted([{n}, {n}, {n}])", "bytes({i})", "bytearray({i})",
    "list(zip(range({i}), 'ab'))", "list(enumerate('ab', {i}))", "{i}.to_bytes(8, 'little')",
    "int.from_bytes(b'\\xff' * {i}, 'big')", "{i}.bit_length()", "({n}).as_integer_ratio()",
    "import math\nmath.factorial({i})", "import math\nmath.comb({i}, {i})", "import math\nmath.isqrt({i})",
    "import math\nmath.gcd({i}, {i})", "import math\nmath.ldexp(1.0, {i})", "import math\nmath.exp({n})",
    "import math\nmath.log({n})", "import math\nmath.sqrt({n})", "import math\nmath.floor({n})",
    "np.zeros({i})", "np.zeros(({i}, {i}))", "np.empty(({i}, {i}, 2))", "np.ones({i}, dtype=np.int8)",
    "np.arange({n})", "np.arange(0, {n})", "np.arange({n}, {n}, {n})", "np.linspace(0, 1, {i})",
    "np.eye({i})", "np.identity({i})", "np.full({i}, 7)", "np.tile({a}, {i})", "np.repeat({a}, {i})",
    "{a}.reshape({i}, {i})", "{a}.reshape(-1, -1)", "{a}[::{i}]", "{a}[{i}]", "{a}[{i}:{i}:{i}]",
    "{a}[..., {i}]", "{a}[None, {i}]", "{a}[[{i}]]", "{a}.astype('U{i}')", "{a}.astype('S{i}')",
    "np.random.rand({i})", "np.random.randn({i}, {i})", "np.random.choice({i})",
    "np.random.seed({i})", "np.random.randint({i})", "np.random.randint({i}, {i})",
    "np.random.normal(0, {n}, {i})", "np.random.default_rng({i})", "np.random.default_rng(0).integers({i})",
    "np.random.permutation({i})", "np.random.uniform({n}, {n})",
    "np.set_printoptions(precision={i})\nnp.arange(3.0) / 3", "np.set_printoptions(linewidth={i})\nnp.arange(30)",
    "np.set_printoptions(threshold={i})\nnp.arange(3000)", "np.set_printoptions(edgeitems={i})\nnp.arange(3000)",
    "np.round({a}, {i})", "np.around({n}, {i})", "np.pad({a}, {i})", "np.pad({a}, ({i}, {i}))",
    "np.histogram({a}, bins={i})", "np.bincount([{i}])", "np.bincount({a}, minlength={i})",
    "np.unravel_index({i}, (2, 3))", "np.unravel_index(2, ({i}, 3))", "np.ravel_multi_index(({i}, 1), (2, 3))",
    "np.ravel_multi_index((1, 1), ({i}, {i}))", "np.diag({a}, {i})", "np.triu({a}, {i})",
    "np.roll({a}, {i})", "np.roll({a}, {i}, axis={i})", "np.sum({a}, axis={i})", "np.cumsum({a}, axis={i})",
    "np.expand_dims({a}, {i})", "np.swapaxes({a}, {i}, 0)", "np.moveaxis({a}, {i}, 0)", "np.take({a}, {i})",
    "np.take({a}, [{i}], mode='wrap')", "np.take({a}, [{i}], mode='clip')", "np.concatenate([{a}, {a}], axis={i})",
    "np.stack([{a}, {a}], axis={i})", "np.split({a}, {i})", "np.array_split({a}, {i})",
    "np.full(3, {n}).astype(np.int64)", "np.array([{n}]).astype(np.int32)", "np.int8({i})", "np.uint8({i})",
    "np.int64({n})", "np.array({i})", "np.array([{i}, {i}])", "np.array({i}, dtype=np.uint64)",
    "np.power({a}, {i})", "np.left_shift({a}, {i})", "np.right_shift(8, {i})", "np.ldexp(1.0, {i})",
    "np.float64({n}) ** {n}", "np.int64({i}) ** {i}", "np.sqrt({n})", "np.exp({n})", "np.log({a})",
    "np.sort({a}, axis={i})", "np.argsort({a}, axis={i})", "np.partition(np.arange(5), {i})",
    "np.percentile({a}, {n})", "np.quantile({a}, {n})", "np.linalg.matrix_power(np.eye(2), {i})",
    "np.einsum('ii', {a})", "np.einsum('i,i->', {a}, {a})", "np.einsum('...,...', {a}, {a})",
    "np.einsum('ij->jii', {a})", "np.einsum('', 1)", "np.einsum('->', 1)", "np.einsum('i->j', {a})",
    "np.array2string({a}, precision={i})", "np.format_float_positional({n}, precision={i})",
    "np.format_float_scientific({n}, precision={i})", "np.base_repr({i}, {i})", "np.binary_repr({i}, {i})",
    "np.resize({a}, {i})", "np.broadcast_to({a}, ({i},))", "np.lib.stride_tricks.sliding_window_view({a}, {i})",
    "np.vander([1, 2], {i})", "np.tri({i})", "np.kron({a}, {a})", "np.outer({a}, {a})",
    "np.convolve({a}, {a})", "np.polyfit([1, 2, 3], [1, 2, 3], {i})", "np.polyval([1, 2], {n})",
    "np.interp({n}, [1, 2], [3, 4])", "np.clip({a}, {n}, {n})", "np.gcd({i}, {i})", "np.lcm({i}, {i})",
    "np.diff({a}, n={i})", "np.gradient({a})", "np.cross([1, 2, 3], [4, 5, 6], axis={i})",
    "np.isclose({n}, {n})", "np.nan_to_num({a})", "np.unique({a}, axis={i})",
    "np.savetxt('/tmp/hostile_x.txt', {a})\nnp.loadtxt('/tmp/hostile_x.txt')",
    "np.loadtxt('/nonexistent/file')", "np.loadtxt(['1 2', '3'])", "np.genfromtxt(['1,2', 'x,3'], delimiter=',')",
    "x = {a}\nx.shape = ({i},)", "x = {a}\nx.resize({i})", "x = {a}\nx[{i}] = {n}\nx", "x = {a}\nx[::{i}] = 0",
    "x = np.zeros(3, dtype=np.int64)\nx[0] = {n}\nx", "x = np.zeros(3, dtype=np.int8)\nx[:] = {i}\nx",
    "x = {a}\nx += {n}\nx", "x = {a}\nx <<= {i}\nx",
]

FIXED = [
    "l = []\nl.append(l)\nl", "d = {}\nd[1] = d\nd", "l = [1]\nl.append((l, {'k': l}))\nprint(l)",
    "class A:\n    def __repr__(self):\n        return 5\nA()", "class A:\n    def __repr__(self):\n        return repr(self)\nA()",
    "class A:\n    def __str__(self):\n        return None\nprint(A())", "class A:\n    def __len__(self):\n        return -1\nlen(A())",
    "class A:\n    def __len__(self):\n        return 2**63\nlen(A())", "class A:\n    def __index__(self):\n        return 2**70\n[1][A()]",
    "class A:\n    def __eq__(self, o):\n        raise ValueError('no')\n[A()].index(1)", "class A:\n    def __hash__(self):\n        return 'x'\n{A()}",
    "class A:\n    def __lt__(self, o):\n        l.clear()\n        return True\nl = [A(), A(), A()]\nl.sort()\nl",
    "sorted([3, 1, 2], key=lambda x: 1 / 0)", "l = [3, 1, 2]\nl.sort(key=lambda x: l.append(1))",
    "import itertools\nlist(itertools.count())", "def g():\n    while True:\n        yield 1\nlist(g())",
    "def f(): return f()\nf()", "def f(n): return [f(n+1)]\nf(0)", "x = eval('(' * 1000 + ')' * 1000)",
    "a = np.arange(3)\na[::0]", "np.zeros(-1)", "np.zeros((2**62, 2**62))", "np.arange(0, 1e20)",
    "np.empty((2**31, 2**31, 2))", "np.arange(6).reshape(-1, -1)", "np.arange(3)[M]",
    "np.linspace(0, 1, 2**62)", "np.eye(2**40)", "np.tile(np.arange(3), 2**40)", "np.repeat(np.arange(3), -1)",
    "np.arange(3).astype('U999999999')", "np.random.rand(2**62)", "np.random.choice(0)", "np.random.seed(-1)",
    "np.random.seed(2**32)", "np.set_printoptions(precision=-1)", "np.set_printoptions(precision=10**9)",
    "np.set_printoptions(linewidth=0)\nnp.arange(5)", "np.set_printoptions(linewidth=-5)\nnp.arange(5)",
    "np.set_printoptions(threshold=-1)\nnp.arange(5)", "np.set_printoptions(edgeitems=2**62)\nnp.arange(3000)",
    "np.round(np.arange(3.0), 10**9)", "np.pad(np.arange(3), 2**40)", "np.histogram([1, 2], bins=2**62)",
    "np.bincount([2**62])", "np.unravel_index(10**18, (2**40, 2**40))", "np.ravel_multi_index((1, 1), (2**40, 2**40))",
    "np.einsum('ab,bc->ca,', np.eye(2), np.eye(2))", "np.einsum('i', np.eye(2))", "np.einsum('ii->i', np.ones((2, 3)))",
    "1 << 64", "1 << -1", "pow(2, 63)", "pow(3, -1, 7)", "pow(3, 2, 0)", "len(range(m, M))",
    "[0] * (2**62)", "'x'.center(2**62)", "'{:99999999999}'.format(1)", "'%*d' % (2**62, 1)",
    "round(1.5, 2**62)", "int('1' * 5000)", "f'{1.0:.{10**9}f}'", "chr(2**40)", "'x'.zfill(2**62)",
    "'x'.ljust(2**62)", "'x' * -1", "float('1e400')", "int(float('inf'))", "int(float('nan'))",
    "np.array([1, 2]) @ np.array([1, 2, 3])", "np.ones((2, 3)) @ np.ones((2, 3))", "np.linalg.inv(np.zeros((2, 2)))",
    "np.linalg.solve(np.ones((2, 2)), [1, 2])", "np.linalg.svd(np.full((2, 2), np.nan))", "np.linalg.eig(np.full((2, 2), np.inf))",
    "np.linalg.lstsq(np.ones((0, 2)), np.ones(0))", "np.linalg.norm(np.ones(3), ord=m)",
    "np.array([[1, 2], [3]])", "np.array([[[1]], [2]])", "np.frombuffer(b'abc', dtype=np.int64)",
    "x = np.arange(10)\nx[x > 5] = np.arange(2)", "x = np.arange(10)\nx[[1, 2]] = np.arange(5)",
    "np.arange(10)[np.array([True])]", "np.arange(10)[np.array([M])]", "np.arange(10)[[-11]]",
    "np.datetime64('2020')", "np.dtype('q' * 1000)", "np.dtype('U' + '9' * 30)", "'%c' % 2**40",
    "'%c' % -1", "'%.1000000000f' % 1.0", "'{:.{}f}'.format(1.0, 10**10)", "format(1.0, '1000000000000')",
    "bytes(range(256)).decode('utf-8')", "'\\ud800'.encode()", "str(b'x', 'nonexistent')",
    "exec('x = ' + '[' * 200 + ']' * 200)", "x = 1\nfor i in range(64):\n    x *= 2\nx",
    "import sys\nsys.setrecursionlimit(10**9)\ndef f(): return f()\nf()", "import sys\nsys.setrecursionlimit(-1)",
    "import sys\nsys.setrecursionlimit(2**63)", "def f(*a): return len(a)\nf(*range(10**6))",
    "def f(**k): pass\nf(**{1: 2})", "a, b = range(10**9)", "[*range(10**9)]", "{*range(10**9)}",
    "x = [1]\nfor i in range(40):\n    x = [x, x]\nrepr(x)[:10]", "np.zeros(3)[()]", "np.zeros(())[0]",
    "np.add.reduce([])", "np.max([])", "np.argmax(np.zeros((0, 3)), axis=0)", "np.mean([])", "min([])",
    "np.arange(5).reshape(2**32, 2**32)", "np.zeros((2**32, 2**32)).shape", "np.broadcast_to(1, (2**40, 2**40))",
    "np.lib.stride_tricks.as_strided(np.zeros(2), shape=(10**6,), strides=(0,))[-1]",
    "np.ones(3).view(np.int8)", "np.ones(3).view('S7')", "np.full((2, 2), 2**64)", "np.uint64(2**64 - 1) + 1",
    "np.int64(m) // -1", "np.int64(m) % -1", "np.abs(np.int64(m))", "-np.int64(m)",
    "np.array([m]) // -1", "np.array([m]) % -1", "np.array([1]) // 0", "np.array([1]) % 0",
    "np.int64(1) // 0", "np.int64(1) % 0", "divmod(np.int64(m), -1)", "np.array([2**62]) * 4",
    "np.arange(m, M, 2**62)", "np.arange(M - 2, M)", "np.arange(0, 10, 1e-300)",
    "np.cumprod(np.full(100, 2**40))", "np.prod(np.full(10, 2**40))", "np.sum(np.full(10, 2**62))",
    "int(np.float64(1e300))", "np.float64(1e300).astype(np.int64)", "np.array([1e300]).astype(np.int64)",
    "np.array([np.nan]).astype(np.int64)", "np.array([1e300]).astype(np.int8)", "np.array([-1]).astype(np.uint64)",
    "np.array(['abc']).astype(float)", "np.array(['1e999']).astype(float)", "np.array(['9' * 30]).astype(int)",
    "np.random.default_rng(-1)", "np.random.default_rng(2**200)", "np.random.randint(0, 2**64)",
    "np.random.randint(m, 2**63)", "np.random.choice(5, 10, replace=False)", "np.random.choice([], 1)",
    "np.random.normal(0, -1)", "np.random.binomial(2**62, 0.5)", "np.random.poisson(1e300)",
    "np.random.multinomial(10, [0.5, 0.6])", "np.random.shuffle(np.zeros(()))", "np.random.permutation(-1)",
]

PYTHON_RUNNER = r'''
import sys, json, resource, signal, traceback, io, contextlib
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
sys.setrecursionlimit(3000)
import numpy as np
cells = json.load(open(sys.argv[1]))
ns = {"np": np, "__name__": "__main__"}
def alarm(*_):
    raise TimeoutError("cell exceeded the time limit")
signal.signal(signal.SIGALRM, alarm)
for src in cells:
    signal.alarm(int(sys.argv[2]))
    kind = None
    try:
        import ast
        tree = ast.parse(src)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        if last is not None:
            tree.body.pop()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(tree, "<cell>", "exec"), ns)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), ns)
                repr(value)
    except BaseException as e:
        kind = type(e).__name__
    signal.alarm(0)
    print(json.dumps(kind), flush=True)  # one line per cell: a crash still reports the cells before
    np.set_printoptions()  # each cell starts with numpy's defaults, as in a fresh swnb cell below
'''


def fill(template, rng):
    out = template
    for key, pool in (("{op}", OPS), ("{i}", INTS), ("{f}", FLOATS), ("{a}", ARRAYS),
                      ("{n}", INTS + FLOATS)):
        while key in out:
            out = out.replace(key, rng.choice(pool), 1)
    return out


def programs(count, seed, only_fixed):
    rng = random.Random(seed)
    result = list(FIXED)
    if not only_fixed:
        result += [fill(rng.choice(TEMPLATES), rng) for _ in range(count)]
    return list(dict.fromkeys(result))


def notebook(cells):
    parts = ["# hostile\n\n```python\nimport numpy as np\nM = 9223372036854775807\nm = -M - 1\n```\n"]
    for cell in cells:
        # Reset print options so one cell's hostile settings do not leak into the next.
        parts.append("```python\n#| error: true\nnp.set_printoptions()\n" + cell + "\n```\n")
    return "\n".join(parts)


ERROR_BLOCK = re.compile(r"^(`{3,})error\n(.*?)^\1$", re.S | re.M)


def swnb_results(swnb, cells, timeout, workdir):
    """Run cells under swnb; returns (status, stderr, per-cell exception kinds or None)."""
    path = os.path.join(workdir, "nb.md")
    with open(path, "w") as f:
        f.write(notebook(cells))
    bound = timeout * len(cells) + 60
    env = dict(os.environ, SWNB_MAX_MEMORY=str(3 << 30))
    try:
        proc = subprocess.run([swnb, "run", path, "-o", "-", "--timeout", str(timeout), "-q"],
                              capture_output=True, timeout=bound, env=env, cwd=workdir)
    except subprocess.TimeoutExpired:
        return "HANG", "", None
    err = proc.stderr.decode(errors="replace")
    if proc.returncode < 0 or proc.returncode >= 128 or "Fatal error" in err or proc.returncode not in (0, 1):
        return f"CRASH({proc.returncode})", err, None
    out = proc.stdout.decode(errors="replace")
    blocks = out.split("```python\n#| error: true\n")[1:]
    kinds = []
    for block in blocks:
        match = ERROR_BLOCK.search(block.split("```python", 1)[0])
        if match:
            last = match.group(2).rstrip("\n").split("\n")[-1]
            kinds.append(last.split(":", 1)[0].strip())
        else:
            kinds.append(None)
    return "ok", err, kinds


def python_results(cells, timeout, workdir):
    import json
    path = os.path.join(workdir, "cells.json")
    with open(path, "w") as f:
        json.dump(["import numpy as np\nM = 2**63 - 1\nm = -2**63\n" + c for c in cells], f)
    try:
        proc = subprocess.run([sys.executable, "-c", PYTHON_RUNNER, path, str(timeout)],
                              capture_output=True, timeout=timeout * len(cells) + 60, cwd=workdir)
        lines = proc.stdout.decode().splitlines()
    except subprocess.TimeoutExpired as expired:
        lines = (expired.stdout or b"").decode().splitlines()
    kinds = [json.loads(line) for line in lines if line.strip()]
    # Cells CPython never reached (it crashed or hung) are unknown.
    return kinds + ["?"] * (len(cells) - len(kinds))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=25)
    parser.add_argument("--timeout", type=int, default=5)
    parser.add_argument("--diffs", action="store_true", help="also compare with CPython")
    parser.add_argument("--only-fixed", action="store_true")
    args = parser.parse_args()
    swnb = os.environ.get("SWNB", ".build/debug/swnb")
    swnb = os.path.abspath(swnb)
    cells = programs(args.count, args.seed, args.only_fixed)
    problems = 0
    with tempfile.TemporaryDirectory() as workdir:
        for start in range(0, len(cells), args.batch):
            batch = cells[start:start + args.batch]
            status, err, kinds = swnb_results(swnb, batch, args.timeout, workdir)
            if status != "ok":
                for cell in batch:
                    one, err1, _ = swnb_results(swnb, [cell], args.timeout, workdir)
                    if one != "ok":
                        problems += 1
                        tail = "\n".join(l for l in err1.splitlines() if "Fatal" in l or "error" in l.lower())[:400]
                        print(f"{one}: {cell!r}\n    {tail}", flush=True)
                continue
            if args.diffs:
                theirs = python_results(batch, args.timeout, workdir)
                for cell, ours, py in zip(batch, kinds, theirs):
                    if py == "?" or ours == py or (ours == "TimeoutError" and py == "MemoryError"):
                        continue
                    if True:
                        print(f"DIFF swnb={ours} python={py}: {cell!r}", flush=True)
            print(f"... {min(start + args.batch, len(cells))}/{len(cells)}", file=sys.stderr, flush=True)
    print(f"{problems} crash/hang problems in {len(cells)} programs")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
