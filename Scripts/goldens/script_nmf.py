#!/usr/bin/env python3
"""Goldens for MatrixScript's `sklearn.decomposition.NMF` binding, from real scikit-learn.

Run from the repository root: python3 Scripts/goldens/script_nmf.py
It creates Scripts/.venv (gitignored) with numpy 2.4.6 and scikit-learn when needed and
re-runs itself there. Writes Tests/SwnbScriptTests/Goldens/script_nmf.json: a list of
{"name", "source", "printed", "display", "error"} as Scripts/goldens/script.py writes them
(display is repr() of the last expression; every program prints numbers rounded to 6 decimals
or 6 significant digits, so the tests check agreement to about 1e-6).
"""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))
ROOT = os.path.dirname(os.path.dirname(_HERE))
OUT = os.path.join(ROOT, "Tests", "SwnbScriptTests", "Goldens", "script_nmf.json")

from sklearn_venv import ensure_venv  # noqa: E402

ensure_venv()

import json  # noqa: E402

import numpy as np  # noqa: E402
from goldens.cell_runner import run_cell  # noqa: E402

PRELUDE = """import numpy as np
from sklearn.decomposition import NMF
X = np.array([[1.0, 2.0, 0.5, 0.0], [0.2, 1.5, 3.0, 1.0], [2.0, 0.1, 0.4, 2.5],
              [0.7, 0.9, 1.1, 1.3], [3.0, 0.0, 0.2, 0.6]])
"""

CASES = {
    "fit_transform_cd": "model = NMF(n_components=2, random_state=0)\nW = model.fit_transform(X)\n"
    "print(np.round(W, 6))\nprint(np.round(model.components_, 6))\n"
    "print(model.n_iter_, model.n_components_, '%.6g' % model.reconstruction_err_)\n",
    "fit_transform_mu_kl": "model = NMF(3, solver='mu', beta_loss='kullback-leibler', init='nndsvda', max_iter=500, random_state=1)\n"
    "W = model.fit_transform(X)\nprint(np.round(W, 6))\nprint(model.n_iter_, '%.6g' % model.reconstruction_err_)\n",
    "random_init_seeded": "model = NMF(n_components=2, init='random', random_state=3, tol=1e-6, max_iter=1000)\n"
    "W = model.fit_transform(X)\nprint(np.round(W @ model.components_, 6))\n",
    "global_random_state": "np.random.seed(7)\nmodel = NMF(n_components=2, init='random')\nW = model.fit_transform(X)\n"
    "print(np.round(model.components_, 6))\nprint(np.random.rand())\n",
    "fit_returns_model": "model = NMF(n_components=2, random_state=0)\nm = model.fit(X)\nprint(m is model)\n"
    "print(np.round(model.transform(X[:2]), 6))\nprint(np.round(model.inverse_transform(model.transform(X[:2])), 6))\n",
    "regularised": "model = NMF(n_components=2, alpha_W=0.01, alpha_H=0.02, l1_ratio=0.5, random_state=0)\n"
    "print(np.round(model.fit_transform(X), 6))\n",
    "custom_init": "W0 = np.full((5, 2), 0.5)\nH0 = np.full((2, 4), 0.7)\nH0[0, 0] = 1.0\n"
    "model = NMF(n_components=2, init='custom')\nW = model.fit_transform(X, W=W0, H=H0)\nprint(np.round(W, 6))\n",
    "convergence_warning": "model = NMF(n_components=2, max_iter=3, random_state=0)\nW = model.fit_transform(X)\nprint(model.n_iter_)\n",
    "reconstruction_err_display": "model = NMF(n_components=4, random_state=0).fit(X)\ntype(model.reconstruction_err_).__name__\n",
    "n_iter_type": "model = NMF(n_components=2, random_state=0).fit(X)\nprint(type(model.n_iter_).__name__, type(model.components_).__name__, model.components_.shape)\n",
    "repr_default": "NMF()\n",
    "repr_changed": "NMF(n_components=3)\n",
    "repr_many": "NMF(n_components=3, init='random', solver='mu', beta_loss='kullback-leibler', max_iter=500, random_state=0, alpha_W=0.1)\n",
    "repr_all": "NMF(n_components=3, init='nndsvdar', solver='mu', beta_loss='itakura-saito', tol=0.001, max_iter=500, random_state=12, alpha_W=0.1, alpha_H=0.2, l1_ratio=0.5, verbose=0, shuffle=True)\n",
    "repr_int_alpha": "NMF(alpha_W=0, tol=1e-4)\n",
    "repr_after_set": "model = NMF()\nmodel.max_iter = 50\nmodel\n",
    "get_params": "print(NMF(n_components=2).get_params())\n",
    "print_model": "print(NMF(2, random_state=0))\n",
    "bad_solver": "NMF(n_components=2, solver='als').fit(X)\n",
    "bad_init": "NMF(n_components=2, init='bogus').fit(X)\n",
    "bad_beta_loss": "NMF(n_components=2, beta_loss='euclid').fit(X)\n",
    "bad_tol": "NMF(n_components=2, tol=-1).fit(X)\n",
    "bad_n_components": "NMF(n_components=0).fit(X)\n",
    "bad_l1_ratio": "NMF(n_components=2, l1_ratio=2.0).fit(X)\n",
    "negative_input": "NMF(n_components=2).fit(X - 1)\n",
    "one_dimensional_input": "NMF(n_components=2).fit(np.array([1.0, 2.0, 3.0]))\n",
    "not_fitted": "NMF(n_components=2).transform(X)\n",
    "transform_width": "model = NMF(n_components=2, random_state=0).fit(X)\nmodel.transform(X[:, :3])\n",
    "cd_kl_unsupported": "NMF(n_components=2, beta_loss='kullback-leibler').fit(X)\n",
    "custom_missing": "NMF(n_components=2, init='custom').fit(X)\n",
    "too_many_positional": "NMF(2, 'random')\n",
    "ignored_w_h": "W0 = np.ones((5, 2))\nH0 = np.ones((2, 4))\nW = NMF(n_components=2, random_state=0).fit_transform(X, W=W0, H=H0)\nprint(W.shape)\n",
    "bad_max_iter": "NMF(n_components=2, max_iter=0).fit(X)\n",
    "bad_shuffle": "NMF(n_components=2, shuffle=1).fit(X)\n",
    "bad_alpha_h": "NMF(n_components=2, alpha_H=None).fit(X)\n",
    "bad_random_state": "NMF(n_components=2, random_state=-1).fit(X)\n",
    "bad_random_state_float": "NMF(n_components=2, random_state=1.5).fit(X)\n",
    "tol_bool_accepted": "print(NMF(n_components=2, tol=True, random_state=0).fit(X).n_iter_)\n",
    "random_state_object": "rs = np.random.RandomState(5)\nmodel = NMF(n_components=2, init='random', random_state=rs)\n"
    "print(np.round(model.fit_transform(X), 6))\nprint(rs.rand())\n",
    "transform_mu": "model = NMF(n_components=2, solver='mu', random_state=0, max_iter=400).fit(X)\n"
    "print(np.round(model.transform(X[1:3]), 6))\n",
    "cd_shuffle": "model = NMF(n_components=3, shuffle=True, random_state=4, max_iter=500)\n"
    "print(np.round(model.fit_transform(X), 6))\nprint(model.n_iter_)\n",
    "subclass_repr": "class MyNMF(NMF):\n    pass\n"
    "m = MyNMF(2, random_state=0, solver='mu', max_iter=500, beta_loss='kullback-leibler', init='random', alpha_W=0.25)\n"
    "print(m.fit(X).n_components_, isinstance(m, NMF))\nm\n",
    "import_module_form": "import sklearn.decomposition\nm = sklearn.decomposition.NMF(n_components=2, solver='mu', random_state=0)\nprint(m)\nprint(np.round(m.fit(X).components_, 6))\n",
}


def sorted_sets(message):
    """Python prints a set of strings in hash order, which changes between runs; the
    interpreter (like scikit-learn under a fixed hash seed) lists them sorted."""
    import re
    return re.sub(r"\{('[^{}]*')\}",
                  lambda m: "{" + ", ".join(sorted(m.group(1).split(", "))) + "}", message)


def run(source):
    np.random.seed(0)
    return run_cell(source, {"__name__": "__main__"}, error_text=sorted_sets)


def main():
    results = []
    for name, body in CASES.items():
        source = PRELUDE + body
        printed, display, error = run(source)
        results.append({"name": name, "source": source, "printed": printed,
                        "display": display, "error": error})
    with open(OUT, "w") as f:
        json.dump(results, f, indent=0, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(results)} programs to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
