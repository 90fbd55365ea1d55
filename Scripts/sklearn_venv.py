"""Re-runs the calling script under Scripts/.venv (numpy 2.4.6 + scikit-learn from PyPI) when
the current interpreter lacks scikit-learn; creates the venv on first use."""
import os
import subprocess
import sys

VENV = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".venv")


def ensure_venv():
    """Returns if scikit-learn imports here; otherwise replaces this process with the same
    command under the venv's python."""
    try:
        import sklearn  # noqa: F401
        return
    except ImportError:
        pass
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([py, "-m", "pip", "install", "-q", "numpy==2.4.6", "scikit-learn"])
    os.execv(py, [py] + sys.argv)
