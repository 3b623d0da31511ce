#!/usr/bin/env python3
# paired.py: times two commands as alternated pairs (A B A B …) and prints min/median/max and the pair-by-pair ratio.
# Usage: python3 benchmarks/paired.py [-n PAIRS] [--warmup N] [--pin CPUS] --vs 'BASELINE COMMAND' -- COMMAND [ARG …]
#        python3 benchmarks/paired.py [-n RUNS] [--pin CPUS] -- COMMAND [ARG …]      (one command alone)
# The machine is shared and its speed drifts within minutes: alternating the two commands and taking the ratio of each
# pair keeps the comparison fair while the host speeds up or slows down. Quote medians. Each run's user and system
# seconds come from the operating system's accounting of the finished child (os.wait4); wall seconds from a monotonic
# clock around it. Output of the commands is discarded. Linux only (taskset for --pin).
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command, pin):
    argv = (["taskset", "-c", pin] if pin else []) + command
    start = time.monotonic()
    child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"paired.py: {shlex.join(argv)} exited with {code}")
    return {"wall": wall, "user": usage.ru_utime, "cpu": usage.ru_utime + usage.ru_stime}


def spread(values):
    return f"{min(values):10.3f} {statistics.median(values):10.3f} {max(values):10.3f}"


def main():
    parser = argparse.ArgumentParser(description="Alternated, paired timing of two commands (or runs of one).")
    parser.add_argument("-n", type=int, default=7, help="pairs (or runs) to time (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each command first (default 1)")
    parser.add_argument("--pin", help="CPUs to pin to, as taskset -c takes them (e.g. 0)")
    parser.add_argument("--vs", help="the baseline command B, one string split as a shell splits words")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- COMMAND [ARG …]: the command A")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command after --")
    commands = {"A": command}
    if args.vs:
        commands["B"] = shlex.split(args.vs)
    for _ in range(args.warmup):
        for argv in commands.values():
            run_once(argv, args.pin)
    runs = {name: [] for name in commands}
    for _ in range(args.n):
        for name, argv in commands.items():
            runs[name].append(run_once(argv, args.pin))
    print(f"{args.n} {'pairs' if args.vs else 'runs'}{', pinned to CPU ' + args.pin if args.pin else ''}"
          f"; min, median, max")
    for name, measured in runs.items():
        for key in ("wall", "user", "cpu"):
            print(f"{name} {key:4s} s {spread([m[key] for m in measured])}")
    if args.vs:
        for key in ("wall", "user", "cpu"):
            ratios = [a[key] / b[key] for a, b in zip(runs["A"], runs["B"])]
            print(f"A/B {key:4s}  {spread(ratios)}")


if __name__ == "__main__":
    main()
