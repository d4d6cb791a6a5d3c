#!/usr/bin/env python3
"""Generates the PyTorch-exported ONNX fixtures of relulab-onnx's TorchFixturesTest, with planted units.

Run from this folder with Debian's packages (python3-torch, python3-onnx not needed for the export):

    /usr/bin/python3 make_fixtures.py

For each model it writes NAME.onnx (exported by torch.onnx.export with a dynamic batch axis), its data
(NAME.csv or NAME.npy, float32 values) and NAME.expected.json: per activation module, in forward order, the
units planted dead / inactive / saturated, and the units that forward hooks measured to be dead, inactive,
dormant and saturated on the same data, with the same definitions as ReLU Lab's UnitStatistics:

  inactive   output <= 0 for every value of the unit
  dead       f'(z) == 0 for every value (z the float32 pre-activation, f' in float64)
  dormant    mean|h| / (layer mean of mean|h| + 1e-9) <= tau (0.1)
  saturated  max |f'(z)| < eps (1e-3)

Units: features of [N, F]; channels (axis 1) of a convolution's [N, C, H, W], over N, H and W; the last axis
of [N, T, F], over N and T. The Java test checks that `relulab inspect` reports exactly the hook-measured lists.
"""
import json
import math
import platform

import numpy as np
import torch
import torch.nn as nn

TAU = 0.1
EPS = 1e-3
SCORE_EPSILON = 1e-9


def gelu_erf_derivative(z):
    phi = np.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
    cdf = 0.5 * (1 + np.vectorize(math.erf)(z / math.sqrt(2)))
    return cdf + z * phi


def gelu_tanh_derivative(z):
    c = math.sqrt(2 / math.pi)
    u = c * (z + 0.044715 * z ** 3)
    t = np.tanh(u)
    return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * c * (1 + 3 * 0.044715 * z * z)


DERIVATIVES = {
    "relu": lambda z: (z > 0).astype(np.float64),
    "leaky_relu": lambda z: np.where(z > 0, 1.0, 0.1),
    "elu": lambda z: np.where(z > 0, 1.0, np.exp(np.minimum(z, 0))),
    "gelu": gelu_erf_derivative,
    "gelu_tanh": gelu_tanh_derivative,
    "silu": lambda z: (lambda s: s * (1 + z * (1 - s)))(1 / (1 + np.exp(-z))),
}


def measures(kind, pre, out, unit_axis):
    """Per-unit lists from float32 tensors pre (z) and out (h), units on unit_axis."""
    z = np.moveaxis(pre.detach().numpy().astype(np.float64), unit_axis, -1)
    h = np.moveaxis(out.detach().numpy().astype(np.float64), unit_axis, -1)
    units = z.shape[-1]
    z = z.reshape(-1, units)
    h = h.reshape(-1, units)
    slope = np.abs(DERIVATIVES[kind](z))
    mean_abs = np.abs(h).mean(axis=0)
    score = mean_abs / (mean_abs.mean() + SCORE_EPSILON)
    return {
        "units": int(units),
        "values_per_unit": int(z.shape[0]),
        "dead": [int(u) for u in range(units) if np.all(slope[:, u] == 0)],
        "inactive": [int(u) for u in range(units) if np.all(h[:, u] <= 0)],
        "dormant": [int(u) for u in range(units) if score[u] <= TAU],
        "saturated": [int(u) for u in range(units) if slope[:, u].max() < EPS],
        "activation_probability": [float(p) for p in (z > 0).mean(axis=0)],
    }


def plant(linear_or_conv, units, bias):
    """Zero incoming weights and a constant bias: the unit's pre-activation is `bias` for every input."""
    with torch.no_grad():
        for u in units:
            linear_or_conv.weight[u].zero_()
            linear_or_conv.bias[u] = bias


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1, self.act1 = nn.Linear(8, 16), nn.ReLU()
        self.fc2, self.act2 = nn.Linear(16, 12), nn.LeakyReLU(0.1)
        self.fc3, self.act3 = nn.Linear(12, 10), nn.ELU()
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.act3(self.fc3(self.act2(self.fc2(self.act1(self.fc1(x)))))))


class Cnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1, self.act1 = nn.Conv2d(1, 4, 3, padding=1), nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2, self.act2 = nn.Conv2d(4, 6, 3, padding=1), nn.ReLU()
        self.head = nn.Linear(6 * 4 * 4, 3)

    def forward(self, x):
        h = self.pool(self.act1(self.conv1(x)))
        h = self.act2(self.conv2(h))
        return self.head(h.flatten(1))


class Ffn(nn.Module):
    """Two transformer feed-forward blocks on [N, T, F] with residuals: erf-GELU, then tanh-GELU, then SiLU."""

    def __init__(self):
        super().__init__()
        self.up1, self.act1, self.down1 = nn.Linear(8, 16), nn.GELU(), nn.Linear(16, 8)
        self.up2, self.act2, self.down2 = nn.Linear(8, 16), nn.GELU(approximate="tanh"), nn.Linear(16, 8)
        self.up3, self.act3 = nn.Linear(8, 6), nn.SiLU()

    def forward(self, x):
        x = x + self.down1(self.act1(self.up1(x)))
        x = x + self.down2(self.act2(self.up2(x)))
        return self.act3(self.up3(x))


def export(name, model, data, kinds, unit_axes, planted, opset, data_format):
    model.eval()
    captured = []
    hooks = []
    for module_name, module in model.named_children():
        if module_name.startswith("act"):
            hooks.append(module.register_forward_hook(
                lambda m, inputs, output, n=module_name: captured.append((n, inputs[0], output))))
    with torch.no_grad():
        model(torch.from_numpy(data))
    for hook in hooks:
        hook.remove()
    layers = []
    for (module_name, pre, out), kind, axis in zip(captured, kinds, unit_axes):
        layer = {"module": module_name, "kind": kind, "unit_axis": axis, "planted": planted.get(module_name, {})}
        layer["measured"] = measures(kind, pre, out, axis)
        layers.append(layer)
    torch.onnx.export(model, torch.from_numpy(data[:2]), name + ".onnx", opset_version=opset, input_names=["input"],
                      output_names=["output"], dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
    if data_format == "csv":
        with open(name + ".csv", "w") as f:
            f.write(",".join("x%d" % i for i in range(data.shape[1])) + "\n")
            for row in data:
                f.write(",".join(repr(float(v)) for v in row) + "\n")
    else:
        np.save(name + ".npy", data)
    with open(name + ".expected.json", "w") as f:
        json.dump({"model": name + ".onnx", "data": name + "." + data_format, "opset": opset, "rows": int(data.shape[0]),
                   "tau": TAU, "saturation_eps": EPS, "torch": torch.__version__, "numpy": np.__version__,
                   "python": platform.python_version(), "layers": layers}, f, indent=1)
        f.write("\n")


def main():
    torch.manual_seed(0)
    rng = np.random.RandomState(0)

    mlp = Mlp()
    plant(mlp.fc1, [3, 7], -3.0)        # ReLU: dead (and inactive, saturated, dormant)
    plant(mlp.fc2, [2, 5], -1.0)        # Leaky ReLU: inactive, never dead
    plant(mlp.fc3, [4], -20.0)          # ELU: saturated (ELU'(-20) = e^-20), inactive, not dead
    planted = {"act1": {"dead": [3, 7]}, "act2": {"inactive": [2, 5]}, "act3": {"saturated": [4], "inactive": [4]}}
    export("mlp", mlp, rng.standard_normal((120, 8)).astype(np.float32), ["relu", "leaky_relu", "elu"], [1, 1, 1], planted,
           13, "csv")

    cnn = Cnn()
    plant(cnn.conv1, [2], -1.0)         # a dead channel of the first convolution
    plant(cnn.conv2, [1, 4], -2.0)      # two dead channels of the second
    planted = {"act1": {"dead": [2]}, "act2": {"dead": [1, 4]}}
    export("cnn", cnn, rng.standard_normal((32, 1, 8, 8)).astype(np.float32), ["relu", "relu"], [1, 1], planted, 13, "npy")

    ffn = Ffn()
    plant(ffn.up1, [0, 9], -10.0)       # erf-GELU: saturated features (GELU'(-10) ~ -8e-22), not dead
    plant(ffn.up2, [5], -6.0)           # tanh-GELU: a saturated feature (derivative ~ 1e-9; at -12 it underflows to 0)
    plant(ffn.up3, [1], -30.0)          # SiLU: saturated (SiLU'(-30) ~ -3e-12)
    planted = {"act1": {"saturated": [0, 9]}, "act2": {"saturated": [5]}, "act3": {"saturated": [1]}}
    export("ffn", ffn, rng.standard_normal((40, 5, 8)).astype(np.float32), ["gelu", "gelu_tanh", "silu"], [2, 2, 2], planted,
           17, "npy")


if __name__ == "__main__":
    main()
