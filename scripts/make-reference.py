#!/usr/bin/env python3
# make-reference.py: writes the PyTorch reference fixture for GapModel's tests (weights, inputs, targets, logits,
# loss, gradients of a tiny GPT-2-style model) to Tests/GapModelTests/Fixtures/gpt-reference.json.
# The model is written out functionally here, independent of the Swift code; tensor names and layouts match
# GapModel's ParameterLayout (weights are (out, in) like torch.nn.Linear). Needs `pip install torch==2.13.0+cpu`.
# Usage: python3 scripts/make-reference.py [output.json]
import json
import math
import pathlib
import sys

import torch
import torch.nn.functional as F

L, C, NH, T, V, B = 2, 16, 2, 8, 64, 2  # layers, channels, heads, context, vocabulary, batch


def parameters(generator):
    def normal(*shape, std=0.1, mean=0.0):
        return (torch.randn(*shape, generator=generator) * std + mean).float()

    return {
        "wte": normal(V, C), "wpe": normal(T, C),
        "ln1w": normal(L, C, mean=1.0), "ln1b": normal(L, C),
        "qkvw": normal(L, 3 * C, C, std=0.2), "qkvb": normal(L, 3 * C),
        "attprojw": normal(L, C, C, std=0.2), "attprojb": normal(L, C),
        "ln2w": normal(L, C, mean=1.0), "ln2b": normal(L, C),
        "fcw": normal(L, 4 * C, C, std=0.2), "fcb": normal(L, 4 * C),
        "fcprojw": normal(L, C, 4 * C, std=0.1), "fcprojb": normal(L, C),
        "lnfw": normal(C, mean=1.0), "lnfb": normal(C),
    }


def forward(p, inputs, targets):
    hs = C // NH
    x = p["wte"][inputs] + p["wpe"][: inputs.shape[1]]  # (B, T, C)
    mask = torch.tril(torch.ones(T, T, dtype=torch.bool))
    for l in range(L):
        h = F.layer_norm(x, (C,), p["ln1w"][l], p["ln1b"][l], eps=1e-5)
        qkv = h @ p["qkvw"][l].T + p["qkvb"][l]  # (B, T, 3C)
        q, k, v = qkv.split(C, dim=2)
        q = q.view(B, T, NH, hs).transpose(1, 2)  # (B, NH, T, hs)
        k = k.view(B, T, NH, hs).transpose(1, 2)
        v = v.view(B, T, NH, hs).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(hs)
        att = att.masked_fill(~mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, C)
        x = x + y @ p["attprojw"][l].T + p["attprojb"][l]
        h = F.layer_norm(x, (C,), p["ln2w"][l], p["ln2b"][l], eps=1e-5)
        h = F.gelu(h @ p["fcw"][l].T + p["fcb"][l], approximate="tanh")
        x = x + h @ p["fcprojw"][l].T + p["fcprojb"][l]
    x = F.layer_norm(x, (C,), p["lnfw"], p["lnfb"], eps=1e-5)
    logits = x @ p["wte"].T  # tied head, (B, T, V)
    loss = F.cross_entropy(logits.view(-1, V), targets.view(-1), ignore_index=-1)  # mean over unmasked
    return logits, loss


def rounded(tensor):
    return [float(f"{value:.9g}") for value in tensor.detach().reshape(-1).tolist()]


def main():
    output = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                          pathlib.Path(__file__).resolve().parent.parent
                          / "Tests/GapModelTests/Fixtures/gpt-reference.json")
    generator = torch.Generator().manual_seed(1234)
    p = parameters(generator)
    for tensor in p.values():
        tensor.requires_grad_(True)
    inputs = torch.randint(0, V, (B, T), generator=generator)
    targets = torch.randint(0, V, (B, T), generator=generator)
    targets[0, :3] = -1  # a masked prompt
    targets[1, 6:] = -1  # masked padding
    logits, loss = forward(p, inputs, targets)
    loss.backward()
    fixture = {
        "about": "scripts/make-reference.py with torch " + torch.__version__,
        "config": {"layers": L, "channels": C, "heads": NH, "context_length": T, "vocab_size": V, "batch": B},
        "inputs": inputs.reshape(-1).tolist(),
        "targets": targets.reshape(-1).tolist(),
        "parameters": {name: rounded(tensor) for name, tensor in p.items()},
        "logits": rounded(logits),
        "loss": loss.item(),
        "gradients": {name: rounded(tensor.grad) for name, tensor in p.items()},
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(fixture, separators=(",", ":")) + "\n")
    print(f"wrote {output} ({output.stat().st_size} bytes), loss {loss.item():.6f}")


if __name__ == "__main__":
    main()
