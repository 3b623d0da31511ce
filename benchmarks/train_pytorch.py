#!/usr/bin/env python3
# train_pytorch.py: the PyTorch reference for `gaprun bench train` — the same GPT-2-style model (tied head, tanh
# GELU, biases, pre-LayerNorm), fused AdamW, B=8, random tokens — run side by side with gaprun in one session,
# printing median tokens/s and the ratio gaprun / PyTorch per configuration and thread count.
# Usage: python3 benchmarks/train_pytorch.py [--gaprun .build/release/gaprun] [--threads 1 2] [--configs tiny small]
#        [--steps 20] [--rounds 3]
# Needs a CPU torch (`pip install torch==2.13.0+cpu`). Numbers on a shared machine are noisy: compare medians.
# The header names the CPU (model name, family, model) and gaprun's kernels (BLAS core, SIMD level): a table is only
# meaningful with them. Run it with no OPENBLAS_* variable set to measure what a user gets.
import argparse
import json
import math
import os
import statistics
import subprocess
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIGS = {  # name: (layers, channels, heads, vocab, context)
    "tiny": (2, 64, 4, 128, 256),
    "small": (4, 128, 4, 128, 256),
    "medium": (6, 256, 8, 512, 256),
    "large": (8, 384, 6, 1024, 512),
}
TARGETS = {"tiny": 1.2, "small": 1.2, "medium": 1.2, "large": 1.2}


class Block(nn.Module):
    def __init__(self, channels, heads):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(channels)
        self.qkv = nn.Linear(channels, 3 * channels)
        self.proj = nn.Linear(channels, channels)
        self.ln2 = nn.LayerNorm(channels)
        self.fc = nn.Linear(channels, 4 * channels)
        self.fcproj = nn.Linear(4 * channels, channels)

    def forward(self, x):
        B, T, C = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(C, dim=2)
        q, k, v = (t.view(B, T, self.heads, C // self.heads).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)  # (B, NH, T, hs)
        x = x + self.proj(y.transpose(1, 2).reshape(B, T, C))
        return x + self.fcproj(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, layers, channels, heads, vocab, context):
        super().__init__()
        self.wte = nn.Embedding(vocab, channels)
        self.wpe = nn.Embedding(context, channels)
        self.blocks = nn.ModuleList(Block(channels, heads) for _ in range(layers))
        self.lnf = nn.LayerNorm(channels)

    def forward(self, inputs, targets):
        T = inputs.shape[1]
        x = self.wte(inputs) + self.wpe(torch.arange(T))
        for block in self.blocks:
            x = block(x)
        logits = self.lnf(x) @ self.wte.weight.T  # tied head
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1))


def pytorch_tokens_per_second(config, threads, batch, steps, warmup):
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    layers, channels, heads, vocab, context = config
    model = GPT(layers, channels, heads, vocab, context)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.1, fused=True)
    tokens = torch.randint(0, vocab, (batch, context + 1))
    inputs, targets = tokens[:, :-1].contiguous(), tokens[:, 1:].contiguous()
    times, cpu_times = [], []
    for step in range(warmup + steps):
        start, cpu_start = time.perf_counter(), time.process_time()
        optimizer.zero_grad(set_to_none=True)
        loss = model(inputs, targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        if step >= warmup:
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu_start)
    return batch * context / statistics.median(times), batch * context / statistics.median(cpu_times)


def gaprun_tokens_per_second(binary, config, threads, batch, steps, warmup):
    layers, channels, heads, vocab, context = config
    output = subprocess.run(
        [binary, "bench", "train", "--layers", str(layers), "--channels", str(channels), "--heads", str(heads),
         "--vocab", str(vocab), "--batch", str(batch), "--context", str(context), "--steps", str(steps),
         "--warmup", str(warmup), "--threads", str(threads), "--json"],
        check=True, capture_output=True, text=True).stdout
    result = json.loads(output)
    return result["tokensPerSecond"], result["cpuTokensPerSecond"]


def cpu_description():
    """The first processor of /proc/cpuinfo: 'model name (family F, model M)'."""
    fields = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                fields.setdefault(key.strip(), value.strip())
    except OSError:
        return "unknown CPU"
    return f"{fields.get('model name', '?')} (family {fields.get('cpu family', '?')}, model {fields.get('model', '?')})"


def gaprun_platform(binary):
    output = subprocess.run([binary, "bench", "train", "--layers", "1", "--channels", "16", "--heads", "1", "--vocab",
                             "128", "--batch", "1", "--context", "16", "--steps", "1", "--warmup", "0", "--json"],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)["platform"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gaprun", default=".build/release/gaprun", help="gaprun binary ('' to skip)")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--configs", nargs="+", default=list(CONFIGS))
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds; medians are reported")
    args = parser.parse_args()
    print(f"CPU: {cpu_description()}, {os.cpu_count()} logical CPUs")
    print(f"torch {torch.__version__}, batch {args.batch}, {args.steps} timed steps, {args.rounds} rounds")
    if args.gaprun:
        platform = gaprun_platform(args.gaprun)
        print(f"gaprun: kernels {platform['kernel_simd']}, BLAS core {platform['blas_core']} ({platform['blas_config']})")
    overrides = {key: value for key, value in os.environ.items() if key.startswith("OPENBLAS_")}
    if overrides:
        print(f"note: set in the environment: {overrides}")
    print("wall: B*T / median wall seconds per step; cpu: B*T / median process CPU seconds per step (on a busy shared")
    print("machine the cpu ratio at 1 thread tracks the work done; at 2 threads it also counts PyTorch's spinning threads)")
    print(f"{'config':8} {'threads':>7} {'pytorch tok/s':>14} {'gaprun tok/s':>13} {'ratio':>6} "
          f"{'pytorch cpu':>12} {'gaprun cpu':>11} {'cpu ratio':>9} {'target':>6}")
    for name in args.configs:
        config = CONFIGS[name]
        steps = max(3, args.steps // (4 if name == "large" else 1))
        for threads in args.threads:
            torch_runs, gaprun_runs = [], []
            for _ in range(args.rounds):  # alternate so both see the same machine load
                torch_runs.append(pytorch_tokens_per_second(config, threads, args.batch, steps, args.warmup))
                if args.gaprun:
                    gaprun_runs.append(
                        gaprun_tokens_per_second(args.gaprun, config, threads, args.batch, steps, args.warmup))
            torch_wall = statistics.median(run[0] for run in torch_runs)
            torch_cpu = statistics.median(run[1] for run in torch_runs)
            gaprun_wall = statistics.median(run[0] for run in gaprun_runs) if gaprun_runs else math.nan
            gaprun_cpu = statistics.median(run[1] for run in gaprun_runs) if gaprun_runs else math.nan
            print(f"{name:8} {threads:>7} {torch_wall:>14,.0f} {gaprun_wall:>13,.0f} {gaprun_wall / torch_wall:>6.2f} "
                  f"{torch_cpu:>12,.0f} {gaprun_cpu:>11,.0f} {gaprun_cpu / torch_cpu:>9.2f} {TARGETS[name]:>6.1f}",
                  flush=True)


if __name__ == "__main__":
    main()
