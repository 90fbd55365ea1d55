#!/usr/bin/env python3
"""Goldens for SwnbScript: runs each program through CPython 3.11 + IPython 8's display rules.

Writes Tests/SwnbScriptTests/Goldens/script.json: a list of
{"name", "source", "printed", "display", "error"} where `display` is IPython's pretty text of
the last expression statement (None when absent, None-valued or ended with ';') and `error` is
the exception's last traceback line ("ZeroDivisionError: division by zero"), or for syntax
errors "SyntaxError: message @line:offset".
"""
import io, json, os, sys, warnings

import numpy as np
from IPython.lib.pretty import pretty

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script.json")
sys.path.insert(0, HERE)
from cell_runner import run_cell  # noqa: E402
from script_cases import CASES  # noqa: E402


def ipython_cell_name(source, number=1):
    """IPython's `<ipython-input-N-HASH>`: the input transformer drops leading blank lines and
    ends the cell with a newline, then compilerop.code_name hashes it."""
    import hashlib
    lines = (source if source.endswith("\n") else source + "\n").splitlines(keepends=True)
    dropped = 0
    while dropped < len(lines) - 1 and lines[dropped].isspace():
        dropped += 1
    text = "".join(lines[dropped:])
    return f"<ipython-input-{number}-{hashlib.sha1(text.encode()).hexdigest()[:12]}>", dropped


def ipython_warning_writer(out, source):
    """warnings.showwarning as IPython's output of a cell compiled from `source` reads
    (checked against InteractiveShell.run_cell by IPYTHON_SESSIONS below)."""
    name, dropped = ipython_cell_name(source)
    lines = source.split("\n")

    def show(message, category, filename, lineno, file=None, line=None):
        if filename != "<cell>":
            out.write(f"{category.__name__}: {message}\n")
            return
        text = f"{name}:{lineno - dropped}: {category.__name__}: {message}\n"
        code = lines[lineno - 1].strip() if 0 < lineno <= len(lines) else ""
        out.write(text + (f"  {code}\n" if code else ""))
    return show


PYTHON_WARNING_FILTERS = warnings.filters[:]
PYTHON_SHOWWARNING = warnings.showwarning
DEFAULT_PRINT_OPTIONS = {k: v for k, v in np.get_printoptions().items() if k != "override_repr"}


def run(source):
    np.set_printoptions(**DEFAULT_PRINT_OPTIONS)
    np.random.seed(0)
    sys.setrecursionlimit(1000)
    # Warnings are interleaved into the printed text as IPython shows a warning raised in cell 1.
    return run_cell(source, {"__name__": "__main__"}, display=pretty,
                    warning_writer=ipython_warning_writer, semicolon_hides=True)


def write_programs(out, named_sources, expected_errors=None):
    """Runs each (name, source) with `run` and writes them to `out` in script.json's format.
    `expected_errors` names the programs numpy cannot judge (MatrixScript's documented limits)
    with the error line MatrixScript gives instead."""
    expected_errors = expected_errors or {}
    results = []
    for name, source in named_sources:
        printed, display, error = run(source)
        if name in expected_errors:
            printed, display, error = "", None, expected_errors[name]
        results.append({"name": name, "source": source, "printed": printed,
                        "display": display, "error": error})
    with open(out, "w") as f:
        json.dump(results, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} programs to {os.path.relpath(out)}")


SEED_CELLS = [
    """import numpy as np

np.random.seed(1)
m , n = 9 , 7
A = np.random.rand(m,n)
A
""",
    """from numpy.linalg import norm

def nmf_als(A, k, max_iter=100, tol=1e-4):
    m, n = A.shape
    
    np.random.seed(42)
    W = np.random.rand(m, k)
    H = np.random.rand(k, n)
    
    for i in range(max_iter):
        H = np.linalg.lstsq(W.T @ W, W.T @ A, rcond=None)[0]
        H[H < 0] = 0  # Ensure non-negativity
        W = np.linalg.lstsq(H @ H.T, H @ A.T, rcond=None)[0].T
        W[W < 0] = 0  
        
        A_approx = W @ H
        error = norm(A - A_approx, 'fro')
        
        if error < tol:
            break
    
    return W, H

# Apply NMF using ALS
k = 3
W, H = nmf_als(A, k)

W, H
""",
]


def run_session(cells):
    """Runs cells in one namespace, as a notebook kernel does."""
    np.set_printoptions(**DEFAULT_PRINT_OPTIONS)
    env = {"__name__": "__main__"}
    results = []
    for source in cells:
        printed, display, error = run_cell(source, env, display=pretty, semicolon_hides=True)
        results.append({"source": source, "printed": printed, "display": display, "error": error})
    return results


# Multi-cell sessions run through IPython's own InteractiveShell (stdout and stderr captured
# together, in order): warnings as a notebook shows them, once per line per cell run.
IPYTHON_SESSIONS = {
    "warnings_per_cell": [
        "import numpy as np\na = np.array([1.0, 0.0, -1.0])\nr = 1.0 / a\nprint(r)\nr = 1.0 / a\n",
        "for i in range(3):\n    r = np.log(a)\nprint(r)\n",
        "r = 1.0 / a\n",
        "\n\nx = 1\nr = np.sqrt(a)\n",
    ],
    "warnings_in_functions": [
        "import numpy as np\ndef f(x):\n    y = np.exp(x)\n    return y / 0\n",
        "print(f(np.array([1000.0, 0.0])))\nprint(f(np.array([1.0])))\n",
        "v = f(np.array([0.0]))\nw = np.float64(1e308) * 10\nprint(v, w)\n",
    ],
    "warnings_after_magic": [
        "import numpy as np\n",
        "\n%config Completer.use_jedi = False\nq = np.array([1.0]) / 0\nprint(q)\n",
    ],
    "warnings_from_numpy_code": [
        "import numpy as np\n",
        "x = np.array([1e308, 1e308]).sum()\ny = np.array([]).mean()\nprint(x, y)\n",
        "x = np.array([1e308, 1e308]).sum()\ny = np.array([]).mean()\nprint(x, y)\n",
    ],
    "warnings_overflow_invalid": [
        "import numpy as np\nx = np.array([1e308, -1e308])\ny = x * 10\nz = y - y\nprint(y, z)\n",
        "with np.errstate(divide='ignore'):\n    q = np.array([1.0]) / 0\nq2 = np.array([0.0]) / 0\nprint(q, q2)\n",
        "m = np.float64(0.0) / 0.0\nprint(m, np.float64(2.0) ** 5000)\n",
    ],
}


def run_ipython_session(cells):
    from IPython.core.interactiveshell import InteractiveShell
    InteractiveShell.clear_instance()
    shell = InteractiveShell.instance()
    warnings.filters[:] = PYTHON_WARNING_FILTERS
    warnings.showwarning = PYTHON_SHOWWARNING
    np.set_printoptions(**DEFAULT_PRINT_OPTIONS)
    results = []
    for source in cells:
        out = io.StringIO()
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = out
        try:
            shell.run_cell(source, store_history=True)
        finally:
            sys.stdout, sys.stderr = saved
        results.append({"source": source, "printed": numpy_file_warnings_short(out.getvalue())})
    return results


def numpy_file_warnings_short(text):
    """A warning raised inside numpy's own Python code names numpy's installed file, which a
    notebook run elsewhere cannot know: swnb prints it as `Category: message`."""
    import re
    return re.sub(r"^/[^\n]*/numpy/[^\n]*\.py:\d+: (\w+: [^\n]*)\n  [^\n]*\n", r"\1\n", text,
                  flags=re.M)


FILE_CASES = [
    ("loadtxt_whitespace", "import numpy as np\nnp.loadtxt('points.txt')\n"),
    ("loadtxt_csv", "import numpy as np\nnp.loadtxt('table.csv', delimiter=',', skiprows=1)\n"),
    ("loadtxt_usecols", "import numpy as np\nnp.loadtxt('table.csv', delimiter=',', skiprows=1, usecols=1)\n"),
    ("loadtxt_unpack", "import numpy as np\nx, y = np.loadtxt('table.csv', delimiter=',', skiprows=1, unpack=True)\nprint(x, y)\n"),
    ("loadtxt_missing", "import numpy as np\nnp.loadtxt('nope.txt')\n"),
    ("open_read_lines", "with open('table.csv') as f:\n    header = f.readline()\n    rows = [line.strip().split(',') for line in f]\nprint(repr(header), rows)\n"),
    ("open_read_all", "f = open('points.txt')\ntext = f.read()\nf.close()\nlen(text), text.splitlines()[0]\n"),
    ("open_missing", "open('missing.txt')\n"),
]


def main():
    results = []
    names = set()
    for name, source in CASES:
        assert name not in names, name
        names.add(name)
        printed, display, error = run(source)
        results.append({"name": name, "source": source, "printed": printed, "display": display,
                        "error": error})
    with open(OUT, "w") as f:
        json.dump(results, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"{len(results)} cases -> {os.path.relpath(OUT)}")
    data_dir = os.path.join(os.path.dirname(OUT), "data")
    cwd = os.getcwd()
    os.chdir(data_dir)
    files = []
    for name, source in FILE_CASES:
        printed, display, error = run(source)
        files.append({"name": name, "source": source, "printed": printed, "display": display, "error": error})
    os.chdir(cwd)
    with open(os.path.join(os.path.dirname(OUT), "files.json"), "w") as f:
        json.dump(files, f, indent=0, ensure_ascii=False)
        f.write("\n")
    sessions = [{"name": name, "cells": run_ipython_session(cells)} for name, cells in IPYTHON_SESSIONS.items()]
    with open(os.path.join(os.path.dirname(OUT), "ipython_sessions.json"), "w") as f:
        json.dump(sessions, f, indent=0, ensure_ascii=False)
        f.write("\n")
    seed = os.path.join(os.path.dirname(OUT), "seed.json")
    with open(seed, "w") as f:
        json.dump(run_session(SEED_CELLS), f, indent=0, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
