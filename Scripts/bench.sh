#!/usr/bin/env bash
# make bench: swnb against numpy, python3, cmark and scikit-learn in one run, printed as ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "OpenBLAS core: OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 Scripts/bench.py "$@"
python3 Scripts/bench_notebook.py
python3 Scripts/bench_nmf.py
