#!/usr/bin/env python3
"""Writes Tests/SwnbNMFTests/Goldens/nmf.json: the oracle for SwnbNMF.

Run from the repository root: python3 Scripts/goldens/nmf.py
It creates Scripts/.venv (gitignored) with scikit-learn when needed and re-runs itself there.
Contents: the seed notebook's projected ALS (numpy), scikit-learn's initialisations,
randomized_svd, _beta_divergence values, and NMF fits over solvers x inits x beta_loss x
regularisation on small matrices (inputs, W, H, n_iter_, reconstruction_err_, warnings).
"""
import os
import sys

# Sibling golden scripts (random.py, ...) must not shadow standard modules.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != _HERE]
sys.path.insert(0, os.path.dirname(_HERE))

import json  # noqa: E402
import warnings  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "SwnbNMFTests", "Goldens", "nmf.json")

from sklearn_venv import ensure_venv  # noqa: E402

ensure_venv()

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.decomposition import NMF  # noqa: E402
from sklearn.decomposition._nmf import _beta_divergence, _initialize_nmf  # noqa: E402
from sklearn.utils.extmath import randomized_svd  # noqa: E402


def mat(a):
    a = np.asarray(a, dtype=float)
    return {"rows": a.shape[0], "cols": a.shape[1], "data": [float(x) for x in a.ravel()]}


def seed_als():
    """The seed notebook, verbatim in behaviour."""
    np.random.seed(1)
    A = np.random.rand(9, 7)
    k, max_iter, tol = 3, 100, 1e-4
    np.random.seed(42)
    W = np.random.rand(9, k)
    H = np.random.rand(k, 7)
    W0, H0 = W.copy(), H.copy()
    errors = []
    for _ in range(max_iter):
        H = np.linalg.lstsq(W.T @ W, W.T @ A, rcond=None)[0]
        H[H < 0] = 0
        W = np.linalg.lstsq(H @ H.T, H @ A.T, rcond=None)[0].T
        W[W < 0] = 0
        error = np.linalg.norm(A - W @ H, "fro")
        errors.append(float(error))
        if error < tol:
            break
    return {"A": mat(A), "k": k, "W0": mat(W0), "H0": mat(H0), "W": mat(W), "H": mat(H),
            "errors": errors}


def matrices():
    rs = np.random.RandomState(0)
    xs = {
        "small": rs.rand(6, 5),
        "wide": rs.rand(5, 9),
        "tall": rs.rand(12, 6),
        "sparse": rs.rand(10, 8) * (rs.rand(10, 8) > 0.4),
        "positive": rs.rand(8, 7) + 0.1,
        "lowrank": rs.rand(9, 2) @ rs.rand(2, 8),
        "scaled": rs.rand(7, 6) * 50.0,
    }
    return xs


def fit_case(name, X, params, W0=None, H0=None, transform_rows=None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = NMF(**params)
        # The solvers update custom starts in place: fit on copies.
        W = model.fit_transform(X, W=None if W0 is None else W0.copy(),
                                H=None if H0 is None else H0.copy())
    case = {"name": name, "X": name.split("/")[0], "params": params, "W": mat(W),
            "H": mat(model.components_), "n_iter": int(model.n_iter_),
            "reconstruction_err": float(model.reconstruction_err_),
            "warnings": [str(w.message) for w in caught]}
    if W0 is not None:
        case["W0"] = mat(W0)
        case["H0"] = mat(H0)
    if transform_rows is not None:
        case["transform_X"] = mat(transform_rows)
        case["transform_W"] = mat(model.transform(transform_rows))
    return case


def fits(xs):
    cases = []
    base = dict(tol=1e-4, max_iter=200)
    grid = [
        # (matrix, solver, init, beta_loss, alpha_W, alpha_H, l1_ratio, k, seed)
        ("small", "cd", None, "frobenius", 0.0, "same", 0.0, 2, 0),
        ("small", "cd", "random", "frobenius", 0.0, "same", 0.0, 3, 1),
        ("small", "cd", "nndsvd", "frobenius", 0.0, "same", 0.0, 3, 0),
        ("small", "cd", "nndsvda", "frobenius", 0.0, "same", 0.0, 2, 0),
        ("small", "cd", "nndsvdar", "frobenius", 0.0, "same", 0.0, 3, 7),
        ("wide", "cd", None, "frobenius", 0.0, "same", 0.0, 3, 0),
        ("wide", "cd", "random", "frobenius", 0.1, "same", 0.0, 3, 2),
        ("tall", "cd", "nndsvda", "frobenius", 0.05, "same", 1.0, 4, 0),
        ("tall", "cd", "random", "frobenius", 0.02, 0.1, 0.5, 3, 3),
        ("sparse", "cd", "nndsvd", "frobenius", 0.0, "same", 0.0, 4, 0),
        ("sparse", "cd", "random", "frobenius", 0.01, "same", 0.3, 2, 4),
        ("lowrank", "cd", "nndsvda", "frobenius", 0.0, "same", 0.0, 2, 0),
        ("scaled", "cd", "random", "frobenius", 0.0, "same", 0.0, 3, 5),
        ("scaled", "cd", "random", "frobenius", 0.5, 0.0, 0.5, 3, 5),
        ("small", "mu", None, "frobenius", 0.0, "same", 0.0, 2, 0),
        ("small", "mu", "random", "frobenius", 0.0, "same", 0.0, 3, 1),
        ("small", "mu", "nndsvd", "frobenius", 0.0, "same", 0.0, 2, 0),
        ("wide", "mu", "nndsvda", "kullback-leibler", 0.0, "same", 0.0, 3, 0),
        ("wide", "mu", "random", "kullback-leibler", 0.1, "same", 0.5, 3, 2),
        ("tall", "mu", "nndsvdar", "kullback-leibler", 0.0, "same", 0.0, 4, 8),
        ("positive", "mu", "random", "itakura-saito", 0.0, "same", 0.0, 3, 0),
        ("positive", "mu", "nndsvda", "itakura-saito", 0.05, "same", 1.0, 2, 0),
        ("positive", "mu", "random", 1.5, 0.0, "same", 0.0, 3, 1),
        ("positive", "mu", "nndsvda", 0.5, 0.0, "same", 0.0, 3, 0),
        ("positive", "mu", "random", 3.0, 0.0, "same", 0.0, 2, 2),
        ("positive", "mu", "random", -0.5, 0.0, "same", 0.0, 2, 3),
        ("sparse", "mu", "nndsvda", "frobenius", 0.1, 0.2, 0.3, 3, 0),
        ("sparse", "mu", "random", "kullback-leibler", 0.0, "same", 0.0, 3, 6),
        ("lowrank", "mu", "nndsvdar", "frobenius", 0.0, "same", 0.0, 2, 9),
        ("scaled", "mu", "random", "frobenius", 0.0, "same", 0.0, 3, 5),
        ("small", "cd", "random", "frobenius", 0.0, "same", 0.0, 8, 3),
        ("small", "mu", None, "kullback-leibler", 0.0, "same", 0.0, 7, 4),
    ]
    for (xn, solver, init, beta, aw, ah, l1, k, seed) in grid:
        params = dict(base, n_components=k, solver=solver, init=init, beta_loss=beta,
                      alpha_W=aw, alpha_H=ah, l1_ratio=l1, random_state=seed)
        name = f"{xn}/{solver}/{init}/{beta}/aW={aw}/aH={ah}/l1={l1}/k={k}/seed={seed}"
        cases.append(fit_case(name, xs[xn], params))
    # Short runs that hit max_iter, and tol=0.
    for solver in ("cd", "mu"):
        params = dict(n_components=3, solver=solver, init="random", random_state=11,
                      max_iter=5, tol=1e-4, beta_loss="frobenius", alpha_W=0.0,
                      alpha_H="same", l1_ratio=0.0)
        cases.append(fit_case(f"small/{solver}/maxiter5", xs["small"], params))
        params = dict(params, max_iter=25, tol=0.0)
        cases.append(fit_case(f"small/{solver}/tol0", xs["small"], params))
    # shuffle=True: cd visits components in rng.permutation order.
    for (xn, k, seed) in [("tall", 4, 3), ("wide", 3, 8)]:
        params = dict(base, n_components=k, solver="cd", init="nndsvdar", beta_loss="frobenius",
                      alpha_W=0.0, alpha_H="same", l1_ratio=0.0, random_state=seed, shuffle=True)
        cases.append(fit_case(f"{xn}/cd/shuffle/k={k}/seed={seed}", xs[xn], params,
                              transform_rows=xs[xn][:3] * 0.5))
    # Regularised fits, then transform on new rows (W penalties apply, H is fixed).
    for (xn, solver, beta, k) in [("tall", "cd", "frobenius", 3), ("positive", "mu", "kullback-leibler", 2)]:
        params = dict(base, n_components=k, solver=solver, init="nndsvda", beta_loss=beta,
                      alpha_W=0.05, alpha_H=0.01, l1_ratio=0.5, random_state=0)
        cases.append(fit_case(f"{xn}/{solver}/regularised-transform/{beta}", xs[xn], params,
                              transform_rows=xs[xn][::2] * 0.7 + 0.01))
    # Custom initialisations, with transform on new rows.
    rs = np.random.RandomState(123)
    for (xn, solver, beta, k) in [("small", "cd", "frobenius", 3), ("tall", "mu", "frobenius", 2),
                                  ("positive", "mu", "kullback-leibler", 3),
                                  ("positive", "mu", "itakura-saito", 2)]:
        X = xs[xn]
        W0 = rs.rand(X.shape[0], k)
        H0 = rs.rand(k, X.shape[1])
        params = dict(n_components=k, solver=solver, init="custom", beta_loss=beta,
                      tol=1e-4, max_iter=300, random_state=0, alpha_W=0.0, alpha_H="same",
                      l1_ratio=0.0)
        new_rows = rs.rand(3, X.shape[1]) + 0.05
        cases.append(fit_case(f"{xn}/{solver}/custom/{beta}/k={k}", X, params, W0, H0,
                              transform_rows=new_rows))
    return cases


def global_stream(xs):
    """random_state=None draws from numpy's global stream, advancing it across fits."""
    np.random.seed(5)
    out = []
    for (xn, init, solver, k) in [("small", "nndsvdar", "cd", 3), ("wide", "random", "mu", 2),
                                  ("tall", "random", "cd", 2)]:
        params = dict(n_components=k, solver=solver, init=init, random_state=None, tol=1e-4,
                      max_iter=200, beta_loss="frobenius", alpha_W=0.0, alpha_H="same",
                      l1_ratio=0.0)
        out.append(fit_case(f"{xn}/global/{init}/{solver}", xs[xn], params))
    return {"seed": 5, "fits": out, "after": float(np.random.random_sample())}


def inits(xs):
    out = []
    for (xn, k, init, seed) in [("small", 3, "random", 0), ("small", 3, "nndsvd", 0),
                                ("wide", 2, "nndsvda", 1), ("tall", 4, "nndsvdar", 2),
                                ("sparse", 3, "nndsvd", 5), ("small", 2, None, 0),
                                ("small", 6, None, 3)]:
        W, H = _initialize_nmf(xs[xn], k, init=init, random_state=seed)
        out.append({"X": xn, "k": k, "init": init, "seed": seed, "W": mat(W), "H": mat(H)})
    return out


def svds(xs):
    out = []
    for (xn, k, seed) in [("small", 2, 0), ("wide", 3, 1), ("tall", 4, 2), ("sparse", 1, 3)]:
        U, S, Vt = randomized_svd(xs[xn], k, random_state=seed)
        out.append({"X": xn, "k": k, "seed": seed, "U": mat(U), "S": [float(s) for s in S],
                    "Vt": mat(Vt)})
    return out


def divergences(xs):
    rs = np.random.RandomState(99)
    X = xs["sparse"]
    W = rs.rand(X.shape[0], 3)
    H = rs.rand(3, X.shape[1])
    out = {"X": "sparse", "W": mat(W), "H": mat(H), "values": []}
    for beta in (2.0, 1.0, 0.0, 1.5, 0.5, 3.0, -0.5):
        for root in (False, True):
            out["values"].append({"beta": beta, "square_root": root,
                                  "value": float(_beta_divergence(X, W, H, beta, root))})
    return out


def main():
    xs = matrices()
    doc = {
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "matrices": {k: mat(v) for k, v in xs.items()},
        "seed_als": seed_als(),
        "inits": inits(xs),
        "randomized_svd": svds(xs),
        "beta_divergence": divergences(xs),
        "fits": fits(xs),
        "global_stream": global_stream(xs),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: {os.path.getsize(OUT)} bytes, {len(doc['fits'])} fits")


if __name__ == "__main__":
    main()
