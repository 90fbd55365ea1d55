#!/usr/bin/env python3
"""Goldens for the distributions `np.random.*` and `default_rng()` Generators expose to scripts.

Run from the repository root: python3 Scripts/goldens/script_random.py
Writes Tests/SwnbScriptTests/Goldens/script_random.json in script.json's format (programs run by
script.py's `run`): every distribution drawn from both APIs with size=None, a shape and its
defaults, and numpy's errors for bad parameters.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from script import write_programs  # noqa: E402

OUT = os.path.join(HERE, "..", "..", "Tests", "SwnbScriptTests", "Goldens", "script_random.json")

# name -> (arguments for a draw, a call numpy rejects)
DISTRIBUTIONS = {
    "standard_exponential": ("", None),
    "exponential": ("2.5", "-1.0"),
    "gamma": ("2.0, 3.0", "-2.0"),
    "standard_gamma": ("0.5", "-0.5"),
    "beta": ("2.0, 0.5", "0.0, 1.0"),
    "chisquare": ("3.0", "0.0"),
    "lognormal": ("1.0, 0.5", "0.0, -1.0"),
    "laplace": ("1.0, 2.0", "0.0, -1.0"),
    "gumbel": ("0.5, 2.0", "0.0, -1.0"),
    "logistic": ("1.0, 3.0", "0.0, -1.0"),
    "rayleigh": ("2.0", "-2.0"),
    "weibull": ("1.5", "-1.5"),
    "pareto": ("3.0", "0.0"),
    "power": ("2.0", "0.0"),
    "standard_t": ("5.0", "0.0"),
    "standard_cauchy": ("", None),
    "triangular": ("0.0, 1.0, 4.0", "2.0, 1.0, 4.0"),
    "f": ("3.0, 7.0", "0.0, 1.0"),
    "wald": ("1.0, 2.0", "0.0, 1.0"),
    "poisson": ("4.5", "-1.0"),
    "geometric": ("0.3", "0.0"),
    "negative_binomial": ("3.0, 0.4", "3.0, 1.5"),
    "binomial": ("10, 0.3", "10, 1.5"),
}

SOURCES = {"legacy": "np.random.seed(3)\ndraw = np.random.{name}\n",
           "generator": "rng = np.random.default_rng(5)\ndraw = rng.{name}\n"}


def cases():
    for name, (args, bad) in DISTRIBUTIONS.items():
        sep = ", " if args else ""
        for api, head in SOURCES.items():
            source = "import numpy as np\n" + head.format(name=name)
            yield (f"{api}_{name}", source + f"x = draw({args})\nprint(type(x).__name__, x)\n"
                   f"print(draw({args}{sep}size=(2, 3)))\nprint(draw({args}{sep}size=4).dtype)\n")
            if bad is not None:
                yield f"{api}_{name}_error", source + f"draw({bad}, size=2)\n"
    for api, head in SOURCES.items():
        base = "import numpy as np\n" + head.format(name="dirichlet")
        yield f"{api}_dirichlet", base + ("print(draw([0.5, 1.0, 2.0]))\n"
                                          "print(draw([2.0, 3.0], size=(2, 2)))\n")
        yield f"{api}_dirichlet_small_alpha", base + "print(draw([0.05, 0.02, 0.09], size=3))\n"
        yield f"{api}_dirichlet_error", base + "draw([1.0, -1.0])\n"
        base = "import numpy as np\n" + head.format(name="multinomial")
        yield f"{api}_multinomial", base + ("print(draw(20, [0.2, 0.3, 0.5]))\n"
                                            "x = draw(10, [0.5, 0.5], size=(2, 3))\n"
                                            "print(x.shape, x.dtype)\nprint(x)\n")
        yield f"{api}_multinomial_error", base + "draw(5, [0.7, 0.6])\n"
        yield f"{api}_keywords", ("import numpy as np\n" + head.format(name="gamma")
                                  + "print(draw(shape=2.0, scale=0.5, size=3))\n")


def main():
    write_programs(OUT, cases())


if __name__ == "__main__":
    main()
