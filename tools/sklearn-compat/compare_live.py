#!/usr/bin/python3
"""Compares `relulab data ...` with a live scikit-learn run, bit for bit.

Reference tool only (never run by the tests). Needs Debian's python3-sklearn 1.2.1 / python3-numpy
1.24.2 and the runnable jar (./relulab builds it). Usage, from the repository root:

    /usr/bin/python3 tools/sklearn-compat/compare_live.py [--coretype Cooperlake|Haswell|SkylakeX|...]

--coretype forces OpenBLAS's kernel family (OPENBLAS_CORETYPE) for numpy; the matching Java
--product-order (openblas-skylakex for SkylakeX/Cooperlake, openblas-haswell for Haswell/Zen) is
compared as well as the default fma-chain. Prints one line per comparison and exits 1 if a
comparison that docs/specs/sklearn-compat.md says must be exact is not.
"""
import os
import sys

CORETYPE = "Cooperlake"
if "--coretype" in sys.argv:
    CORETYPE = sys.argv[sys.argv.index("--coretype") + 1]
os.environ["OPENBLAS_CORETYPE"] = CORETYPE
os.environ["OPENBLAS_NUM_THREADS"] = "2"

import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.datasets import make_blobs, make_circles, make_classification, make_moons  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
JAR = os.path.join(ROOT, "relulab-cli", "target", "relulab.jar")
KERNEL_ORDER = {"cooperlake": "openblas-skylakex", "skylakex": "openblas-skylakex", "haswell": "openblas-haswell",
                "zen": "openblas-haswell"}.get(CORETYPE.lower())
WORK = tempfile.mkdtemp(prefix="relulab-compare-")
failures = 0


def relulab(*args):
    result = subprocess.run(["java", "-jar", JAR, *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("relulab %s failed: %s" % (" ".join(map(str, args)), result.stderr.strip()))
    return result


def read(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return data[:, :-1], data[:, -1].astype(np.int64)


def compare(label, X_java, y_java, X_ref, y_ref, must_be_exact, tolerance=0.0):
    global failures
    same_y = np.array_equal(y_java, y_ref)
    exact = X_java.shape == X_ref.shape and np.array_equal(X_java.view("<u8"), np.ascontiguousarray(X_ref).view("<u8"))
    diff = float(np.max(np.abs(X_java - X_ref))) if X_java.shape == X_ref.shape else float("inf")
    differing = int(np.sum(X_java != X_ref)) if X_java.shape == X_ref.shape else -1
    ok = same_y and (exact or (not must_be_exact and diff <= tolerance))
    failures += not ok
    print("%-4s %-72s X %s (%d of %d differ, max |diff| %.3g), y %s"
          % ("ok" if ok else "FAIL", label, "bit-exact" if exact else "differs", differing, X_ref.size, diff,
             "equal" if same_y else "DIFFERENT"))


def kebab(params):
    args = []
    for key, value in params.items():
        if key == "random_state":
            args += ["--random-state", value]
        elif key in ("hypercube", "shuffle"):
            if not value:
                args.append("--no-" + key)
        elif value is None:
            args += ["--" + key.replace("_", "-"), "random"]
        elif isinstance(value, list):
            args += ["--" + key.replace("_", "-"), ",".join(map(repr, value))]
        else:
            args += ["--" + key.replace("_", "-"), value]
    return args


CLASSIFICATION = [
    ("notebook", dict(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2, flip_y=0.1,
                      random_state=42), True),
    ("5 classes, odd cluster, repeated", dict(n_samples=1001, n_features=24, n_informative=12, n_redundant=6,
                                              n_repeated=3, n_classes=5, n_clusters_per_class=1, flip_y=0.02,
                                              class_sep=0.5, random_state=2024), False),
    ("3 classes, weights n-1, no hypercube, random shift/scale", dict(n_samples=450, n_features=10, n_informative=5,
                                                                      n_redundant=2, n_classes=3, weights=[0.8, 0.15],
                                                                      hypercube=False, shift=None, scale=None,
                                                                      random_state=77), False),
    ("n_informative 35 (> 30 hypercube)", dict(n_samples=500, n_features=40, n_informative=35, n_redundant=2,
                                               random_state=31), False),
    ("n_redundant 1 (dgemv_t), 3000x4", dict(n_samples=3000, n_features=8, n_informative=4, n_redundant=1,
                                             random_state=5), False),
    ("no shuffle, flip 0, class_sep 3", dict(n_samples=256, n_features=6, n_informative=3, n_redundant=1,
                                             flip_y=0.0, class_sep=3.0, shuffle=False, random_state=4294967295), False),
    ("notebook shape, n_samples 20000", dict(n_samples=20000, n_features=20, n_informative=15, n_redundant=5,
                                             n_classes=2, flip_y=0.1, random_state=42), False),
]


def main():
    print("numpy %s, scikit-learn %s, OPENBLAS_CORETYPE=%s, threads 2; jar %s" % (np.__version__, sklearn.__version__,
                                                                                 CORETYPE, JAR))
    for name, params, must in CLASSIFICATION:
        X, y = make_classification(**params)
        scale = 101.0 if params.get("scale", 1.0) is None else 1.0
        orders = ["fma-chain"] + ([KERNEL_ORDER] if KERNEL_ORDER else [])
        for order in orders:
            out = os.path.join(WORK, "c.csv")
            relulab("data", "make-classification", *kebab(params), "--product-order", order, "--out", out)
            Xj, yj = read(out)
            exact_needed = must or (order == KERNEL_ORDER and params["n_samples"] < 20000)
            compare("make_classification %s [%s]" % (name, order), Xj, yj, X, y, exact_needed, 1e-12 * scale)

    # the notebook's split + scaler, and a stratified split with train and test sizes
    notebook = os.path.join(WORK, "notebook.csv")
    relulab("data", "make-classification", *kebab(CLASSIFICATION[0][1]), "--out", notebook)
    X, y = make_classification(**CLASSIFICATION[0][1])
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    scaler = StandardScaler().fit(X_train)
    relulab("data", "split", "--in", notebook, "--target", "y", "--test-size", "0.2", "--random-state", 42, "--scale",
            "--out", os.path.join(WORK, "split"))
    compare("split + StandardScaler, notebook (train)", *read(os.path.join(WORK, "split", "train.csv")),
            scaler.transform(X_train), y_train, True)
    compare("split + StandardScaler, notebook (test)", *read(os.path.join(WORK, "split", "test.csv")),
            scaler.transform(X_test), y_test, True)
    other = os.path.join(WORK, "other.csv")
    params = CLASSIFICATION[1][1]
    relulab("data", "make-classification", *kebab(params), "--out", other)
    Xo, yo = read(other)
    X_train, X_test, y_train, y_test = train_test_split(Xo, yo, test_size=0.3, train_size=0.5, random_state=9,
                                                        stratify=yo)
    relulab("data", "split", "--in", other, "--test-size", "0.3", "--train-size", "0.5", "--stratify", "--random-state", 9,
            "--out", os.path.join(WORK, "strat"))
    compare("stratified split, 5 classes, test 0.3 train 0.5 (train)", *read(os.path.join(WORK, "strat", "train.csv")),
            X_train, y_train, True)
    compare("stratified split, 5 classes, test 0.3 train 0.5 (test)", *read(os.path.join(WORK, "strat", "test.csv")),
            X_test, y_test, True)

    def generator(label, args, X, y, exact, tolerance=0.0):
        out = os.path.join(WORK, "g.csv")
        relulab("data", *args, "--out", out)
        compare(label, *read(out), X, y, exact, tolerance)

    generator("make_moons n=333 noise=0.2 seed 8", ["make-moons", "--n-samples", 333, "--noise", 0.2, "--random-state", 8],
              *make_moons(n_samples=333, noise=0.2, random_state=8), False, 1e-15)
    generator("make_circles n=1000 noise=0.1 factor=0.3 seed 6",
              ["make-circles", "--n-samples", 1000, "--noise", 0.1, "--factor", 0.3, "--random-state", 6],
              *make_circles(n_samples=1000, noise=0.1, factor=0.3, random_state=6), False, 1e-15)
    generator("make_blobs n=777 4 features 5 centers std 1.5 seed 12",
              ["make-blobs", "--n-samples", 777, "--n-features", 4, "--centers", 5, "--cluster-std", 1.5,
               "--random-state", 12],
              *make_blobs(n_samples=777, n_features=4, centers=5, cluster_std=1.5, random_state=12), True)
    print("%d comparison(s) failed" % failures if failures else "all comparisons passed")
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        code = main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    sys.exit(code)
