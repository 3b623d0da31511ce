#!/usr/bin/env bash
# The whole test suite: system packages, a local Slurm when ../shared/slurm-local exists, then `swift test`.
# This is the README's test command (`make test`) and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
slurm_dir=../shared/slurm-local
if [ -x "$slurm_dir/start.sh" ] && [ "${GAPRUN_SKIP_SLURM:-0}" != 1 ]; then
  if bash "$slurm_dir/start.sh" >/tmp/gaprun-slurm-start.log 2>&1; then
    export SLURM_CONF=${SLURM_LOCAL_DIR:-/tmp/slurm-local}/slurm.conf
    trap 'bash "$slurm_dir/stop.sh" --purge >/dev/null 2>&1 || true' EXIT
  else
    echo "test: local Slurm did not start (see /tmp/gaprun-slurm-start.log); Slurm tests will skip" >&2
  fi
fi
# The optional external stack (LLaMA-Factory + transformers on the CPU) for ExternalStackTests: set up when the package
# registry answers (a quick no-op once done). Exit 3 means unreachable: that test then skips and says why.
if [ "${GAPRUN_SKIP_EXTERNAL:-0}" != 1 ]; then
  external=0
  scripts/setup-external.sh || external=$?
  if [ "$external" = 3 ]; then
    echo "test: the external environment could not be set up (no package registry); ExternalStackTests will skip" >&2
  elif [ "$external" != 0 ]; then
    exit "$external"
  fi
fi
swift build --build-tests
swift test --skip-build
