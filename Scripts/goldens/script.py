#!/usr/bin/env python3
"""Goldens for SwnbScript: runs each program through CPython 3.11 + IPython 8's display rules.

Writes Tests/SwnbScriptTests/Goldens/script.json: a list of
{"name", "source", "printed", "display", "error"} where `display` is IPython's pretty text of
the last expression statement (None when absent, None-valued or ended with ';') and `error` is
the exception's last traceback line ("ZeroDivisionError: division by zero"), or for syntax
errors "SyntaxError: message @line:offset".
"""
import ast, contextlib, io, json, os, sys

import numpy as np
from IPython.lib.pretty import pretty

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script.json")
sys.path.insert(0, HERE)
from script_cases import CASES  # noqa: E402


def ends_with_semicolon(source):
    import tokenize
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER,
                              tokenize.DEDENT, tokenize.INDENT)]
    return bool(toks) and toks[-1].string == ";"


def run(source):
    np.set_printoptions()
    np.random.seed(0)
    out = io.StringIO()
    display = None
    error = None
    sys.setrecursionlimit(1000)
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return "", None, f"{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}"
    env = {"__name__": "__main__"}
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not ends_with_semicolon(source):
        last = ast.Expression(tree.body.pop().value)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(tree, "<cell>", "exec"), env)
            if last is not None:
                value = eval(compile(last, "<cell>", "eval"), env)
                if value is not None:
                    display = pretty(value)
    except SyntaxError as e:
        error = f"{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}"
    except BaseException as e:  # noqa: BLE001
        msg = str(e)
        error = type(e).__name__ + (": " + msg if msg else "")
    return out.getvalue(), display, error


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


if __name__ == "__main__":
    main()
