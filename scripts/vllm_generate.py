# vllm_generate.py — answers gaprun's {eval_file} with vLLM (greedy, chat template), writes {predictions}.
# Used by experiments/paper-gpu.conf's `generate` step; needs vLLM (0.6.3 in the paper) on a GPU node.
import argparse, json, os
from vllm import LLM, SamplingParams
p = argparse.ArgumentParser()
for a in ["--model", "--base-model", "--input", "--output"]: p.add_argument(a, required=True)
p.add_argument("--max-tokens", type=int, default=16000); p.add_argument("--temperature", type=float, default=0)
p.add_argument("--seed", type=int, default=0)
args = p.parse_args()
rows = [json.loads(line) for line in open(args.input)]
lora = os.path.exists(os.path.join(args.model, "adapter_config.json"))   # 14B+ were trained with LoRA
llm = LLM(model=args.base_model if lora else args.model, enable_lora=lora, seed=args.seed, max_model_len=16000)
kwargs = {}
if lora:
    from vllm.lora.request import LoRARequest
    kwargs["lora_request"] = LoRARequest("student", 1, args.model)
params = SamplingParams(temperature=args.temperature, max_tokens=args.max_tokens, stop=["Problem:"])
outputs = llm.chat([[{"role": "user", "content": r["prompt"]}] for r in rows], params, **kwargs)
with open(args.output, "w") as f:
    for r, o in zip(rows, outputs):
        f.write(json.dumps({"id": r["id"], "response": o.outputs[0].text}) + "\n")
