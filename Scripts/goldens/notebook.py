#!/usr/bin/env python3
"""Goldens for SwnbNotebook and the demo notebook.

1. Tests/SwnbNotebookTests/Goldens/spec-examples.json: the CommonMark 0.30 spec examples with
   their reference HTML (from the spec itself).
2. Tests/SwnbNotebookTests/Goldens/unified-diffs.json: Python difflib's unified diffs, the
   reference for `swnb check`'s diff output.
3. notebooks/nmf.md: the first user's notebook (the seed) in swnb Markdown: both prose parts
   verbatim (the seed's leading blank line dropped), each cell followed by the output block that
   IPython 8.12 + numpy 2.4 display for it (run here, not copied: the seed's copy is truncated).

Run from the repository root: python3 Scripts/goldens/notebook.py [--no-nmf]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC = "/work/shared/commonmark/spec-0.30.json"
SEED = "/work/shared/seeds/nmf-als-notebook.txt"


def spec_examples():
    with open(SPEC, encoding="utf-8") as f:
        spec = json.load(f)
    keep = [
        {k: e[k] for k in ("example", "section", "markdown", "html")}
        for e in spec["examples"]
    ]
    out = os.path.join(ROOT, "Tests/SwnbNotebookTests/Goldens/spec-examples.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"source": spec["source"], "examples": keep}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"{out}: {len(keep)} examples")


def ipython_displays(cells):
    """What IPython shows for each cell (printed text, then the Out[] text)."""
    import contextlib
    import io

    import IPython
    import numpy
    from IPython.core.interactiveshell import InteractiveShell

    assert IPython.__version__.startswith("8.12"), IPython.__version__
    assert numpy.__version__.startswith("2.4"), numpy.__version__
    shell = InteractiveShell.instance()
    texts = []
    for source in cells:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            result = shell.run_cell(source, store_history=True, silent=False)
        assert result.error_in_exec is None and result.error_before_exec is None
        printed = buffer.getvalue()
        # The displayhook printed "Out[n]: value"; take the value the formatter gives instead.
        value = result.result
        display = None
        if value is not None:
            display = shell.display_formatter.format(value)[0]["text/plain"]
            marker = printed.rfind("Out[")
            if marker >= 0:
                printed = printed[:marker]
        text = printed
        if display is not None:
            if text and not text.endswith("\n"):
                text += "\n"
            text += display
        texts.append(text)
    return texts


def fence_for(text):
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def nmf_notebook():
    with open(SEED, encoding="utf-8") as f:
        seed = f.read()
    first_code = seed.index("\n\n\nIn [2]:\n")
    first_output = seed.index("\n\n\narray([[4.17")
    second_prose = seed.index("\n\n\nDoğrusal")
    second_code = seed.index("\n\n\nIn [3]:\n")
    second_output = seed.index("\n\n\n(array([[0.776")
    prose1 = seed[:first_code].lstrip("\n")
    code1 = seed[first_code + len("\n\n\nIn [2]:\n"):first_output]
    prose2 = seed[second_prose + 3:second_code]
    code2 = seed[second_code + len("\n\n\nIn [3]:\n"):second_output]
    outputs = ipython_displays([code1, code2])
    parts = []
    for prose, code, output in ((prose1, code1, outputs[0]), (prose2, code2, outputs[1])):
        block = output if output.endswith("\n") else output + "\n"
        fence = fence_for(block)
        parts.append(f"{prose}\n\n```python\n{code}\n```\n\n{fence}output\n{block}{fence}\n")
    out = os.path.join(ROOT, "notebooks/nmf.md")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    print(f"{out}: written")


def diff_cases():
    """Unified diffs from Python's difflib, the reference for UnifiedDiff."""
    import difflib

    cases = [
        ("a\nb\nc\n", "a\nB\nc\n"),
        ("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\neleven\n12\n"),
        ("x\n", "x\ny\n"),
        ("x\ny\n", "y\n"),
        ("", "new\n"),
        ("old\n", ""),
        ("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nc\nd\ne\nf\nX\ng\nh\n"),
        ("array([1., 2.])\n", "array([1., 2.5])\n"),
    ]
    out = []
    for old, new in cases:
        lines = difflib.unified_diff(
            old.splitlines(), new.splitlines(), "stored", "fresh", lineterm="", n=3
        )
        out.append({"old": old, "new": new, "diff": "".join(line + "\n" for line in lines)})
    path = os.path.join(ROOT, "Tests/SwnbNotebookTests/Goldens/unified-diffs.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"{path}: {len(out)} cases")


if __name__ == "__main__":
    spec_examples()
    diff_cases()
    if "--no-nmf" not in sys.argv:
        nmf_notebook()
