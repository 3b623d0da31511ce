# make_tiny_students.py — writes randomly initialised Hugging Face students (Qwen2 and Llama architectures, a few
# layers, hidden size 32-64) with a byte-level BPE tokenizer trained here from the lab's text, for the CPU rehearsal
# of the external stack (experiments/external-tiny.conf). Nothing is fetched from a hub. Deterministic: the same
# seed and text give the same tokenizer and weights.
#
#   .external/venv/bin/python scripts/make_tiny_students.py --out .external/models [--text FILE ...]
import argparse
import glob
import json
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# Special tokens the LLaMA-Factory templates of the two architectures emit (`qwen`: ChatML; `llama3`: header tokens).
QWEN_SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
LLAMA3_SPECIALS = ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>",
                   "<|eom_id|>"]

# name -> (architecture, layers, hidden, heads, kv heads). Folder names keep "qwen2.5"/"llama3" so gaprun picks the
# chat template (`qwen` / `llama3`) exactly as for the real checkpoints.
STUDENTS = {
    "tiny-qwen2.5": ("qwen2", 2, 64, 4, 2),
    "tiny-llama3": ("llama", 2, 48, 4, 2),
}
VOCAB_SIZE = 512
CONTEXT = 2048


def lab_text(root, extra):
    """Problems and answers of the synthetic benchmarks, the answer formats the judge reads, and any --text files."""
    lines = []
    for path in sorted(glob.glob(os.path.join(root, "benchmarks-data", "*-synth.jsonl"))) + list(extra):
        with open(path, encoding="utf-8") as handle:
            for raw in handle:
                raw = raw.strip()
                if not raw:
                    continue
                try:
                    row = json.loads(raw)
                except json.JSONDecodeError:
                    lines.append(raw)
                    continue
                lines.extend(str(v) for v in row.values() if isinstance(v, (str, int, float)))
    lines += ["Problem: ", "Answer: ", "#### 42", "Final Answer: \\boxed{42}", "So the answer is 7.",
              "Solve the following math problem. Present the final answer in the format: Final Answer: \\boxed{your_answer}."]
    if len(lines) < 100:
        sys.exit(f"make_tiny_students: found only {len(lines)} lines of lab text under {root}/benchmarks-data "
                 "(run from the gaprun checkout, or pass --root)")
    return lines


def build_tokenizer(lines, specials, bos, eos, pad):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=VOCAB_SIZE, special_tokens=specials, show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    core.train_from_iterator(lines, trainer=trainer)
    # No chat_template on purpose: LLaMA-Factory writes its own template (qwen / llama3) into the tokenizer it saves
    # with the trained model, so the generator formats prompts exactly as training did.
    return PreTrainedTokenizerFast(tokenizer_object=core, bos_token=bos, eos_token=eos, pad_token=pad,
                                   model_max_length=CONTEXT)


def build_model(architecture, layers, hidden, heads, kv_heads, tokenizer, seed):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(seed)
    common = dict(vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=hidden * 2,
                  num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads,
                  max_position_embeddings=CONTEXT, tie_word_embeddings=True, torch_dtype="float32",
                  bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                  pad_token_id=tokenizer.pad_token_id)
    if architecture == "qwen2":
        return Qwen2ForCausalLM(Qwen2Config(**common))
    return LlamaForCausalLM(LlamaConfig(**common))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, help="folder to write one model folder per student into")
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."),
                        help="the gaprun checkout (its benchmarks-data/ is the tokenizer's text)")
    parser.add_argument("--text", nargs="*", default=[], help="more text or JSONL files for the tokenizer")
    parser.add_argument("--seed", type=int, default=1234)
    args = parser.parse_args()

    lines = lab_text(args.root, args.text)
    for index, (name, (architecture, layers, hidden, heads, kv_heads)) in enumerate(sorted(STUDENTS.items())):
        if architecture == "qwen2":
            tokenizer = build_tokenizer(lines, QWEN_SPECIALS, None, "<|im_end|>", "<|endoftext|>")
        else:
            tokenizer = build_tokenizer(lines, LLAMA3_SPECIALS, "<|begin_of_text|>", "<|eot_id|>", "<|end_of_text|>")
        model = build_model(architecture, layers, hidden, heads, kv_heads, tokenizer, args.seed + index)
        folder = os.path.join(args.out, name)
        os.makedirs(folder, exist_ok=True)
        tokenizer.save_pretrained(folder)
        model.save_pretrained(folder, safe_serialization=True)
        parameters = sum(p.numel() for p in model.parameters())
        print(f"{folder}: {architecture}, {layers} layers, hidden {hidden}, vocabulary {len(tokenizer)}, "
              f"{parameters} parameters")


if __name__ == "__main__":
    main()
