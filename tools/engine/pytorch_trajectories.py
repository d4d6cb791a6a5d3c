#!/usr/bin/python3
"""Golden trajectories from PyTorch for the engine (issue 4), written to
relulab-core/src/test/resources/io/relulab/train/pytorch_trajectories.json.

Versions: Debian python3-torch 1.13.1 (torch.__version__ reports 1.13.0a0), python3-sklearn 1.2.1,
python3-numpy 1.24.2. Everything in float64.

For each variant (relu, leaky_relu:0.1, prelu with alpha 0, elu:1.0) and each Adam flavour (Keras placement of
epsilon 1e-7, implemented here from Keras 3's update rule; PyTorch's own torch.optim.Adam with eps 1e-8), a
20 -> 16 -> 8 -> 1 network with PyTorch-drawn xavier_uniform_ kernels and zero biases trains with
BCEWithLogitsLoss on the first 256 rows of the notebook's standardised training split, batches of 32 in
torch.randperm order, for 3 epochs (24 steps). The file records the initial weights (Keras layout: kernel
fan_in x fan_out, row-major), the batch orders, every batch loss and the final weights; the Java test replays
the same orders through TrainingStep and must match to rounding.

Run: /usr/bin/python3 tools/engine/pytorch_trajectories.py
"""
import json
import os
import numpy as np
import sklearn
import torch
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

ROWS = 256
EPOCHS = 3
BATCH = 32
HIDDEN = (16, 8)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "relulab-core", "src", "test", "resources", "io", "relulab", "train",
                   "pytorch_trajectories.json")


class KerasAdam(torch.optim.Optimizer):
    """Keras 3 Adam: alpha = lr*sqrt(1-b2^t)/(1-b1^t); m += (g-m)(1-b1); v += (g^2-v)(1-b2); p -= m*alpha/(sqrt(v)+eps)."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-7):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            b1, b2 = group["betas"]
            for p in group["params"]:
                state = self.state[p]
                if not state:
                    state["t"], state["m"], state["v"] = 0, torch.zeros_like(p), torch.zeros_like(p)
                state["t"] += 1
                t = state["t"]
                alpha = group["lr"] * (1 - b2 ** t) ** 0.5 / (1 - b1 ** t)
                state["m"].add_((p.grad - state["m"]) * (1 - b1))
                state["v"].add_((p.grad * p.grad - state["v"]) * (1 - b2))
                p.sub_(state["m"] * alpha / (state["v"].sqrt() + group["eps"]))


def activation(name, units):
    return {"relu": lambda: torch.nn.ReLU(), "leaky_relu:0.1": lambda: torch.nn.LeakyReLU(0.1),
            "prelu:0.0": lambda: torch.nn.PReLU(num_parameters=units, init=0.0),
            "elu:1.0": lambda: torch.nn.ELU(alpha=1.0)}[name]()


def weights(model):
    """Parameters in the engine's order and layout: kernel (fan_in x fan_out) then bias per dense layer; PReLU alpha."""
    out = []
    for layer in model:
        if isinstance(layer, torch.nn.Linear):
            out.append(layer.weight.detach().t().contiguous().reshape(-1).tolist())
            out.append(layer.bias.detach().reshape(-1).tolist())
        elif isinstance(layer, torch.nn.PReLU):
            out.append(layer.weight.detach().reshape(-1).tolist())
    return out


def main():
    X, y = make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2,
                               random_state=42, flip_y=0.1)
    X_train, _, y_train, _ = train_test_split(X, y, test_size=0.2, random_state=42)
    X_train = StandardScaler().fit_transform(X_train)[:ROWS]
    y_train = y_train[:ROWS]
    Xt = torch.tensor(X_train, dtype=torch.float64)
    yt = torch.tensor(y_train, dtype=torch.float64)
    cases = []
    seed = 0
    for name in ["relu", "leaky_relu:0.1", "prelu:0.0", "elu:1.0"]:
        for flavour in ["keras", "pytorch"]:
            torch.manual_seed(seed)
            seed += 1
            layers, width = [], 20
            for hidden in HIDDEN:
                layers += [torch.nn.Linear(width, hidden), activation(name, hidden)]
                width = hidden
            layers.append(torch.nn.Linear(width, 1))
            model = torch.nn.Sequential(*layers).double()
            for layer in model:
                if isinstance(layer, torch.nn.Linear):
                    torch.nn.init.xavier_uniform_(layer.weight)
                    torch.nn.init.zeros_(layer.bias)
            initial = weights(model)
            optimizer = KerasAdam(model.parameters()) if flavour == "keras" else torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-8)
            loss_fn = torch.nn.BCEWithLogitsLoss()
            orders, losses = [], []
            for _ in range(EPOCHS):
                order = torch.randperm(ROWS)
                orders.append(order.tolist())
                for start in range(0, ROWS, BATCH):
                    index = order[start:start + BATCH]
                    optimizer.zero_grad()
                    loss = loss_fn(model(Xt[index]).squeeze(1), yt[index])
                    loss.backward()
                    optimizer.step()
                    losses.append(loss.item())
            cases.append({"activation": name, "adam": flavour, "initial": initial, "orders": orders, "batch_losses": losses,
                          "final": weights(model)})
    document = {
        "generator": "tools/engine/pytorch_trajectories.py",
        "versions": {"torch": torch.__version__, "sklearn": sklearn.__version__, "numpy": np.__version__},
        "rows": ROWS, "epochs": EPOCHS, "batch_size": BATCH, "hidden": list(HIDDEN), "learning_rate": 1e-3,
        "cases": cases,
    }
    with open(OUT, "w") as f:
        json.dump(document, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.normpath(OUT), os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
