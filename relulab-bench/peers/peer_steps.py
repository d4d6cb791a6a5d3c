#!/usr/bin/python3
"""One training step of the notebook network in PyTorch (1 thread), numpy and scikit-learn: the peers of
ReLU Lab's TrainingStepBenchmark. float64 throughout, batch of 32 rows cycling through a fixed permutation of the
1600 training rows; timings are the median over blocks of steps after a warm-up. See README.md beside this file.

Usage: /usr/bin/python3 relulab-bench/peers/peer_steps.py [--blocks 15] [--steps 200]
"""
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import statistics
import time
import warnings

import numpy as np
import sklearn
import torch
from sklearn.datasets import make_classification
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

BATCH = 32


def data():
    x, y = make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2,
                               random_state=42, flip_y=0.1)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
    scaler = StandardScaler()
    return scaler.fit_transform(x_train), y_train.astype(np.float64)


def median_microseconds(step, blocks, steps):
    for _ in range(steps):
        step()
    times = []
    for _ in range(blocks):
        start = time.perf_counter()
        for _ in range(steps):
            step()
        times.append((time.perf_counter() - start) / steps * 1e6)
    return statistics.median(times)


def torch_step(name, x, y):
    torch.manual_seed(0)
    act = {"relu": lambda n: torch.nn.ReLU(), "leaky_relu:0.1": lambda n: torch.nn.LeakyReLU(0.1),
           "prelu": lambda n: torch.nn.PReLU(num_parameters=n, init=0.0), "elu": lambda n: torch.nn.ELU(1.0)}[name]
    model = torch.nn.Sequential(torch.nn.Linear(20, 64), act(64), torch.nn.Linear(64, 32), act(32),
                                torch.nn.Linear(32, 1)).to(torch.float64)
    for layer in model:
        if isinstance(layer, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(layer.weight)
            torch.nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    xs = torch.tensor(x, dtype=torch.float64)
    ys = torch.tensor(y, dtype=torch.float64)
    order = torch.randperm(len(xs))
    position = [0]

    def step():
        start = position[0]
        index = order[start:start + BATCH]
        position[0] = 0 if start + 2 * BATCH > len(xs) else start + BATCH
        optimizer.zero_grad()
        loss = loss_fn(model(xs[index]).squeeze(1), ys[index])
        loss.backward()
        optimizer.step()

    return step


def numpy_step(name, x, y):
    """Forward, backward and Keras Adam written out by hand (what the notebook's readers would write)."""
    rng = np.random.RandomState(0)
    sizes = [20, 64, 32, 1]
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        limit = np.sqrt(6.0 / (fan_in + fan_out))
        params += [rng.uniform(-limit, limit, (fan_in, fan_out)), np.zeros(fan_out)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    t = [0]
    order = rng.permutation(len(x))
    position = [0]
    elu = name == "elu"

    def activate(z):
        return np.where(z > 0, z, np.expm1(np.minimum(z, 0))) if elu else np.maximum(z, 0)

    def derivative(z, h):
        return np.where(z > 0, 1.0, h + 1.0) if elu else (z > 0).astype(np.float64)

    def step():
        start = position[0]
        index = order[start:start + BATCH]
        position[0] = 0 if start + 2 * BATCH > len(x) else start + BATCH
        xb, yb = x[index], y[index][:, None]
        w1, b1, w2, b2, w3, b3 = params
        z1 = xb @ w1 + b1
        h1 = activate(z1)
        z2 = h1 @ w2 + b2
        h2 = activate(z2)
        logits = h2 @ w3 + b3
        g3 = (1.0 / (1.0 + np.exp(-logits)) - yb) / len(xb)
        g2 = (g3 @ w3.T) * derivative(z2, h2)
        g1 = (g2 @ w2.T) * derivative(z1, h1)
        grads = [xb.T @ g1, g1.sum(0), h1.T @ g2, g2.sum(0), h2.T @ g3, g3.sum(0)]
        t[0] += 1
        alpha = 1e-3 * np.sqrt(1 - 0.999 ** t[0]) / (1 - 0.9 ** t[0])
        for p, g, mi, vi in zip(params, grads, m, v):
            mi += (g - mi) * 0.1
            vi += (g * g - vi) * 0.001
            p -= alpha * mi / (np.sqrt(vi) + 1e-7)

    return step


def sklearn_step_microseconds(x, y, epochs=20, repeats=5):
    """Per step of MLPClassifier.fit (adam, batch 32, relu): the whole fit divided by its number of steps."""
    steps = epochs * ((len(x) + BATCH - 1) // BATCH)
    times = []
    for seed in range(repeats):
        model = MLPClassifier(hidden_layer_sizes=(64, 32), activation="relu", solver="adam", batch_size=BATCH,
                              learning_rate_init=1e-3, max_iter=epochs, shuffle=True, random_state=seed,
                              tol=0.0, n_iter_no_change=10 ** 9)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            start = time.perf_counter()
            model.fit(x, y.astype(int))
            times.append((time.perf_counter() - start) / steps * 1e6)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--blocks", type=int, default=15)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    torch.set_num_threads(1)
    x, y = data()
    print(f"torch {torch.__version__} (1 thread), numpy {np.__version__}, scikit-learn {sklearn.__version__}; "
          f"float64, batch {BATCH}; median over {args.blocks} blocks of {args.steps} steps")
    for name in ["relu", "leaky_relu:0.1", "prelu", "elu"]:
        print(f"pytorch  {name:15s} {median_microseconds(torch_step(name, x, y), args.blocks, args.steps):8.1f} us/step",
              flush=True)
    for name in ["relu", "elu"]:
        print(f"numpy    {name:15s} {median_microseconds(numpy_step(name, x, y), args.blocks, args.steps):8.1f} us/step",
              flush=True)
    print(f"sklearn  {'relu':15s} {sklearn_step_microseconds(x, y):8.1f} us/step (MLPClassifier.fit / steps)", flush=True)


if __name__ == "__main__":
    main()
