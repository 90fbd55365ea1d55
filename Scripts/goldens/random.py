#!/usr/bin/env python3
"""Write Tests/SwnbRandomTests/Goldens/*.json from real numpy 2.4 (legacy and Generator).

Streams are summarised to keep fixtures small: the first HEAD values, the values at a few
indices, and a checksum that any changed bit alters: the sum mod 2**64 of the values (ints)
or of their IEEE bit patterns (doubles).
Doubles are written as float.hex(), integers as decimal strings.

Usage: python3 Scripts/goldens/random.py
"""
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import random_ziggurat  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "Tests/SwnbRandomTests/Goldens"
HEAD = 8
INDICES = (1000, 9999)
N = 10000
SEEDS = [0, 1, 42, 2**32 - 1, [1, 2, 3], list(range(700))]
GEN_SEEDS = [0, 1, 42, 12345, 2**32 - 1, 2**40 + 3, [1, 2, 3], [2**40, 7], []]


def f64(values):
    return [float(v).hex() for v in values]


def summary(values, kind, indices=INDICES):
    values = list(values)
    if kind == "f64":
        enc = lambda v: float(v).hex()
        bits = np.asarray(values, dtype=np.float64).view(np.uint64)
        checksum = str(sum(int(b) for b in bits) % 2**64)
    else:
        enc = lambda v: str(int(v))
        checksum = str(sum(int(v) for v in values) % 2**64)
    return {
        "kind": kind,
        "n": len(values),
        "head": [enc(v) for v in values[:HEAD]],
        "at": {str(i): enc(values[i]) for i in indices if i < len(values)},
        "sum": checksum,
    }


def seed_id(seed):
    return "s" + ("[" + ",".join(map(str, seed[:4])) + (",..]" if len(seed) > 4 else "]") if isinstance(seed, list) else str(seed))


def legacy_case(seed, op, args, draw, kind):
    rs = np.random.RandomState(seed)
    case = {"id": f"{op}({','.join(args)}) {seed_id(seed)}", "seed": seed if isinstance(seed, list) else [seed],
            "seedIsArray": isinstance(seed, list), "op": op, "args": args}
    case.update(summary(np.ravel(draw(rs)), kind))
    return case


def legacy():
    cases = []
    for seed in SEEDS:
        def raw(rs, n=N):
            bg = np.random.MT19937()
            bg._legacy_seeding(seed)
            return bg.random_raw(n)
        cases.append(legacy_case(seed, "raw32", [], raw, "i64"))
        cases.append(legacy_case(seed, "rand", [], lambda rs: rs.random_sample(N), "f64"))
        cases.append(legacy_case(seed, "randn", [], lambda rs: rs.standard_normal(N), "f64"))
        cases.append(legacy_case(seed, "normal", ["2.5", "0.5"], lambda rs: rs.normal(2.5, 0.5, N), "f64"))
        cases.append(legacy_case(seed, "uniform", ["-3", "7"], lambda rs: rs.uniform(-3, 7, N), "f64"))
        for lo, hi in [(0, 10), (-5, 5), (0, 2**32), (0, 2**32 + 1), (-2**62, 2**62), (3, 4),
                       (-2**63, 2**63 - 1), (0, 2**31 + 7)]:
            cases.append(legacy_case(seed, "randint", [str(lo), str(hi)],
                                     lambda rs: rs.randint(lo, hi, size=N), "i64"))
        cases.append(legacy_case(seed, "permutation", ["1000"], lambda rs: rs.permutation(1000), "i64"))
        for args, call in [
            (["7", "20", "True", ""], lambda rs: rs.choice(7, 20)),
            (["10", "6", "False", ""], lambda rs: rs.choice(10, 6, replace=False)),
            (["5", "30", "True", "0.1,0.2,0.3,0.15,0.25"],
             lambda rs: rs.choice(5, 30, p=[0.1, 0.2, 0.3, 0.15, 0.25])),
            (["6", "4", "False", "0.05,0.4,0.05,0.2,0.3,0"],
             lambda rs: rs.choice(6, 4, replace=False, p=[0.05, 0.4, 0.05, 0.2, 0.3, 0])),
        ]:
            cases.append(legacy_case(seed, "choice", args, call, "i64"))
    cases.append(legacy_case(12345, "rand", [], lambda rs: rs.random_sample(N), "f64"))
    cases.append(legacy_case(12345, "randn", [], lambda rs: rs.standard_normal(N), "f64"))
    # A mixed sequence: the polar method's cached variate survives other draws.
    def mixed(rs):
        out = list(rs.standard_normal(3)) + [rs.standard_normal()] + list(rs.random_sample(2))
        out += [rs.standard_normal()] + list(rs.normal(1.0, 2.0, 3)) + [float(rs.randint(0, 100))]
        return out
    for seed in (0, 42):
        cases.append(legacy_case(seed, "mixed", [], mixed, "f64"))
    return cases + distribution_cases(legacy_case)


# (name, args, numpy call) for the other distributions; args are strings for the Swift side.
DISTRIBUTIONS = [
    ("standard_exponential", [], lambda o, n: o.standard_exponential(n)),
    ("exponential", ["2.0"], lambda o, n: o.exponential(2.0, n)),
    ("gamma", ["0.5", "2.0"], lambda o, n: o.gamma(0.5, 2.0, n)),
    ("gamma", ["3.0", "1.5"], lambda o, n: o.gamma(3.0, 1.5, n)),
    ("gamma", ["1.0", "1.0"], lambda o, n: o.gamma(1.0, 1.0, n)),
    ("beta", ["0.5", "0.5"], lambda o, n: o.beta(0.5, 0.5, n)),
    ("beta", ["2.0", "3.0"], lambda o, n: o.beta(2.0, 3.0, n)),
    ("beta", ["0.001", "0.002"], lambda o, n: o.beta(0.001, 0.002, n)),
    ("beta", ["1e-104", "2e-104"], lambda o, n: o.beta(1e-104, 2e-104, n)),
    ("chisquare", ["3.0"], lambda o, n: o.chisquare(3.0, n)),
    ("lognormal", ["0.5", "0.8"], lambda o, n: o.lognormal(0.5, 0.8, n)),
    ("poisson", ["3.5"], lambda o, n: o.poisson(3.5, n)),
    ("poisson", ["25.0"], lambda o, n: o.poisson(25.0, n)),
    ("poisson", ["0.0"], lambda o, n: o.poisson(0.0, n)),
    ("binomial", ["10", "0.3"], lambda o, n: o.binomial(10, 0.3, n)),
    ("binomial", ["100", "0.7"], lambda o, n: o.binomial(100, 0.7, n)),
    ("binomial", ["1000", "0.4"], lambda o, n: o.binomial(1000, 0.4, n)),
    ("binomial", ["1000", "0.9"], lambda o, n: o.binomial(1000, 0.9, n)),
    ("binomial", ["123456", "0.25"], lambda o, n: o.binomial(123456, 0.25, n)),
    ("laplace", ["1.0", "2.0"], lambda o, n: o.laplace(1.0, 2.0, n)),
    ("gumbel", ["1.0", "2.0"], lambda o, n: o.gumbel(1.0, 2.0, n)),
    ("logistic", ["1.0", "2.0"], lambda o, n: o.logistic(1.0, 2.0, n)),
    ("rayleigh", ["1.5"], lambda o, n: o.rayleigh(1.5, n)),
    ("weibull", ["1.7"], lambda o, n: o.weibull(1.7, n)),
    ("pareto", ["2.5"], lambda o, n: o.pareto(2.5, n)),
    ("power", ["0.7"], lambda o, n: o.power(0.7, n)),
    ("standard_t", ["4.5"], lambda o, n: o.standard_t(4.5, n)),
    ("standard_cauchy", [], lambda o, n: o.standard_cauchy(n)),
    ("triangular", ["-1.0", "0.5", "3.0"], lambda o, n: o.triangular(-1.0, 0.5, 3.0, n)),
    ("geometric", ["0.6"], lambda o, n: o.geometric(0.6, n)),
    ("geometric", ["0.05"], lambda o, n: o.geometric(0.05, n)),
    ("f", ["3.0", "7.0"], lambda o, n: o.f(3.0, 7.0, n)),
    ("wald", ["1.5", "2.0"], lambda o, n: o.wald(1.5, 2.0, n)),
    ("negative_binomial", ["3.5", "0.4"], lambda o, n: o.negative_binomial(3.5, 0.4, n)),
    ("negative_binomial", ["40", "0.2"], lambda o, n: o.negative_binomial(40, 0.2, n)),
]
INT_DISTRIBUTIONS = {"poisson", "binomial", "geometric", "negative_binomial"}
DIST_SEEDS = [0, 42, [1, 2, 3]]


def distribution_cases(make_case):
    cases = []
    for seed in DIST_SEEDS:
        for name, args, call in DISTRIBUTIONS:
            kind = "i64" if name in INT_DISTRIBUTIONS else "f64"
            cases.append(make_case(seed, "dist", [name] + args, lambda o: call(o, N), kind))
    vectors = [
        ("dirichlet", ["0.5,1.0,2.0", "3000"], lambda o: o.dirichlet([0.5, 1.0, 2.0], 3000), "f64"),
        ("dirichlet", ["0.05,0.02,0.08", "3000"], lambda o: o.dirichlet([0.05, 0.02, 0.08], 3000),
         "f64"),
        ("multinomial", ["20", "0.1,0.2,0.3,0.4", "2500"],
         lambda o: o.multinomial(20, [0.1, 0.2, 0.3, 0.4], 2500), "i64"),
        ("multinomial", ["10", "0.2,0,0.5,0.3", "2500"],
         lambda o: o.multinomial(10, [0.2, 0, 0.5, 0.3], 2500), "i64"),
    ]
    for seed in DIST_SEEDS:
        for name, args, call, kind in vectors:
            cases.append(make_case(seed, "vector", [name] + args, call, kind))
    dtypes = [(0, 2, "bool"), (-100, 100, "int8"), (0, 256, "uint8"), (3, 13, "uint8"),
              (-300, 300, "int16"), (0, 65536, "uint16"), (5, 1000, "uint16"),
              (-5, 5, "int32"), (0, 2**32, "uint32"), (7, 2**40, "uint64")]
    for seed in (0,):
        for lo, hi, dt in dtypes:
            for ep in ((False,) if make_case is legacy_case else (False, True)):
                top = hi - 1 if ep else hi
                def call(o, lo=lo, top=top, dt=dt, ep=ep):
                    if hasattr(o, "randint"):
                        return o.randint(lo, top, 3000, dtype=dt)
                    return o.integers(lo, top, 3000, dtype=dt, endpoint=ep)
                cases.append(make_case(seed, "dtype", [str(lo), str(top), dt, str(ep)], call, "i64"))
    # Legacy binomial(0, p) still consumes a uniform; Generator's does not.
    for seed in (0, 42):
        cases.append(make_case(seed, "zero_binomial", [],
                               lambda o: [float(v) for v in o.binomial(0, 0.5, 2)] + list(o.random_sample(2)
                                         if hasattr(o, "random_sample") else o.random(2)), "f64"))
    for seed in (0, 42):
        cases.append(make_case(seed, "zero_multinomial", [],
                               lambda o: [float(v) for v in o.multinomial(0, [0.5, 0.5])]
                               + [float(v) for v in o.multinomial(3, [0.0, 1.0])]
                               + list(o.random_sample(2) if hasattr(o, "random_sample")
                                      else o.random(2)), "f64"))
    return cases


def notebook():
    np.random.seed(1)
    seed1 = np.random.rand(9, 7)
    np.random.seed(42)
    a = np.random.rand(9, 3)
    b = np.random.rand(3, 7)
    return {"seed1_rand_9x7": f64(seed1.ravel()), "seed42_rand_9x3": f64(a.ravel()),
            "seed42_then_rand_3x7": f64(b.ravel())}


def generator_case(seed, op, args, draw, kind):
    g = np.random.default_rng(seed)
    case = {"id": f"{op}({','.join(args)}) {seed_id(seed) if isinstance(seed, list) else 's' + str(seed)}",
            "seed": seed if isinstance(seed, list) else [seed], "seedIsArray": isinstance(seed, list),
            "op": op, "args": args}
    case.update(summary(np.ravel(draw(g)), kind))
    return case


def generator():
    cases = []
    for seed in GEN_SEEDS:
        cases.append(generator_case(seed, "raw64", [], lambda g: g.bit_generator.random_raw(N).view(np.int64), "i64"))
        cases.append(generator_case(seed, "random", [], lambda g: g.random(N), "f64"))
        cases.append(generator_case(seed, "standard_normal", [], lambda g: g.standard_normal(N), "f64"))
        cases.append(generator_case(seed, "normal", ["-1", "3"], lambda g: g.normal(-1, 3, N), "f64"))
        cases.append(generator_case(seed, "uniform", ["2", "5"], lambda g: g.uniform(2, 5, N), "f64"))
        for lo, hi, ep in [(0, 10, False), (-5, 5, False), (0, 2**32, False), (0, 2**32 + 1, False),
                           (-2**62, 2**62, False), (3, 4, False), (0, 10, True),
                           (-2**63, 2**63 - 1, True), (0, 2**32 - 1, True), (7, 2**31 + 7, False)]:
            cases.append(generator_case(seed, "integers", [str(lo), str(hi), str(ep)],
                                        lambda g: g.integers(lo, hi, size=N, endpoint=ep), "i64"))
        cases.append(generator_case(seed, "permutation", ["1000"], lambda g: g.permutation(1000), "i64"))
        for args, call in [
            (["7", "20", "True", "", "True"], lambda g: g.choice(7, 20)),
            (["10", "6", "False", "", "True"], lambda g: g.choice(10, 6, replace=False)),
            (["10", "6", "False", "", "False"], lambda g: g.choice(10, 6, replace=False, shuffle=False)),
            (["20000", "100", "False", "", "True"], lambda g: g.choice(20000, 100, replace=False)),
            (["20000", "1000", "False", "", "True"], lambda g: g.choice(20000, 1000, replace=False)),
            (["20000", "1000", "False", "", "False"],
             lambda g: g.choice(20000, 1000, replace=False, shuffle=False)),
            (["5", "30", "True", "0.1,0.2,0.3,0.15,0.25", "True"],
             lambda g: g.choice(5, 30, p=[0.1, 0.2, 0.3, 0.15, 0.25])),
            (["6", "4", "False", "0.05,0.4,0.05,0.2,0.3,0", "True"],
             lambda g: g.choice(6, 4, replace=False, p=[0.05, 0.4, 0.05, 0.2, 0.3, 0])),
        ]:
            cases.append(generator_case(seed, "choice", args, call, "i64"))
    # Buffered 32-bit halves interleave with 64-bit draws.
    def mixed(g):
        out = list(g.integers(0, 10, 3)) + list(g.random(2)) + [g.integers(0, 10)]
        out += list(g.integers(0, 2**40, 2)) + [g.integers(0, 7)] + list(g.standard_normal(3))
        return [float(v) for v in out]
    for seed in (0, 42):
        cases.append(generator_case(seed, "mixed", [], mixed, "f64"))
    # Seeds whose ziggurat tails give a different double with log(1 - U) than with
    # numpy's log1p(-U) (found by emulating both over many seeds).
    tails = [("standard_normal", 86, 5249, lambda g: g.standard_normal(N)),
             ("standard_normal", 176, 1394, lambda g: g.standard_normal(N)),
             ("standard_exponential", 39, 8988, lambda g: g.standard_exponential(N)),
             ("standard_exponential", 55, 8692, lambda g: g.standard_exponential(N))]
    for name, seed, index, call in tails:
        args = [name] if name == "standard_exponential" else []
        case = generator_case(seed, "dist" if args else name, args, call, "f64")
        case["id"] += " tail"
        case["at"][str(index)] = float(call(np.random.default_rng(seed))[index]).hex()
        cases.append(case)
    return cases + distribution_cases(generator_case)


def bit_generators():
    """SeedSequence pools/states and MT19937(SeedSequence) raw streams."""
    out = []
    for seed in GEN_SEEDS:
        ss = np.random.SeedSequence(seed)
        mt = np.random.MT19937(seed)
        out.append({"seed": seed if isinstance(seed, list) else [seed], "seedIsArray": isinstance(seed, list),
                    "pool": [str(int(v)) for v in ss.pool],
                    "state32": [str(int(v)) for v in ss.generate_state(10)],
                    "state64": [str(int(v)) for v in ss.generate_state(3, np.uint64)],
                    "mt19937": summary(mt.random_raw(2000), "i64")})
    return out


def errors():
    def err(call):
        try:
            call()
        except Exception as exc:  # noqa: BLE001
            return [type(exc).__name__, str(exc)]
        raise SystemExit(f"no error from {call}")

    rs = np.random.RandomState(0)
    g = np.random.default_rng(0)
    p2 = [0.5, 0.5]
    calls = {
        "seed_too_big": lambda: np.random.seed(2**32),
        "seed_negative": lambda: np.random.seed(-1),
        "seed_empty_array": lambda: np.random.seed([]),
        "seed_array_out_of_range": lambda: np.random.seed([1, 2**32]),
        "rand_negative": lambda: rs.rand(-1),
        "randn_negative": lambda: rs.standard_normal(-3),
        "randint_low_ge_high": lambda: rs.randint(5, 3),
        "randint_high_le_0": lambda: rs.randint(0),
        "randint_negative_single": lambda: rs.randint(-3),
        "randint_negative_size": lambda: rs.randint(0, 3, size=-2),
        "normal_negative_scale": lambda: rs.normal(0, -1),
        "normal_negative_zero_scale": lambda: rs.normal(0, -0.0),
        "uniform_infinite": lambda: rs.uniform(0, float("inf")),
        "uniform_overflow": lambda: rs.uniform(-1e308, 1e308),
        "legacy_choice_zero": lambda: rs.choice(0),
        "legacy_choice_negative": lambda: rs.choice(-2),
        "legacy_choice_empty": lambda: rs.choice([]),
        "legacy_choice_too_large": lambda: rs.choice(3, 5, replace=False),
        "legacy_choice_p_size": lambda: rs.choice(3, p=p2),
        "legacy_choice_p_sum": lambda: rs.choice(2, p=[0.5, 0.6]),
        "legacy_choice_p_negative": lambda: rs.choice(2, p=[1.5, -0.5]),
        "legacy_choice_p_nan": lambda: rs.choice(2, p=[float("nan"), 0.5]),
        "legacy_choice_fewer_nonzero": lambda: rs.choice(3, 3, replace=False, p=[0.5, 0.5, 0]),
        "legacy_choice_negative_size_noreplace": lambda: rs.choice(3, -1, replace=False),
        "legacy_choice_negative_size": lambda: rs.choice(3, -1),
        "legacy_choice_float": lambda: rs.choice(1.5),
        "legacy_choice_2d": lambda: rs.choice([[1, 2]]),
        "legacy_choice_p_2d": lambda: rs.choice(2, p=[[0.5, 0.5]]),
        "gen_seed_negative": lambda: np.random.default_rng(-1),
        "gen_seed_array_negative": lambda: np.random.default_rng([1, -1]),
        "gen_random_negative": lambda: g.random(-1),
        "gen_integers_low_ge_high": lambda: g.integers(5, 3),
        "gen_integers_high_le_0": lambda: g.integers(0),
        "gen_integers_endpoint_low_gt_high": lambda: g.integers(5, 3, endpoint=True),
        "gen_integers_endpoint_high_lt_0": lambda: g.integers(0, -1, endpoint=True),
        "gen_normal_negative_scale": lambda: g.normal(0, -1),
        "gen_uniform_infinite": lambda: g.uniform(0, float("inf")),
        "gen_choice_zero": lambda: g.choice(0),
        "gen_choice_empty": lambda: g.choice([]),
        "gen_choice_too_large": lambda: g.choice(3, 5, replace=False),
        "gen_choice_p_size": lambda: g.choice(3, p=p2),
        "gen_choice_p_sum": lambda: g.choice(2, p=[0.5, 0.6]),
        "gen_choice_p_negative": lambda: g.choice(2, p=[1.5, -0.5]),
        "gen_choice_p_nan": lambda: g.choice(2, p=[float("nan"), 0.5]),
        "gen_choice_fewer_nonzero": lambda: g.choice(3, 3, replace=False, p=[0.5, 0.5, 0]),
        "gen_choice_negative_size_noreplace": lambda: g.choice(3, -1, replace=False),
        "gen_choice_float": lambda: g.choice(1.5),
        "gen_choice_p_2d": lambda: g.choice(2, p=[[0.5, 0.5]]),
    }
    for prefix, o in (("", rs), ("gen_", g)):
        calls.update({
            prefix + "exponential_negative_scale": lambda o=o: o.exponential(-1.0),
            prefix + "gamma_negative_shape": lambda o=o: o.gamma(-2.0, 1.0),
            prefix + "gamma_negative_scale": lambda o=o: o.gamma(2.0, -0.0),
            prefix + "beta_zero_a": lambda o=o: o.beta(0.0, 1.0),
            prefix + "beta_negative_b": lambda o=o: o.beta(1.0, -1.0),
            prefix + "chisquare_zero_df": lambda o=o: o.chisquare(0.0),
            prefix + "lognormal_negative_sigma": lambda o=o: o.lognormal(0.0, -1.0),
            prefix + "poisson_negative": lambda o=o: o.poisson(-1.0),
            prefix + "poisson_nan": lambda o=o: o.poisson(float("nan")),
            prefix + "poisson_too_large": lambda o=o: o.poisson(1e19),
            prefix + "binomial_negative_n": lambda o=o: o.binomial(-1, 0.5),
            prefix + "binomial_bad_p_checked_first": lambda o=o: o.binomial(-1, 1.5),
            prefix + "binomial_nan_p": lambda o=o: o.binomial(3, float("nan")),
            prefix + "poisson_negative_size": lambda o=o: o.poisson(3.0, -1),
            prefix + "laplace_negative_scale": lambda o=o: o.laplace(0.0, -1.0),
            prefix + "gumbel_negative_scale": lambda o=o: o.gumbel(0.0, -1.0),
            prefix + "logistic_negative_scale": lambda o=o: o.logistic(0.0, -1.0),
            prefix + "rayleigh_negative_scale": lambda o=o: o.rayleigh(-1.0),
            prefix + "weibull_negative_a": lambda o=o: o.weibull(-1.0),
            prefix + "pareto_zero_a": lambda o=o: o.pareto(0.0),
            prefix + "power_zero_a": lambda o=o: o.power(0.0),
            prefix + "standard_t_zero_df": lambda o=o: o.standard_t(0.0),
            prefix + "geometric_zero_p": lambda o=o: o.geometric(0.0),
            prefix + "geometric_nan_p": lambda o=o: o.geometric(float("nan")),
            prefix + "triangular_left_gt_mode": lambda o=o: o.triangular(2.0, 1.0, 3.0),
            prefix + "triangular_mode_gt_right": lambda o=o: o.triangular(0.0, 4.0, 3.0),
            prefix + "triangular_left_eq_right": lambda o=o: o.triangular(1.0, 1.0, 1.0),
            prefix + "negative_binomial_zero_n": lambda o=o: o.negative_binomial(0.0, 0.5),
            prefix + "negative_binomial_bad_p": lambda o=o: o.negative_binomial(1.0, 1.5),
            prefix + "f_zero_dfnum": lambda o=o: o.f(0.0, 1.0),
            prefix + "f_negative_dfden": lambda o=o: o.f(1.0, -1.0),
            prefix + "wald_zero_mean": lambda o=o: o.wald(0.0, 1.0),
            prefix + "wald_zero_scale": lambda o=o: o.wald(1.0, 0.0),
            prefix + "dirichlet_negative_alpha": lambda o=o: o.dirichlet([-1.0, 1.0]),
            prefix + "dirichlet_negative_size": lambda o=o: o.dirichlet([1.0, 2.0], -1),
            prefix + "multinomial_negative_n": lambda o=o: o.multinomial(-1, [0.5, 0.5]),
            prefix + "multinomial_bad_pvals": lambda o=o: o.multinomial(5, [1.5, -0.5]),
            prefix + "multinomial_pvals_sum": lambda o=o: o.multinomial(5, [0.9, 0.9, 0.1]),
            prefix + "multinomial_size_before_n": lambda o=o: o.multinomial(-1, [0.5, 0.5], -1),
        })
    calls["dirichlet_zero_alpha"] = lambda: rs.dirichlet([0.0, 1.0])
    calls["gen_negative_binomial_nan_n"] = lambda: g.negative_binomial(float("nan"), 0.5)
    calls["gen_negative_binomial_zero_p"] = lambda: g.negative_binomial(1.0, 0.0)
    calls["gen_negative_binomial_too_large"] = lambda: g.negative_binomial(1e18, 1e-3)
    calls["randint_uint8_high"] = lambda: rs.randint(0, 300, dtype="uint8")
    calls["randint_uint8_low"] = lambda: rs.randint(-1, 5, dtype="uint8")
    calls["randint_bool_high"] = lambda: rs.randint(0, 3, dtype="bool")
    calls["randint_int8_low_ge_high"] = lambda: rs.randint(5, 5, dtype="int8")
    calls["gen_integers_int16_high"] = lambda: g.integers(0, 40000, dtype="int16")
    calls["gen_integers_uint32_endpoint_high"] = lambda: g.integers(0, 2**32, endpoint=True,
                                                                  dtype="uint32")
    calls["rand_too_big"] = lambda: rs.random_sample(2**62)
    calls["gen_integers_too_big"] = lambda: g.integers(0, 5, 2**62)
    calls["permutation_too_big"] = lambda: rs.permutation(2**62)
    calls["gen_permutation_too_big"] = lambda: g.permutation(2**62)
    calls["legacy_choice_population_too_big"] = lambda: rs.choice(2**62, 3, replace=False)
    calls["dirichlet_rows_too_big"] = lambda: rs.dirichlet([1.0, 2.0], 2**62)
    calls["gen_multinomial_rows_too_big"] = lambda: g.multinomial(3, [0.5, 0.5], 2**62)
    calls["gen_multinomial_empty_pvals"] = lambda: g.multinomial(5, [])
    return {name: err(call) for name, call in calls.items()}


def quiet_results():
    """Calls numpy accepts without an error that a careless port might reject."""
    rs = np.random.RandomState(0)
    g = np.random.default_rng(0)
    return {
        "randint_empty_bad_bounds": [str(v) for v in rs.randint(5, 3, size=0)],
        "integers_empty_bad_bounds": [str(v) for v in g.integers(5, 3, size=0)],
        "legacy_choice_zero_no_samples": [str(v) for v in rs.choice(0, size=0)],
        "permutation_negative": [str(v) for v in rs.permutation(-1)],
        "normal_nan_scale": f64(np.random.RandomState(3).normal(0, float("nan"), 2)),
        "uniform_reversed": f64(np.random.RandomState(3).uniform(3, 1, 3)),
        "negative_binomial_zero_p": [str(v) for v in np.random.RandomState(0).negative_binomial(
            1.0, 0.0, 3)],
        "gen_choice_huge_population": [str(v) for v in np.random.default_rng(5).choice(
            2**62, 3, replace=False)],
    }


def ziggurat():
    tables = random_ziggurat.numpy_tables()
    return {name: [str(v) for v in values] if name.startswith("k") else f64(values)
            for name, values in tables.items()}


def compact_json(data):
    """Compact JSON with one list element per line, so diffs stay readable."""
    def dump(value):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))

    lines = ["{"]
    for i, (key, value) in enumerate(sorted(data.items())):
        comma = "," if i < len(data) - 1 else ""
        if isinstance(value, list):
            inner = ",\n".join(" " + dump(v) for v in value)
            lines.append(f"{json.dumps(key)}:[\n{inner}\n]{comma}")
        else:
            lines.append(f"{json.dumps(key)}:{dump(value)}{comma}")
    return "\n".join(lines) + "\n}\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "legacy.json": {"cases": legacy(), "notebook": notebook()},
        "generator.json": {"cases": generator(), "bitGenerators": bit_generators()},
        "errors.json": {"errors": errors(), "quiet": quiet_results()},
        "ziggurat.json": ziggurat(),
    }
    for name, data in files.items():
        path = OUT / name
        path.write_text(compact_json(data))
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
