#!/usr/bin/env python3
"""Goldens for `swnb import` (Jupyter notebooks into swnb Markdown) and its round trip.

Writes Tests/SwnbNotebookTests/Goldens/ipynb/:
- <name>.ipynb: small nbformat 4 notebooks, written with Python's json module the way
  nbformat.write lays them out (indent=1, sorted keys, ensure_ascii=False);
- expected.json: for each notebook, what `swnb render --to ipynb` must give back after
  `swnb import`: the cells in order (consecutive markdown/raw cells join into one markdown cell
  with a blank line between them, since a swnb notebook cannot tell adjacent prose cells apart;
  raw cells come back inside a ```raw fence), each code cell's source, the text of its
  non-error outputs joined the way the swnb format stores them (stdout, then each
  text/plain value on a line of its own), and its error's traceback lines with the ANSI colour
  codes removed (blank lines dropped), ename and evalue;
- bad-json.json: malformed texts with the 1-based line Python's json module reports.

Run from the repository root: python3 Scripts/goldens/notebook_ipynb.py
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests/SwnbNotebookTests/Goldens/ipynb")

try:
    import nbformat  # used to validate when it is installed
except ImportError:
    nbformat = None

_ids = iter(range(1000))


def cell_id():
    return f"c{next(_ids)}"


ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def lines(text):
    """nbformat's list-of-lines form of a multi-line string."""
    return text.splitlines(keepends=True)


def md(text, as_list=True):
    return {"cell_type": "markdown", "id": cell_id(), "metadata": {},
            "source": lines(text) if as_list else text}


def raw(text):
    return {"cell_type": "raw", "id": cell_id(), "metadata": {}, "source": lines(text)}


def code(text, outputs=(), count=None, as_list=True):
    return {"cell_type": "code", "execution_count": count, "id": cell_id(),
            "metadata": {}, "outputs": list(outputs),
            "source": lines(text) if as_list else text}


def stream(text, name="stdout"):
    return {"name": name, "output_type": "stream", "text": lines(text)}


def result(text, count=1, kind="execute_result", extra=None):
    data = {"text/plain": lines(text)}
    data.update(extra or {})
    out = {"data": data, "metadata": {}, "output_type": kind}
    if kind == "execute_result":
        out["execution_count"] = count
    return out


def image_only():
    return {"data": {"image/png": "iVBORw0KGgo="}, "metadata": {}, "output_type": "display_data"}


def error(ename, evalue, traceback):
    return {"ename": ename, "evalue": evalue, "output_type": "error", "traceback": traceback}


def notebook(cells, language="python"):
    return {"cells": cells,
            "metadata": {"kernelspec": {"display_name": "Python 3", "language": language,
                                        "name": "python3"},
                         "language_info": {"name": language}},
            "nbformat": 4, "nbformat_minor": 5}


ZERO_DIV_TB = [
    "\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
    "\x1b[0;31mZeroDivisionError\x1b[0m                         Traceback (most recent call last)",
    "Cell \x1b[0;32mIn[3], line 2\x1b[0m\n\x1b[1;32m      1\x1b[0m x \x1b[38;5;241m=\x1b[39m "
    "\x1b[38;5;241m1\x1b[39m\n\x1b[0;32m----> 2\x1b[0m x \x1b[38;5;241m/\x1b[39m "
    "\x1b[38;5;241m0\x1b[39m\n",
    "\x1b[0;31mZeroDivisionError\x1b[0m: division by zero",
]

NOTEBOOKS = {
    "basic": notebook([
        md("# Başlık: NMF\n\nEn küçük kareler: $\\min_x \\|Ax-b\\|_2$ ve\n\\[ W \\leftarrow W \\odot "
           "\\frac{VH^T}{WHH^T} \\]"),
        code("import numpy as np\nprint('merhaba')\nnp.arange(3)",
             [stream("merhaba\n"), result("array([0, 1, 2])", 1)], 1),
        code("x = 2", [], 2),
        code("print('a', end='')\nx * 3",
             [stream("a"), result("6", 3)], 3, as_list=False),
        md("Some text.", as_list=False),
        md("Two markdown cells in a row.\n\n- a list\n- item"),
        raw("\\begin{equation}x\\end{equation}"),
        code("s = '```'\nprint(s)", [stream("```\n")], 4),
        code("x = 1\nx / 0", [error("ZeroDivisionError", "division by zero", ZERO_DIV_TB)], 5),
    ]),
    "outputs": notebook([
        code("print(1)\nprint(2)", [stream("1\n"), stream("2\n")], 1),
        code("import sys\nsys.stderr.write('warn\\n')\n1",
             [stream("warn\n", "stderr"), result("1", 2)], 2),
        code("display(1)\n2", [result("1", kind="display_data"), result("2", 3)], 3),
        code("plot()", [image_only(), result("<Figure size 640x480 with 1 Axes>",
                                              kind="display_data",
                                              extra={"image/png": "iVBORw0KGgo="})], 4),
        code("(1,\n 2)", [result("(1,\n 2)", 5)], 5),
        code("", [], None),
    ]),
}


def expected(nb):
    """What the round trip gives: see the module docstring."""
    cells = []
    pending = []

    def flush():
        if pending:
            cells.append({"cell_type": "markdown", "source": "\n\n".join(pending)})
            pending.clear()

    def text(value):
        return value if isinstance(value, str) else "".join(value)

    for cell in nb["cells"]:
        source = text(cell["source"])
        if cell["cell_type"] == "markdown":
            pending.append(source.strip("\n"))
            continue
        if cell["cell_type"] == "raw":
            pending.append("```raw\n" + source + "\n```")
            continue
        flush()
        shown = ""
        tb = None
        ename = evalue = None
        for out in cell["outputs"]:
            kind = out["output_type"]
            if kind == "stream" and out["name"] == "stdout":
                shown += text(out["text"])
            elif kind in ("execute_result", "display_data") and "text/plain" in out["data"]:
                if shown and not shown.endswith("\n"):
                    shown += "\n"
                shown += text(out["data"]["text/plain"])
            elif kind == "error":
                joined = "\n".join(ANSI.sub("", line) for line in out["traceback"])
                tb = [line for line in joined.split("\n") if line]
                ename, evalue = out["ename"], out["evalue"]
        cells.append({"cell_type": "code", "source": source,
                      "output": shown[:-1] if shown.endswith("\n") else shown,
                      "traceback": tb, "ename": ename, "evalue": evalue})
    flush()
    return cells


BAD_JSON = [
    '{\n "cells": [],\n "nbformat": 4\n "nbformat_minor": 5\n}\n',
    '{\n "cells": [\n  1,\n ],\n "nbformat": 4\n}\n',
    '{\n "cells": [\n  "abc\n  "def"\n ]\n}\n',
    '{\n "cells": [\n',
    '{\n "a": "\\q"\n}\n',
    '{\n "a": tru\n}\n',
    '{"a": 1}\n\n{"b": 2}\n',
    '',
]


def bad_json():
    cases = []
    for text in BAD_JSON:
        try:
            json.loads(text)
        except json.JSONDecodeError as e:
            cases.append({"text": text, "line": e.lineno, "python": e.msg})
        else:
            raise AssertionError(text)
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    summary = {}
    for name, nb in NOTEBOOKS.items():
        if nbformat is not None:
            nbformat.validate(nbformat.from_dict(nb))
        with open(os.path.join(OUT, name + ".ipynb"), "w", encoding="utf-8") as f:
            json.dump(nb, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        summary[name] = expected(nb)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(OUT, "bad-json.json"), "w", encoding="utf-8") as f:
        json.dump(bad_json(), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{OUT}: {len(NOTEBOOKS)} notebooks, {len(BAD_JSON)} bad JSON texts")


if __name__ == "__main__":
    main()
