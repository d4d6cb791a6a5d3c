#!/usr/bin/python3
"""The four trials of `relulab study --scenarios notebook --seeds 1` in PyTorch, as one process: relu,
leaky_relu:0.1, prelu (slope 0), elu, seed 0, 50 epochs of batches of 32 reshuffled every epoch, Adam 1e-3 (Keras
epsilon 1e-7), BCE from logits, float64 like ReLU Lab, and validation on the test split after every epoch (as the
study does). One thread. `--float32` runs in PyTorch's default precision instead. Time the whole process, e.g.:

  /usr/bin/time -f '%e s wall, %U s user' /usr/bin/python3 relulab-bench/peers/pytorch_trials.py [--float32]
"""
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import sys

import torch
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


DTYPE = torch.float32 if "--float32" in sys.argv[1:] else torch.float64


def data():
    x, y = make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2,
                               random_state=42, flip_y=0.1)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.2, random_state=42)
    scaler = StandardScaler()
    arrays = scaler.fit_transform(x_train), scaler.transform(x_test), y_train, y_test
    return [torch.tensor(a, dtype=DTYPE) for a in arrays]


def activation(name, units):
    return {"relu": torch.nn.ReLU(), "leaky_relu:0.1": torch.nn.LeakyReLU(0.1),
            "prelu": torch.nn.PReLU(num_parameters=units, init=0.0), "elu": torch.nn.ELU(1.0)}[name]


def trial(name, seed, x_train, x_test, y_train, y_test):
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(20, 64), activation(name, 64), torch.nn.Linear(64, 32),
                                activation(name, 32), torch.nn.Linear(32, 1)).to(DTYPE)
    for layer in model:
        if isinstance(layer, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(layer.weight)
            torch.nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    accuracy = 0.0
    for _ in range(50):
        model.train()
        order = torch.randperm(len(x_train))
        for start in range(0, len(x_train), 32):
            index = order[start:start + 32]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[index]).squeeze(1), y_train[index])
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            logits = model(x_test).squeeze(1)
            loss_fn(logits, y_test).item()
            accuracy = ((logits > 0).to(DTYPE) == y_test).to(DTYPE).mean().item()
    return accuracy


def main():
    torch.set_num_threads(1)
    arrays = data()
    for name in ["relu", "leaky_relu:0.1", "prelu", "elu"]:
        print(f"{name:15s} test accuracy {trial(name, 0, *arrays):.4f}", flush=True)


if __name__ == "__main__":
    main()
