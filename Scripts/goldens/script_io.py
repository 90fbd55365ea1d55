"""Goldens for MatrixScript's file I/O: open(), np.save/np.load, np.savetxt/np.loadtxt/np.genfromtxt.

Each case runs in a fresh temporary folder (the notebook's folder). `setup` is Python run first
with real numpy to create input files; their bytes are stored in "files" so the Swift test can
recreate them without Python. Then `source` runs as an IPython cell would. The output
Tests/SwnbScriptTests/Goldens/script_io.json holds, per case: name, source, files (inputs),
printed, display, error (last traceback line) and written (every file created or changed by
the source, as {"text": ...} or {"hex": ...}).
"""
import io, json, os, sys, tempfile

import numpy as np
from IPython.lib.pretty import pretty

from cell_runner import run_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_io.json")

M = "np.savetxt('m.txt', np.arange(6.).reshape(2, 3))"
CSV = "open('d.csv', 'w').write('1,2,3\\n4,5,6\\n7,8,9\\n')"

CASES = [
    # open(): writing, reading, modes, iteration, context managers
    ("open_write_read", "", "f = open('a.txt', 'w')\nn = f.write('hello\\nworld\\n')\nf.close()\nprint(n)\nf = open('a.txt')\ns = f.read()\nf.close()\ns"),
    ("open_with", "", "with open('b.txt', 'w') as f:\n    f.write('x=1\\n')\n    f.write('y=2\\n')\nwith open('b.txt') as f:\n    lines = f.readlines()\nlines, f.closed"),
    ("open_iterate", CSV, "total = 0\nwith open('d.csv') as f:\n    for line in f:\n        total += sum(int(x) for x in line.strip().split(','))\ntotal"),
    ("open_readline", CSV, "f = open('d.csv')\na = f.readline()\nb = f.readline()\nrest = f.read()\nend = f.readline()\nf.close()\n(a, b, rest, end)"),
    ("open_read_size", CSV, "with open('d.csv', mode='r') as f:\n    print(repr(f.read(3)))\n    print(repr(f.read(4)))\n    print(repr(f.read()))"),
    ("open_read_huge_size", CSV, "with open('d.csv') as f:\n    f.read(2)\n    s = f.read(9223372036854775807)\ns"),
    ("open_null_byte", "", "open('a\\x00b.txt')"),
    ("open_append", "open('log.txt', 'w').write('a\\n')", "with open('log.txt', 'a') as f:\n    f.write('b\\n')\nopen('log.txt').read()"),
    ("open_exclusive_new", "", "with open('new.txt', 'x') as f:\n    f.write('fresh')\nopen('new.txt').read()"),
    ("open_exclusive_exists", "open('e.txt', 'w').write('1')", "open('e.txt', 'x')"),
    ("open_missing", "", "open('x.csv')"),
    ("open_missing_subdir_write", "", "open('nosuch/x.txt', 'w')"),
    ("open_directory", "os.mkdir('sub')", "open('sub')"),
    ("open_dot", "", "open('.')"),
    ("open_bad_mode", "", "open('a.txt', 'q')"),
    ("open_bad_mode_rw", "", "open('a.txt', 'rw')"),
    ("open_not_str", "", "open(3.5)"),
    ("open_write_not_str", "", "f = open('w.txt', 'w')\ntry:\n    f.write(3)\nfinally:\n    f.close()"),
    ("open_read_closed", CSV, "f = open('d.csv')\nf.close()\nf.read()"),
    ("open_write_on_reader", CSV, "f = open('d.csv')\ntry:\n    f.write('x')\nexcept OSError as e:\n    print(type(e).__name__, e)\nfinally:\n    f.close()"),
    ("open_read_on_writer", "", "f = open('w.txt', 'w')\ntry:\n    f.read()\nexcept ValueError as e:\n    print(type(e).__name__, e)\nf.close()"),
    ("open_repr", "", "f = open('w.txt', 'w')\nprint(f)\nprint(f.name, f.mode, f.closed)\nf.close()\nprint(f.closed)"),
    ("open_except_filenotfound", "", "try:\n    open('missing.txt')\nexcept FileNotFoundError as e:\n    print('caught', e)\nexcept OSError:\n    print('wrong')"),
    ("open_oserror_base", "", "try:\n    open('missing.txt')\nexcept OSError as e:\n    print(type(e).__name__, isinstance(e, OSError))"),
    ("open_crlf", "open('w.txt', 'wb').write(b'a\\r\\nb\\rc\\n')", "open('w.txt').readlines()"),
    ("open_unicode", "", "with open('u.txt', 'w', encoding='utf-8') as f:\n    f.write('héllo ☃\\n')\ns = open('u.txt', encoding='utf-8').read()\nlen(s), s"),
    ("open_bad_utf8_start", "open('b.txt', 'wb').write(b'ok\\n\\xffx')", "open('b.txt').read()"),
    ("open_bad_utf8_continuation", "open('b.txt', 'wb').write(b'\\xe2\\x28\\xa1')", "open('b.txt').read()"),
    ("open_bad_utf8_end", "open('b.txt', 'wb').write(b'ab\\xe2\\x82')", "open('b.txt').readline()"),
    ("open_bad_utf8_surrogate", "open('b.txt', 'wb').write(b'\\xed\\xa0\\x80')", "open('b.txt').read()"),
    ("loadtxt_bad_utf8", "open('b.txt', 'wb').write(b'1 2\\n\\xc3')", "np.loadtxt('b.txt')"),
    ("open_writelines", "", "with open('w.txt', 'w') as f:\n    f.writelines(['a\\n', 'b\\n'])\nopen('w.txt').read()"),
    ("open_subdir", "os.mkdir('sub')", "with open('sub/x.txt', 'w') as f:\n    f.write('in sub')\nopen('./sub/../sub/x.txt').read()"),
    ("open_write_in_with_then_closed", "", "with open('w.txt', 'w') as f:\n    pass\nf.write('x')"),
    ("print_to_file", "", "with open('p.txt', 'w') as f:\n    print('a', 1, 2.5, sep=',', file=f)\n    print([1, 2], file=f, end='!')\nopen('p.txt').read()"),
    ("print_to_closed_file", "", "f = open('p.txt', 'w')\nf.close()\nprint('x', file=f)"),
    ("ioerror_alias", "", "try:\n    open('nope.txt')\nexcept IOError as e:\n    print(type(e).__name__, IOError is OSError, EnvironmentError is OSError)"),
    ("open_read_lines_loop_split", "open('d.txt', 'w').write('name,score\\nann,3\\nbob,5\\n')", "scores = {}\nwith open('d.txt') as f:\n    header = f.readline().strip().split(',')\n    for line in f:\n        name, score = line.strip().split(',')\n        scores[name] = int(score)\nheader, scores"),
    # np.save / np.load
    ("save_float", "", "np.save('a.npy', np.arange(12.).reshape(3, 4))"),
    ("save_adds_suffix", "", "np.save('b', np.array([1, 2, 3]))\nnp.load('b.npy')"),
    ("save_dtypes", "", "np.save('f4.npy', np.array([1.5, -2.25], dtype=np.float32))\nnp.save('i4.npy', np.array([[1, -2], [3, 4]], dtype=np.int32))\nnp.save('b1.npy', np.array([True, False, True]))\nnp.save('u1.npy', np.array([0, 255, 7], dtype=np.uint8))\nnp.save('s.npy', np.array(['ab', 'c', 'déf']))"),
    ("save_scalar_0d", "", "np.save('z.npy', np.array(3.5))\nx = np.load('z.npy')\nx, x.shape"),
    ("save_empty", "", "np.save('e.npy', np.zeros((0, 3)))\nnp.load('e.npy')"),
    ("save_list", "", "np.save('l.npy', [[1, 2], [3, 4]])\nnp.load('l.npy')"),
    ("save_transposed_fortran", "", "a = np.arange(6.).reshape(2, 3)\nnp.save('t.npy', a.T)\nnp.load('t.npy')"),
    ("save_3d", "", "np.save('c.npy', np.arange(24).reshape(2, 3, 4))\nnp.load('c.npy')"),
    ("save_wide_shape", "", "np.save('w.npy', np.ones((1, 100)))"),
    ("load_numpy_float", "np.save('a.npy', np.arange(12.).reshape(3, 4) / 7)", "a = np.load('a.npy')\nprint(a.dtype, a.shape)\na"),
    ("load_numpy_dtypes", "np.save('f4.npy', np.array([1.5, 0.1], dtype=np.float32)); np.save('i4.npy', np.array([[1, -2], [3, 4]], dtype=np.int32)); np.save('b1.npy', np.array([True, False])); np.save('u1.npy', np.array([0, 255], dtype=np.uint8)); np.save('s.npy', np.array(['ab', 'c', 'déf']))",
     "for n in ['f4', 'i4', 'b1', 'u1', 's']:\n    x = np.load(n + '.npy')\n    print(repr(x), x.dtype)"),
    ("load_fortran", "np.save('f.npy', np.asfortranarray(np.arange(6.).reshape(2, 3)))", "np.load('f.npy')"),
    ("load_fortran_3d", "np.save('f.npy', np.asfortranarray(np.arange(24).reshape(2, 3, 4)))", "x = np.load('f.npy')\nx[1, 2], x.sum(axis=0)"),
    ("load_object_array", "np.save('o.npy', np.array([1, 'a'], dtype=object))", "np.load('o.npy')"),
    ("load_not_npy", "open('x.npy', 'w').write('hello')", "np.load('x.npy')"),
    ("load_empty_file", "open('x.npy', 'w').close()", "np.load('x.npy')"),
    ("load_missing", "", "np.load('x.npy')"),
    ("load_directory", "os.mkdir('d')", "np.load('d')"),
    ("save_roundtrip_values", "", "a = np.array([[0.1, -2.5e-300, 1e300], [np.inf, -np.inf, 3.0]])\nnp.save('r.npy', a)\nb = np.load('r.npy')\nprint(np.array_equal(a, b))\nb"),
    ("save_roundtrip_nan", "", "np.save('n.npy', np.array([np.nan, 1.0]))\nnp.isnan(np.load('n.npy'))"),
    # .npz archives (np.savez writes a timestamp, so only the member names of written archives are compared)
    ("npz_load_numpy", "np.savez('z.npz', np.arange(3), w=np.eye(2))", "z = np.load('z.npz')\nprint(repr(z), z.files, 'w' in z, len(z), list(z))\nprint(z['arr_0'], z.f.w)\nz['q']"),
    ("npz_load_many_keys", "np.savez('y', a=np.ones(1), b=np.zeros(2), c=1, d=2, e=3, f=4)", "with np.load('y.npz') as data:\n    print(data)\n    total = sum(data[k].sum() for k in data.files)\ntotal"),
    ("npz_roundtrip", "", "np.savez('r', np.arange(4).reshape(2, 2), x=np.array([0.5, np.nan]), s=np.array(['a', 'bc']))\nr = np.load('r.npz')\nfor k in r.files:\n    print(k, repr(r[k]))"),
    ("npz_items", "", "np.savez('r.npz', b=np.ones(2), a=np.zeros(1))\nd = np.load('r.npz')\nsorted(d.keys()), [(k, v.shape) for k, v in d.items()]"),
    ("npz_duplicate_name", "", "np.savez('x.npz', np.ones(1), arr_0=np.ones(2))"),
    # np.savetxt
    ("savetxt_2d", "", "np.savetxt('m.txt', np.arange(6.).reshape(2, 3))\nprint(open('m.txt').read())"),
    ("savetxt_1d", "", "np.savetxt('v.txt', np.array([1.5, -2.0, 1e-10]))"),
    ("savetxt_fmt_delim", "", "np.savetxt('d.csv', np.arange(6).reshape(3, 2), fmt='%d', delimiter=',')"),
    ("savetxt_fmt_list", "", "np.savetxt('d.csv', np.array([[1.5, 2.25], [3.0, 4.125]]), fmt=['%.1f', '%8.3f'], delimiter=';')"),
    ("savetxt_fmt_full_row", "", "np.savetxt('d.txt', np.array([[1.5, 2.0]]), fmt='%.2f | %g')"),
    ("savetxt_header_footer", "", "np.savetxt('h.txt', np.eye(2), fmt='%.3f', header='a b\\nsecond line', footer='end', comments='## ')"),
    ("savetxt_header_default", "", "np.savetxt('h.csv', np.ones((2, 2)), delimiter=',', header='x,y', fmt='%.1f')"),
    ("savetxt_newline", "", "np.savetxt('n.txt', np.arange(3.), fmt='%.1f', newline=' ')"),
    ("savetxt_int_default_fmt", "", "np.savetxt('i.txt', np.array([[1, 2], [3, 4]]))"),
    ("savetxt_bool", "", "np.savetxt('b.txt', np.array([True, False]), fmt='%d')"),
    ("savetxt_special", "", "np.savetxt('s.txt', np.array([np.nan, np.inf, -np.inf, -0.0]))"),
    ("savetxt_float_g", "", "np.savetxt('g.txt', np.array([[0.1, 1/3], [1e20, 2.5e-7]]), fmt='%g')"),
    ("savetxt_wrong_fmt_count", "", "np.savetxt('x.txt', np.ones((2, 3)), fmt='%d %d')"),
    ("savetxt_3d", "", "np.savetxt('x.txt', np.ones((2, 2, 2)))"),
    ("savetxt_0d", "", "np.savetxt('x.txt', np.array(1.0))"),
    ("savetxt_to_file_object", "", "with open('fo.txt', 'w') as f:\n    f.write('# mine\\n')\n    np.savetxt(f, np.arange(4.).reshape(2, 2), fmt='%.2f')\nopen('fo.txt').read()"),
    ("savetxt_list_input", "", "np.savetxt('l.txt', [[1, 2], [3, 4]], fmt='%d')"),
    # np.loadtxt
    ("loadtxt_default", M, "np.loadtxt('m.txt')"),
    ("loadtxt_csv", CSV, "np.loadtxt('d.csv', delimiter=',')"),
    ("loadtxt_int", CSV, "np.loadtxt('d.csv', delimiter=',', dtype=int)"),
    ("loadtxt_usecols", CSV, "np.loadtxt('d.csv', delimiter=',', usecols=(0, 2))"),
    ("loadtxt_usecols_int", CSV, "np.loadtxt('d.csv', delimiter=',', usecols=1)"),
    ("loadtxt_usecols_negative", CSV, "np.loadtxt('d.csv', delimiter=',', usecols=[-1])"),
    ("loadtxt_unpack", CSV, "x, y, z = np.loadtxt('d.csv', delimiter=',', unpack=True)\nprint(x)\nprint(z)"),
    ("loadtxt_skiprows", CSV, "np.loadtxt('d.csv', delimiter=',', skiprows=1)"),
    ("loadtxt_max_rows", CSV, "np.loadtxt('d.csv', delimiter=',', max_rows=2)"),
    ("loadtxt_comments", "open('c.txt', 'w').write('# header\\n1 2 # trailing\\n\\n3 4\\n   \\n% other\\n')", "np.loadtxt('c.txt', comments=['#', '%'])"),
    ("loadtxt_single_row", "open('r.txt', 'w').write('1 2 3\\n')", "np.loadtxt('r.txt')"),
    ("loadtxt_single_value", "open('r.txt', 'w').write('5\\n')", "np.loadtxt('r.txt')"),
    ("loadtxt_single_column", "open('r.txt', 'w').write('5\\n6\\n7')", "np.loadtxt('r.txt')"),
    ("loadtxt_ndmin2_row", "open('r.txt', 'w').write('1 2 3\\n')", "np.loadtxt('r.txt', ndmin=2)"),
    ("loadtxt_ndmin2_column", "open('r.txt', 'w').write('1\\n2\\n')", "np.loadtxt('r.txt', ndmin=2)"),
    ("loadtxt_ndmin1_value", "open('r.txt', 'w').write('5\\n')", "np.loadtxt('r.txt', ndmin=1)"),
    ("loadtxt_empty", "open('e.txt', 'w').close()", "np.loadtxt('e.txt')"),
    ("loadtxt_ragged", "open('b.csv', 'w').write('1,2,3\\n4,5\\n')", "np.loadtxt('b.csv', delimiter=',')"),
    ("loadtxt_ragged_after_comments", "open('b.csv', 'w').write('# c\\n\\n1,2,3\\n4,6\\n')", "np.loadtxt('b.csv', delimiter=',')"),
    ("loadtxt_bad_value", "open('b.csv', 'w').write('1,2,3\\n4,x,6\\n')", "np.loadtxt('b.csv', delimiter=',')"),
    ("loadtxt_bad_int", CSV + "; open('f.csv', 'w').write('1.5,2\\n')", "np.loadtxt('f.csv', delimiter=',', dtype=int)"),
    ("loadtxt_bad_usecol", CSV, "np.loadtxt('d.csv', delimiter=',', usecols=7)"),
    ("loadtxt_missing", "", "np.loadtxt('x.csv')"),
    ("loadtxt_special_values", "open('s.txt', 'w').write('nan inf -inf\\n1e3 -0.5 +2\\n')", "np.loadtxt('s.txt')"),
    ("loadtxt_spaces_around_csv", "open('s.csv', 'w').write(' 1 , 2\\n3 ,4 \\n')", "np.loadtxt('s.csv', delimiter=',')"),
    ("loadtxt_str_dtype", M, "np.loadtxt('m.txt', dtype=str, max_rows=1)"),
    ("loadtxt_float32", CSV, "np.loadtxt('d.csv', delimiter=',', dtype=np.float32) / 3"),
    ("loadtxt_tabs", "open('t.tsv', 'w').write('1\\t2\\n3\\t4\\n')", "np.loadtxt('t.tsv', delimiter='\\t')"),
    ("loadtxt_list_of_lines", "", "np.loadtxt(['1 2', '3 4'])"),
    ("loadtxt_file_object", CSV, "with open('d.csv') as f:\n    a = np.loadtxt(f, delimiter=',')\na"),
    ("loadtxt_crlf", "open('w.txt', 'wb').write(b'1 2\\r\\n3 4\\r\\n')", "np.loadtxt('w.txt')"),
    # np.genfromtxt
    ("genfromtxt_missing_values", "open('g.csv', 'w').write('a,b,c\\n1,,3\\n4,5,6\\n')", "np.genfromtxt('g.csv', delimiter=',', skip_header=1)"),
    ("genfromtxt_bad_text_is_nan", "open('g.csv', 'w').write('1,a,3\\n')", "np.genfromtxt('g.csv', delimiter=',')"),
    ("genfromtxt_ragged", "open('g.csv', 'w').write('# c\\n\\n1,2,3\\n4,6\\n7,8,9,10\\n')", "np.genfromtxt('g.csv', delimiter=',')"),
    ("genfromtxt_whitespace", M, "np.genfromtxt('m.txt')"),
    ("genfromtxt_names_false", CSV, "np.genfromtxt('d.csv', delimiter=',', names=None, dtype=float)"),
    ("genfromtxt_empty", "open('e.txt', 'w').close()", "np.genfromtxt('e.txt')"),
    ("genfromtxt_missing_file", "", "np.genfromtxt('x.csv', delimiter=',')"),
    ("genfromtxt_filling", "open('g.csv', 'w').write('1,,3\\n,5,\\n')", "np.genfromtxt('g.csv', delimiter=',', filling_values=-1)"),
    ("genfromtxt_usecols", CSV, "np.genfromtxt('d.csv', delimiter=',', usecols=(1,))"),
    ("genfromtxt_skip_footer", CSV, "np.genfromtxt('d.csv', delimiter=',', skip_footer=1)"),
    ("genfromtxt_dtype_none_int", "", "np.genfromtxt(['1,2', '3,4'], delimiter=',', dtype=None)"),
    ("genfromtxt_dtype_none_float", "", "np.genfromtxt(['1.5,2', '3,4.5'], delimiter=',', dtype=None)"),
    ("genfromtxt_dtype_none_missing_int", "", "np.genfromtxt(['1,2', '3,'], delimiter=',', dtype=None)"),
    ("loadtxt_trailing_delimiter", "", "np.loadtxt(['1,2,', '3,4,'], delimiter=',')"),
    # round trips
    ("roundtrip_savetxt_loadtxt", "", "a = np.array([[0.1, 1/3, -2.5e-12], [1e100, 7.0, -0.0]])\nnp.savetxt('r.txt', a)\nb = np.loadtxt('r.txt')\nprint(np.array_equal(a, b))\nb"),
    ("roundtrip_csv_int", "", "a = np.arange(12).reshape(4, 3)\nnp.savetxt('r.csv', a, fmt='%d', delimiter=',', header='a,b,c', comments='')\nnp.loadtxt('r.csv', delimiter=',', skiprows=1, dtype=int)"),
    ("roundtrip_genfromtxt", "", "np.savetxt('r.csv', np.eye(3), delimiter=',', fmt='%.1f')\nnp.genfromtxt('r.csv', delimiter=',')"),
]


def snapshot(folder):
    files = {}
    for root, _dirs, names in os.walk(folder):
        for n in names:
            p = os.path.join(root, n)
            with open(p, "rb") as f:
                data = f.read()
            files[os.path.relpath(p, folder)] = data
    return files


def encode(data, name=""):
    if name.endswith(".npz"):
        import zipfile
        return {"npz": [i.filename for i in zipfile.ZipFile(io.BytesIO(data)).infolist()]}
    try:
        text = data.decode("utf-8")
        if "\r" not in text:
            return {"text": text}
    except UnicodeDecodeError:
        pass
    return {"hex": data.hex()}


def run(source):
    env = {"__name__": "__main__", "np": np}
    result = run_cell(source, env, display=pretty, ignored_warnings=(ResourceWarning,))
    env.clear()
    return result


def main():
    np.set_printoptions(legacy=False)
    results = []
    start = os.getcwd()
    for name, setup, source in CASES:
        with tempfile.TemporaryDirectory() as folder:
            os.chdir(folder)
            try:
                if setup:
                    exec(setup, {"np": np, "os": os})
                before = snapshot(folder)
                dirs = sorted(os.path.relpath(os.path.join(r, d), folder)
                              for r, ds, _ in os.walk(folder) for d in ds)
                printed, display, error = run("import numpy as np\n" + source)
                import gc
                gc.collect()
                after = snapshot(folder)
            finally:
                os.chdir(start)
        written = {k: encode(v, k) for k, v in sorted(after.items()) if before.get(k) != v}
        results.append({"name": name, "dirs": dirs, "files": {k: encode(v) for k, v in sorted(before.items())},
                        "source": "import numpy as np\n" + source, "printed": printed,
                        "display": display, "error": error, "written": written})
    with open(OUT, "w") as f:
        json.dump(results, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"{len(results)} cases -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
