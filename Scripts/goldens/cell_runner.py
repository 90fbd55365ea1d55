"""One program run as a notebook cell under CPython: what it printed, the display of its last
expression and its error line. Shared by the script golden generators (no IPython import here:
the scikit-learn virtual environment runs it too)."""
import ast
import contextlib
import io
import tokenize
import warnings


def ends_with_semicolon(source):
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
            if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER,
                              tokenize.DEDENT, tokenize.INDENT)]
    return bool(toks) and toks[-1].string == ";"


def plain_warning_writer(out, _source):
    """warnings.showwarning writing `Category: message` lines into `out`."""
    return lambda message, category, *rest, **kw: out.write(f"{category.__name__}: {message}\n")


def syntax_error_line(e):
    return f"{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}"


def run_cell(source, env, display=repr, warning_writer=plain_warning_writer,
             semicolon_hides=False, error_text=str, ignored_warnings=()):
    """Runs `source` in `env` and returns (printed, display, error).

    `display` renders the last expression statement's value (None when absent or None-valued,
    or with `semicolon_hides` when the cell ends in ';'); `error` is the exception's last
    traceback line ("ZeroDivisionError: division by zero"), for syntax errors
    "SyntaxError: message @line:offset"; `error_text` rewrites the message first."""
    out = io.StringIO()
    shown = None
    error = None
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        return "", None, syntax_error_line(e)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr) and not (
            semicolon_hides and ends_with_semicolon(source)):
        last = ast.Expression(tree.body.pop().value)
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for category in ignored_warnings:
        warnings.filterwarnings("ignore", category=category)
    warnings.showwarning = warning_writer(out, source)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(tree, "<cell>", "exec"), env)
            if last is not None:
                value = eval(compile(last, "<cell>", "eval"), env)
                if value is not None:
                    shown = display(value)
    except SyntaxError as e:
        error = syntax_error_line(e)
    except BaseException as e:  # noqa: BLE001
        msg = error_text(str(e))
        error = type(e).__name__ + (": " + msg if msg else "")
    return out.getvalue(), shown, error
