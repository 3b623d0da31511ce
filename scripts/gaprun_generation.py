# gaprun_generation.py — the one prompt and output contract every gaprun generator script shares (vllm_generate.py,
# hf_generate.py): the command-line interface, reading gaprun's {eval_file}, the chat messages, stop strings, and the
# {predictions} JSONL that gaprun judges. Only the standard library: a backend imports its engine itself.
import argparse
import collections
import json
import os

# Generators never fetch anything from a hub: models are local folders (trained by LLaMA-Factory into {output_dir}).
OFFLINE_ENVIRONMENT = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


class ContractError(Exception):
    """A malformed eval file or argument, with the file:line and what to do."""


def parser(description):
    """The arguments every generator takes (the `generate` template of a grid passes them the same way)."""
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--model", required=True, help="the trained model folder ({output_dir}); a LoRA adapter folder too")
    p.add_argument("--base-model", required=True, help="the base model ({model}), loaded under a LoRA adapter")
    p.add_argument("--input", required=True, help="gaprun's {eval_file}: id, idx, problem, prompt, stop per line")
    p.add_argument("--output", required=True, help="where to write {predictions}: id, idx, response per line")
    p.add_argument("--max-tokens", type=int, default=16000, help="new tokens per answer ({eval.max_new_tokens})")
    p.add_argument("--temperature", type=float, default=0.0, help="0 = greedy ({eval.temperature})")
    p.add_argument("--seed", type=int, default=0, help="sampling seed ({seed})")
    p.add_argument("--threads", type=int, default=0,
                   help="CPU threads (0: $SLURM_CPUS_PER_TASK, else the engine's default)")
    return p


def parse_arguments(description, argv=None):
    args = parser(description).parse_args(argv)
    if args.max_tokens < 1:
        raise ContractError(f"--max-tokens must be at least 1, got {args.max_tokens}")
    if args.temperature < 0:
        raise ContractError(f"--temperature must be 0 or more, got {args.temperature}")
    for key, value in OFFLINE_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    return args


def threads(args):
    """The thread count a CPU engine should use: --threads, else the Slurm task's CPUs, else None (engine default)."""
    if args.threads > 0:
        return args.threads
    slurm = os.environ.get("SLURM_CPUS_PER_TASK", "")
    return int(slurm) if slurm.isdigit() and int(slurm) > 0 else None


def read_rows(path):
    """The eval file's rows, checked: each needs a string `id` and `prompt`, an int `idx` and a list `stop`."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ContractError(f"{path}:{number}: not JSON ({error.msg}); the eval file is written by gaprun") from None
            missing = [key for key, kind in (("id", str), ("idx", int), ("prompt", str), ("stop", list))
                       if not isinstance(row.get(key) if isinstance(row, dict) else None, kind)]
            if missing:
                raise ContractError(f"{path}:{number}: missing or mistyped {', '.join(missing)} "
                                    "(hint: the eval file must come from this gaprun version; rerun the job)")
            rows.append(row)
    return rows


def messages(row):
    """The chat the model answers: one user turn holding gaprun's prompt (the chat template is the model's own)."""
    return [{"role": "user", "content": row["prompt"]}]


def cut_at_stop(text, stops):
    """`text` up to the earliest stop string, which is dropped (as vLLM does)."""
    end = len(text)
    for stop in stops:
        if stop:
            found = text.find(stop)
            if found != -1:
                end = min(end, found)
    return text[:end]


# One engine answer: the raw text and why generation ended, in vLLM's words: "length" when the token budget (or the
# model's context) cut it, "stop" when an end-of-turn token or a stop string ended it. An engine may return plain
# strings instead; their lines then carry no finish_reason and gaprun records the budget hit as unknown.
Answer = collections.namedtuple("Answer", ["text", "finish_reason"])


def write_predictions(path, rows, responses):
    """Writes one {"id", "idx", "response"} line per row (plus "finish_reason" when the engine gave one), atomically
    (a killed generator leaves no half file)."""
    if len(responses) != len(rows):
        raise ContractError(f"the engine returned {len(responses)} answers for {len(rows)} problems")
    temporary = path + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        for row, response in zip(rows, responses):
            text, reason = (response.text, response.finish_reason) if isinstance(response, Answer) else (response, None)
            line = {"id": row["id"], "idx": row["idx"], "response": cut_at_stop(text, row["stop"])}
            if reason is not None:
                if reason not in ("length", "stop"):
                    raise ContractError(f"finish_reason must be \"length\" or \"stop\", got {reason!r}")
                line["finish_reason"] = reason
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    os.replace(temporary, path)


def is_lora(model_folder):
    """True when `model_folder` holds a LoRA adapter (LLaMA-Factory trains 14B and larger with LoRA)."""
    return os.path.exists(os.path.join(model_folder, "adapter_config.json"))


def run(description, answer, argv=None):
    """Parses the arguments, reads the eval file, asks `answer(rows, args)` for one raw text per row and writes the
    predictions. Returns a process exit code; contract errors are printed as one line."""
    import sys
    try:
        args = parse_arguments(description, argv)
        rows = read_rows(args.input)
        responses = answer(rows, args) if rows else []
        write_predictions(args.output, rows, responses)
    except ContractError as error:
        print(f"{os.path.basename(sys.argv[0])}: {error}", file=sys.stderr)
        return 2
    print(f"{os.path.basename(sys.argv[0])}: wrote {len(rows)} predictions to {args.output}")
    return 0
