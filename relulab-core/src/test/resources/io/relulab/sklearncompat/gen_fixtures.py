#!/usr/bin/python3
"""Writes the golden fixtures of ReLU Lab's numpy/scikit-learn compatibility tests.

Reference tool only: the Java tests read the JSON files committed beside this script and never
run Python. Requires Debian's python3-numpy 1.24.2 and python3-sklearn 1.2.1 (apt-get install -y
python3-sklearn python3-numpy), glibc 2.36 and OpenBLAS 0.3.21 on x86-64.

Usage:
    /usr/bin/python3 gen_fixtures.py [OUT_DIR]        # default: this directory
    /usr/bin/python3 gen_fixtures.py --check          # regenerate into a temp dir, compare with the committed files

The first five files reproduce those of relulab-core/src/test/resources/io/relulab/sklearncompat (written on a Cooperlake CPU
with OpenBLAS using its Cooperlake kernels and 2 threads). OpenBLAS's kernel family changes the
summation order of some matrix products (docs/specs/sklearn-compat.md §6), so this script forces the Cooperlake
kernels (OPENBLAS_CORETYPE) before numpy is imported. glibc_log_data.json is read from the
installed libm.so.6. other_generators.json (make_moons, make_circles, make_blobs and extra
make_classification cases) is this project's own addition.
"""
import os

# Forced, not defaulted: an OPENBLAS_CORETYPE inherited from the environment would change the fixtures.
os.environ["OPENBLAS_CORETYPE"] = os.environ.get("FIXTURE_CORETYPE", "Cooperlake")
os.environ["OPENBLAS_NUM_THREADS"] = "2"

import hashlib  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import platform  # noqa: E402
import struct  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.datasets import make_blobs, make_circles, make_classification, make_moons  # noqa: E402
from sklearn.datasets._samples_generator import _generate_hypercube  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402
from sklearn.utils.random import sample_without_replacement  # noqa: E402


def blas_info():
    import ctypes
    import ctypes.util

    # numpy loads the BLAS behind libblas.so.3 (the Debian alternative); ask that library first
    for name in ("libblas.so.3", "libopenblas.so.0", ctypes.util.find_library("openblas")):
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        if not hasattr(lib, "openblas_get_config"):
            continue
        lib.openblas_get_config.restype = ctypes.c_char_p
        lib.openblas_get_corename.restype = ctypes.c_char_p
        return "%s; core=%s; threads=%d" % (
            lib.openblas_get_config().decode(),
            lib.openblas_get_corename().decode(),
            lib.openblas_get_num_threads(),
        )
    return "unknown BLAS"


HEADER = {
    "blas": blas_info(),
    "numpy": np.__version__,
    "sklearn": sklearn.__version__,
    "python": platform.python_version(),
    "machine": platform.machine(),
    "float_format": "JSON numbers = Python repr (shortest round-trip); parse with Double.parseDouble",
    "sha256_format": "SHA-256 of little-endian float64 (or int64) bytes, C (row-major) order",
}


def sha(a):
    a = np.ascontiguousarray(a)
    a = a.astype("<f8") if a.dtype.kind == "f" else a.astype("<i8")
    return hashlib.sha256(a.tobytes()).hexdigest()


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def rows(a):
    return [floats(r) for r in np.asarray(a)]


def ints(a):
    return [int(v) for v in np.asarray(a).ravel()]


RS = np.random.RandomState


# ----------------------------------------------------------------------------- randomstate.json
RANDINT_RANGES = [(0, 2), (0, 3), (0, 10), (0, 1000), (-5, 5), (0, 2**31 + 5), (0, 2**32), (0, 2**33), (7, 8)]
SWR_CASES = [
    (32768, 4, 42, "tracking (ratio<0.01)"), (1024, 4, 0, "tracking"), (10000, 99, 1, "tracking"),
    (8, 4, 0, "permutation"), (100, 10, 3, "permutation"), (4, 4, 5, "reservoir (ratio>=0.99)"),
    (100, 99, 7, "reservoir"), (1000, 990, 9, "reservoir (ratio==0.99)"), (1000, 10, 11, "tracking (ratio==0.01)"),
    (500, 150, 2, "permutation"),
]
HYPERCUBE_CASES = [(4, 15, 42), (6, 3, 0), (4, 2, 1), (5, 31, 3), (3, 40, 4)]


def seed_entry(seed):
    rs = RS(seed)
    state = rs.get_state()
    entry = {"seed": seed, "key_first5": ints(state[1][:5]), "pos_after_seed": int(state[2])}
    entry["raw_uint32"] = ints(RS(seed)._bit_generator.random_raw(20))
    entry["random_sample"] = floats(RS(seed).random_sample(20))
    entry["standard_normal"] = floats(RS(seed).standard_normal(20))
    ops = "nunnuunnnun"
    g = RS(seed)
    entry["interleaved"] = {
        "ops": ops,
        "values": [float(g.standard_normal() if op == "n" else g.random_sample()) for op in ops],
        "note": "n = standard_normal(), u = random_sample(); the cached 2nd gauss survives intervening uniform draws",
    }
    entry["uniform_-3.5_2.25"] = floats(RS(seed).uniform(-3.5, 2.25, 20))
    entry["randint"] = [{"low": lo, "high": hi, "values": ints(RS(seed).randint(lo, hi, 20))} for lo, hi in RANDINT_RANGES]
    entry["permutation20"] = ints(RS(seed).permutation(20))
    entry["permutation1000_sha256"] = sha(RS(seed).permutation(1000))
    entry["choice_10_5_noreplace"] = ints(RS(seed).choice(10, 5, replace=False))
    x = np.arange(10)
    RS(seed).shuffle(x)
    entry["shuffle10"] = ints(x)
    return entry


def randomstate():
    out = dict(HEADER)
    out["seeds"] = [seed_entry(s) for s in (0, 1, 42, 123456789, 4294967295)]
    out["sample_without_replacement"] = [
        {"n_population": p, "n_samples": n, "seed": s, "path": path,
         "values": ints(sample_without_replacement(p, n, random_state=RS(s)))}
        for p, n, s, path in SWR_CASES
    ]
    out["generate_hypercube"] = [
        {"samples": n, "dims": d, "seed": s, "values": [ints(r) for r in _generate_hypercube(n, d, RS(s))]}
        for n, d, s in HYPERCUBE_CASES
    ]
    stress = []
    for seed, n in ((123, 200000), (2024, 1000000)):
        stress.append({"seed": seed, "n": n, "what": "standard_normal(n)", "sha256": sha(RS(seed).standard_normal(n))})
        stress.append({"seed": seed, "n": n, "what": "random_sample(n)", "sha256": sha(RS(seed).random_sample(n))})
        stress.append({"seed": seed, "n": n, "what": "permutation(n)", "sha256": sha(RS(seed).permutation(n))})
    out["stress_sha256"] = stress
    return out


# ----------------------------------------------------------------------------- make_classification.json
NOTEBOOK = dict(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2, random_state=42, flip_y=0.1)
CASES = [
    ("notebook", NOTEBOOK),
    ("three_classes_one_cluster_odd_gauss", dict(n_samples=301, n_features=12, n_informative=5, n_redundant=2,
                                                 n_repeated=2, n_classes=3, n_clusters_per_class=1, flip_y=0.05,
                                                 random_state=0)),
    ("weights_full_random_shift_scale", dict(n_samples=200, n_features=10, n_informative=4, n_redundant=2,
                                             n_repeated=1, n_classes=2, weights=[0.7, 0.3], shift=None, scale=None,
                                             class_sep=2.0, random_state=5)),
    ("four_classes_flip0", dict(n_samples=160, n_features=9, n_informative=4, n_redundant=2, n_classes=4, flip_y=0.0,
                                random_state=11)),
    ("no_shuffle_fixed_shift_scale", dict(n_samples=199, n_features=11, n_informative=4, n_redundant=2, n_repeated=3,
                                          n_classes=3, weights=[0.2, 0.3, 0.5], shift=1.5, scale=0.5, shuffle=False,
                                          flip_y=0.03, random_state=7)),
]


def classification_case(name, params, note=None):
    X, y = make_classification(**params)
    case = {"name": name, "params": params, "X": rows(X), "y": ints(y), "X_sha256": sha(X), "y_sha256": sha(y)}
    if note:
        case["note"] = note
    return case


def make_classification_fixture():
    out = dict(HEADER)
    out["cases"] = [classification_case(n, p) for n, p in CASES]
    return out


def trace():
    """The notebook call, re-traced step by step with sklearn 1.2.1's draws, checked against make_classification."""
    p = NOTEBOOK
    g = RS(p["random_state"])
    n, f, inf, red = p["n_samples"], p["n_features"], p["n_informative"], p["n_redundant"]
    classes, per_class = 2, 2
    clusters = classes * per_class
    per = [int(n * (1.0 / classes) / per_class) for _ in range(clusters)]
    for i in range(n - sum(per)):
        per[i % clusters] += 1
    hyper_ints = sample_without_replacement(2**inf, clusters, random_state=g)
    bits = np.unpackbits(hyper_ints.astype(">u4").view(">u1")).reshape((-1, 32))[:, -inf:]
    centroids = bits.astype(float)
    centroids *= 2 * 1.0
    centroids -= 1.0
    X = np.zeros((n, f))
    y = np.zeros(n, dtype=int)
    X[:, :inf] = g.standard_normal(size=(n, inf))
    normals = X[:2, :inf].copy()
    stop = 0
    a0 = None
    for k, centroid in enumerate(centroids):
        start, stop = stop, stop + per[k]
        y[start:stop] = k % classes
        Xk = X[start:stop, :inf]
        A = 2 * g.uniform(size=(inf, inf)) - 1
        if a0 is None:
            a0 = A
        Xk[...] = np.dot(Xk, A)
        Xk += centroid
    B = 2 * g.uniform(size=(inf, red)) - 1
    X[:, inf:inf + red] = np.dot(X[:, :inf], B)
    flip_mask = g.uniform(size=n) < p["flip_y"]
    new_labels = g.randint(classes, size=flip_mask.sum())
    y[flip_mask] = new_labels
    X += 0.0
    X *= 1.0
    sample_perm = np.arange(n)
    g.shuffle(sample_perm)
    X, y = X[sample_perm], y[sample_perm]
    feature_perm = np.arange(f)
    g.shuffle(feature_perm)
    X[:, :] = X[:, feature_perm]
    X_ref, y_ref = make_classification(**p)
    assert np.array_equal(X, X_ref) and np.array_equal(y, y_ref), "trace does not reproduce make_classification"
    out = dict(HEADER)
    out.update({
        "params": p, "hypercube_ints": ints(hyper_ints), "centroids": rows(centroids),
        "first_two_rows_of_normals": rows(normals), "A_cluster0": rows(a0), "B": rows(B),
        "flip_indices": ints(np.flatnonzero(flip_mask)), "flip_new_labels": ints(new_labels),
        "sample_perm": ints(sample_perm), "feature_perm": ints(feature_perm),
        "next_raw_uint32_after_make_classification": int(g._bit_generator.random_raw()),
        "samples_per_cluster": per,
    })
    return out


# ----------------------------------------------------------------------------- split_scaler.json
def split_scaler():
    X, y = make_classification(**NOTEBOOK)
    y3 = make_classification(**CASES[1][1])[1]
    out = dict(HEADER)
    splits = []

    def idx_split(name, n, extra, **kw):
        data = np.arange(n)
        train, test = train_test_split(data, **kw)
        entry = {"name": name, "n_samples": n}
        entry.update(extra)
        entry.update({"train": ints(train), "test": ints(test)})
        splits.append(entry)

    idx_split("notebook", 2000, {"test_size": 0.2, "random_state": 42}, test_size=0.2, random_state=42)
    idx_split("notebook_stratified", 2000, {"test_size": 0.2, "random_state": 42, "stratify": True, "y_from": "notebook"},
              test_size=0.2, random_state=42, stratify=y)
    idx_split("three_class_stratified", 301, {"test_size": 0.3, "random_state": 3, "stratify": True,
                                              "y_from": "three_classes_one_cluster_odd_gauss"},
              test_size=0.3, random_state=3, stratify=y3)
    for n, test, train, seed in ((1001, 0.2, None, 0), (1001, 0.33, None, 5), (50, None, 0.6, 9), (50, 7, None, 1),
                                 (999, 0.1, 0.5, 2), (10, None, None, 4)):
        idx_split("n%d_test%s_train%s_seed%d" % (n, test, train, seed), n,
                  {"test_size": test, "train_size": train, "random_state": seed},
                  test_size=test, train_size=train, random_state=seed)
    out["splits"] = splits

    scalers = []
    X_train, X_test = train_test_split(X, test_size=0.2, random_state=42)
    s = StandardScaler().fit(X_train)
    scalers.append(scaler_entry("notebook", {"kind": "notebook_split"}, s, X_train, X_test, test_head=True))
    for seed, n, f, a, b, const in ((5, 3000, 4, 1000.0, 1000000.0, [2]), (6, 20000, 1, 1000.0, 1000000.0, None),
                                    (7, 777, 1, 2.0, -1.0, None)):
        data = RS(seed).standard_normal((n, f)) * a + b
        spec = {"kind": "normal_affine", "seed": seed, "n": n, "f": f, "a": a, "b": b}
        if const:
            data[:, const] = 3.3
            spec.update({"constant_cols": const, "const_value": 3.3})
        s = StandardScaler().fit(data)
        scalers.append(scaler_entry("affine_seed%d_%dx%d" % (seed, n, f), spec, s, data, data))
    out["scalers"] = scalers
    return out


def scaler_entry(name, spec, s, train, test, test_head=False):
    t_train, t_test = s.transform(train), s.transform(test)
    entry = {"name": name, "input": spec, "n_samples_seen_": int(s.n_samples_seen_), "mean_": floats(s.mean_),
             "var_": floats(s.var_), "scale_": floats(s.scale_), "train_scaled_sha256": sha(t_train),
             "test_scaled_sha256": sha(t_test), "train_scaled_head3": rows(t_train[:3])}
    if test_head:
        entry["test_scaled_head3"] = rows(t_test[:3])
    return entry


# ----------------------------------------------------------------------------- glibc_log_data.json
def glibc_log_data():
    """The __log_data table of the installed glibc libm, found by its first three doubles."""
    libm = open("/lib/x86_64-linux-gnu/libm.so.6", "rb").read()
    ln2hi, ln2lo, a0 = float.fromhex("0x1.62e42fefa3800p-1"), float.fromhex("0x1.ef35793c76730p-45"), float.fromhex("-0x1.0000000000001p-1")
    at = libm.find(struct.pack("<ddd", ln2hi, ln2lo, a0))
    assert at >= 0, "log table not found in libm"
    values = struct.unpack_from("<530d", libm, at)
    tab = [[values[18 + 2 * i].hex(), values[19 + 2 * i].hex()] for i in range(128)]
    tab2 = [[values[274 + 2 * i].hex(), values[275 + 2 * i].hex()] for i in range(128)]
    out = dict(HEADER)
    out.update({
        "source": "glibc %s libm (/lib/x86_64-linux-gnu/libm.so.6); identical to ARM optimized-routines math/log_data.c"
                  % platform.libc_ver()[1],
        "ln2hi": values[0].hex(), "ln2lo": values[1].hex(),
        "poly": [v.hex() for v in values[2:7]], "poly1": [v.hex() for v in values[7:18]],
        "tab": tab, "tab2": tab2,
    })
    return out


# ----------------------------------------------------------------------------- other_generators.json
def other_generators():
    out = dict(HEADER)
    cases = []

    def add(kind, params, fn):
        X, y = fn(**params)
        cases.append({"kind": kind, "params": params, "X": rows(X), "y": ints(y), "X_sha256": sha(X), "y_sha256": sha(y)})

    add("make_moons", dict(n_samples=100, random_state=0), make_moons)
    add("make_moons", dict(n_samples=101, noise=0.1, random_state=42), make_moons)
    add("make_moons", dict(n_samples=[7, 12], shuffle=False, noise=0.3, random_state=3), make_moons)
    add("make_circles", dict(n_samples=100, random_state=0), make_circles)
    add("make_circles", dict(n_samples=257, noise=0.05, factor=0.5, random_state=7), make_circles)
    add("make_circles", dict(n_samples=[5, 9], shuffle=False, random_state=1), make_circles)
    add("make_blobs", dict(n_samples=100, random_state=0), make_blobs)
    add("make_blobs", dict(n_samples=301, n_features=5, centers=4, cluster_std=[0.5, 1.0, 2.0, 3.5], random_state=42),
        make_blobs)
    add("make_blobs", dict(n_samples=[10, 0, 25], centers=[[0.0, 1.0, 2.0], [5.0, 5.0, 5.0], [-3.0, 2.5, 1e6]],
                           cluster_std=0.25, shuffle=False, random_state=9), make_blobs)
    add("make_blobs", dict(n_samples=50, n_features=3, centers=2, center_box=(-1.5, 4.0), random_state=2024), make_blobs)
    out["cases"] = cases
    extra = [
        ("hypercube_false_n_repeated", dict(n_samples=517, n_features=16, n_informative=6, n_redundant=3, n_repeated=4,
                                            n_classes=3, hypercube=False, class_sep=0.7, random_state=123)),
        ("weights_short_clip", dict(n_samples=300, n_features=8, n_informative=3, n_redundant=1, n_classes=2,
                                    weights=[0.9], flip_y=0.2, random_state=99)),
        ("flip_negative_no_draws", dict(n_samples=64, n_features=4, n_informative=2, n_redundant=0, flip_y=-1.0,
                                        random_state=1)),
        ("per_feature_shift_scale", dict(n_samples=120, n_features=5, n_informative=3, n_redundant=1, n_classes=2,
                                         shift=[0.5, -1.0, 2.0, 0.0, 3.0], scale=[1.0, 2.0, 0.5, 10.0, 3.0],
                                         random_state=17)),
    ]
    out["make_classification_extra"] = [classification_case(n, p) for n, p in extra]
    return out


FILES = {
    "randomstate.json": randomstate,
    "make_classification.json": make_classification_fixture,
    "make_classification_trace.json": trace,
    "split_scaler.json": split_scaler,
    "glibc_log_data.json": glibc_log_data,
    "other_generators.json": other_generators,
}

VOLATILE = {"blas", "machine", "python", "source"}


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in VOLATILE}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out_dir = tempfile.mkdtemp(prefix="relulab-fixtures-") if check else (args[0] if args else here)
    assert np.__version__ == "1.24.2" and sklearn.__version__ == "1.2.1", "needs numpy 1.24.2 and sklearn 1.2.1"
    for name, fn in FILES.items():
        with open(os.path.join(out_dir, name), "w") as fh:
            json.dump(fn(), fh)
        print("wrote", os.path.join(out_dir, name), file=sys.stderr)
    if check:
        bad = 0
        for name in FILES:
            committed = os.path.join(here, name)
            if not os.path.exists(committed):
                continue
            same = strip(json.load(open(committed))) == strip(json.load(open(os.path.join(out_dir, name))))
            print(("same     " if same else "DIFFERENT"), name)
            bad += not same
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
