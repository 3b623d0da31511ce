#!/usr/bin/env bash
# setup-external.sh — the optional external stack for the command executor's CPU rehearsal
# (experiments/external-tiny.conf): a Python virtual environment with LLaMA-Factory, transformers and a CPU PyTorch
# at the versions pinned in scripts/external-requirements.txt (every dependency fixed by
# scripts/external-constraints.txt), and the tiny random-init students with their locally built tokenizers
# (scripts/make_tiny_students.py). Everything goes into .external/ of the checkout (gitignored).
# gaprun itself never needs Python; only this rehearsal and the GPU grid's steps do.
#
# Idempotent: when .external/ready matches the pinned files it exits at once. Exit codes: 0 ready; 3 the package
# registry cannot be reached (nothing to fix in the checkout: the external test skips and says so); 1 anything else.
set -euo pipefail
cd "$(dirname "$0")/.."
root=.external
venv=$root/venv
models=$root/models
python=${GAPRUN_EXTERNAL_PYTHON:-python3.11}
requirements=scripts/external-requirements.txt
constraints=scripts/external-constraints.txt
want=$(cat "$requirements" "$constraints" scripts/make_tiny_students.py benchmarks-data/*-synth.jsonl | sha256sum | cut -c1-16)

say() { echo "setup-external: $*" >&2; }
if [ -f "$root/ready" ] && [ "$(cat "$root/ready")" = "$want" ] && [ -x "$venv/bin/llamafactory-cli" ]; then
  say "up to date ($root)"
  exit 0
fi
rm -f "$root/ready"
if ! command -v "$python" >/dev/null 2>&1; then
  say "$python not found: install Python 3.11 (apt-get install python3.11 python3.11-venv) or set GAPRUN_EXTERNAL_PYTHON"
  exit 1
fi
start=$(date +%s)
mkdir -p "$root"
if [ ! -x "$venv/bin/pip" ]; then
  "$python" -m venv "$venv" || { say "could not create $venv (apt-get install python3.11-venv)"; exit 1; }
fi
# The registry must answer before a long install starts; pip uses the machine's own index configuration.
if ! "$venv/bin/pip" index versions llamafactory --timeout 20 --retries 1 >/dev/null 2>"$root/registry-error.txt"; then
  echo "the Python package registry could not be reached on $(date -u +%FT%TZ): $(tail -1 "$root/registry-error.txt")" \
    > "$root/unavailable"
  say "$(cat "$root/unavailable")"
  say "the external environment is not set up and the external tests will skip; retry with network access"
  exit 3
fi
say "installing $(grep -c '^[a-z]' "$requirements") pinned packages into $venv (several minutes the first time)"
export PIP_DISABLE_PIP_VERSION_CHECK=1
if ! "$venv/bin/pip" install --quiet --requirement "$requirements" --constraint "$constraints" >"$root/pip.log" 2>&1; then
  tail -20 "$root/pip.log" >&2
  say "pip install failed (full log: $root/pip.log)"
  exit 1
fi
say "building the tiny students and their tokenizers in $models"
HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 "$venv/bin/python" scripts/make_tiny_students.py --out "$models" >&2
"$venv/bin/llamafactory-cli" version >/dev/null
rm -f "$root/unavailable" "$root/registry-error.txt"
echo "$want" > "$root/ready"
say "ready in $(( $(date +%s) - start )) s"
