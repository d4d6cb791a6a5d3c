#!/usr/bin/python3
"""PyTorch reference for the engine's accuracy check (issue 4), a comparison tool only (tests never need it).

The notebook's experiment in PyTorch 1.13 (Debian python3-torch 1.13.1, scikit-learn 1.2.1), float32 by
default: make_classification(2000, 20, 15 informative, 5 redundant, flip_y=0.1, random_state=42),
train_test_split(test_size=0.2, random_state=42), StandardScaler fitted on train;
Linear(20,64) -> act -> Linear(64,32) -> act -> Linear(32,1) with xavier_uniform_ kernels and zero biases,
BCEWithLogitsLoss, Adam(lr=1e-3), batches of 32 reshuffled every epoch, 50 epochs; test accuracy = (sigmoid > 0.5).

Usage: /usr/bin/python3 tools/engine/pytorch_reference.py [--seeds 10] [--eps 1e-8] [--keras-eps 1e-7] [--double]
  --keras-eps E   Keras epsilon placement (eps added to the uncorrected sqrt(v)), implemented by hand
"""
import argparse
import numpy as np
import torch
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


class KerasAdam(torch.optim.Optimizer):
    """Keras' Adam update: alpha_t = lr*sqrt(1-b2^t)/(1-b1^t); p -= alpha_t*m/(sqrt(v)+eps)."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-7):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            b1, b2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state["t"] = 0
                    state["m"] = torch.zeros_like(p)
                    state["v"] = torch.zeros_like(p)
                state["t"] += 1
                t = state["t"]
                alpha = group["lr"] * (1 - b2 ** t) ** 0.5 / (1 - b1 ** t)
                state["m"].add_((p.grad - state["m"]) * (1 - b1))
                state["v"].add_((p.grad * p.grad - state["v"]) * (1 - b2))
                p.sub_(state["m"] * alpha / (state["v"].sqrt() + group["eps"]))


def data():
    X, y = make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2,
                               random_state=42, flip_y=0.1)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    scaler = StandardScaler()
    return scaler.fit_transform(X_train), scaler.transform(X_test), y_train, y_test


def activation(name, units):
    if name == "relu":
        return torch.nn.ReLU()
    if name == "leaky_relu":
        return torch.nn.LeakyReLU(0.1)
    if name == "prelu":
        return torch.nn.PReLU(num_parameters=units, init=0.0)
    if name == "elu":
        return torch.nn.ELU(alpha=1.0)
    raise ValueError(name)


def trial(name, seed, arrays, args):
    torch.manual_seed(seed)
    dtype = torch.float64 if args.double else torch.float32
    X_train, X_test, y_train, y_test = [torch.tensor(a, dtype=dtype) for a in arrays]
    layers = [torch.nn.Linear(20, 64), activation(name, 64), torch.nn.Linear(64, 32), activation(name, 32),
              torch.nn.Linear(32, 1)]
    for layer in layers:
        if isinstance(layer, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(layer.weight)
            torch.nn.init.zeros_(layer.bias)
    model = torch.nn.Sequential(*layers).to(dtype)
    if args.keras_eps is not None:
        optimizer = KerasAdam(model.parameters(), lr=1e-3, eps=args.keras_eps)
    else:
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=args.eps)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    n = len(X_train)
    for _ in range(50):
        model.train()
        order = torch.randperm(n)
        for start in range(0, n, 32):
            index = order[start:start + 32]
            optimizer.zero_grad()
            loss = loss_fn(model(X_train[index]).squeeze(1), y_train[index])
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        test = ((torch.sigmoid(model(X_test).squeeze(1)) > 0.5).to(dtype) == y_test).to(dtype).mean().item()
        train = ((torch.sigmoid(model(X_train).squeeze(1)) > 0.5).to(dtype) == y_train).to(dtype).mean().item()
    return test, train


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--eps", type=float, default=1e-8)
    parser.add_argument("--keras-eps", type=float, default=None)
    parser.add_argument("--double", action="store_true")
    parser.add_argument("--variants", default="relu,leaky_relu,prelu,elu")
    args = parser.parse_args()
    torch.set_num_threads(1)
    arrays = data()
    print(f"torch {torch.__version__}, {'float64' if args.double else 'float32'}, "
          + (f"Keras-placed eps {args.keras_eps}" if args.keras_eps is not None else f"torch Adam eps {args.eps}"))
    for name in args.variants.split(","):
        results = np.array([trial(name, seed, arrays, args) for seed in range(args.seeds)])
        print(f"{name:12s} test {results[:, 0].mean():.4f} ± {results[:, 0].std(ddof=1):.4f}   "
              f"train {results[:, 1].mean():.4f} ± {results[:, 1].std(ddof=1):.4f}", flush=True)


if __name__ == "__main__":
    main()
