#!/usr/bin/env python3
"""make bench, notebook part: whole-process times of `swnb run` and `swnb render --to html`.

1. `swnb run notebooks/nmf.md`, cold, as a whole process, against `python3` running the same
   python cells (taken from the notebook) as one `python3 -c` process; best of N each, measured
   in the same run. Target: swnb at most 1/10 of python3's time.
2. `jupyter nbconvert --execute` on the same cells, only when jupyter is installed.
3. `swnb render --to html` of a generated 10,000-line prose document (no math, so no KaTeX)
   against Debian's `cmark` command on the same text. Target: within 2x. cmark is installed
   here (apt package `cmark`) when missing, since only this benchmark needs it.

Run from the repository root: python3 Scripts/bench_notebook.py [--reps N]
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

SWNB = os.path.abspath(os.environ.get("SWNB", ".build/release/swnb"))
NOTEBOOK = "notebooks/nmf.md"


class Timing:
    """Best wall time and best CPU time (user + system) over several runs, in seconds.

    The ratios use CPU time: on a machine shared with other work, wall time mostly measures
    the queue for a core. Both are printed.
    """

    def __init__(self):
        self.wall = float("inf")
        self.cpu = float("inf")

    def __str__(self):
        return f"{self.cpu * 1000:.1f} ms CPU ({self.wall * 1000:.1f} ms wall)"


def best_of(reps, command):
    """Times `reps` runs of `command` (a list), output discarded."""
    timing = Timing()
    for _ in range(reps):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
        timing.wall = min(timing.wall, wall)
        timing.cpu = min(timing.cpu, usage.ru_utime + usage.ru_stime)
    return timing


def python_cells(markdown):
    """The source of each ```python / ```py fenced cell at the top level."""
    cells = []
    for match in re.finditer(r"^(`{3,}|~{3,})(python|py)\b[^\n]*\n(.*?)^\1[ \t]*$", markdown,
                             re.M | re.S):
        cells.append(match.group(3))
    return cells


def bench_run(reps, folder):
    with open(NOTEBOOK, encoding="utf-8") as f:
        text = f.read()
    cells = python_cells(text)
    copy = os.path.join(folder, "nmf.md")
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text)
    swnb = best_of(reps, [SWNB, "run", copy, "-q"])
    python = best_of(reps, [sys.executable, "-c", "\n".join(cells)])
    ratio = swnb.cpu / python.cpu
    verdict = "ok" if ratio <= 0.1 else "SLOWER than target 1/10"
    print(f"swnb run {NOTEBOOK} ({len(cells)} cells), cold: {swnb}; "
          f"python3 same cells: {python}; swnb/python3 = {ratio:.3f} ({verdict})")
    jupyter = shutil.which("jupyter")
    if jupyter is None:
        print("jupyter nbconvert --execute: not installed")
        return
    ipynb = os.path.join(folder, "nmf.ipynb")
    subprocess.run([SWNB, "render", copy, "--to", "ipynb", "-o", ipynb], check=True)
    nbconvert = best_of(1, [jupyter, "nbconvert", "--to", "notebook", "--execute", ipynb,
                            "--output", os.path.join(folder, "executed.ipynb")])
    print(f"jupyter nbconvert --execute: {nbconvert}; "
          f"swnb/nbconvert = {swnb.wall / nbconvert.wall:.4f} (wall)")


WORDS = ("matrix factor rank vector norm least squares update step error converge sample "
         "column row weight basis Doğrusal çözüm için şu formül ile hesaplarız").split()


def prose_document(lines):
    """About `lines` lines of varied CommonMark prose, deterministic, without math."""
    rng = random.Random(7)
    out = []

    def sentence(n):
        words = [rng.choice(WORDS) for _ in range(n)]
        i = rng.randrange(n)
        words[i] = rng.choice([f"**{words[i]}**", f"*{words[i]}*", f"`{words[i]}()`",
                               f"[{words[i]}](https://example.org/{i})", words[i]])
        return " ".join(words).capitalize() + "."

    while len(out) < lines:
        kind = rng.random()
        if kind < 0.08:
            out += [f"## {sentence(4)}", ""]
        elif kind < 0.25:
            out += [f"- {sentence(8)}" for _ in range(rng.randint(2, 5))] + [""]
        elif kind < 0.32:
            out += [f"> {sentence(10)}" for _ in range(3)] + [""]
        elif kind < 0.37:
            out += ["```text"] + [sentence(6) for _ in range(3)] + ["```", ""]
        else:
            out += [sentence(12) for _ in range(rng.randint(2, 6))] + [""]
    return "\n".join(out[:lines]) + "\n"


def ensure_cmark():
    if shutil.which("cmark"):
        return True
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "cmark"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    return shutil.which("cmark") is not None


def bench_render(reps, folder):
    document = os.path.join(folder, "prose.md")
    with open(document, "w", encoding="utf-8") as f:
        f.write(prose_document(10_000))
    size = os.path.getsize(document)
    # Both write the page to standard output (discarded), so neither pays for a file's fsync.
    swnb = best_of(reps, [SWNB, "render", document, "--to", "html", "-o", "-"])
    if not ensure_cmark():
        print(f"swnb render --to html, 10,000 lines ({size // 1024} KB): {swnb}; "
              "cmark: not installed")
        return
    cmark = best_of(reps, ["cmark", document])
    ratio = swnb.cpu / cmark.cpu
    verdict = "ok" if ratio <= 2 else "SLOWER than target 2x"
    print(f"swnb render --to html, 10,000 lines ({size // 1024} KB): {swnb}; "
          f"cmark: {cmark}; swnb/cmark = {ratio:.2f} ({verdict})")


def main():
    reps = 5
    if "--reps" in sys.argv:
        reps = int(sys.argv[sys.argv.index("--reps") + 1])
    if not os.access(SWNB, os.X_OK):
        sys.exit(f"{SWNB} is missing: run 'make build' first")
    with tempfile.TemporaryDirectory(prefix="swnb-bench-") as folder:
        bench_run(reps, folder)
        bench_render(reps, folder)


if __name__ == "__main__":
    main()
