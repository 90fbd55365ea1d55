#!/usr/bin/env python3
"""Writes notebooks/data/digits.csv: the first 500 images of scikit-learn's bundled
handwritten digits (UCI optical recognition set, 8x8 pixels with values 0..16), one image a
row, 64 integer columns, no header.

Run from the repository root: python3 Scripts/make_digits_csv.py
It creates Scripts/.venv (gitignored) with scikit-learn when needed and re-runs itself there.
"""
import os

from sklearn_venv import ensure_venv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "notebooks", "data", "digits.csv")
ROWS = 500


def main():
    ensure_venv()
    from sklearn.datasets import load_digits

    images = load_digits().data[:ROWS].astype(int)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        for row in images:
            f.write(",".join(str(v) for v in row) + "\n")
    print(f"wrote {len(images)} rows x {images.shape[1]} columns to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
