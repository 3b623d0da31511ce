# vllm_generate.py — answers gaprun's {eval_file} with vLLM (greedy by default, the model's chat template, the
# benchmark's stop strings) and writes {predictions}; the interface and file formats are gaprun_generation.py's,
# shared with hf_generate.py. Used by experiments/paper-gpu.conf's `generate` step; needs vLLM on a GPU node.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gaprun_generation as contract  # noqa: E402


def answer(rows, args):
    from vllm import LLM, SamplingParams

    lora = contract.is_lora(args.model)  # 14B and larger were trained with LoRA: base model + adapter
    # The tokenizer (and so the chat template) is always the trained folder's: LLaMA-Factory saves its template there,
    # and a base model's own template can differ from it (Llama 3.x adds a dated system preamble).
    llm = LLM(model=args.base_model if lora else args.model, tokenizer=args.model, enable_lora=lora, seed=args.seed,
              max_model_len=16384)
    kwargs = {}
    if lora:
        from vllm.lora.request import LoRARequest
        kwargs["lora_request"] = LoRARequest("student", 1, args.model)
    # One SamplingParams per row: each row carries its benchmark's stop strings.
    params = [SamplingParams(temperature=args.temperature, max_tokens=args.max_tokens, stop=row["stop"], seed=args.seed)
              for row in rows]
    outputs = llm.chat([contract.messages(row) for row in rows], params, **kwargs)
    # vLLM's finish_reason is "length" when max_tokens (or the context) cut the answer, "stop" otherwise.
    return [contract.Answer(output.outputs[0].text, "length" if output.outputs[0].finish_reason == "length" else "stop")
            for output in outputs]


if __name__ == "__main__":
    sys.exit(contract.run("Answer gaprun's eval file with vLLM.", answer))
