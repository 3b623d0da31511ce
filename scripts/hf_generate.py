# hf_generate.py — answers gaprun's {eval_file} with Hugging Face transformers' `generate` (greedy by default, the
# model's chat template, the benchmark's stop strings) and writes {predictions}; same interface and file formats as
# vllm_generate.py (gaprun_generation.py). Runs on a CPU: the external stack's rehearsal (experiments/external-tiny.conf)
# and small GPU-less checks.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gaprun_generation as contract  # noqa: E402


def load(args):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if contract.is_lora(args.model):  # 14B and larger were trained with LoRA: base model + adapter
        from peft import PeftModel
        model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(args.base_model), args.model)
    else:
        model = AutoModelForCausalLM.from_pretrained(args.model, torch_dtype=torch.float32)
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    if tokenizer.chat_template is None:
        raise contract.ContractError(f"{args.model}: the tokenizer has no chat template (LLaMA-Factory writes its "
                                     "template's into the model it saves: is this the trained {output_dir}?)")
    return model.eval(), tokenizer


def answer(rows, args):
    import torch

    count = contract.threads(args)
    if count:
        torch.set_num_threads(count)
    torch.manual_seed(args.seed)
    model, tokenizer = load(args)
    context = getattr(model.config, "max_position_embeddings", None) or 1 << 30
    # The chat template's end-of-turn token (qwen: <|im_end|>, llama3: <|eot_id|>) ends an answer, as in vLLM.
    stop_ids = sorted({i for i in [tokenizer.eos_token_id, *(model.generation_config.eos_token_id
                       if isinstance(model.generation_config.eos_token_id, list)
                       else [model.generation_config.eos_token_id])] if i is not None})
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else stop_ids[0]
    sampling = {"do_sample": True, "temperature": args.temperature} if args.temperature > 0 else {"do_sample": False}
    texts = []
    for row in rows:
        ids = tokenizer.apply_chat_template(contract.messages(row), add_generation_prompt=True, return_tensors="pt")
        budget = min(args.max_tokens, context - ids.shape[1])
        if budget < 1:
            # the prompt alone fills the context: no answer (judged wrong, as vLLM would), cut by the length limit
            texts.append(contract.Answer("", "length"))
            continue
        with torch.no_grad():
            out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=budget,
                                 eos_token_id=stop_ids, pad_token_id=pad,
                                 stop_strings=[s for s in row["stop"] if s] or None, tokenizer=tokenizer,
                                 top_p=None, top_k=None, **sampling)
        new = out[0, ids.shape[1]:]
        text = tokenizer.decode(new, skip_special_tokens=True)
        # "length" as vLLM says it: the budget was used up and neither an end-of-turn token nor a stop string ended it.
        ended = (len(new) > 0 and int(new[-1]) in stop_ids) or any(s and s in text for s in row["stop"])
        texts.append(contract.Answer(text, "stop" if ended or len(new) < budget else "length"))
    return texts


if __name__ == "__main__":
    sys.exit(contract.run("Answer gaprun's eval file with transformers' generate (CPU or GPU).", answer))
